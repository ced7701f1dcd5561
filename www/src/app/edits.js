// Hand edits of the split: merge the selected item with the next, split it at a source line, or
// go back to the analyzer's split. The core edits the report and counts its words again (the
// worker's `edit`); the page only shows the source lines to split at.
import { $ } from './dom.js';
import { state } from './state.js';
import { requestLines } from './worker-client.js';
import { analyze, editSplit } from './analysis.js';
import { renderSplitPicker } from './item.js';

/** The analysed text's lines as the analyzer numbers them (the items' spans count them), fetched
 * once per text. */
async function ensureLines() {
  const text = state.reportText;
  if (state.lines?.text !== text) {
    const { lines } = await requestLines(text).reply;
    state.lines = { text, lines };
  }
}

async function mergeWithNext() {
  await editSplit({ op: 'merge', item: state.selected });
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
  await editSplit({ op: 'split', item: state.selected, line });
}

export function wireEdits() {
  $('btn-merge').addEventListener('click', mergeWithNext);
  $('btn-split').addEventListener('click', toggleSplit);
  $('btn-reset-split').addEventListener('click', () => analyze());
}
