// Keyword chips (word and the value they are sorted by: the count, or the TF-IDF / TextRank
// weight); a click shows the word's contexts. The card's sort note says what they are sorted by.
import { t } from '../lib/i18n.js';
import { el } from './dom.js';
import { actions } from './actions.js';
import { describe, sortValue, sortedBy, weighting } from './weighting.js';

export function renderChips(container, keywords, emptyText = t('noKeywords')) {
  const note = container.parentElement?.querySelector('.sort-note');
  if (note) note.textContent = keywords.length ? sortedBy() : '';
  container.dataset.sort = weighting();
  if (!keywords.length) {
    container.replaceChildren(el('span', { class: 'muted small', text: emptyText }));
    return;
  }
  container.replaceChildren(
    ...keywords.map((k) =>
      el(
        'button',
        {
          type: 'button',
          class: 'chip',
          dataset: { word: k.word },
          title: `${describe(k)} · ${k.pos}`,
          onclick: () => actions.showKwic(k.word),
        },
        el('span', { text: k.word }),
        el('span', { class: 'chip-count', text: sortValue(k) }),
      ),
    ),
  );
}
