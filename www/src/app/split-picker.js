// The item's source lines (state.lines, from the core), each with what it is read as (引题, 标题,
// 副题, 署名 or 正文: a menu that corrects it, {op: 'mark'}) and, after the first, a "split here"
// button. edits.js handles the menus' changes and the buttons go through actions.splitAt.
import { t } from './strings.js';
import { spanLines } from '../lib/text.js';
import { $, el } from './dom.js';
import { state } from './state.js';
import { actions } from './actions.js';

export const PARTS = ['kicker', 'title', 'subtitle', 'credit', 'body'];

const squeeze = (s) => (s || '').replace(/[\s—–-]+/g, '');

/** What each of the item's lines is read as now: Map(line → part); blank lines have none. The
 * report says which lines are title lines; which title part a line is, its text tells. */
export function lineParts(item, lines) {
  const parts = new Map();
  for (const n of spanLines(item.body_spans || [])) parts.set(n, 'body');
  for (const n of spanLines(item.credit_spans || [])) parts.set(n, 'credit');
  for (const n of spanLines(item.title_spans || [])) {
    const text = squeeze(lines[n - 1]);
    const has = (field) => text && squeeze(item[field]).includes(text);
    parts.set(n, has('kicker') && !has('title') ? 'kicker' : has('subtitle') && !has('title') ? 'subtitle' : 'title');
  }
  for (const n of parts.keys()) if (!(lines[n - 1] ?? '').trim()) parts.delete(n);
  return parts;
}

function partMenu(n, part) {
  const select = el(
    'select',
    { class: 'part-menu', dataset: { line: String(n) }, 'aria-label': t('markLine', { n }) },
    ...PARTS.map((p) => el('option', { value: p, text: t(`part_${p}`) })),
  );
  select.value = part;
  return select;
}

/** Renders the picker of the selected item; the control that had the focus keeps it. */
export function renderSplitPicker() {
  const item = state.items[state.selected];
  const box = $('split-lines');
  if (!item) return box.replaceChildren();
  const lines = state.lines?.text === state.reportText ? state.lines.lines : [];
  const numbers = spanLines(item.spans);
  const parts = lineParts(item, lines);
  const focused = box.contains(document.activeElement) ? document.activeElement : null;
  box.replaceChildren(
    ...numbers.map((n, i) => {
      const part = parts.get(n);
      return el(
        'li',
        { dataset: { line: String(n), part: part ?? 'blank' } },
        el('span', { class: 'line-no', text: String(n) }),
        el('span', { class: 'line-text', text: lines[n - 1] ?? '' }),
        el(
          'span',
          { class: 'line-tools' },
          part ? partMenu(n, part) : null,
          i > 0
            ? el('button', {
                type: 'button',
                class: 'mini',
                dataset: { line: String(n) },
                text: t('splitHere'),
                onclick: () => actions.splitAt(n),
              })
            : null,
        ),
      );
    }),
  );
  if (focused) {
    const same = box.querySelector(`${focused.tagName.toLowerCase()}[data-line="${focused.dataset.line}"]`);
    (same ?? $('btn-split')).focus({ preventScroll: true });
  }
}
