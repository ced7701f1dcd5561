// The analyzer's Web Worker (entry; bundled by build.mjs and inlined as text, started by the boot
// script, or by the page from the compiled module after a cancel): loads the wasm from the inlined
// pieces (loader.js), creates one DubaoAnalyzer (jieba loads once), answers requests
// (requests.js) one at a time and in order, and works in the background while idle
// (background.js), so the page never freezes. Message names: lib/protocol.js.
import { default_options } from '../../pkg/dubao.js';
import { FromWorker, ToWorker } from '../lib/protocol.js';
import { onChunk, startFrom, whenReady } from './loader.js';
import { handlers as issueHandlers } from './requests.js';
import { libraryHandlers } from './library.js';
import { importHandlers } from './library-import.js';
import { exportHandlers } from './library-export.js';
import { WARM_IDLE_MS, warmSoon } from './background.js';

const handlers = { ...issueHandlers, ...libraryHandlers, ...importHandlers, ...exportHandlers };
let ready = false;
const waiting = []; // requests that came before ready
let queue = Promise.resolve(); // requests run one after another (some wait for IndexedDB)

whenReady((info) => {
  // The analysis options' defaults live in the core only; the page's settings start from them.
  postMessage({ type: FromWorker.READY, ...info, defaults: default_options() });
  ready = true;
  for (const msg of waiting.splice(0)) enqueue(msg);
  warmSoon(WARM_IDLE_MS); // the page's first request (the sample) normally comes first
});

const fatal = (e) => postMessage({ type: FromWorker.FATAL, message: String(e.message || e) });

self.onmessage = async (event) => {
  const msg = event.data;
  if (msg.type === ToWorker.CHUNK) {
    try {
      await onChunk(msg);
    } catch (e) {
      fatal(e);
    }
    return;
  }
  if (msg.type === ToWorker.START) {
    startFrom(msg).catch(fatal);
    return;
  }
  if (!handlers[msg.type]) return;
  if (ready) enqueue(msg);
  else waiting.push(msg);
};

function enqueue(msg) {
  queue = queue.then(() => answer(msg));
}

async function answer(msg) {
  try {
    reply(msg.id, await handlers[msg.type](msg));
  } catch (e) {
    postMessage({ type: FromWorker.ERROR, id: msg.id, message: String(e.message || e), code: e.code });
  }
  warmSoon(WARM_IDLE_MS);
}

/** About how many UTF-16 units of item text one PART message carries (a few ms to decode). */
const PART_SIZE = 128 * 1024;
const itemSize = (item) => 200 + (item.body?.length ?? 0) + 40 * (item.keywords?.length ?? 0);

/** Posts a RESULT; a large report's items go first, in PART messages of about PART_SIZE each, so
 * the page decodes them one task at a time (one message with a 20 MB report took 0.4 s). */
function reply(id, payload) {
  const report = payload.report ?? payload.record?.report;
  let parts = 0;
  let rest = report?.items;
  if (rest && rest.reduce((n, item) => n + itemSize(item), 0) > PART_SIZE) {
    let from = 0;
    let size = 0;
    for (let i = 0; i < rest.length; i++) {
      size += itemSize(rest[i]);
      if (size >= PART_SIZE) {
        postMessage({ type: FromWorker.PART, id, items: rest.slice(from, i + 1) });
        parts++;
        from = i + 1;
        size = 0;
      }
    }
    rest = rest.slice(from);
  }
  const slim = parts ? { ...report, items: rest } : report;
  const answer = payload.record
    ? { ...payload, record: { ...payload.record, report: slim } }
    : { ...payload, report: slim };
  if (!report) delete answer.report;
  postMessage({ type: FromWorker.RESULT, id, ...answer, parts, sentAt: performance.timeOrigin + performance.now() });
}
