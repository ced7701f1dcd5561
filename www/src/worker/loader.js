// Loading the wasm in the worker: decodes the inlined pieces (ASCII text → gzip → module, plus the
// blobs written into its memory), instantiates the module and creates the one DubaoAnalyzer.
//
// The wasm arrives in pieces while the page's HTML is still being parsed (one `chunk` message per
// inlined piece, see build.mjs). Module pieces (gzipped) are decoded and fed at once to one
// gunzip → compileStreaming pipe, so decoding, decompression and compilation overlap with reading
// the file. Blob pieces (`at`: a memory address) are large read-only tables the core reads lazily
// (wasm_split.mjs); they come after the module, while jieba's dictionary is being built, and are
// written into the instance's memory. Ready = dictionary built and every blob in place.
import { initSync, DubaoAnalyzer, version } from '../../pkg/dubao.js';
import { decode } from '../lib/bin7.js';

/** Wall-clock time (ms since the epoch, as the page's performance.timeOrigin + now). */
export const now = () => performance.timeOrigin + performance.now();
// Wall-clock marks for the ready-time breakdown (the page converts them to ms since its navigation start).
const marks = { workerStart: now() };

let analyzer = null;
let wasm = null;
let feed = null;
let decodeMs = 0;
let blobs = []; // pieces that came before the instance: [address, bytes]
let allIn = false;
let readySent = false;
let dictMs = 0;
let onReady = null;
let compiled = null; // the WebAssembly.Module, sent with ready (the page starts a fresh worker with it)

/** The analyzer, null until the module is instantiated. */
export const getAnalyzer = () => analyzer;
/** The wasm memory's size in bytes. */
export const memory = () => wasm.memory.buffer.byteLength;

/** Calls `callback(info)` once, when the analyzer is built and every piece is in: info is the
 * READY message's payload {version, compileMs, decodeMs, dictMs, memory, marks, module}. */
export function whenReady(callback) {
  onReady = callback;
}

function startPipe() {
  let controller;
  const source = new ReadableStream({ start: (c) => (controller = c) });
  const stream = source.pipeThrough(new DecompressionStream('gzip'));
  const response = new Response(stream, { headers: { 'Content-Type': 'application/wasm' } });
  const compiled = WebAssembly.compileStreaming(response);
  compiled.catch(() => {}); // reported by finish()
  return { controller, compiled };
}

/** Base64 → bytes: native where the browser has it (Chromium 140+, Firefox 133+, Safari 18.2+). */
const fromBase64 = Uint8Array.fromBase64
  ? (text) => Uint8Array.fromBase64(text)
  : (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** One piece: module pieces in base64 (`b64`), blob pieces in the page's 7-bit encoding (lib/bin7.js).
 * Returns a promise for the module's last piece (it settles when the analyzer is built), else null. */
export function onChunk({ text, bytes, b64, at, end, last }) {
  if (!feed) {
    marks.initStart = now();
    feed = startPipe();
  }
  const t0 = performance.now();
  const data = b64 ? fromBase64(text) : decode(text, bytes);
  decodeMs += performance.now() - t0;
  let done = null;
  if (at === null || at === undefined) {
    feed.controller.enqueue(data);
    if (end) {
      marks.decoded = now();
      feed.controller.close();
      done = finish(feed.compiled);
    }
  } else if (wasm) {
    new Uint8Array(wasm.memory.buffer).set(data, at);
  } else {
    blobs.push([at, data]);
  }
  if (last) {
    marks.allIn = now();
    allIn = true;
    maybeReady();
  }
  return done;
}

/** A fresh worker after a cancel (ToWorker.START): the module the first worker compiled and the
 * blobs (their bin7 text as the page kept it, decoded here), so no piece of the page is needed
 * again. */
export function startFrom({ module, blobs: pieces }) {
  marks.initStart = now();
  blobs = pieces.map(({ at, text, bytes }) => [at, decode(text, bytes)]);
  allIn = true;
  return finish(Promise.resolve(module));
}

async function finish(modulePromise) {
  const module = await modulePromise;
  compiled = module;
  marks.compiled = now();
  wasm = initSync({ module });
  for (const [at, data] of blobs) new Uint8Array(wasm.memory.buffer).set(data, at);
  blobs = [];
  const t1 = performance.now();
  analyzer = new DubaoAnalyzer();
  dictMs = performance.now() - t1;
  marks.built = now();
  maybeReady();
}

function maybeReady() {
  if (readySent || !analyzer || !allIn) return;
  readySent = true;
  marks.ready = now();
  // "ready": requests are answered from now on. jieba's dictionary words are loaded as texts
  // need them (the rest are filed in the background, worker/background.js, so later texts find
  // theirs quickly); jieba's POS/HMM model and the IDF table are decompressed on first use or in
  // the background warm-up.
  onReady({
    version: version(),
    compileMs: marks.compiled - marks.initStart,
    decodeMs,
    dictMs,
    memory: memory(),
    marks,
    module: compiled,
  });
}
