// The worker's answers to the page's requests (lib/protocol.js ToWorker): each handler takes the
// request and returns the RESULT payload, or throws (an ERROR). Runs only after ready.
import { decode_bytes, report_csv, source_lines } from '../../pkg/dubao.js';
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
  // Hand edits and settings changes after them: the core edits the split and counts the words of
  // every item again, and answers the whole new report (items renumbered, issue keywords, stats).
  [ToWorker.EDIT]({ id, text, report, edit, options, userDict: dict }) {
    const dictResult = applyDict(id, dict);
    phase(id, Phase.RECOUNT);
    const t0 = performance.now();
    const edited = getAnalyzer().edit(text, report, edit, options);
    return { report: edited, ms: performance.now() - t0, dict: dictResult };
  },
  [ToWorker.RECOUNT]({ id, report, options, userDict: dict }) {
    const dictResult = applyDict(id, dict);
    phase(id, Phase.RECOUNT);
    const t0 = performance.now();
    const counted = getAnalyzer().recount(report, options);
    return { report: counted, ms: performance.now() - t0, dict: dictResult };
  },
  // A file's bytes as text; a binary file, a PDF or an unknown encoding throws an Error with `code`.
  [ToWorker.DECODE]({ bytes }) {
    return decode_bytes(new Uint8Array(bytes));
  },
  [ToWorker.CSV]({ report }) {
    return { csv: report_csv(report) };
  },
  [ToWorker.LINES]({ text }) {
    return { lines: source_lines(text) };
  },
  // Where words occur and how often, as tokens of the analysis (the count the keywords use).
  [ToWorker.CONCORDANCE]({ report, words, item, width, limit, options }) {
    const analyzer = getAnalyzer();
    return { results: words.map((w) => analyzer.concordance(report, w, item ?? undefined, width, limit, options)) };
  },
  [ToWorker.TERM_COUNTS]({ report, terms, options }) {
    return { counts: getAnalyzer().term_counts(report, terms, options) };
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
