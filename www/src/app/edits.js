// Hand edits of the split: merge the selected item with the next, split it at a source line, or
// go back to the analyzer's split. The items' line ranges are edited in JS (lib/text.js); the
// worker then only re-ranks the keywords of the edited bodies.
import { mergeItems, splitItem, splitLines } from '../lib/text.js';
import { $ } from './dom.js';
import { state } from './state.js';
import { requestNormalize } from './worker-client.js';
import { analyze, rekeyword } from './analysis.js';
import { renderSplitPicker } from './item.js';

/** The text's normalized lines (the items' spans count them), fetched once per text. */
async function ensureLines() {
  if (!state.lines) {
    const msg = await requestNormalize(state.text).reply;
    state.lines = splitLines(msg.text);
  }
  return state.lines;
}

async function mergeWithNext() {
  const lines = await ensureLines();
  state.items = mergeItems(state.items, state.selected, lines);
  state.edited = true;
  await rekeyword();
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
  const lines = await ensureLines();
  state.items = splitItem(state.items, state.selected, line, lines);
  state.edited = true;
  $('split-picker').hidden = true;
  $('btn-split').setAttribute('aria-expanded', 'false');
  await rekeyword();
}

export function wireEdits() {
  $('btn-merge').addEventListener('click', mergeWithNext);
  $('btn-split').addEventListener('click', toggleSplit);
  $('btn-reset-split').addEventListener('click', () => analyze());
}
