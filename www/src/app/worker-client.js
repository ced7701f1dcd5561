// The page's side of the worker (lib/protocol.js): takes over the worker the boot script started,
// replays its queued messages, sends requests and matches their answers by id, and records the
// start-up timing (`window.dubao.timing`). Status changes go to the hooks given to startWorker,
// so this module knows nothing of the page's DOM beyond the inlined pieces.
import { decode } from '../lib/bin7.js';
import { FromWorker, ToWorker } from '../lib/protocol.js';
import { $ } from './dom.js';

let worker = null;
let ready = false;
let nextId = 1;
const pending = new Map();
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

export const isReady = () => ready;
/** Requests sent and not answered yet. */
export const pendingCount = () => pending.size;
/** Whether `id` is the last tracked request (older ones are stale). */
export const isLatest = (id) => id === latestId;

/** Records when the main script's start-up code ended (reported in `timing.mainEnd` at ready). */
export function markMainEnd() {
  mainEnd = Math.round(performance.now());
}

/**
 * Takes over the worker the boot script started (or starts one), replaying queued messages.
 * hooks: onReady(), onDefaults(options) (the core's analysis options' defaults, given before the
 * ready promise resolves), onTrack() (a tracked request was sent), onPhase(phase) (of the last
 * tracked request), onFailure(message) (the worker failed to load or crashed).
 */
export function startWorker(statusHooks) {
  hooks = statusHooks;
  const boot = window.__dubaoBoot;
  if (boot) {
    worker = boot.worker;
    timing.bootAt = boot.at;
    timing.fedAt = boot.fedAt; // the last wasm piece handed to the worker (HTML parsed that far)
    timing.moduleFedAt = boot.moduleFedAt; // the module's last piece (the blobs follow)
    timing.chunks = boot.chunks;
    // Blob pieces: decoded here (the main thread is free while the worker builds the dictionary)
    // and transferred, so the worker only copies them into memory.
    for (const m of boot.blobs.splice(0)) {
      const bytes = decode(m.text, m.bytes);
      worker.postMessage({ ...m, text: null, data: bytes.buffer }, [bytes.buffer]);
    }
  } else {
    const url = URL.createObjectURL(new Blob([$('dubao-worker').textContent], { type: 'text/javascript' }));
    worker = new Worker(url, { name: 'dubao-analyzer' });
    for (const d of document.querySelectorAll('script.dubao-wasm')) {
      const s = d.dataset;
      worker.postMessage({
        type: ToWorker.CHUNK,
        text: d.textContent,
        bytes: Number(s.bytes),
        at: 'at' in s ? Number(s.at) : null,
        end: 'end' in s,
        last: 'last' in s,
      });
    }
  }
  worker.onmessage = (e) => onWorkerMessage(e.data);
  worker.onerror = (e) => hooks.onFailure(e.message || 'worker');
  for (const msg of boot?.queue.splice(0) ?? []) onWorkerMessage(msg);
}

function onWorkerMessage(msg) {
  if (msg.type === FromWorker.READY) {
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
    return;
  }
  if (msg.type === FromWorker.WARM) {
    (timing.warm ??= {})[msg.weighting] = msg.ms; // background warm-up steps after ready
    return;
  }
  if (msg.type === FromWorker.DICTIONARY) {
    // The last dictionary words filed in the background: time spent, and when (since navigation start).
    timing.dictionaryIndex ??= { ms: msg.ms, at: Math.round(msg.at - performance.timeOrigin) };
    return;
  }
  if (msg.type === FromWorker.FATAL) {
    hooks.onFailure(msg.message);
    return;
  }
  if (msg.type === FromWorker.PHASE) {
    if (msg.id === latestId) hooks.onPhase(msg.phase);
    return;
  }
  const p = pending.get(msg.id);
  if (!p) return;
  pending.delete(msg.id);
  if (msg.type === FromWorker.ERROR) p.reject(Object.assign(new Error(msg.message), { code: msg.code }));
  else p.resolve(msg);
}

/**
 * Sends a request; `track` makes it the one the status line follows (older ones are stale).
 * `transfer`: buffers in the payload handed over to the worker. Returns {id, reply}: reply resolves
 * to the RESULT message, or rejects with an Error of the ERROR's message and `code`.
 */
function send(type, payload, track, transfer = []) {
  const id = nextId++;
  if (track) {
    latestId = id;
    hooks.onTrack();
  }
  // Tracked callers clear the busy state themselves, after they have rendered the result.
  const reply = new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ type, id, ...payload }, transfer);
  });
  return { id, reply };
}

// The requests, one function each (payloads and answers: lib/protocol.js ToWorker).

/** → {id, reply: {report, ms, dict, memory, sentAt}} */
export const requestAnalyze = ({ text, options, userDict }, track = false) =>
  send(ToWorker.ANALYZE, { text, options, userDict }, track);

/** A hand edit of `report` (the analysis of `text`) → {id, reply: {report, ms, dict, sentAt}} */
export const requestEdit = ({ text, report, edit, options, userDict }, track = false) =>
  send(ToWorker.EDIT, { text, report, edit, options, userDict }, track);

/** The report's items counted again under `options` → {id, reply: {report, ms, dict, sentAt}} */
export const requestRecount = ({ report, options, userDict }, track = false) =>
  send(ToWorker.RECOUNT, { report, options, userDict }, track);

/** A file's bytes (an ArrayBuffer, transferred: unusable here afterwards) → {id, reply: {text, encoding}};
 * the reply rejects with `code` 'binary' | 'pdf' | 'undecodable' for a file that is not text. */
export const requestDecode = (buffer) => send(ToWorker.DECODE, { bytes: buffer }, false, [buffer]);

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

/** Plain segmentation (benchmark) → {id, reply: {ms, words, memory}} */
export const requestSegment = ({ text, hmm, mode }) => send(ToWorker.SEGMENT, { text, hmm, mode }, false);
