// The page's side of the worker (lib/protocol.js): takes over the worker the boot script started,
// replays its queued messages, sends requests (worker-link.js matches their answers by id, and
// restarts the worker on a cancel) and records the start-up timing (`window.dubao.timing`). Status
// changes go to the hooks given to startWorker, so this module knows nothing of the page's DOM
// beyond the inlined pieces.
import { FromWorker, ToWorker } from '../lib/protocol.js';
import { $ } from './dom.js';
import { attach, cancel, receive, send as post, setStart } from './worker-link.js';

export { analysing, pendingCount } from './worker-link.js';

let ready = false;
let latestId = 0;
let readyResolve;
/** Resolves when the worker is ready (lib/protocol.js READY). */
export const readyPromise = new Promise((r) => (readyResolve = r));
export const timing = {
  start: performance.now(),
  bootAt: null,
  readyAt: null,
  readyMs: null,
  compileMs: null,
  dictMs: null,
  memory: 0,
  version: '',
  firstAnalyzeMs: null,
  firstResultAt: null,
};
let mainEnd;
let hooks = null;
const blobs = []; // the blobs' pieces ({at, text, bytes}: bin7), kept to start a fresh worker after a cancel
let workerUrl = null;

export const isReady = () => ready;
let libraryProgress = null;
/** `f({id, done, total, name})` gets the library's import and export progress (LIB_PROGRESS). */
export const onLibraryProgress = (f) => (libraryProgress = f);
/** Whether `id` is the last tracked request (older ones are stale). */
export const isLatest = (id) => id === latestId;

/** Records when the main script's start-up code ended (reported in `timing.mainEnd` at ready). */
export function markMainEnd() {
  mainEnd = Math.round(performance.now());
}

/** A new worker running the inlined worker source (the boot script's first one, or after a cancel). */
function spawn() {
  workerUrl ??= URL.createObjectURL(new Blob([$('dubao-worker').textContent], { type: 'text/javascript' }));
  return new Worker(workerUrl, { name: 'dubao-analyzer' });
}

/** A blob piece kept as text for a fresh worker (which decodes it, worker/loader.js startFrom). */
const keepBlob = (m) => blobs.push({ at: m.at, text: m.text, bytes: m.bytes });

/**
 * Takes over the worker the boot script started (or starts one), replaying queued messages.
 * hooks: onReady(), onDefaults(options) (the core's analysis options' defaults, given before the
 * ready promise resolves), onTrack() (a tracked request was sent), onPhase(phase) and
 * onProgress({stage, done, total}) (of the last tracked request), onSaved({ok, code}) (the
 * session saved or not), onRestart(reason) (a fresh worker: 'cancelled' | 'superseded'),
 * onFailure(message) (the worker failed to load or crashed).
 */
export function startWorker(statusHooks) {
  hooks = statusHooks;
  const boot = window.__dubaoBoot;
  let worker;
  if (boot) {
    worker = boot.worker;
    timing.bootAt = boot.at;
    timing.fedAt = boot.fedAt; // the last wasm piece handed to the worker (HTML parsed that far)
    timing.moduleFedAt = boot.moduleFedAt; // the module's last piece (the blobs follow)
    timing.chunks = boot.chunks;
    // Blob pieces went to the worker as the parser read them (it decodes them while this thread
    // still parses the page); their text is kept for a fresh worker.
    for (const m of boot.blobs.splice(0)) keepBlob(m);
  } else {
    worker = spawn();
    for (const d of document.querySelectorAll('script.dubao-wasm')) {
      const s = d.dataset;
      const m = { type: ToWorker.CHUNK, text: d.textContent, bytes: Number(s.bytes), b64: 'b64' in s };
      Object.assign(m, { at: 'at' in s ? Number(s.at) : null, end: 'end' in s, last: 'last' in s });
      worker.postMessage(m);
      if (m.at !== null) keepBlob(m);
    }
  }
  attach(worker, onWorkerMessage, spawn, (reason) => hooks.onRestart?.(reason));
  for (const msg of boot?.queue.splice(0) ?? []) receive(msg);
}

