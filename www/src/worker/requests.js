// The worker's answers to the page's requests (lib/protocol.js ToWorker): each handler takes the
// request and returns the RESULT payload, or throws (an ERROR). Runs only after ready.
import { normalize } from '../../pkg/dubao.js';
import { FromWorker, Phase, ToWorker } from '../lib/protocol.js';
import { getAnalyzer, memory } from './loader.js';
import { refileDictionary } from './background.js';

let userDict = '';

const phase = (id, name) => postMessage({ type: FromWorker.PHASE, id, phase: name });

/** Applies the user dictionary if it changed (replacing one starts jieba afresh: the default
 * words are loaded again as texts need them, and filed again in the background). */
function applyDict(id, dict) {
  if (dict === undefined || dict === userDict) return null;
  phase(id, Phase.DICT);
  try {
    const words = getAnalyzer().set_user_dict(dict);
    userDict = dict;
    refileDictionary();
    return words;
  } catch (e) {
    // Keep analyzing with the last good dictionary; the page shows the error.
    return { error: String(e.message || e) };
  }
}

/** The words of `text` as strings, from their UTF-16 end offsets. */
function sliceWords(text, ends) {
  const words = new Array(ends.length);
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    words[i] = text.slice(start, ends[i]);
    start = ends[i];
  }
  return words;
}

export const handlers = {
  [ToWorker.ANALYZE]({ id, text, options, userDict: dict }) {
    const dictResult = applyDict(id, dict);
    phase(id, Phase.ANALYZE);
    const t0 = performance.now();
    const report = getAnalyzer().analyze(text, options);
    const ms = performance.now() - t0;
    return { report, ms, dict: dictResult, memory: memory() };
  },
  [ToWorker.KEYWORDS]({ id, bodies, names, options, userDict: dict }) {
    const dictResult = applyDict(id, dict);
    phase(id, Phase.KEYWORDS);
    const t0 = performance.now();
    const result = getAnalyzer().keywords_for(bodies, names, options);
    return { result, ms: performance.now() - t0, dict: dictResult };
  },
  [ToWorker.NORMALIZE]({ text }) {
    return { text: normalize(text) };
  },
  // Plain segmentation for the benchmark; returns the time and the word count, not the words.
  // mode 'words': JS gets every word as a string (UTF-16 end offsets from the wasm, then
  // `text.slice`), as jieba-wasm's `cut` and Intl.Segmenter hand them; 'joined': the words joined
  // by spaces in the wasm, split in JS; 'offsets': the offsets only, no strings.
  [ToWorker.SEGMENT]({ text, hmm, mode = 'words' }) {
    const analyzer = getAnalyzer();
    const t0 = performance.now();
    let words;
    if (mode === 'offsets') words = analyzer.segment_offsets(text, hmm).length;
    else if (mode === 'joined') words = analyzer.segment(text, hmm).split(' ').length;
    else if (mode === 'words') words = sliceWords(text, analyzer.segment_offsets(text, hmm)).length;
    else throw new Error(`unknown segment mode: ${mode}`);
    return { ms: performance.now() - t0, words, memory: memory() };
  },
};
