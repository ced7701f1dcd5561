// The page's link to the analyzer worker: the requests in flight (answers matched by id, a large
// report put together from its PART messages), the worker's session named by its rev instead of
// sending the text or report again, and a fresh worker when an analysis is cancelled or a newer
// one supersedes it (the worker cannot be interrupted inside the wasm: it is terminated, and the
// new one starts from the compiled module and blobs, without the page's pieces). Message names:
// lib/protocol.js.
import { FromWorker, STALE, ToWorker } from '../lib/protocol.js';

/** An analysis that has run this long is cancelled when a newer request supersedes it. */
export const SUPERSEDE_MS = 1000;

let worker = null;
let spawn = null; // () => a new Worker running the inlined worker source
let startWith = null; // {module, blobs}: what a fresh worker starts from (known after ready)
let onOther = null; // the messages that are not answers (ready, phase, progress, saved, …)
let onRestart = null;
let nextId = 1;
/** id → {type, payload, transfer, cancellable, resolve, reject, parts, named, postedAt} */
const pending = new Map();
/** What the worker holds as its session: {rev, text, report} (a report null: the text only). */
let session = null;

/** Takes over `w`; `other(msg)` gets the messages that are not answers; `spawner()` starts another
 * worker of the same source; `restarted(reason)` is told of a restart. */
export function attach(w, other, spawner, restarted) {
  onOther = other;
  spawn = spawner;
  onRestart = restarted;
  wire(w);
}

/** The compiled module (READY's) and the blobs' pieces (bin7 text): from now on a restart is possible. */
export function setStart(module, blobs) {
  if (module) startWith = { module, blobs };
}

function wire(w) {
  worker = w;
  w.onmessage = (e) => receive(e.data);
  w.onerror = (e) => onOther({ type: FromWorker.FATAL, message: e.message || 'worker' });
}

/** Requests sent and not answered yet. */
export const pendingCount = () => pending.size;
/** Whether an analysis, hand edit or recount is under way. */
export const analysing = () => [...pending.values()].some((e) => e.cancellable);

/** One message from the worker (also the boot script's queued ones). */
export function receive(msg) {
  const entry = pending.get(msg.id);
  if (msg.type === FromWorker.PART) {
    entry?.parts.push(msg.items);
  } else if (msg.type === FromWorker.RESULT) {
    if (!entry) return;
    pending.delete(msg.id);
    assemble(entry, msg);
    entry.resolve(msg);
  } else if (msg.type === FromWorker.ERROR) {
    if (!entry) return;
    if (msg.code === STALE && entry.named) return post(msg.id, entry, false); // send the data itself
    pending.delete(msg.id);
    entry.reject(Object.assign(new Error(msg.message), { code: msg.code }));
  } else onOther(msg);
}

/** The report's items from the PART messages before the RESULT; notes the worker's new session. */
function assemble(entry, msg) {
  const report = msg.report ?? msg.record?.report;
  if (report && entry.parts.length) report.items = entry.parts.flat().concat(report.items);
  if (msg.rev) session = { rev: msg.rev, text: entry.payload.text, report: msg.report };
  else if (entry.type === ToWorker.RESTORE || entry.type === ToWorker.LIB_OPEN)
    session = msg.record && { ...msg.record };
  else if (entry.type === ToWorker.ADOPT && !msg.adopted) session = null;
}

/** Posts a request; its text or report is named (the session's rev) if the worker holds it. */
function post(id, entry, name = true) {
  const payload = { ...entry.payload };
  entry.named = false;
  if (name && session) {
    if (typeof payload.text === 'string' && payload.text === session.text) payload.text = null;
    if (payload.report && payload.report === session.report) payload.report = null;
    entry.named = payload.text === null || payload.report === null;
    if (entry.named) payload.session = session.rev;
  }
  entry.parts = [];
  entry.postedAt = performance.now();
  worker.postMessage({ type: entry.type, id, ...payload }, entry.transfer);
}

/**
 * Sends a request → {id, reply}: reply resolves to the RESULT (a report put together) or rejects
 * with an Error of the ERROR's message and `code` ('cancelled' / 'superseded' when the worker was
 * restarted before answering). cancellable: an analysis, edit or recount, which a cancel or a
 * newer superseding request ends; supersedes: a request that ends analyses older than
 * SUPERSEDE_MS (at once, or when they reach that age) instead of waiting behind them.
 */
export function send(type, payload, { cancellable = false, supersedes = false, transfer = [] } = {}) {
  const id = nextId++;
  if (supersedes) supersede(id);
  const entry = { type, payload, transfer, cancellable };
  const reply = new Promise((resolve, reject) => Object.assign(entry, { resolve, reject }));
  pending.set(id, entry);
  post(id, entry);
  return { id, reply };
}

function supersede(id) {
  const older = [...pending.values()].filter((e) => e.cancellable);
  if (!older.length || !startWith) return;
  const age = performance.now() - Math.min(...older.map((e) => e.postedAt));
  if (age >= SUPERSEDE_MS) return restart('superseded', id);
  setTimeout(() => {
    const stillOlder = [...pending].some(([other, e]) => e.cancellable && other < id);
    if (pending.has(id) && stillOlder) restart('superseded', id);
  }, SUPERSEDE_MS - age);
}

/** Cancels the analyses under way (a fresh worker); false if there was none. */
export function cancel() {
  if (!analysing() || !startWith) return false;
  restart('cancelled', Infinity);
  return true;
}

/**
 * Terminates the worker and starts a fresh one from the compiled module. Analyses sent before
 * request `keepFrom` are rejected with code `reason`; every other request is sent again, in order,
 * after the new worker has adopted the saved session (if it is still the page's).
 */
function restart(reason, keepFrom) {
  const entries = [...pending];
  worker.onmessage = null;
  worker.onerror = null;
  worker.terminate();
  wire(spawn());
  worker.postMessage({ type: ToWorker.START, ...startWith });
  if (session) send(ToWorker.ADOPT, { rev: session.rev }); // before the requests that name it
  for (const [id, entry] of entries) {
    if ((entry.cancellable && id < keepFrom) || entry.transfer.length) {
      pending.delete(id);
      entry.reject(Object.assign(new Error(reason), { code: reason }));
    } else post(id, entry);
  }
  onRestart?.(reason);
}
