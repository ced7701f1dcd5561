// The settings dialog: fills the form from the settings, reads it back on every change (saved,
// and the text analyzed again shortly; values out of range are clamped, settings.js validates the
// rest), resets to the defaults (the core's, settings.js).
import { $ } from './dom.js';
import { defaults, settings, saveSettings, resetSettings } from './settings.js';
import { reanalyzeSoon } from './analysis.js';

function fillSettingsForm() {
  const f = $('settings-form');
  f.topN.value = settings.topN;
  f.minLen.value = settings.minLen;
  for (const r of f.weighting) r.checked = r.value === settings.weighting;
  for (const c of f.pos) c.checked = settings.pos.includes(c.value);
  f.hmm.checked = settings.hmm;
  f.quotedTerms.checked = settings.quotedTerms;
  f.userDict.value = settings.userDict;
  f.stopwords.value = settings.stopwords;
}

/** A number field's whole value within [min, max]; empty or not a number: the default. */
const whole = (value, min, max, fallback) => {
  const n = Math.round(Number(value));
  return value === '' || !Number.isFinite(n) ? fallback : Math.max(min, Math.min(max, n));
};

function readSettingsForm() {
  const f = $('settings-form');
  settings.topN = whole(f.topN.value, 1, 500, defaults.topN);
  settings.minLen = whole(f.minLen.value, 1, 10, defaults.minLen);
  settings.weighting = [...f.weighting].find((r) => r.checked)?.value || defaults.weighting;
  settings.pos = [...f.pos].filter((c) => c.checked).map((c) => c.value);
  settings.hmm = f.hmm.checked;
  settings.quotedTerms = f.quotedTerms.checked;
  settings.userDict = f.userDict.value;
  settings.stopwords = f.stopwords.value;
  saveSettings();
}

export function wireSettings() {
  const dialog = $('settings');
  $('btn-settings').addEventListener('click', () => {
    fillSettingsForm();
    dialog.showModal();
  });
  const form = $('settings-form');
  const onChange = () => {
    readSettingsForm();
    reanalyzeSoon();
  };
  form.addEventListener('input', onChange);
  form.addEventListener('change', onChange);
  $('btn-reset-settings').addEventListener('click', () => {
    resetSettings();
    fillSettingsForm();
    reanalyzeSoon();
  });
}
