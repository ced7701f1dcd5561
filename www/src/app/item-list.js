// The item list in the sidebar (one row per item: number, kind, page, kicker, title, credits, length).
// One tab stop (a roving tabindex: the row of the item shown, else the last row focused, else the
// first); the arrow keys, Home / End and Page Up / Down move between rows, Enter opens one.
import { t } from '../lib/i18n.js';
import { $, el } from './dom.js';
import { state } from './state.js';
import { itemLabel, itemNo, creditsText, pageText, pagesOf } from './labels.js';
import { actions } from './actions.js';

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
  return el('li', {}, button);
}

const rowAt = (index) => document.querySelector(`.item-row[data-index="${index}"]`);

/** Row `index` becomes the list's tab stop. */
export function setRowStop(index) {
  if (index < 0) return;
  rowAt(stop)?.setAttribute('tabindex', '-1');
  stop = index;
  rowAt(stop)?.setAttribute('tabindex', '0');
}

/** The item list; long lists are appended in chunks, one per frame, so the page stays responsive.
 * A row that had the focus keeps it (or its place in the list, if it is gone). */
export function renderItems() {
  const list = $('items');
  const generation = ++itemsGeneration;
  const items = state.items;
  const hadFocus = list.contains(document.activeElement);
  stop = Math.max(0, Math.min(items.length - 1, state.selected >= 0 ? state.selected : stop));
  const CHUNK = 200;
  const append = (from) => {
    if (generation !== itemsGeneration) return;
    const frag = document.createDocumentFragment();
    const pages = pagesOf(state.report);
    items.slice(from, from + CHUNK).forEach((item, i) => frag.append(itemRow(item, pageText(pages[from + i]))));
    if (from === 0) list.replaceChildren(frag);
    else list.append(frag);
    if (hadFocus && stop >= from && stop < from + CHUNK) rowAt(stop)?.focus({ preventScroll: true });
    if (from + CHUNK < items.length) requestAnimationFrame(() => setTimeout(() => append(from + CHUNK)));
  };
  append(0);
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
