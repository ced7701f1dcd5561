// Keyword chips (word and count); a click shows the word's contexts.
import { t } from '../lib/i18n.js';
import { el } from './dom.js';
import { actions } from './actions.js';

export function renderChips(container, keywords, emptyText = t('noKeywords')) {
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
          title: `${k.pos} · ${k.count}`,
          onclick: () => actions.showKwic(k.word),
        },
        el('span', { text: k.word }),
        el('span', { class: 'chip-count', text: String(k.count) }),
      ),
    ),
  );
}
