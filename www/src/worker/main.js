// The analyzer's Web Worker (entry; bundled by build.mjs and inlined as text, started by the boot
// script): loads the wasm from the inlined pieces (loader.js), creates one DubaoAnalyzer (jieba
// loads once), answers requests (requests.js) and works in the background while idle
// (background.js), so the page never freezes. Message names: lib/protocol.js.
import { default_options } from '../../pkg/dubao.js';
import { FromWorker, ToWorker } from '../lib/protocol.js';
import { onChunk, whenReady } from './loader.js';
import { handlers } from './requests.js';
import { WARM_IDLE_MS, warmSoon } from './background.js';

whenReady((info) => {
  // The analysis options' defaults live in the core only; the page's settings start from them.
  postMessage({ type: FromWorker.READY, ...info, defaults: default_options() });
  warmSoon(WARM_IDLE_MS); // the page's first request (the sample) normally comes first
});

self.onmessage = async (event) => {
  const msg = event.data;
  if (msg.type === ToWorker.CHUNK) {
    try {
      await onChunk(msg);
    } catch (e) {
      postMessage({ type: FromWorker.FATAL, message: String(e.message || e) });
    }
    return;
  }
  const handler = handlers[msg.type];
  if (!handler) return;
  try {
    postMessage({
      type: FromWorker.RESULT,
      id: msg.id,
      ...handler(msg),
      sentAt: performance.timeOrigin + performance.now(),
    });
  } catch (e) {
    postMessage({ type: FromWorker.ERROR, id: msg.id, message: String(e.message || e), code: e.code });
  }
  warmSoon(WARM_IDLE_MS);
};
