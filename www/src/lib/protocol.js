// The page ⇄ worker protocol: the one place where message type names are spelled. Imported by the
// page (app/worker-client.js), the worker (worker/) and build.mjs (the boot script's `chunk` and
// `fatal`). Every message is a plain object with a `type`; requests and their answers carry an `id`.

/** Page → worker. */
export const ToWorker = Object.freeze({
  /** One inlined wasm piece: {text, bytes, b64, at, end, last}. `at` null: a module piece; else a
   * memory address. */
  CHUNK: 'chunk',
  /** {module, blobs: [{at, text, bytes}]}: starts a fresh worker (after a cancel) from the module the
   * first one compiled (READY's `module`) and the blobs' pieces as bin7 text; it answers READY again */
  START: 'start',
  /** {id, text, positions, options, userDict, keep, source, settings} → RESULT {report, ms, dict, memory, rev,
   * sentAt}, with PROGRESS on the way. `keep`: the page's own analysis: it becomes the worker's
   * session (rev) and is saved (SAVED), with `source` {kind, name?, encoding?} and `settings`.
   * `positions` (a PDF's positioned lines, JSON): read by geometry instead of `text` (which is their
   * lines, one a line), kept with the session */
  ANALYZE: 'analyze',
  /** {id, text, report, edit, options, userDict} → RESULT {report, ms, dict, sentAt}: `report` (the
   * analysis of `text`) after a hand edit, `edit` {op: 'merge', item} (item with the next) or
   * {op: 'split', item, line} (source line `line` starts a new item), its words counted again.
   * Kept and saved as the session, as are RECOUNT's (`settings`: for the saved record; `rev`) */
  EDIT: 'edit',
  /** {id, text, report, options, userDict, settings} → RESULT {report, ms, dict, rev, sentAt}: the
   * report's items (a hand-made split of `text`) with their words counted again under `options` */
  RECOUNT: 'recount',
  /** {id, bytes} (an ArrayBuffer, copied: a fresh worker gets it again) → RESULT {text, encoding}
   * ('UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030'), or ERROR with `code` 'binary' | 'pdf' | 'undecodable' */
  DECODE: 'decode',
  /** {id, report} → RESULT {csv}: the report's keyword table as CSV (the CLI's: BOM, CRLF) */
  CSV: 'csv',
  /** {id, text} → RESULT {lines}: the text's lines as the analyzer numbers them (line n is lines[n - 1]) */
  LINES: 'lines',
  /** {id, report, words, item, width, limit, options} → RESULT {results}: per word, the core's
   * concordance (`{word, total, counts, lines: [{index, at, left, word, right}], truncated}`):
   * occurrences as tokens of the analysis, in item `item` only or (item null) in every item */
  CONCORDANCE: 'concordance',
  /** {id, report, terms, options} → RESULT {counts}: token counts, `counts[item * terms.length + term]` */
  TERM_COUNTS: 'termCounts',
  /** {id, report, terms, options} → RESULT {csv}: the items × terms token-count matrix as CSV (the core's writer) */
  TERM_MATRIX: 'termMatrix',
  /** {id, text, hmm, mode} → RESULT {ms, words, memory, sentAt} (benchmark; mode: 'words' | 'joined' | 'offsets') */
  SEGMENT: 'segment',
  /** {id} → RESULT {record}: the session saved by the last page (IndexedDB), or null: {rev, text,
   * source, settings, edited, report} (`report` null if another core version made it); it becomes
   * the worker's session */
  RESTORE: 'restore',
  /** {id, rev} → RESULT {adopted}: a restarted worker takes the saved session as its own if it is
   * `rev` (the page's current one), so requests can name it again instead of sending it */
  ADOPT: 'adopt',
  /** {id} → RESULT {issues: [summary], usage: {usage, quota} | null}: the library (IndexedDB). A
   * summary: {id, name, zip, paper, date, unsure, encoding, items, chars, addedAt, version, settings} */
  LIB_LIST: 'libList',
  /** {id, files: [File], options, userDict, settings} → RESULT {issues, added, failed: [{name, code,
   * message}], stopped: null | 'quota' | 'unavailable', ms, usage}, LIB_PROGRESS after each file:
   * files (and .zip files' .txt entries) analysed, indexed and saved one issue per transaction */
  LIB_IMPORT: 'libImport',
  /** {id, issue, name, paper, date} → RESULT {issues}: an issue renamed or re-dated by hand */
  LIB_UPDATE: 'libUpdate',
  /** {id, ids} → RESULT {issues, usage} */
  LIB_DELETE: 'libDelete',
  /** {id} → RESULT {issues, usage} */
  LIB_CLEAR: 'libClear',
  /** {id, issue} → RESULT {record} (as RESTORE's): the issue becomes the worker's session */
  LIB_OPEN: 'libOpen',
  /** {id, terms, by: 'day' | 'week' | 'month'} → RESULT {rows: [{period, term, articles,
   * total_articles, share, tokens}], periods}: the core's trends (the CLI's `dubao trends`) */
  LIB_TRENDS: 'libTrends',
  /** {id, term, period, by, options, limit} → RESULT {articles: [{id, paper, date, item, title, page,
   * count, lines}], term, period}: the articles of a point, KWIC lines for the first `limit` */
  LIB_ARTICLES: 'libArticles',
  /** {id, by, period, minCount, top} → RESULT {hot: {period, previous, words: [{word, articles, total,
   * share, prev_articles, prev_total, prev_share, g2}]}, periods} */
  LIB_HOT: 'libHot',
  /** {id, a, b, top, minCount} → RESULT {comparison: {a, b, shared, articles_a, articles_b}, issuesA,
   * issuesB}; a selection: {kind: 'issue', id} | {kind: 'period', by, period} | {kind: 'paper', paper} */
  LIB_COMPARE: 'libCompare',
  /** {id, kind: 'matrix' | 'long' | 'jsonl', terms} → RESULT {chunks: [string], terms} (LIB_PROGRESS
   * per issue for 'jsonl'); no terms: the 100 words most articles use */
  LIB_EXPORT: 'libExport',
});

