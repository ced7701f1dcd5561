// Analysing the text, or editing its split by hand and counting the words again (in the worker),
// taking the answer (always a whole report) into the state and rendering it. Only the latest
// request's answer is shown.
import { t } from '../lib/i18n.js';
import { debounce } from '../lib/timing.js';
import { $ } from './dom.js';
import { state } from './state.js';
import { settings, options } from './settings.js';
import { readyPromise, timing, isLatest, requestAnalyze, requestEdit, requestRecount } from './worker-client.js';
import { setBusy, showFailure } from './status.js';
import { render } from './render.js';

export async function analyze() {
  await readyPromise;
  const text = state.text;
  const { id, reply } = requestAnalyze({ text, options: options(), userDict: settings.userDict }, true);
  try {
    const msg = await reply;
    if (!isLatest(id)) return; // a newer request superseded this one
    handleDict(msg.dict);
    performance.measure('dubao:receive', { start: msg.sentAt - performance.timeOrigin, end: performance.now() });
    takeReport(msg, false);
    state.reportText = text;
    timing.memory = msg.memory;
    timing.firstAnalyzeMs ??= msg.ms;
    timing.firstResultAt ??= performance.now();
    await renderLatest(id);
  } catch (e) {
    failLatest(id, e);
  }
}

/** A hand edit of the split: {op: 'merge', item} (with the next) or {op: 'split', item, line}. */
export async function editSplit(edit) {
  await readyPromise;
  if (!state.report) return;
  const { reportText: text, report } = state;
  const request = { text, report, edit, options: options(), userDict: settings.userDict };
  await takeEdited(requestEdit(request, true));
}

/** The hand-edited items counted again under the current settings (the split is kept). */
export async function recount() {
  await readyPromise;
  await takeEdited(requestRecount({ report: state.report, options: options(), userDict: settings.userDict }, true));
}

async function takeEdited({ id, reply }) {
  try {
    const msg = await reply;
    if (!isLatest(id)) return;
    handleDict(msg.dict);
    takeReport(msg, true);
    await renderLatest(id);
  } catch (e) {
    failLatest(id, e);
  }
}

/** The state from a RESULT with a whole report (analysed, or edited by hand). */
function takeReport(msg, edited) {
  state.report = msg.report;
  state.items = msg.report.items;
  state.keywords = msg.report.keywords;
  state.edited = edited;
  state.analyzedMs = msg.ms;
  if (state.selected >= state.items.length) state.selected = state.items.length ? 0 : -1;
}

/** Renders a result, and clears the busy state if no newer request is under way. */
async function renderLatest(id) {
  await render();
  if (isLatest(id)) setBusy(false);
}

/** Shows a failed request's error, unless a newer request superseded it. */
function failLatest(id, e) {
  if (!isLatest(id)) return;
  setBusy(false);
  showFailure(e.message);
}

/** The user dictionary's word count, or its error, under the settings' dictionary field. */
function handleDict(dict) {
  if (dict === null || dict === undefined) return;
  const note = $('dict-note');
  note.textContent = typeof dict === 'number' ? t('dictWords', { n: dict }) : dict.error;
  note.classList.toggle('error', typeof dict !== 'number');
}

/** Analyses again with the current settings, keeping a hand-edited split. */
export const reanalyze = () => (state.edited ? recount() : analyze());
export const reanalyzeSoon = debounce(reanalyze, 350);