function onWorkerMessage(msg) {
  if (msg.type === FromWorker.READY) {
    setStart(msg.module, blobs);
    if (ready) return; // a fresh worker after a cancel
    ready = true;
    timing.readyAt = performance.now(); // since navigation start: opening the file → ready
    timing.readyMs = timing.readyAt - timing.start;
    Object.assign(timing, {
      compileMs: msg.compileMs,
      decodeMs: msg.decodeMs,
      dictMs: msg.dictMs,
      memory: msg.memory,
      version: msg.version,
    });
    // The worker's marks, converted to ms since this page's navigation start.
    timing.worker = Object.fromEntries(
      Object.entries(msg.marks).map(([k, v]) => [k, Math.round(v - performance.timeOrigin)]),
    );
    timing.mainEnd = mainEnd;
    hooks.onDefaults?.(msg.defaults);
    hooks.onReady();
    readyResolve();
  } else if (msg.type === FromWorker.WARM) {
    (timing.warm ??= {})[msg.weighting] = msg.ms; // background warm-up steps after ready
  } else if (msg.type === FromWorker.DICTIONARY) {
    // The last dictionary words filed in the background: time spent, and when (since navigation start).
    timing.dictionaryIndex ??= { ms: msg.ms, at: Math.round(msg.at - performance.timeOrigin) };
  } else if (msg.type === FromWorker.FATAL) {
    hooks.onFailure(msg.message);
  } else if (msg.type === FromWorker.PHASE) {
    if (msg.id === latestId) hooks.onPhase(msg.phase);
  } else if (msg.type === FromWorker.PROGRESS) {
    if (msg.id === latestId) hooks.onProgress?.(msg);
  } else if (msg.type === FromWorker.LIB_PROGRESS) {
    libraryProgress?.(msg);
  } else if (msg.type === FromWorker.SAVED) {
    timing.saved = { rev: msg.rev, ok: msg.ok, code: msg.code, at: performance.now() }; // the last save
    hooks.onSaved?.(msg);
  }
}

/**
 * Sends a request; `track` makes it the one the status line follows (older ones are stale), and
 * an analysis, edit or recount the page may cancel (`cancelAnalysis`), which supersedes older ones
 * still running after worker-link's SUPERSEDE_MS. Returns {id, reply}: reply resolves to the RESULT
 * message, or rejects with an Error of the ERROR's message and `code`.
 */
function send(type, payload, track) {
  const { id, reply } = post(type, payload, { cancellable: track, supersedes: track });
  if (track) {
    latestId = id;
    hooks.onTrack();
  }
  // Tracked callers clear the busy state themselves, after they have rendered the result.
  return { id, reply };
}

/** Cancels the analysis under way: the worker is replaced by a fresh one (the tracked request's
 * reply rejects with code 'cancelled'); false if nothing was running. */
export const cancelAnalysis = () => cancel();

// The requests, one function each (payloads and answers: lib/protocol.js ToWorker).

/** → {id, reply: {report, ms, dict, memory, rev, sentAt}}; tracked: the page's own analysis, kept by
 * the worker as its session and saved with `source` and `settings` */
export const requestAnalyze = ({ text, positions, options, userDict, source, settings }, track = false) =>
  send(ToWorker.ANALYZE, { text, positions, options, userDict, keep: track, source, settings }, track);

/** A hand edit of `report` (the analysis of `text`) → {id, reply: {report, ms, dict, rev, sentAt}} */
export const requestEdit = ({ text, report, edit, options, userDict, source, settings }, track = false) =>
  send(ToWorker.EDIT, { text, report, edit, options, userDict, source, settings }, track);

/** The report's items (of `text`) counted again under `options` → {id, reply: {report, ms, dict, rev, sentAt}} */
export const requestRecount = ({ text, report, options, userDict, source, settings }, track = false) =>
  send(ToWorker.RECOUNT, { text, report, options, userDict, source, settings }, track);

/** A file's bytes (an ArrayBuffer, copied: a fresh worker after a cancel gets them again) → {id,
 * reply: {text, encoding}}; the reply rejects with `code` 'binary' | 'pdf' | 'undecodable' for a
 * file that is not text. Like a new analysis, it supersedes one that has run for a while. */
export const requestDecode = (buffer) => post(ToWorker.DECODE, { bytes: buffer }, { supersedes: true });

/** The session the last page saved → {id, reply: {record}} (lib/protocol.js RESTORE) */
export const requestRestore = () => send(ToWorker.RESTORE, {}, false);

/** The report's keyword CSV → {id, reply: {csv}} */
export const requestCsv = (report) => send(ToWorker.CSV, { report }, false);

/** The text's lines as the analyzer numbers them → {id, reply: {lines}} */
export const requestLines = (text) => send(ToWorker.LINES, { text }, false);

/** The occurrences of each of `words` as tokens (item `item`, or null: all) → {id, reply: {results}} */
export const requestConcordance = ({ report, words, item = null, width = 15, limit = 500, options }) =>
  send(ToWorker.CONCORDANCE, { report, words, item, width, limit, options }, false);

/** Token counts of `terms` in every item → {id, reply: {counts}} (`counts[item * terms.length + term]`) */
export const requestTermCounts = ({ report, terms, options }) =>
  send(ToWorker.TERM_COUNTS, { report, terms, options }, false);

/** The items × `terms` token-count matrix as the core's CSV → {id, reply: {csv}} */
export const requestTermMatrix = ({ report, terms, options }) =>
  send(ToWorker.TERM_MATRIX, { report, terms, options }, false);

/** A library request (lib/protocol.js LIB_*) → {id, reply} */
export const requestLibrary = (type, payload = {}) => send(type, payload, false);

/** Plain segmentation (benchmark) → {id, reply: {ms, words, memory}} */
export const requestSegment = ({ text, hmm, mode }) => send(ToWorker.SEGMENT, { text, hmm, mode }, false);
