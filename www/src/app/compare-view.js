// Compare two selections of the library (two issues, two periods or two papers): each side's
// distinctive words by keyness (signed G² on token counts, dubao::trends::compare, the CLI's
// `dubao compare`) and the words they share.
import { t } from './library-strings.js';
import { ToWorker } from '../lib/protocol.js';
import { $, el } from './dom.js';
import { ask, library, onLibrary, papers } from './library-state.js';

const MIN_COUNT = 5;
let generation = 0;
let periods = [];

/** The choices of a selection kind: [{value, label, selection}]. */
function choices(kind) {
  if (kind === 'issue')
    return library.issues.map((s) => ({
      value: s.id,
      label: [s.paper, s.date, s.name].filter(Boolean).join(' · '),
      selection: { kind, id: s.id },
    }));
  if (kind === 'paper') return papers().map((p) => ({ value: p, label: p, selection: { kind, paper: p } }));
  return periods.map((p) => ({ value: p, label: p, selection: { kind, by: 'month', period: p } }));
}

async function fillChoices() {
  const kind = $('compare-kind').value;
  if (kind === 'period' && library.issues.length)
    periods = (await ask(ToWorker.LIB_TRENDS, { terms: [], by: 'month' })).periods;
  const list = choices(kind);
  for (const [id, at] of [
    ['compare-a', 0],
    ['compare-b', 1],
  ]) {
    const select = $(id);
    select.replaceChildren(...list.map((c) => el('option', { value: c.value, text: c.label })));
    select.selectedIndex = Math.min(at, list.length - 1);
  }
}

/** Compares the two selections chosen. */
export async function runCompare() {
  const kind = $('compare-kind').value;
  const list = choices(kind);
  const pick = (id) => list.find((c) => c.value === $(id).value)?.selection;
  const [a, b] = [pick('compare-a'), pick('compare-b')];
  if (!a || !b) return;
  const gen = ++generation;
  const { comparison: c } = await ask(ToWorker.LIB_COMPARE, { a, b, top: 25, minCount: MIN_COUNT });
  if (gen !== generation) return;
  $('compare-note').textContent = t('compareNote', { a: c.articles_a, b: c.articles_b, min: MIN_COUNT });
  $('compare-result').replaceChildren(
    column(t('compareA'), c.a, 'a'),
    column(t('compareB'), c.b, 'b'),
    column(t('compareShared'), c.shared, 'shared'),
  );
  document.documentElement.dataset.compare = String(c.a.length + c.b.length);
}

function column(title, words, side) {
  const cols = ['col_word', 'col_countA', 'col_countB', side === 'shared' ? null : 'col_g2'].filter(Boolean);
  const head = el('tr', {}, ...cols.map((k) => el('th', { text: t(k) })));
  const rows = words.map((k) =>
    el(
      'tr',
      {},
      el('td', { text: k.word }),
      el('td', { class: 'num', text: String(k.count_a) }),
      el('td', { class: 'num', text: String(k.count_b) }),
      side === 'shared' ? null : el('td', { class: 'num', text: Math.abs(k.g2).toFixed(1) }),
    ),
  );
  return el(
    'div',
    { class: `compare-col ${side}` },
    el('h4', { text: title }),
    el('table', { class: 'lib-table small' }, el('thead', {}, head), el('tbody', {}, ...rows)),
  );
}

export function wireCompare() {
  $('compare-kind').addEventListener('change', fillChoices);
  $('compare-form').addEventListener('submit', (e) => {
    e.preventDefault();
    runCompare();
  });
  onLibrary(fillChoices);
}
