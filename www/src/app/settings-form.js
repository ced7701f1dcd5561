// The settings dialog: fills the form from the settings, reads it back on every change (saved,
// and the text analyzed again shortly), resets to the defaults (the core's, settings.js).
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

function readSettingsForm() {
  const f = $('settings-form');
  settings.topN = Number(f.topN.value) || defaults.topN;
  settings.minLen = Number(f.minLen.value) || defaults.minLen;
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
