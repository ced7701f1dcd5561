// Hand edits of the split: merge the selected item with the next, split it at a source line, mark
// one of its lines as kicker / title / subtitle / credit / body, or go back to the analyzer's
// split; and undo / redo of all of them (history.js keeps the reports). The core edits the report
// and counts its words again (the worker's `edit`); the page only shows the source lines.
import { $ } from './dom.js';
import { state } from './state.js';
import { requestLines } from './worker-client.js';
import { analyze, editSplit, recount } from './analysis.js';
import { renderSplitPicker } from './split-picker.js';
import { moved, peek, pushEdit, snapshot, updateButtons } from './history.js';

/** An edit, undo or redo under way: another waits for it to finish (it is dropped). */
let running = false;

/** The analysed text's lines as the analyzer numbers them (the items' spans count them), fetched
 * once per text. */
async function ensureLines() {
  const text = state.reportText;
  if (state.lines?.text !== text) {
    const { lines } = await requestLines(text).reply;
    state.lines = { text, lines };
  }
}

/** Runs `edit` (it replaces state.report through the worker); one that changed the report of the
 * same text can be undone. */
async function handEdit(edit) {
  if (running || !state.report) return;
  running = true;
  const before = snapshot();
  const text = state.reportText;
  try {
    await edit();
  } finally {
    running = false;
  }
  if (state.report !== before.report && state.reportText === text) pushEdit(before);
}

/** Shows the step `way` ('undo' | 'redo') goes back to: the worker counts its items again under
 * today's settings (or analyses the text again, for the automatic split) and keeps it as its
 * session, so that a reload finds what is shown. */
async function travel(way) {
  const target = peek(way);
  if (running || !target || !state.report) return;
  running = true;
  const from = snapshot();
  try {
    state.selected = Math.min(target.selected, target.report.items.length - 1);
    if (!target.edited && state.text === state.reportText) await analyze();
    else {
      state.report = target.report;
      state.items = target.report.items;
      state.keywords = target.report.keywords;
      await recount();
      state.edited = target.edited;
      $('edited-note').hidden = !state.edited;
    }
  } finally {
    running = false;
  }
  if (state.report !== from.report) moved(way, from);
  else updateButtons();
}

export const undo = () => travel('undo');
export const redo = () => travel('redo');

async function mergeWithNext() {
  await handEdit(() => editSplit({ op: 'merge', item: state.selected }));
}

async function toggleSplit() {
  const picker = $('split-picker');
  if (picker.hidden) {
    await ensureLines();
    renderSplitPicker();
  }
  picker.hidden = !picker.hidden;
  $('btn-split').setAttribute('aria-expanded', String(!picker.hidden));
}

export async function splitAt(line) {
  $('split-picker').hidden = true;
  $('btn-split').setAttribute('aria-expanded', 'false');
  await handEdit(() => editSplit({ op: 'split', item: state.selected, line }));
}

/** Source line `line` of the selected item is read as `part` ('kicker' | 'title' | 'subtitle' |
 * 'credit' | 'body'); the picker stays open for the next line. */
export async function markLine(line, part) {
  await handEdit(() => editSplit({ op: 'mark', item: state.selected, line, part }));
}

/** Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y; ⌘ on a Mac) anywhere but in a text field, where the browser
 * undoes typing. */
function onKey(e) {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
  const key = e.key.toLowerCase();
  const isUndo = key === 'z' && !e.shiftKey;
  const isRedo = (key === 'z' && e.shiftKey) || key === 'y';
  if (!isUndo && !isRedo) return;
  if (e.target.closest?.('textarea, input, [contenteditable]') || document.querySelector('dialog[open]')) return;
  e.preventDefault();
  if (isUndo) undo();
  else redo();
}

export function wireEdits() {
  $('btn-merge').addEventListener('click', mergeWithNext);
  $('btn-split').addEventListener('click', toggleSplit);
  $('btn-reset-split').addEventListener('click', () => handEdit(() => analyze()));
  $('split-lines').addEventListener('change', (e) => {
    const select = e.target.closest('select[data-line]');
    if (select) markLine(Number(select.dataset.line), select.value);
  });
  $('btn-undo').addEventListener('click', undo);
  $('btn-redo').addEventListener('click', redo);
  document.addEventListener('keydown', onKey);
  updateButtons();
}