/** Where a request may name the worker's session instead of sending its data: `text` / `report`
 * null and `session` = the session's `rev`; a worker whose session is not that rev answers ERROR
 * with this code, and the page sends the data. */
export const STALE = 'stale';

/** Worker → page. */
export const FromWorker = Object.freeze({
  /** {version, compileMs, decodeMs, dictMs, memory, marks, defaults}: requests are answered from now
   * on; `defaults` are the core's analysis options' defaults (wasm `default_options()`); `module`
   * the compiled WebAssembly.Module (kept by the page to start a fresh worker, ToWorker.START) */
  READY: 'ready',
  /** {id, ...the handler's answer, parts, sentAt}: a large report's items come first in `parts`
   * PART messages, and the RESULT's report holds the rest */
  RESULT: 'result',
  /** {id, items}: a slice of the coming RESULT's report items, in order (the page never decodes one
   * huge message: each is its own task) */
  PART: 'part',
  /** {id, stage: 'layout' | 'words', done, total}: how far an analysis is (at most ~20 a second) */
  PROGRESS: 'progress',
  /** {rev, ok, code, message}: the session saved (IndexedDB, one transaction) or not (`code`
   * 'quota' | 'unavailable' | 'failed'; the record saved before stays whole) */
  SAVED: 'saved',
  /** {id, message, code}: the request failed (`code`: the core's error code, when it has one) */
  ERROR: 'error',
  /** {id, phase}: what a request is doing now (one of PHASE) */
  PHASE: 'phase',
  /** {id, done, total, name}: a library import or export's progress (files / issues) */
  LIB_PROGRESS: 'libProgress',
  /** {message}: loading failed (also sent by the boot script for a worker error) */
  FATAL: 'fatal',
  /** {weighting, ms, memory}: one background warm-up step done */
  WARM: 'warm',
  /** {ms, at, memory}: the background filing of the dictionary is done */
  DICTIONARY: 'dictionary',
});

/** A request's phases (PHASE messages); the page shows them as i18n keys `phase_<name>`. */
export const Phase = Object.freeze({
  DICT: 'dict',
  ANALYZE: 'analyze',
  RECOUNT: 'recount',
});
