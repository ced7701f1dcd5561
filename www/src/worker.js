// The analyzer's Web Worker: decodes the inlined wasm pieces (ASCII text → gzip → module, plus the
// blobs written into its memory), creates one DubaoAnalyzer (jieba loads once) and answers
// requests, so the page never freezes.
import { initSync, DubaoAnalyzer, normalize, version } from '../pkg/dubao.js';
import { decode } from './lib/bin7.js';

// Wall-clock marks (ms since the page's navigation start) for the ready-time breakdown.
const marks = { workerStart: performance.timeOrigin + performance.now() };
const now = () => performance.timeOrigin + performance.now();
let analyzer = null;
let wasm = null;
let userDict = '';

// The wasm arrives in pieces while the page's HTML is still being parsed (one `chunk` message per
// inlined piece, see build.mjs). Module pieces (gzipped) are decoded and fed at once to one
// gunzip → compileStreaming pipe, so decoding, decompression and compilation overlap with reading
// the file. Blob pieces (`at`: a memory address) are large read-only tables the core reads lazily
// (wasm_split.mjs); they come after the module, while jieba's dictionary is being built, and are
// written into the instance's memory. Ready = dictionary built and every blob in place.
let feed = null;
let decodeMs = 0;
let blobs = []; // pieces that came before the instance: [address, bytes]
let allIn = false;
let readySent = false;
let dictMs = 0;

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

/** One piece: module pieces in base64 (`b64`), blob pieces in the page's 7-bit encoding (src/lib/bin7.js). */
function onChunk({ text, data: buffer, bytes, b64, at, end, last }) {
  if (!feed) {
    marks.initStart = now();
    feed = startPipe();
  }
  const t0 = performance.now();
  // Blob pieces normally come decoded by the page (`data`, transferred).
  const data = buffer ? new Uint8Array(buffer, 0, bytes) : b64 ? fromBase64(text) : decode(text, bytes);
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

async function finish(compiled) {
  const module = await compiled;
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
  // need them (the rest are filed in the background below, so later texts find theirs
  // quickly); jieba's POS/HMM model and the IDF table are decompressed on first use or in the
  // warm-up below.
  postMessage({ type: 'ready', version: version(), compileMs: marks.compiled - marks.initStart, decodeMs, dictMs, memory: memory(), marks });
  warmSoon(WARM_IDLE_MS); // the page's first request (the sample) normally comes first
}

// Background work after ready, one step at a time and only while the worker is idle (a request
// arriving postpones the rest). First the dictionary words no text has needed yet are filed by
// what they wait for, in steps of a few ms, so that a later text is admitted without a scan of
// the whole dictionary. Then a small analysis per weighting loads jieba's POS/HMM model, the IDF
// table (count weighting never needs it) and compiles the code paths, so that a later analysis
// does not pay those one-time costs. The text has an unknown name (HMM) and a recurring quoted
// term.
const WARM_TEXT = '本报讯 艾本德集团在平湖投资建厂，推动“双招双引”。\n\n“双招双引”取得新突破，市长周军波出席。';
const warmSteps = ['count', 'tfidf', 'textrank'];
/** Idle time after ready or a request before the next background step, and between steps. */
const WARM_IDLE_MS = 300;
const WARM_STEP_GAP_MS = 50;
const DICT_STEP_WORDS = 20000;
const DICT_STEP_GAP_MS = 5;
let dictionaryFiled = false;
let dictionaryIndexMs = 0;
let warmTimer = 0;
function warmSoon(delay) {
  clearTimeout(warmTimer);
  if (analyzer && (warmSteps.length || !dictionaryFiled)) warmTimer = setTimeout(warmStep, delay);
}
function warmStep() {
  if (!dictionaryFiled) {
    const t0 = performance.now();
    try {
      dictionaryFiled = analyzer.index_dictionary(DICT_STEP_WORDS);
    } catch (e) {
      dictionaryFiled = true; // not worth retrying: analyses still find the words they need
    }
    dictionaryIndexMs += performance.now() - t0;
    if (dictionaryFiled) postMessage({ type: 'dictionary', ms: dictionaryIndexMs, at: now(), memory: memory() });
    warmSoon(DICT_STEP_GAP_MS);
    return;
  }
  const weighting = warmSteps.shift();
  const t0 = performance.now();
  try {
    analyzer.analyze(WARM_TEXT, { weighting });
  } catch (e) {
    warmSteps.length = 0; // not worth retrying; requests report their own errors
  }
  postMessage({ type: 'warm', weighting, ms: performance.now() - t0, memory: memory() });
  warmSoon(WARM_STEP_GAP_MS); // requests that came in meanwhile go first
}

const memory = () => wasm.memory.buffer.byteLength;

/** Applies the user dictionary if it changed (replacing one starts jieba afresh: the default
 * words are loaded again as texts need them, and filed again in the background). */
function applyDict(id, dict) {
  if (dict === undefined || dict === userDict) return null;
  postMessage({ type: 'phase', id, phase: 'dict' });
  try {
    const words = analyzer.set_user_dict(dict);
    userDict = dict;
    dictionaryFiled = false;
    dictionaryIndexMs = 0;
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

const handlers = {
  analyze({ id, text, options, userDict: dict }) {
    const dictResult = applyDict(id, dict);
    postMessage({ type: 'phase', id, phase: 'analyze' });
    const t0 = performance.now();
    const report = analyzer.analyze(text, options);
    const ms = performance.now() - t0;
    return { report, ms, dict: dictResult, memory: memory() };
  },
  keywords({ id, bodies, names, options, userDict: dict }) {
    const dictResult = applyDict(id, dict);
    postMessage({ type: 'phase', id, phase: 'keywords' });
    const t0 = performance.now();
    const result = analyzer.keywords_for(bodies, names, options);
    return { result, ms: performance.now() - t0, dict: dictResult };
  },
  normalize({ text }) {
    return { text: normalize(text) };
  },
  // Plain segmentation for the benchmark; returns the time and the word count, not the words.
  // mode 'words': JS gets every word as a string (UTF-16 end offsets from the wasm, then
  // `text.slice`), as jieba-wasm's `cut` and Intl.Segmenter hand them; 'joined': the words joined
  // by spaces in the wasm, split in JS; 'offsets': the offsets only, no strings.
  segment({ text, hmm, mode = 'words' }) {
    const t0 = performance.now();
    let words;
    if (mode === 'offsets') words = analyzer.segment_offsets(text, hmm).length;
    else if (mode === 'joined') words = analyzer.segment(text, hmm).split(' ').length;
    else if (mode === 'words') words = sliceWords(text, analyzer.segment_offsets(text, hmm)).length;
    else throw new Error(`unknown segment mode: ${mode}`);
    return { ms: performance.now() - t0, words, memory: memory() };
  },
};

self.onmessage = async (event) => {
  const msg = event.data;
  if (msg.type === 'chunk') {
    try {
      await onChunk(msg);
    } catch (e) {
      postMessage({ type: 'fatal', message: String(e.message || e) });
    }
    return;
  }
  const handler = handlers[msg.type];
  if (!handler) return;
  try {
    postMessage({ type: 'result', id: msg.id, ...handler(msg), sentAt: performance.timeOrigin + performance.now() });
  } catch (e) {
    postMessage({ type: 'error', id: msg.id, message: String(e.message || e) });
  }
  warmSoon(WARM_IDLE_MS);
};
