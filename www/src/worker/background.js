// Background work after ready, one step at a time and only while the worker is idle (a request
// arriving postpones the rest). First the dictionary words no text has needed yet are filed by
// what they wait for, in steps of a few ms, so that a later text is admitted without a scan of
// the whole dictionary. Then a small analysis per weighting loads jieba's POS/HMM model, the IDF
// table (count weighting never needs it) and compiles the code paths, so that a later analysis
// does not pay those one-time costs. The text has an unknown name (HMM) and a recurring quoted
// term.
import { FromWorker } from '../lib/protocol.js';
import { getAnalyzer, memory, now } from './loader.js';

const WARM_TEXT = '本报讯 艾本德集团在平湖投资建厂，推动“双招双引”。\n\n“双招双引”取得新突破，市长周军波出席。';
const warmSteps = ['count', 'tfidf', 'textrank'];
/** Idle time after ready or a request before the next background step, and between steps. */
export const WARM_IDLE_MS = 300;
const WARM_STEP_GAP_MS = 50;
const DICT_STEP_WORDS = 20000;
const DICT_STEP_GAP_MS = 5;
let dictionaryFiled = false;
let dictionaryIndexMs = 0;
let warmTimer = 0;

/** (Re)schedules the next background step `delay` ms from now, if any is left. */
export function warmSoon(delay) {
  clearTimeout(warmTimer);
  if (getAnalyzer() && (warmSteps.length || !dictionaryFiled)) warmTimer = setTimeout(warmStep, delay);
}

/** A new user dictionary starts jieba afresh: its default words are to be filed again. */
export function refileDictionary() {
  dictionaryFiled = false;
  dictionaryIndexMs = 0;
}

function warmStep() {
  const analyzer = getAnalyzer();
  if (!dictionaryFiled) {
    const t0 = performance.now();
    try {
      dictionaryFiled = analyzer.index_dictionary(DICT_STEP_WORDS);
    } catch {
      dictionaryFiled = true; // not worth retrying: analyses still find the words they need
    }
    dictionaryIndexMs += performance.now() - t0;
    if (dictionaryFiled) {
      postMessage({ type: FromWorker.DICTIONARY, ms: dictionaryIndexMs, at: now(), memory: memory() });
    }
    warmSoon(DICT_STEP_GAP_MS);
    return;
  }
  const weighting = warmSteps.shift();
  const t0 = performance.now();
  try {
    analyzer.analyze(WARM_TEXT, { weighting });
  } catch {
    warmSteps.length = 0; // not worth retrying; requests report their own errors
  }
  postMessage({ type: FromWorker.WARM, weighting, ms: performance.now() - t0, memory: memory() });
  warmSoon(WARM_STEP_GAP_MS); // requests that came in meanwhile go first
}
