// Renders the page from the state after an analysis: the weighting badge, the list first, then (in
// a later task, so the page stays responsive) the charts of the view shown and the open KWIC panel.
import { applyI18n } from '../lib/i18n.js';
import { t } from './strings.js';
import { timed } from '../lib/timing.js';
import { $, el } from './dom.js';
import { state } from './state.js';
import { renderItems } from './item-list.js';
import { renderOverview } from './overview.js';
import { renderItem } from './item.js';
import { showKwic } from './kwic.js';
import { noteWeighting, weighting, weightingName } from './weighting.js';
import { syncHistory } from './history.js';
import { updateExports } from './exports.js';
import { setView } from './navigation.js';
import { renderPages } from './pages-tab.js';

export async function render() {
  timed('i18n', () => applyI18n(document));
  noteWeighting();
  renderWeighting();
  timed('stats', renderStats);
  timed('items', renderItems);
  timed('furniture', renderFurniture);
  syncHistory();
  updateExports();
  if (!state.items.length && state.view === 'item') setView('overview', false);
  timed('pages', renderPages); // the 版面 tab shows for a PDF (and is drawn if it is the view)
  if (state.view === 'pages' && !state.pdf) setView('overview', false);
  await new Promise((r) => setTimeout(r, 0));
  timed('overview', renderOverview);
  timed('item', renderItem);
  if (state.kwicWord) timed('kwic', () => showKwic(state.kwicWord, false, { keep: true }));
}

/** The badge that says which weighting ranks the keywords shown (a click opens the settings). */
function renderWeighting() {
  const badge = $('weighting-badge');
  badge.hidden = !state.items.length;
  badge.dataset.weighting = weighting();
  badge.textContent = t('weightingBadge', { w: weightingName() });
  badge.onclick = () => $('btn-settings').click();
}

function renderStats() {
  const s = state.report?.stats;
  $('issue-stats').textContent = state.items.length
    ? t('statsLine', {
        items: state.items.length,
        chars: s.chars.toLocaleString(),
        words: state.items.reduce((a, it) => a + it.stats.words, 0).toLocaleString(),
        lines: s.lines.toLocaleString(),
      })
    : '';
  $('edited-note').hidden = !state.edited;
  renderEmpty();
}

/** No items (an empty text, or one with nothing to read): a friendly start instead of empty cards. */
function renderEmpty() {
  const empty = state.items.length === 0;
  $('empty').hidden = !empty;
  $('view-overview').classList.toggle('is-empty', empty);
  $('empty-sample').onclick = () => $('btn-sample').click();
  $('empty-open').onclick = () => $('btn-open').click();
  $('empty-paste').onclick = () => {
    $('input-panel').open = true;
    $('input').focus();
  };
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
