// Downloads: keywords as CSV (the core's writer, as the CLI's), the document × term matrix as CSV
// (the core's token counts), the full result as JSON (with the options and the user dictionary),
// each chart as PNG or SVG with a title and the source drawn in; the export menu. File names come
// from the issue: paper and date from the page headers or the file name (平湖日报-2023-02-09-…).
import { t } from '../lib/i18n.js';
import { fileStem } from '../lib/issue.js';
import { $, el } from './dom.js';
import { state } from './state.js';
import { options, settings } from './settings.js';
import { requestCsv, requestTermMatrix } from './worker-client.js';
import { showFailure } from './status.js';
import { charts, palette } from './chart-slots.js';
import { itemLabel, itemNo } from './labels.js';
import { axisName } from './weighting.js';
import { withSeed } from './seeded.js';

export function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// The bundled sample is page 1 of 平湖日报 of 2023-02-09 (its text has no page header).
const SAMPLE = { paper: '平湖日报', date: '2023-02-09' };
const fileName = () => (['file', 'pdf'].includes(state.source?.kind) ? state.source.name : '');

/** The issue's paper and date ({paper, date}, each null if unknown): the core's reading
 * (worker `issue_meta`, the CLI's rule), or the library's as dated by hand. */
function issue() {
  if (state.source?.kind === 'sample') return SAMPLE;
  return state.meta ?? { paper: null, date: null };
}

/** The stem of every export's name. */
export const baseName = () => fileStem(issue(), fileName());

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

/** Items × the issue's keywords, each cell the keyword's token count in the item. */
async function exportMatrix() {
  if (!state.report) return;
  const terms = state.keywords.map((k) => k.word);
  try {
    const { csv } = await requestTermMatrix({ report: state.report, terms, options: options() }).reply;
    download(`${baseName()}-matrix.csv`, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  } catch (e) {
    showFailure(`${t('exportMatrix')}: ${e.message}`);
  }
}

function exportJson() {
  const result = {
    ...state.report,
    items: state.items,
    keywords: state.keywords,
    edited: state.edited,
    options: { ...options(), user_dict: settings.userDict },
  };
  download(`${baseName()}-dubao.json`, new Blob([JSON.stringify(result, null, 1)], { type: 'application/json' }));
}

/** The title and the source line drawn into a chart's image. */
function caption(id) {
  const { paper, date } = issue();
  const where = [paper, date].filter(Boolean).join(' ') || fileName() || t('appName');
  const item = id.startsWith('item') ? state.items[state.selected] : null;
  const title = {
    'issue-cloud': t('issueCloud'),
    'issue-bar': `${$('issue-bar-title').textContent} · ${axisName()}`,
    heatmap: t('heatmap'),
    'item-cloud': t('cloud'),
    'item-bar': `${$('item-bar-title').textContent} · ${axisName()}`,
  }[id];
  const source = item ? `${where} · ${t('itemN', { n: itemNo(item) })} ${itemLabel(item)}` : `${where} · ${t('issue')}`;
  return { title, source: `${t('source')}${source} · 读报 dubao` };
}

async function exportChart(id, format) {
  const c = charts[id];
  if (!c?.chart) return;
  const name = `${baseName()}-${id}${id.startsWith('item') ? `-${state.selected + 1}` : ''}`;
  // A cloud is laid out again for the image, with the seed it was drawn with (the same image each time).
  const out = await withSeed(c.seed ?? 0, () => c.image(format, caption(id), palette()));
  if (!out) return;
  if (format === 'png') {
    const bytes = Uint8Array.from(atob(out.split(',')[1]), (ch) => ch.charCodeAt(0));
    download(`${name}.png`, new Blob([bytes], { type: 'image/png' }));
  } else download(`${name}.svg`, new Blob([out], { type: 'image/svg+xml' }));
}

/** A PDF's positioned lines as read here: what `dubao analyze --positions FILE.json` reads (the CLI
 * reads no PDF itself). */
function exportPositions() {
  if (!state.positions) return;
  download(`${baseName()}-positions.json`, new Blob([state.positions], { type: 'application/json' }));
}

/** Exports need a result: without items (an empty text) the menu and the charts' buttons are off. */
export function updateExports() {
  const none = !state.items.length;
  $('btn-export').disabled = none;
  for (const b of document.querySelectorAll('[data-export]')) b.disabled = none;
  $('btn-positions').hidden = !(state.positions && state.source?.kind === 'pdf');
  if (none) $('export-menu').hidden = true;
}

/** The export menu (CSV, matrix, JSON; a menu button: Enter, Space or the arrow keys open it, the
 * arrow keys, Home and End move in it, Escape closes it and Tab leaves it) and the charts' PNG/SVG
 * buttons. */
export function wireExports() {
  const exportBtn = $('btn-export');
  const menu = $('export-menu');
  const entries = () => [...menu.querySelectorAll('[role=menuitem]')].filter((b) => !b.hidden);
  const setMenu = (open) => {
    menu.hidden = !open;
    exportBtn.setAttribute('aria-expanded', String(open));
  };
  const openAt = (which) => {
    setMenu(true);
    const all = entries();
    all.at(which === 'last' ? -1 : 0)?.focus();
  };
  exportBtn.addEventListener('click', () => {
    if (menu.hidden) openAt('first');
    else setMenu(false);
  });
  exportBtn.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    openAt(e.key === 'ArrowUp' ? 'last' : 'first');
  });
  menu.addEventListener('keydown', (e) => {
    const all = entries();
    const i = all.indexOf(document.activeElement);
    const to = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: all.length - 1 }[e.key];
    if (to !== undefined) {
      e.preventDefault();
      all[(to + all.length) % all.length].focus();
    } else if (e.key === 'Escape') {
      e.preventDefault(); // the menu only (not KWIC behind it)
      setMenu(false);
      exportBtn.focus();
    } else if (e.key === 'Tab') setMenu(false);
  });
  document.addEventListener('click', (e) => {
    if (!e.target.closest('.menu')) setMenu(false);
  });
  const entry = (id, run) =>
    $(id).addEventListener('click', () => {
      setMenu(false);
      exportBtn.focus();
      run();
    });
  entry('btn-csv', exportCsv);
  entry('btn-matrix', exportMatrix);
  entry('btn-json', exportJson);
  entry('btn-positions', exportPositions);
  for (const b of document.querySelectorAll('[data-export]')) {
    b.addEventListener('click', () => exportChart(b.dataset.export, b.dataset.format));
  }
  updateExports();
}
