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
  /** {id, bodies, names, options, userDict} → RESULT {result, ms, dict, sentAt} (hand-edited items) */
  KEYWORDS: 'keywords',
  /** {id, text} → RESULT {text, sentAt}: the core's normalized text */
  NORMALIZE: 'normalize',
  /** {id, text, hmm, mode} → RESULT {ms, words, memory, sentAt} (benchmark; mode: 'words' | 'joined' | 'offsets') */
  SEGMENT: 'segment',
});

/** Worker → page. */
export const FromWorker = Object.freeze({
  /** {version, compileMs, decodeMs, dictMs, memory, marks}: requests are answered from now on */
  READY: 'ready',
  /** {id, ...the handler's answer, sentAt} */
  RESULT: 'result',
  /** {id, message}: the request failed */
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
  KEYWORDS: 'keywords',
});
