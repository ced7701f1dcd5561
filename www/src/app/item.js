// The item view: kicker, title, subtitle, meta line (number, page, …), the item's cloud, bar and
// chips, its text with the keywords' occurrences marked (as the core finds them: tokens, the count
// the chips show; one tab stop, the arrow keys move between them, Enter opens KWIC; kwic.js) and a
// KWIC hit scrolled to, and the split picker (split-picker.js: the item's source lines).
import { t } from '../lib/i18n.js';
import { markPieces, spanLines } from '../lib/text.js';
import { $, el } from './dom.js';
import { state } from './state.js';
import { itemLabel, itemNo, creditsText, pageText, pagesOf } from './labels.js';
import { drawBar, drawCloud } from './chart-slots.js';
import { renderChips } from './chips.js';
import { itemHits } from './counts.js';
import { renderSplitPicker } from './split-picker.js';
import { renderItemPlace } from './pages-tab.js';

const BODY_LIMIT = 30000;
// Above this many characters in the issue, only the KWIC word is marked: each word's occurrences
// cost a pass of the core over the whole issue.
const MARK_ALL_LIMIT = 400000;
let showFullBody = false;
let bodyGeneration = 0;
/** The marks request under way (the last one sent). */
let marking = Promise.resolve();
/** The KWIC hit to scroll to once the body is marked: {at, word}. */
let pendingHit = null;

/** Long texts are cut at BODY_LIMIT again (another item was opened). */
export function collapseBody() {
  showFullBody = false;
}

/** Scrolls the item's text to the occurrence at UTF-16 offset `hit.at` and highlights it. */
export function focusHit(hit) {
  pendingHit = hit;
  if (hit.at >= BODY_LIMIT && !showFullBody) {
    showFullBody = true;
    renderItem();
  } else applyHit();
}

function applyHit() {
  const body = $('item-body');
  if (!pendingHit || body.dataset.marked !== 'true') return;
  const mark = body.querySelector(`mark[data-at="${pendingHit.at}"]`);
  pendingHit = null;
  for (const m of body.querySelectorAll('mark.hit-focus')) m.classList.remove('hit-focus');
  if (!mark) return;
  mark.classList.add('hit-focus');
  setMarkStop(mark);
  mark.focus({ preventScroll: true });
  mark.scrollIntoView({ block: 'center', behavior: 'instant' });
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
      el('span', { class: 'item-no', text: t('itemN', { n: itemNo(item) }) }),
      pageText(pagesOf(state.report)[state.selected])
        ? el('span', { class: 'page-label', text: pageText(pagesOf(state.report)[state.selected]) })
        : null,
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
  $('btn-split').disabled = spanLines(item.spans).length < 1;
  $('item-bar-title').textContent = t('topBar', { n: Math.min(15, item.keywords.length) });
  drawCloud('item-cloud', item.keywords);
  drawBar('item-bar', item.keywords);
  // A page banner is an item with a title and no text: say so rather than suggest looser settings.
  renderChips($('item-chips'), item.keywords, item.body ? t('noKeywords') : t('noBody'));
  renderItemPlace();
  renderBody(item);
  if (!$('split-picker').hidden) renderSplitPicker();
}

/** The text at once, then (when the core has answered) with its occurrences marked. */
async function renderBody(item) {
  const gen = ++bodyGeneration;
  const box = $('item-body');
  box.dataset.marked = 'false';
  drawBody(item, []);
  const bigIssue = (state.report?.stats?.chars ?? 0) > MARK_ALL_LIMIT;
  const words = [...new Set([...(bigIssue ? [] : item.keywords.map((k) => k.word)), state.kwicWord].filter(Boolean))];
  let hits = [];
  try {
    // One request at a time: the worker answers in turn, and a queue of items clicked past would
    // hold up the shown one (each word costs a pass of the core over the issue).
    await marking.catch(() => {});
    if (gen !== bodyGeneration) return;
    if (item.body && words.length) hits = await (marking = itemHits(state.report, state.selected, words));
  } catch {
    return; // a newer analysis replaced the report; it renders again
  }
  if (gen !== bodyGeneration) return;
  drawBody(item, hits);
  box.dataset.marked = 'true';
  applyHit();
}

function drawBody(item, hits) {
  const body = item.body || '';
  const shown = showFullBody || body.length <= BODY_LIMIT ? body : body.slice(0, BODY_LIMIT);
  const frag = document.createDocumentFragment();
  let from = 0;
  for (const para of shown.split('\n')) {
    const p = el('p');
    for (const piece of markPieces(para, hits, from)) {
      if (piece.word) {
        const cls = piece.word === state.kwicWord ? 'kw kw-current' : 'kw';
        const props = { class: cls, dataset: { word: piece.word, at: String(piece.at) }, text: piece.text };
        p.append(el('mark', { ...props, role: 'button', tabindex: '-1' }));
      } else p.append(document.createTextNode(piece.text));
    }
    frag.append(p);
    from += para.length + 1;
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
  const first = $('item-body').querySelector('mark.kw');
  if (first) first.tabIndex = 0;
}

/** The one mark of the text in the tab order (the others are reached with the arrow keys). */
function setMarkStop(mark) {
  for (const m of $('item-body').querySelectorAll('mark.kw[tabindex="0"]')) m.tabIndex = -1;
  mark.tabIndex = 0;
}
