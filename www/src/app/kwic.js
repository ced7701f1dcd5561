// KWIC (keyword in context): the side panel with a word's occurrences as the core counts them
// (tokens of the analysis: the count of the keywords, the heatmap and the bars). Opened from an
// item it lists that item's hits, with a toggle to the whole issue; a hit opens its item at it.
import { t } from '../lib/i18n.js';
import { $, el } from './dom.js';
import { state } from './state.js';
import { itemLabel, itemNo, shortLabel } from './labels.js';
import { resizeCharts } from './chart-slots.js';
import { concordance } from './counts.js';
import { actions } from './actions.js';

/** The item whose hits are listed (its position), or null for the whole issue. */
let scope = null;
/** The item the scope toggle offers (the one KWIC was opened from). */
let scopeItem = null;
let generation = 0;
/** The line last opened ({index, at}): marked in the list. */
let activeHit = null;
/** What had the focus when KWIC was opened (a chip, a highlighted word, a heatmap cell): closing
 * KWIC gives the focus back to it, or to its like if it was drawn again. */
let opener = null;

/**
 * Shows the contexts of `word`. Scope: `opts.item` (an item's position, or null for the issue);
 * `opts.keep`: the scope shown before (a new analysis); otherwise the item shown, if any.
 */
export function showKwic(word, focus = true, opts = {}) {
  const active = document.activeElement;
  if (focus && !$('kwic').contains(active)) opener = active && active !== document.body ? describe(active) : null;
  state.kwicWord = word;
  if (opts.keep) {
    if (scopeItem !== null && scopeItem >= state.items.length) scope = scopeItem = null;
  } else if ('item' in opts) scope = opts.item;
  else scope = state.view === 'item' && state.selected >= 0 ? state.selected : null;
  if (scope !== null) scopeItem = scope;
  else if (!opts.keep) scopeItem = null;
  $('kwic-title').textContent = t('kwicTitle', { word });
  for (const m of document.querySelectorAll('#item-body mark.kw'))
    m.classList.toggle('kw-current', m.dataset.word === word);
  return fill(word, focus);
}

/** The item shown changed (`hit`: opened from a KWIC line): the toggle offers that item, and a
 * KWIC listing an item's hits lists the new item's. */
export function followItem(index, hit = null) {
  activeHit = hit ? { index, at: hit.at } : null;
  if ($('kwic').hidden || !state.kwicWord) return;
  if (scope !== null) scope = index;
  scopeItem = index;
  fill(state.kwicWord, false);
}

async function fill(word, focus) {
  const gen = ++generation;
  const report = state.report;
  const panel = $('kwic');
  panel.dataset.loaded = 'false';
  if (!report) return;
  let issue;
  let res;
  try {
    issue = await concordance(report, word);
    // The issue's lines hold the item's unless they were cut at the limit.
    res = scope === null ? issue : issue.truncated ? await concordance(report, word, scope) : itemPart(issue, scope);
  } catch {
    return;
  }
  if (gen !== generation) return;
  renderScope(issue, res);
  $('kwic-summary').textContent = summary(res);
  $('kwic-counts').hidden = scope !== null;
  $('kwic-counts').replaceChildren(...(scope === null ? res.counts.map(countChip) : []));
  $('kwic-lines').replaceChildren(...res.lines.map(hitLine));
  const wasHidden = panel.hidden;
  panel.hidden = false;
  document.body.classList.add('with-kwic');
  panel.dataset.loaded = 'true';
  if (wasHidden) requestAnimationFrame(resizeCharts);
  if (focus) $('kwic-title').focus({ preventScroll: false });
}

/** The part of an issue-wide concordance that is in item `index`. */
function itemPart(issue, index) {
  const lines = issue.lines.filter((l) => l.index === index);
  const counts = issue.counts.filter((c) => c.index === index);
  return { word: issue.word, total: lines.length, counts, lines, truncated: false };
}

function summary(res) {
  if (!res.total) return scope === null ? t('kwicNone') : t('kwicNoneItem', { n: scope + 1 });
  const text =
    scope === null
      ? t('kwicSummary', { total: res.total, items: res.counts.length })
      : t('kwicSummaryItem', { total: res.total, n: scope + 1 });
  return res.truncated ? `${text} · ${t('kwicTruncated', { n: res.lines.length })}` : text;
}

/** The toggle between the item KWIC was opened from and the whole issue, each with its count. */
function renderScope(issue, res) {
  const box = $('kwic-scope');
  box.hidden = scopeItem === null;
  if (scopeItem === null) return;
  const itemCount = scope === scopeItem ? res.total : (issue.counts.find((c) => c.index === scopeItem)?.count ?? 0);
  const button = (target, text) =>
    el('button', {
      type: 'button',
      class: 'mini',
      'aria-pressed': String(scope === target),
      dataset: { scope: target === null ? 'issue' : 'item' },
      text,
      onclick: () => {
        scope = target;
        fill(state.kwicWord, false);
      },
    });
  box.replaceChildren(
    button(scopeItem, t('kwicThisItem', { n: scopeItem + 1, count: itemCount })),
    button(null, t('kwicWholeIssue', { count: issue.total })),
  );
}

