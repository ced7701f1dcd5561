// Downloads: keywords as CSV (the core's writer, as the CLI's), the full result as JSON, each chart
// as PNG or SVG; the export menu.
import { t } from '../lib/i18n.js';
import { $, el } from './dom.js';
import { state } from './state.js';
import { options } from './settings.js';
import { requestCsv } from './worker-client.js';
import { showFailure } from './status.js';
import { charts, palette } from './chart-slots.js';

function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

const baseName = () => {
  const s = state.source;
  if (s?.kind === 'file') return s.name.replace(/\.[^.]+$/, '') || 'dubao';
  if (s?.kind === 'sample') return 'pinghu-2023-02-09';
  return 'dubao';
};

/** The current report's keyword table (hand edits included), written by the core. */
async function exportCsv() {
  if (!state.report) return;
  const name = `${baseName()}-keywords.csv`;
  try {
    const { csv } = await requestCsv(state.report).reply;
    download(name, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  } catch (e) {
    showFailure(`${t('exportCsv')}: ${e.message}`);
  }
}

function exportJson() {
  const result = {
    ...state.report,
    items: state.items,
    keywords: state.keywords,
    edited: state.edited,
    options: options(),
  };
  download(`${baseName()}-dubao.json`, new Blob([JSON.stringify(result, null, 1)], { type: 'application/json' }));
}

async function exportChart(id, format) {
  const c = charts[id];
  if (!c?.chart) return;
  const name = `${baseName()}-${id}${id.startsWith('item') ? `-${state.selected + 1}` : ''}`;
  if (format === 'png') {
    const url = c.pngDataUrl(palette().bg);
    const bytes = Uint8Array.from(atob(url.split(',')[1]), (ch) => ch.charCodeAt(0));
    download(`${name}.png`, new Blob([bytes], { type: 'image/png' }));
  } else {
    const svg = await c.svgText();
    if (svg) download(`${name}.svg`, new Blob([svg], { type: 'image/svg+xml' }));
  }
}

/** The export menu (CSV, JSON) and the charts' PNG/SVG buttons. */
export function wireExports() {
  const exportBtn = $('btn-export');
  const menu = $('export-menu');
  const setMenu = (open) => {
    menu.hidden = !open;
    exportBtn.setAttribute('aria-expanded', String(open));
  };
  exportBtn.addEventListener('click', () => {
    setMenu(menu.hidden);
    if (!menu.hidden) menu.querySelector('button').focus();
  });
  menu.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      setMenu(false);
      exportBtn.focus();
    }
  });
  document.addEventListener('click', (e) => {
    if (!e.target.closest('.menu')) setMenu(false);
  });
  $('btn-csv').addEventListener('click', () => {
    setMenu(false);
    exportCsv();
  });
  $('btn-json').addEventListener('click', () => {
    setMenu(false);
    exportJson();
  });
  for (const b of document.querySelectorAll('[data-export]')) {
    b.addEventListener('click', () => exportChart(b.dataset.export, b.dataset.format));
  }
}
