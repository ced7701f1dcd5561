// The item list in the sidebar (one row per item: number, kind, page, kicker, title, credits, length).
import { t } from '../lib/i18n.js';
import { $, el } from './dom.js';
import { state } from './state.js';
import { itemLabel, itemNo, creditsText, pageText, pagesOf } from './labels.js';
import { actions } from './actions.js';

let itemsGeneration = 0;

function itemRow(item, page) {
  const button = el(
    'button',
    {
      type: 'button',
      class: 'item-row',
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

/** The item list; long lists are appended in chunks, one per frame, so the page stays responsive. */
export function renderItems() {
  const list = $('items');
  const generation = ++itemsGeneration;
  const items = state.items;
  const CHUNK = 200;
  const append = (from) => {
    if (generation !== itemsGeneration) return;
    const frag = document.createDocumentFragment();
    const pages = pagesOf(state.report);
    items.slice(from, from + CHUNK).forEach((item, i) => frag.append(itemRow(item, pageText(pages[from + i]))));
    if (from === 0) list.replaceChildren(frag);
    else list.append(frag);
    if (from + CHUNK < items.length) requestAnimationFrame(() => setTimeout(() => append(from + CHUNK)));
  };
  append(0);
}

/** Arrow keys move between rows. */
export function wireItemList() {
  $('items').addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const rows = [...document.querySelectorAll('.item-row')];
    const i = rows.indexOf(document.activeElement);
    if (i < 0) return;
    e.preventDefault();
    rows[Math.max(0, Math.min(rows.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))].focus();
  });
}