const countChip = (c) => {
  const item = state.items[c.index];
  return el(
    'button',
    { type: 'button', class: 'chip', title: itemLabel(item), onclick: () => actions.openItem(c.index) },
    el('span', { text: shortLabel(item, 10) }),
    el('span', { class: 'chip-count', text: String(c.count) }),
  );
};

/** One hit: a button that opens its item, scrolled to this occurrence. */
const hitLine = (line) => {
  const item = state.items[line.index];
  return el(
    'li',
    {},
    el(
      'button',
      {
        type: 'button',
        class: activeHit?.index === line.index && activeHit.at === line.at ? 'kwic-hit current' : 'kwic-hit',
        title: `${itemNo(item)}. ${itemLabel(item)}`,
        dataset: { index: String(line.index), at: String(line.at) },
        onclick: () => actions.openItem(line.index, { at: line.at, word: line.word }),
      },
      el('span', { class: 'kwic-item', text: String(itemNo(item)) }),
      // The left context is right-aligned and clipped on its far side (see .kwic-left).
      el('span', { class: 'kwic-left' }, el('span', { text: line.left })),
      el('mark', { class: 'kwic-word', text: line.word }),
      el('span', { class: 'kwic-right', text: line.right }),
    ),
  );
};

/** Enough of an element to find it again after its view was drawn again. */
function describe(node) {
  const box = node.closest('[id]');
  const key = ['cell', 'at', 'word', 'index'].find((k) => node.dataset?.[k] !== undefined);
  return { node, box: box?.id, tag: node.tagName, key, value: key ? node.dataset[key] : null };
}

function refocus(o) {
  if (!o) return false;
  let target = o.node.isConnected ? o.node : null;
  if (!target && o.box && o.key) {
    const attr = o.key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    target = document.getElementById(o.box)?.querySelector(`${o.tag}[data-${attr}="${CSS.escape(o.value)}"]`);
  }
  if (!target || target.closest('[hidden]')) return false;
  target.focus({ preventScroll: false });
  return document.activeElement === target;
}

/** Closes the panel. `byUser` (its close button, Escape): the focus, if it was in the panel (or
 * nowhere), goes back to what opened it. */
export function closeKwic(byUser = false) {
  const focus = document.activeElement;
  const restore = byUser === true && ($('kwic').contains(focus) || !focus || focus === document.body);
  const back = restore ? opener : null;
  const wasOpen = !$('kwic').hidden;
  opener = null;
  generation++;
  state.kwicWord = null;
  scope = scopeItem = null;
  $('kwic').hidden = true;
  document.body.classList.remove('with-kwic');
  for (const m of document.querySelectorAll('#item-body mark.kw-current')) m.classList.remove('kw-current');
  // The charts get their width back; a panel that was not open changed nothing (a resize lays the
  // word clouds out again: a few hundred ms for an issue's).
  if (wasOpen) requestAnimationFrame(resizeCharts);
  if (restore && !refocus(back) && document.activeElement === document.body) $('tab-overview').focus();
}

/** The text's highlighted words: one tab stop; the arrow keys (and Home / End) move between them,
 * Enter or Space opens KWIC. */
function onMarkKey(e) {
  const mark = e.target.closest?.('mark.kw');
  if (!mark) return;
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    showKwic(mark.dataset.word);
    return;
  }
  const marks = [...$('item-body').querySelectorAll('mark.kw')];
  const i = marks.indexOf(mark);
  const to = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: marks.length - 1 }[
    e.key
  ];
  if (to === undefined) return;
  e.preventDefault();
  const next = marks[Math.max(0, Math.min(marks.length - 1, to))];
  mark.tabIndex = -1;
  next.tabIndex = 0;
  next.focus();
}

/** Highlighted words in an item's text open KWIC (a click, or Enter); the close button and Escape
 * close it (unless Escape closed something else first: a menu, a dialog). */
export function wireKwic() {
  $('item-body').addEventListener('click', (e) => {
    const mark = e.target.closest('mark.kw');
    if (!mark) return;
    for (const m of $('item-body').querySelectorAll('mark.kw[tabindex="0"]')) m.tabIndex = -1;
    mark.tabIndex = 0;
    mark.focus({ preventScroll: true });
    showKwic(mark.dataset.word);
  });
  $('item-body').addEventListener('keydown', onMarkKey);
  $('btn-kwic-close').addEventListener('click', () => closeKwic(true));
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || e.defaultPrevented || $('kwic').hidden || document.querySelector('dialog[open]')) return;
    closeKwic(true);
  });
}
