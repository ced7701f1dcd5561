// KWIC (keyword in context): the side panel with every occurrence of a word in the items, counts
// per item, and the word's contexts.
import { t } from '../lib/i18n.js';
import { kwicItems } from '../lib/text.js';
import { $, el } from './dom.js';
import { state } from './state.js';
import { itemLabel, truncate } from './labels.js';
import { resizeCharts } from './chart-slots.js';
import { actions } from './actions.js';

export function showKwic(word, focus = true) {
  state.kwicWord = word;
  const res = kwicItems(state.items, word, 15, 500);
  $('kwic').hidden = false;
  document.body.classList.add('with-kwic');
  $('kwic-title').textContent = t('kwicTitle', { word });
  $('kwic-summary').textContent = res.total
    ? `${t('kwicSummary', { total: res.total, items: res.counts.length })}${res.truncated ? ` · ${t('kwicTruncated', { n: res.lines.length })}` : ''}`
    : t('kwicNone');
  $('kwic-counts').replaceChildren(
    ...res.counts.map((c) =>
      el(
        'button',
        {
          type: 'button',
          class: 'chip',
          title: itemLabel(state.items[c.index]),
          onclick: () => actions.openItem(c.index),
        },
        el('span', { text: `${c.index + 1}. ${truncate(itemLabel(state.items[c.index]), 10)}` }),
        el('span', { class: 'chip-count', text: String(c.count) }),
      ),
    ),
  );
  $('kwic-lines').replaceChildren(
    ...res.lines.map((line) =>
      el(
        'li',
        {},
        el('button', {
          type: 'button',
          class: 'kwic-item',
          title: itemLabel(state.items[line.index]),
          text: String(line.index + 1),
          onclick: () => actions.openItem(line.index),
        }),
        // The left context is right-aligned and clipped on its far side (see .kwic-left).
        el('span', { class: 'kwic-left' }, el('span', { text: line.left })),
        el('mark', { class: 'kwic-word', text: line.word }),
        el('span', { class: 'kwic-right', text: line.right }),
      ),
    ),
  );
  requestAnimationFrame(resizeCharts);
  if (focus) $('kwic-title').focus({ preventScroll: false });
}

export function closeKwic() {
  state.kwicWord = null;
  $('kwic').hidden = true;
  document.body.classList.remove('with-kwic');
  requestAnimationFrame(resizeCharts);
}

/** Highlighted words in an item's text open KWIC; the close button and Escape close it. */
export function wireKwic() {
  $('item-body').addEventListener('click', (e) => {
    const mark = e.target.closest('mark.kw');
    if (mark) showKwic(mark.dataset.word);
  });
  $('btn-kwic-close').addEventListener('click', closeKwic);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !$('kwic').hidden && !$('settings').open) closeKwic();
  });
}
