// The item view: kicker, title, subtitle, meta line, the item's cloud, bar and chips, its text
// with keywords highlighted, and the split picker (the item's source lines).
import { t } from '../lib/i18n.js';
import { highlightPieces, spanLines } from '../lib/text.js';
import { $, el } from './dom.js';
import { state } from './state.js';
import { itemLabel, creditsText } from './labels.js';
import { drawBar, drawCloud } from './chart-slots.js';
import { renderChips } from './chips.js';
import { actions } from './actions.js';

const BODY_LIMIT = 30000;
let showFullBody = false;

/** Long texts are cut at BODY_LIMIT again (another item was opened). */
export function collapseBody() {
  showFullBody = false;
}

export function renderItem() {
  const item = state.items[state.selected];
  $('tab-item').disabled = !item;
  if (state.view !== 'item' || !item) return;
  $('item-kicker').textContent = item.kicker || '';
  $('item-kicker').hidden = !item.kicker;
  $('item-title').textContent = itemLabel(item);
  $('item-title').classList.toggle('untitled', !item.title);
  $('item-subtitle').textContent = item.subtitle || '';
  $('item-subtitle').hidden = !item.subtitle;
  $('item-meta').replaceChildren(
    ...[
      el('span', { class: `badge ${item.kind}`, text: t(`kind_${item.kind}`) }),
      el('span', { text: t('itemN', { n: item.index + 1 }) }),
      item.credits.length ? el('span', { text: creditsText(item) }) : null,
      el('span', { text: t('chars', { n: item.stats.chars.toLocaleString() }) }),
      el('span', { text: t('words', { n: item.stats.words.toLocaleString() }) }),
      item.spans.length
        ? el('span', {
            class: 'muted',
            text: `${t('line', { n: `${item.spans[0][0]}–${item.spans[item.spans.length - 1][1]}` })}`,
          })
        : null,
    ].filter(Boolean),
  );
  $('btn-merge').disabled = state.selected >= state.items.length - 1;
  $('btn-split').disabled = spanLines(item.spans).length < 2;
  $('item-bar-title').textContent = t('topBar', { n: Math.min(15, item.keywords.length) });
  drawCloud('item-cloud', item.keywords);
  drawBar('item-bar', item.keywords);
  // A page banner is an item with a title and no text: say so rather than suggest looser settings.
  renderChips($('item-chips'), item.keywords, item.body ? t('noKeywords') : t('noBody'));
  renderBody(item);
  if (!$('split-picker').hidden) renderSplitPicker();
}

function renderBody(item) {
  const body = item.body || '';
  const shown = showFullBody || body.length <= BODY_LIMIT ? body : body.slice(0, BODY_LIMIT);
  const words = item.keywords.map((k) => k.word);
  const frag = document.createDocumentFragment();
  for (const para of shown.split('\n')) {
    const p = el('p');
    for (const piece of highlightPieces(para, words)) {
      if (piece.word) {
        p.append(el('mark', { class: 'kw', dataset: { word: piece.word }, text: piece.text }));
      } else p.append(document.createTextNode(piece.text));
    }
    frag.append(p);
  }
  if (shown.length < body.length) {
    const showAll = () => {
      showFullBody = true;
      renderBody(item);
    };
    frag.append(
      el(
        'p',
        { class: 'muted small' },
        t('textTruncated', { n: BODY_LIMIT.toLocaleString() }),
        ' ',
        el('button', { type: 'button', class: 'link', text: t('showAll'), onclick: showAll }),
      ),
    );
  }
  $('item-body').replaceChildren(frag);
}

/** The selected item's source lines (state.lines, from the core), each after the first with a "split
 * here" button. */
export function renderSplitPicker() {
  const item = state.items[state.selected];
  const lines = state.lines?.text === state.reportText ? state.lines.lines : [];
  const numbers = spanLines(item.spans);
  $('split-lines').replaceChildren(
    ...numbers.map((n, i) =>
      el(
        'li',
        {},
        el('span', { class: 'line-no', text: String(n) }),
        el('span', { class: 'line-text', text: lines[n - 1] ?? '' }),
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
    ),
  );
}
