// Theme (light / dark / following the system) and language (中文 / English), saved as UI preferences.
import { t, setLang, getLang, applyI18n } from '../lib/i18n.js';
import { $ } from './dom.js';
import { ui, UI_STORE, saveJson } from './settings.js';
import { resetPalette } from './chart-slots.js';
import { redrawCharts } from './navigation.js';
import { render } from './render.js';
import { updateSourceNote } from './input.js';
import { isReady, pendingCount } from './worker-client.js';
import { setBusy, setStatus } from './status.js';

export function applyTheme() {
  const dark = ui.theme === 'dark' || (ui.theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  resetPalette();
}

export function wireAppearance() {
  $('btn-theme').addEventListener('click', () => {
    const dark = document.documentElement.dataset.theme === 'dark';
    ui.theme = dark ? 'light' : 'dark';
    saveJson(UI_STORE, ui);
    applyTheme();
    redrawCharts();
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (ui.theme === 'auto') {
      applyTheme();
      redrawCharts();
    }
  });
  $('btn-lang').addEventListener('click', () => {
    ui.lang = getLang() === 'zh' ? 'en' : 'zh';
    saveJson(UI_STORE, ui);
    setLang(ui.lang);
    applyI18n(document);
    updateSourceNote();
    render();
    if (!isReady()) setStatus('loading', t('loading'));
    else if (!pendingCount()) setBusy(false);
  });
}
