// Hot words: the words whose share of articles rose most in a period against the one before,
// ranked by the core's G² on the 2×2 table of articles (dubao::trends::rising), figures shown.
import { t } from './library-strings.js';
import { ToWorker } from '../lib/protocol.js';
import { $, el } from './dom.js';
import { ask, library, onLibrary } from './library-state.js';

const pct = (x) => `${(100 * x).toFixed(1)}%`;
let generation = 0;

/** Shows the hot words of the period chosen (the last one when none is). */
export async function showHotWords() {
  if (!library.issues.length) return;
  const gen = ++generation;
  const by = $('hot-by').value;
  const chosen = $('hot-period').value || null;
  const min = Math.max(1, Number($('hot-min').value) || 1);
  const { hot, periods } = await ask(ToWorker.LIB_HOT, { by, period: chosen, minCount: min, top: 30 });
  if (gen !== generation) return;
  const select = $('hot-period');
  select.replaceChildren(...periods.slice(1).map((p) => el('option', { value: p, text: p })));
  select.value = hot.period ?? '';
  $('hot-note').textContent = hot.previous
    ? t('hotNote', { period: hot.period, previous: hot.previous, min })
    : t('hotNone');
  const cols = ['col_word', 'col_now', 'col_before', 'col_g2'];
  const head = el('tr', {}, ...cols.map((k) => el('th', { text: t(k) })));
  const rows = hot.words.map((w) =>
    el(
      'tr',
      {},
      el('td', { text: w.word }),
      el('td', { class: 'num', text: `${w.articles}/${w.total} (${pct(w.share)})` }),
      el('td', { class: 'num', text: `${w.prev_articles}/${w.prev_total} (${pct(w.prev_share)})` }),
      el('td', { class: 'num', text: w.g2.toFixed(1) }),
    ),
  );
  $('hot-table').replaceChildren(el('thead', {}, head), el('tbody', {}, ...rows));
  document.documentElement.dataset.hotWords = String(hot.words.length);
}

export function wireHotWords() {
  $('hot-by').addEventListener('change', () => {
    $('hot-period').value = '';
    showHotWords();
  });
  $('hot-period').addEventListener('change', showHotWords);
  $('hot-min').addEventListener('change', showHotWords);
  onLibrary(showHotWords);
}
