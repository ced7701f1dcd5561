// The heatmap as a table (under the chart, folded): the same rows, words and counts, for the
// keyboard and screen readers (the chart is a canvas). One tab stop (a roving tabindex); the arrow
// keys, Home / End (the row's ends) and Ctrl+Home / Ctrl+End move between cells; Enter on a count
// shows that word's contexts in that item, on an item opens it, on a word shows its contexts.
import { t } from './strings.js';
import { $, el } from './dom.js';
import { actions } from './actions.js';

/** {words, rows: [{index, short, tip}], matrix: counts[row][word]} of the page of rows shown. */
let data = null;
/** The cell in the tab order: [row, col]; row -1 is the words' row, col -1 the items' column. */
let stop = [0, 0];

/** The heatmap's rows, words and counts (heatmap.js); drawn now if the table is open. */
export function setHeatTable(words, rows, matrix) {
  data = { words, rows, matrix };
  stop = [0, 0];
  const box = $('heat-table-box');
  box.hidden = !rows.length || !words.length;
  box.ontoggle = () => (box.open ? drawTable() : $('heat-table').replaceChildren());
  $('heat-table').onkeydown = onKey;
  if (box.open) drawTable();
  else $('heat-table').replaceChildren();
}

const cellId = (r, c) => `${r}:${c}`;

function cellButton(r, c, { dataset, ...props }, text) {
  const [sr, sc] = stop;
  return el('button', {
    type: 'button',
    tabindex: r === sr && c === sc ? '0' : '-1',
    dataset: { ...dataset, cell: cellId(r, c) },
    ...props,
    text,
  });
}

function drawTable() {
  if (!data) return;
  const { words, rows, matrix } = data;
  const max = Math.max(1, ...matrix.flat());
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col', text: t('heatCorner') }),
    ...words.map((w, c) =>
      el('th', { scope: 'col' }, cellButton(-1, c, { title: w, onclick: () => actions.showKwic(w) }, w)),
    ),
  );
  const body = rows.map((row, r) =>
    el(
      'tr',
      {},
      el(
        'th',
        { scope: 'row' },
        cellButton(r, -1, { title: row.tip, onclick: () => actions.openItem(row.index) }, row.short),
      ),
      ...words.map((w, c) => {
        const n = matrix[r][c] ?? 0;
        const props = {
          class: 'heat-cell',
          'aria-label': t('heatCell', { item: row.tip, word: w, n }),
          dataset: { level: String(n ? Math.ceil((n / max) * 4) : 0) },
          onclick: () => actions.showKwic(w, true, { item: row.index }),
        };
        return el('td', {}, cellButton(r, c, props, n ? String(n) : '·'));
      }),
    ),
  );
  $('heat-table').replaceChildren(el('thead', {}, head), el('tbody', {}, ...body));
}

function onKey(e) {
  const button = e.target.closest?.('button[data-cell]');
  if (!button || !data) return;
  const [r, c] = button.dataset.cell.split(':').map(Number);
  const last = [data.rows.length - 1, data.words.length - 1];
  const moves = {
    ArrowRight: [r, c + 1],
    ArrowLeft: [r, c - 1],
    ArrowDown: [r + 1, c],
    ArrowUp: [r - 1, c],
    Home: e.ctrlKey ? [-1, -1] : [r, -1],
    End: e.ctrlKey ? last : [r, last[1]],
  };
  const to = moves[e.key];
  if (!to) return;
  e.preventDefault();
  let [tr, tc] = [Math.max(-1, Math.min(last[0], to[0])), Math.max(-1, Math.min(last[1], to[1]))];
  if (tr === -1 && tc === -1) tc = 0; // the corner is no cell
  const next = $('heat-table').querySelector(`button[data-cell="${cellId(tr, tc)}"]`);
  if (!next) return;
  button.tabIndex = -1;
  next.tabIndex = 0;
  stop = [tr, tc];
  next.focus();
}
