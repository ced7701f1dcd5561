// The analyzer's Web Worker: decodes the inlined wasm (7-bit text → gzip → module), creates one
// DubaoAnalyzer (jieba loads once) and answers requests, so the page never freezes.
import { initSync, DubaoAnalyzer, normalize, version } from '../pkg/dubao.js';
import { decode } from './bin7.js';

// Wall-clock marks (ms since the page's navigation start) for the ready-time breakdown.
const marks = { workerStart: performance.timeOrigin + performance.now() };
let analyzer = null;
let wasm = null;
let userDict = '';

/** `text`: the gzipped wasm in the page's 7-bit encoding (src/bin7.js); `bytes`: its length. */
async function init(text, bytes) {
  const t0 = performance.now();
  marks.initStart = performance.timeOrigin + t0;
  const gz = decode(text, bytes);
  marks.decoded = performance.timeOrigin + performance.now();
  const stream = new Blob([gz]).stream().pipeThrough(new DecompressionStream('gzip'));
  const response = new Response(stream, { headers: { 'Content-Type': 'application/wasm' } });
  const module = await WebAssembly.compileStreaming(response);
  const t1 = performance.now();
  wasm = initSync({ module });
  analyzer = new DubaoAnalyzer();
  const t2 = performance.now();
  marks.compiled = performance.timeOrigin + t1;
  marks.ready = performance.timeOrigin + t2;
  postMessage({ type: 'ready', version: version(), compileMs: t1 - t0, dictMs: t2 - t1, memory: memory(), marks });
}

const memory = () => wasm.memory.buffer.byteLength;

/** Applies the user dictionary if it changed (rebuilding jieba costs a few hundred ms). */
function applyDict(id, dict) {
  if (dict === undefined || dict === userDict) return null;
  postMessage({ type: 'phase', id, phase: 'dict' });
  try {
    const words = analyzer.set_user_dict(dict);
    userDict = dict;
    return words;
  } catch (e) {
    // Keep analyzing with the last good dictionary; the page shows the error.
    return { error: String(e.message || e) };
  }
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
  segment({ text, hmm, offsets }) {
    const t0 = performance.now();
    let words;
    if (offsets) words = analyzer.segment_offsets(text, hmm).length;
    else words = analyzer.segment(text, hmm).split(' ').length;
    return { ms: performance.now() - t0, words, memory: memory() };
  },
};

self.onmessage = async (event) => {
  const msg = event.data;
  if (msg.type === 'init') {
    try {
      await init(msg.wasm, msg.bytes);
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
};
