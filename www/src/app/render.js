// Renders the page from the state after an analysis: the weighting badge, the list first, then (in
// a later task, so the page stays responsive) the charts of the view shown and the open KWIC panel.
import { t, applyI18n } from '../lib/i18n.js';
import { timed } from '../lib/timing.js';
import { $, el } from './dom.js';
import { state } from './state.js';
import { renderItems } from './item-list.js';
import { renderOverview } from './overview.js';
import { renderItem } from './item.js';
import { showKwic } from './kwic.js';
import { noteWeighting, weighting, weightingName } from './weighting.js';

export async function render() {
  timed('i18n', () => applyI18n(document));
  noteWeighting();
  renderWeighting();
  timed('stats', renderStats);
  timed('items', renderItems);
  timed('furniture', renderFurniture);
  await new Promise((r) => setTimeout(r, 0));
  timed('overview', renderOverview);
  timed('item', renderItem);
  if (state.kwicWord) timed('kwic', () => showKwic(state.kwicWord, false, { keep: true }));
}

/** The badge that says which weighting ranks the keywords shown (a click opens the settings). */
function renderWeighting() {
  const badge = $('weighting-badge');
  badge.hidden = !state.report;
  badge.dataset.weighting = weighting();
  badge.textContent = t('weightingBadge', { w: weightingName() });
  badge.onclick = () => $('btn-settings').click();
}

function renderStats() {
  const s = state.report?.stats;
  $('issue-stats').textContent = s
    ? t('statsLine', {
        items: state.items.length,
        chars: s.chars.toLocaleString(),
        words: state.items.reduce((a, it) => a + it.stats.words, 0).toLocaleString(),
        lines: s.lines.toLocaleString(),
      })
    : '';
  $('edited-note').hidden = !state.edited;
  $('empty').hidden = state.items.length > 0;
}

/** Page furniture (headers, editor lines) kept aside by the splitter. */
function renderFurniture() {
  const f = state.report?.furniture || [];
  $('furniture').hidden = f.length === 0;
  $('furniture-count').textContent = f.length ? `(${f.length})` : '';
  $('furniture-list').replaceChildren(
    ...f.map((x) =>
      el('li', {}, el('span', { class: 'line-no', text: `${x.spans[0]?.[0] ?? ''}` }), el('span', { text: x.text })),
    ),
  );
}
