// The issue overview: the keyword cloud, top-keyword bar, chips, and the heatmap of the
// issue's keywords across the items.
import { t } from '../lib/i18n.js';
import { heatmapOption } from '../lib/charts.js';
import { countOccurrences } from '../lib/text.js';
import { timed } from '../lib/timing.js';
import { $ } from './dom.js';
import { state } from './state.js';
import { itemLabel } from './labels.js';
import { chart, drawBar, drawCloud, palette, setHeat } from './chart-slots.js';
import { renderChips } from './chips.js';
import { actions } from './actions.js';

export function renderOverview() {
  if (state.view !== 'overview') return;
  const kws = state.keywords;
  $('issue-bar-title').textContent = t('topBar', { n: Math.min(15, kws.length) });
  timed('cloud', () => drawCloud('issue-cloud', kws));
  timed('bar', () => drawBar('issue-bar', kws));
  timed('chips', () => renderChips($('issue-chips'), kws));

  // Heatmap: issue keywords × items that use them (at most 40 columns, in reading order).
  const words = kws.slice(0, 15).map((k) => k.word);
  const counts = timed('heat-count', () => state.items.map((it) => words.map((w) => countOccurrences(it.body, w))));
  let cols = state.items
    .map((it, i) => ({ index: it.index, total: counts[i].reduce((a, b) => a + b, 0) }))
    .filter((c) => c.total > 0);
  if (cols.length > 40) {
    const top = [...cols].sort((a, b) => b.total - a.total).slice(0, 40);
    cols = top.sort((a, b) => a.index - b.index);
  }
  const heat = {
    words,
    columns: cols.map((c) => {
      const label = itemLabel(state.items[c.index]);
      return { index: c.index, label, short: `${c.index + 1} ${label}` };
    }),
  };
  setHeat(heat);
  const matrix = words.map((_, wi) => cols.map((c) => counts[c.index][wi]));
  const hc = chart('heatmap');
  if (!words.length || !cols.length) hc.clear();
  else {
    const width = hc.el.clientWidth || 600;
    const rotated = (width - 90) / cols.length - 6 < 40;
    hc.el.style.height = `${Math.max(220, words.length * 26 + (rotated ? 110 : 40))}px`;
    hc.set(heatmapOption(words, heat.columns, matrix, palette(), width), (w) => actions.showKwic(w));
    hc.resize();
  }
}
