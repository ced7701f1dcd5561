// The heatmap of the issue's top keywords (columns) across ALL its items (rows, "2 誓师出征…", the
// tooltip with the full title and page), token counts from the core (term_counts): the number a
// cell shows is the one KWIC and the item's bars show. Rows scroll under a sticky header of the
// words; an issue of more than PAGE items is shown PAGE rows at a time. The same rows as a table, for
// the keyboard: heat-table.js.
import { t } from '../lib/i18n.js';
import { heatGrid, heatmapOption, HEAT_ROW } from '../lib/charts.js';
import { $, el } from './dom.js';
import { state } from './state.js';
import { itemLabel, itemNo, pageText, pagesOf, shortLabel } from './labels.js';
import { chart, palette } from './chart-slots.js';
import { termCounts } from './counts.js';
import { actions } from './actions.js';
import { setHeatTable } from './heat-table.js';

const PAGE = 100;
const WORDS = 15;
let page = 0;
let generation = 0;
let shownReport = null;

export async function renderHeatmap() {
  const report = state.report;
  const items = state.items;
  const words = state.keywords.slice(0, WORDS).map((k) => k.word);
  const box = $('heatmap');
  const hc = chart('heatmap');
  const gen = ++generation;
  if (report !== shownReport) page = 0;
  shownReport = report;
  box.dataset.counted = 'false';
  if (!report || !words.length || !items.length) {
    hc.clear();
    $('heat-head').replaceChildren();
    $('heat-pager').hidden = true;
    setHeatTable([], [], []);
    box.dataset.counted = 'true';
    return;
  }
  let counts;
  try {
    counts = await termCounts(report, words);
  } catch {
    return; // a newer analysis replaced this report's worker answers; it renders again
  }
  if (gen !== generation || state.view !== 'overview') return;
  const pages = Math.ceil(items.length / PAGE);
  page = Math.min(page, pages - 1);
  const from = page * PAGE;
  const shown = items.slice(from, from + PAGE);
  const itemPage = pagesOf(report);
  const rows = shown.map((it, i) => {
    const where = pageText(itemPage[from + i]);
    return {
      index: it.index,
      short: shortLabel(it),
      tip: `${itemNo(it)}. ${itemLabel(it)}${where ? ` · ${where}` : ''}`,
    };
  });
  const matrix = shown.map((_, i) => words.map((_, w) => counts[(from + i) * words.length + w]));
  const width = box.clientWidth || 600;
  // The labels take a share of what is seen: on a phone the chart is wider than its box (it scrolls).
  const seen = $('heat-scroll').clientWidth || width;
  const labelWidth = Math.round(Math.max(110, Math.min(230, Math.min(width, seen) * 0.3)));
  const grid = heatGrid(labelWidth, false);
  box.style.height = `${rows.length * HEAT_ROW + grid.top + grid.bottom}px`;
  const p = palette();
  const onClick = (e) => {
    if (e.component === 'series') actions.showKwic(words[e.value[0]], true, { item: rows[e.value[1]].index });
    else if (e.component === 'yAxis') {
      const row = rows.find((r) => r.short === e.value);
      if (row) actions.openItem(row.index);
    } else if (e.component === 'xAxis') actions.showKwic(e.value);
  };
  hc.set(
    heatmapOption(words, rows, matrix, p, { width, labelWidth }),
    onClick,
    heatmapOption(words, rows, matrix, p, { width, labelWidth, header: true }),
  );
  hc.resize();
  renderHead(words, grid);
  renderPager(pages, items.length, from, shown.length);
  setHeatTable(words, rows, matrix);
  box.dataset.counted = 'true';
}

/** The words above the scrolling rows, each over its column; a click shows its contexts. */
function renderHead(words, grid) {
  const head = $('heat-head');
  head.style.paddingLeft = `${grid.left}px`;
  head.style.paddingRight = `${grid.right}px`;
  head.style.gridTemplateColumns = `repeat(${words.length}, minmax(0, 1fr))`;
  head.replaceChildren(
    ...words.map((w) => {
      // A long word breaks in its middle if the column is narrow (双招 / 双引, not 双招双 / 引).
      const half = w.length >= 4 ? Math.ceil(w.length / 2) : w.length;
      const parts = [w.slice(0, half), w.length > half ? el('wbr') : null, w.slice(half) || null];
      return el(
        'button',
        { type: 'button', class: 'heat-word', title: w, onclick: () => actions.showKwic(w) },
        ...parts,
      );
    }),
  );
}

function renderPager(pages, total, from, n) {
  const pager = $('heat-pager');
  pager.hidden = pages < 2;
  if (pages < 2) return;
  const go = (d) => {
    page = Math.max(0, Math.min(pages - 1, page + d));
    renderHeatmap();
  };
  pager.replaceChildren(
    el('button', { type: 'button', class: 'mini', text: '‹', 'aria-label': t('prevPage'), onclick: () => go(-1) }),
    el('span', { text: t('heatRows', { from: from + 1, to: from + n, total: total.toLocaleString() }) }),
    el('button', { type: 'button', class: 'mini', text: '›', 'aria-label': t('nextPage'), onclick: () => go(1) }),
  );
  pager.firstChild.disabled = page === 0;
  pager.lastChild.disabled = page === pages - 1;
}
