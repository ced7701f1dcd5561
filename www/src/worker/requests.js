// The worker's answers to the page's requests (lib/protocol.js ToWorker): each handler takes the
// request and returns the RESULT payload (or a promise of it), or throws (an ERROR). Runs only
// after ready, one request at a time (main.js).
import { decode_bytes, issue_meta, report_csv, source_lines } from '../../pkg/dubao.js';
import { FromWorker, Phase, ToWorker } from '../lib/protocol.js';
import { getAnalyzer, memory } from './loader.js';
import { refileDictionary } from './background.js';
import { adopt, keep, positionsOf, reportOf, restore, textOf } from './session.js';
import { fitEdited } from '../lib/fit-boxes.js';
import { saveFromSession } from './library.js';

let userDict = '';

const phase = (id, name) => postMessage({ type: FromWorker.PHASE, id, phase: name });

/** Progress of an analysis ({stage, done, total} from the core), at most one message per
 * PROGRESS_MS (and the last): posted while the wasm call runs, the page shows them live. */
const PROGRESS_MS = 50;
function progress(id) {
  let last = -Infinity;
  return ({ stage, done, total }) => {
    const at = performance.now();
    if (at - last < PROGRESS_MS && done !== total) return;
    last = at;
    postMessage({ type: FromWorker.PROGRESS, id, stage, done, total });
  };
}

/** Applies the user dictionary if it changed (replacing one starts jieba afresh: the default
 * words are loaded again as texts need them, and filed again in the background). */
export function applyDict(id, dict) {
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

/** The paper and date of a text (the core's IssueMeta::read: page headers, else the file name). */
export function metaOf(text, source) {
  const meta = issue_meta(text, source?.kind === 'file' ? source.name : undefined);
  return { paper: meta.paper ?? null, date: meta.date ?? null };
}

/** A session whose text is an issue of the library saves its new report there too (hand edits kept). */
const toLibrary = (msg, text, report, edited) =>
  msg.source?.kind === 'library' ? saveFromSession(msg.source.id, text, report, msg.options, edited) : null;

export const handlers = {
  async [ToWorker.ANALYZE](msg) {
    const { id, options, userDict: dict } = msg;
    const text = textOf(msg);
    const dictResult = applyDict(id, dict);
    phase(id, Phase.ANALYZE);
    const t0 = performance.now();
    // A PDF's positioned lines are read by geometry (the CLI's `analyze --positions`); `text` is
    // their lines, one a line, which edits and source lines number as the items' spans do.
    const positions = typeof msg.positions === 'string' ? msg.positions : null;
    const report = positions
      ? getAnalyzer().analyze_positions(positions, options)
      : getAnalyzer().analyze(text, options, progress(id));
    const ms = performance.now() - t0;
    const rev = msg.keep
      ? keep({ text, positions, report, source: msg.source, settings: msg.settings, edited: false })
      : null;
    if (msg.keep) await toLibrary(msg, text, report, false);
    const meta = msg.keep && msg.source?.kind !== 'library' ? metaOf(text, msg.source) : undefined;
    return { report, ms, dict: dictResult, memory: memory(), rev, meta };
  },
  // Hand edits and settings changes after them: the core edits the split and counts the words of
  // every item again, and answers the whole new report (items renumbered, issue keywords, stats).
  async [ToWorker.EDIT](msg) {
    const { id, edit, options, userDict: dict } = msg;
    const text = textOf(msg);
    const report = reportOf(msg);
    const dictResult = applyDict(id, dict);
    phase(id, Phase.RECOUNT);
    const t0 = performance.now();
    // A PDF's regions follow the edited items' lines (the core's edit does not know where they are).
    const edited = fitEdited(report, getAnalyzer().edit(text, report, edit, options), positionsOf(text));
    const ms = performance.now() - t0;
    const rev = keep({ text, report: edited, source: msg.source, settings: msg.settings, edited: true });
    await toLibrary(msg, text, edited, true);
    return { report: edited, ms, dict: dictResult, rev };
  },
  async [ToWorker.RECOUNT](msg) {
    const { id, options, userDict: dict } = msg;
    const text = textOf(msg);
    const report = reportOf(msg);
    const dictResult = applyDict(id, dict);
    phase(id, Phase.RECOUNT);
    const t0 = performance.now();
    const counted = getAnalyzer().recount(report, options);
    const ms = performance.now() - t0;
    const rev = keep({ text, report: counted, source: msg.source, settings: msg.settings, edited: true });
    await toLibrary(msg, text, counted, true);
    return { report: counted, ms, dict: dictResult, rev };
  },
  async [ToWorker.RESTORE]() {
    const record = await restore();
    if (record && record.source?.kind !== 'library') record.meta = metaOf(record.text, record.source);
    return { record };
  },
  async [ToWorker.ADOPT]({ rev }) {
    return { adopted: await adopt(rev) };
  },
  // A file's bytes as text; a binary file, a PDF or an unknown encoding throws an Error with `code`.
  [ToWorker.DECODE]({ bytes }) {
    return decode_bytes(new Uint8Array(bytes));
  },
  [ToWorker.CSV](msg) {
    return { csv: report_csv(reportOf(msg)) };
  },
  [ToWorker.LINES](msg) {
    return { lines: source_lines(textOf(msg)) };
  },
  // Where words occur and how often, as tokens of the analysis (the count the keywords use).
  // (The report is usually the session's: named, not sent again; session.js.)
  [ToWorker.CONCORDANCE](msg) {
    const { words, item, width, limit, options } = msg;
    const report = reportOf(msg);
    const analyzer = getAnalyzer();
    return { results: words.map((w) => analyzer.concordance(report, w, item ?? undefined, width, limit, options)) };
  },
  [ToWorker.TERM_COUNTS](msg) {
    return { counts: getAnalyzer().term_counts(reportOf(msg), msg.terms, msg.options) };
  },
  [ToWorker.TERM_MATRIX](msg) {
    return { csv: getAnalyzer().term_matrix_csv(reportOf(msg), msg.terms, msg.options) };
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
