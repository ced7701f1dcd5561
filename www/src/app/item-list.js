// The item list in the sidebar (one row per item: number, kind, page, kicker, title, credits, length).
// One tab stop (a roving tabindex: the row of the item shown, else the last row focused, else the
// first); the arrow keys, Home / End and Page Up / Down move between the rows shown, Enter opens one.
// Only a page of rows is shown at first; a "show more" row after them appends the next page.
import { t } from './strings.js';
import { $, el } from './dom.js';
import { state } from './state.js';
import { itemLabel, itemNo, creditsText, pageText, pagesOf } from './labels.js';
import { actions } from './actions.js';
import { itemColour } from './page-view.js';

let itemsGeneration = 0;
/** The position of the row in the tab order. */
let stop = 0;

function itemRow(item, page) {
  const button = el(
    'button',
    {
      type: 'button',
      class: 'item-row',
      tabindex: item.index === stop ? '0' : '-1',
      dataset: { index: String(item.index), kind: item.kind },
      onclick: () => actions.openItem(item.index),
    },
    el('span', { class: 'row-no', text: String(itemNo(item)) }),
    el('span', { class: `badge ${item.kind}`, text: t(`kind_${item.kind}`) }),
    el(
      'span',
      { class: 'item-main' },
      page ? el('span', { class: 'row-page', text: page }) : null,
      item.kicker ? el('span', { class: 'row-kicker', text: item.kicker }) : null,
      el('span', { class: item.title ? 'row-title' : 'row-title untitled', text: itemLabel(item) }),
      item.credits.length ? el('span', { class: 'row-credits', text: creditsText(item) }) : null,
    ),
    el('span', { class: 'row-len', text: t('chars', { n: item.stats.chars.toLocaleString() }) }),
  );
  if (item.index === state.selected && state.view === 'item') button.setAttribute('aria-current', 'true');
  if (item.boxes?.length) {
    // Read from a PDF: the colour of its region in the page view (CSSOM: the CSP allows no style attributes).
    button.classList.add('has-region');
    button.style.setProperty('--region', itemColour(item.index));
  }
  return el('li', {}, button);
}

const rowAt = (index) => document.querySelector(`.item-row[data-index="${index}"]`);

/** Row `index` becomes the list's tab stop. */
export function setRowStop(index) {
  if (index < 0) return;
  showRows(index + 1); // an item beyond the rows shown (opened from the heatmap or KWIC)
  rowAt(stop)?.setAttribute('tabindex', '-1');
  stop = index;
  rowAt(stop)?.setAttribute('tabindex', '0');
}

/** Rows put in the list at first, and per "show more"; rows appended per task (one per frame). A
 * big issue has thousands of items: rendering them all blocked the page for seconds. */
const PAGE = 300;
const CHUNK = 150;
/** Rows in the list (items 0 … shown - 1), rows wanted there, whether a chunk is scheduled. */
let shown = 0;
let target = 0;
let growing = false;
/** The list had the focus when it was replaced: the tab stop takes it once its row is there. */
let focusPending = false;
let more = null;

function rows(from, to) {
  const frag = document.createDocumentFragment();
  const pages = pagesOf(state.report);
  for (let i = from; i < to; i++) frag.append(itemRow(state.items[i], pageText(pages[i])));
  return frag;
}

/** The "show more" row after the rows shown, or none when every item is shown. */
function updateMore(list) {
  const rest = state.items.length - shown;
  if (rest <= 0) return more?.remove();
  if (!more) {
    more = el(
      'li',
      { class: 'items-more' },
      el('button', {
        type: 'button',
        onclick: () => {
          const first = shown;
          showRows(shown + PAGE);
          rowAt(first)?.focus();
        },
      }),
    );
  }
  more.firstChild.textContent = t('moreItems', { n: rest.toLocaleString() });
  if (list.lastChild !== more) list.append(more);
}

function grow(generation) {
  if (generation !== itemsGeneration) return;
  const list = $('items');
  const to = Math.min(target, shown + CHUNK);
  if (to > shown) {
    list.append(rows(shown, to));
    shown = to;
    updateMore(list);
  }
  if (focusPending && stop < shown) {
    focusPending = false;
    rowAt(stop)?.focus({ preventScroll: true });
  }
  if (shown < target) requestAnimationFrame(() => setTimeout(() => grow(generation)));
  else growing = false;
}

/** At least the first `n` rows are put in the list (the first chunk now, the rest one per frame). */
export function showRows(n) {
  target = Math.max(target, Math.min(state.items.length, n));
  if (growing || shown >= target) return;
  growing = true;
  grow(itemsGeneration);
}

/** The item list: its first page of rows (and any up to the item shown), then a "show more" row.
 * A row that had the focus keeps it (or its place in the list, if it is gone). */
export function renderItems() {
  const list = $('items');
  ++itemsGeneration;
  const items = state.items;
  focusPending = list.contains(document.activeElement);
  stop = Math.max(0, Math.min(items.length - 1, state.selected >= 0 ? state.selected : stop));
  shown = Math.min(items.length, PAGE);
  target = shown;
  growing = false;
  list.replaceChildren(rows(0, shown));
  updateMore(list);
  showRows(stop + 1);
  if (focusPending && stop < shown) {
    focusPending = false;
    rowAt(stop)?.focus({ preventScroll: true });
  }
}

const KEYS = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };

export function wireItemList() {
  const list = $('items');
  list.addEventListener('keydown', (e) => {
    const row = e.target.closest?.('.item-row');
    if (!row || e.altKey || e.ctrlKey || e.metaKey) return;
    const rows = list.querySelectorAll('.item-row');
    const i = Number(row.dataset.index);
    let to;
    if (e.key in KEYS) to = i + KEYS[e.key];
    else if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = rows.length - 1;
    else return;
    e.preventDefault();
    to = Math.max(0, Math.min(rows.length - 1, to));
    setRowStop(to);
    rowAt(to)?.focus();
  });
  // A row focused by a click or the skip link becomes the tab stop.
  list.addEventListener('focusin', (e) => {
    const row = e.target.closest?.('.item-row');
    if (row) setRowStop(Number(row.dataset.index));
  });
  // The skip link lands on the list itself: hand the focus to the tab stop.
  list.addEventListener('focus', () => rowAt(stop)?.focus());
}
