// The page ⇄ worker protocol: the one place where message type names are spelled. Imported by the
// page (app/worker-client.js), the worker (worker/) and build.mjs (the boot script's `chunk` and
// `fatal`). Every message is a plain object with a `type`; requests and their answers carry an `id`.

/** Page → worker. */
export const ToWorker = Object.freeze({
  /** One inlined wasm piece: {text, bytes, b64, at, end, last} (or `data`, an ArrayBuffer, instead
   * of `text` for a blob piece the page decoded). `at` null: a module piece; else a memory address. */
  CHUNK: 'chunk',
  /** {id, text, options, userDict} → RESULT {report, ms, dict, memory, sentAt} */
  ANALYZE: 'analyze',
  /** {id, text, report, edit, options, userDict} → RESULT {report, ms, dict, sentAt}: `report` (the
   * analysis of `text`) after a hand edit, `edit` {op: 'merge', item} (item with the next) or
   * {op: 'split', item, line} (source line `line` starts a new item), its words counted again */
  EDIT: 'edit',
  /** {id, report, options, userDict} → RESULT {report, ms, dict, sentAt}: the report's items (a
   * hand-made split) with their words counted again under `options` */
  RECOUNT: 'recount',
  /** {id, bytes} (an ArrayBuffer, transferred) → RESULT {text, encoding} ('UTF-8' | 'UTF-16LE' |
   * 'UTF-16BE' | 'GB18030'), or ERROR with `code` 'binary' | 'pdf' | 'undecodable' */
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
  /** {id, text, hmm, mode} → RESULT {ms, words, memory, sentAt} (benchmark; mode: 'words' | 'joined' | 'offsets') */
  SEGMENT: 'segment',
});

/** Worker → page. */
export const FromWorker = Object.freeze({
  /** {version, compileMs, decodeMs, dictMs, memory, marks, defaults}: requests are answered from now
   * on; `defaults` are the core's analysis options' defaults (wasm `default_options()`) */
  READY: 'ready',
  /** {id, ...the handler's answer, sentAt} */
  RESULT: 'result',
  /** {id, message, code}: the request failed (`code`: the core's error code, when it has one) */
  ERROR: 'error',
  /** {id, phase}: what a request is doing now (one of PHASE) */
  PHASE: 'phase',
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
