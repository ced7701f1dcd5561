// Analysing the text, or editing its split by hand and counting the words again (in the worker),
// taking the answer (always a whole report) into the state and rendering it. Only the latest
// request's answer is shown; a cancelled one leaves the result shown before. The worker keeps
// and saves every result with its text, source and settings (worker/session.js), which the next
// visit restores (`restore`).
import { t } from '../lib/i18n.js';
import { debounce } from '../lib/timing.js';
import { $ } from './dom.js';
import { state } from './state.js';
import { settings, options, sameSettings } from './settings.js';
import {
  analysing,
  readyPromise,
  timing,
  isLatest,
  requestAnalyze,
  requestEdit,
  requestRecount,
} from './worker-client.js';
import { setBusy, showCancelled, showFailure } from './status.js';
import { render } from './render.js';
import { loadLibrary } from './library-state.js';

/** What the worker saves with a result: where the text came from and the settings. */
const context = () => ({ source: state.source, settings: { ...settings } });

export async function analyze() {
  await readyPromise;
  const text = state.text;
  // A PDF's text is read by geometry from its positioned lines (the text is their lines, one a line).
  const positions = state.source?.kind === 'pdf' ? state.positions : null;
  const request = { text, positions, options: options(), userDict: settings.userDict, ...context() };
  const { id, reply } = requestAnalyze(request, true);
  try {
    const msg = await received(reply);
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
  const request = { text, report, edit, options: options(), userDict: settings.userDict, ...context() };
  await takeEdited(requestEdit(request, true));
}

/** The hand-edited items counted again under the current settings (the split is kept). */
export async function recount() {
  await readyPromise;
  const { reportText: text, report } = state;
  const request = { text, report, options: options(), userDict: settings.userDict, ...context() };
  await takeEdited(requestRecount(request, true));
}

async function takeEdited({ id, reply }) {
  try {
    const msg = await received(reply);
    if (!isLatest(id)) return;
    handleDict(msg.dict);
    takeReport(msg, true);
    await renderLatest(id);
  } catch (e) {
    failLatest(id, e);
  }
}

/** The answer, in a task of its own: the page renders it in the next one (decoding a message and
 * rendering it in one task would add up; input waiting meanwhile goes first). */
async function received(reply) {
  const msg = await reply;
  performance.mark('dubao:result'); // the answer is in (the tests time the main thread up to here)
  await new Promise((resolve) => setTimeout(resolve, 0));
  return msg;
}

/** The state from a RESULT with a whole report (analysed, or edited by hand). */
function takeReport(msg, edited) {
  state.report = msg.report;
  state.items = msg.report.items;
  state.keywords = msg.report.keywords;
  state.edited = edited;
  state.rev = msg.rev ?? null;
  if (msg.meta) state.meta = msg.meta;
  state.analyzedMs = msg.ms ?? null;
  if (state.selected >= state.items.length) state.selected = state.items.length ? 0 : -1;
  // An issue of the library: the worker saved the new report there too (its item count changed).
  if (state.source?.kind === 'library' && msg.rev) loadLibrary().catch(() => {});
}

/**
 * The session saved by the last visit ({text, source, settings, edited, report}, worker RESTORE),
 * after input.js has put its text in place: shown as it was if it was made with today's settings,
 * else counted again (a hand-made split) or analysed again.
 */
export async function restore(record) {
  performance.mark('dubao:result');
  await new Promise((resolve) => setTimeout(resolve, 0));
  state.reportText = record.text;
  state.meta = record.meta ?? null;
  if (!record.report) return analyze();
  takeReport({ report: record.report, rev: record.rev }, record.edited);
  if (!sameSettings(record.settings)) return state.edited ? recount() : analyze();
  timing.firstResultAt ??= performance.now();
  await render();
  if (!analysing()) setBusy(false);
}

/** Renders a result, and clears the busy state if no newer request is under way. */
async function renderLatest(id) {
  await render();
  if (isLatest(id)) setBusy(false);
}

/** Shows a failed request's error, unless a newer request superseded it. */
function failLatest(id, e) {
  if (!isLatest(id)) return;
  if (e.code === 'cancelled') return showCancelled();
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
