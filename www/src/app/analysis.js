// Analysing the text (or re-ranking the keywords of hand-edited items) in the worker, taking the
// answer into the state and rendering it. Only the latest request's answer is shown.
import { t } from '../lib/i18n.js';
import { debounce } from '../lib/timing.js';
import { $ } from './dom.js';
import { state } from './state.js';
import { settings, options } from './settings.js';
import { readyPromise, timing, isLatest, requestAnalyze, requestKeywords } from './worker-client.js';
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
    state.report = msg.report;
    state.items = msg.report.items;
    state.keywords = msg.report.keywords;
    state.edited = false;
    state.lines = null;
    state.analyzedMs = msg.ms;
    timing.memory = msg.memory;
    timing.firstAnalyzeMs ??= msg.ms;
    timing.firstResultAt ??= performance.now();
    if (state.selected >= state.items.length) state.selected = state.items.length ? 0 : -1;
    await renderLatest(id);
  } catch (e) {
    failLatest(id, e);
  }
}

/** Keywords for hand-edited items (the split is kept, words are counted again). */
export async function rekeyword() {
  await readyPromise;
  const bodies = state.items.map((it) => it.body);
  const names = state.items.flatMap((it) => it.credits.flatMap((c) => c.names));
  const { id, reply } = requestKeywords({ bodies, names, options: options(), userDict: settings.userDict }, true);
  try {
    const msg = await reply;
    if (!isLatest(id)) return;
    handleDict(msg.dict);
    state.items = state.items.map((it, i) => ({
      ...it,
      keywords: msg.result.items[i].keywords,
      stats: { chars: msg.result.items[i].chars, words: msg.result.items[i].words },
    }));
    state.keywords = msg.result.keywords;
    state.analyzedMs = msg.ms;
    await renderLatest(id);
  } catch (e) {
    failLatest(id, e);
  }
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
export const reanalyze = () => (state.edited ? rekeyword() : analyze());
export const reanalyzeSoon = debounce(reanalyze, 350);
