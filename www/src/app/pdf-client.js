// The page's side of the PDF reader (src/pdf/, pdf.js in a worker of its own). Nothing of it runs
// until the first PDF is opened: then the inlined pack (pdf_pack.mjs: gzip in lib/bin7.js's 7
// characters per 6 bytes, the reader's script and the Adobe-GB1 CMaps) is decoded (bin7, the
// browser's gunzip stream, lib/pdf-pack.js), the worker started from a Blob and the CMaps handed
// to it. Requests are matched by id; rendered pages (ImageBitmaps) are kept per page and width
// while the same PDF is open.
import { decode } from '../lib/bin7.js';
import { readPack } from '../lib/pdf-pack.js';
import { FromPdf, ToPdf } from '../lib/pdf-protocol.js';

let started = null; // Promise<Worker>
let nextId = 1;
const pending = new Map(); // id → {resolve, reject, onProgress}
const bitmaps = new Map(); // `${page}@${width}` → Promise<ImageBitmap>
export const pdfTiming = { startMs: null, packBytes: 0 };

async function unpack() {
  const t0 = performance.now();
  const holder = document.getElementById('dubao-pdf');
  const gz = decode(holder.textContent, Number(holder.dataset.bytes)); // no trim: spaces are digits of bin7
  const stream = new Blob([gz]).stream().pipeThrough(new DecompressionStream('gzip'));
  const buffer = await new Response(stream).arrayBuffer();
  const { script: code, cmaps } = readPack(buffer);
  const script = new Blob([code], { type: 'text/javascript' });
  const worker = new Worker(URL.createObjectURL(script), { name: 'dubao-pdf' });
  worker.onmessage = (e) => receive(e.data);
  worker.onerror = (e) => failAll(e.message || 'PDF reader failed');
  worker.postMessage(
    { type: ToPdf.CMAPS, cmaps },
    cmaps.map(([, b]) => b),
  );
  pdfTiming.startMs = performance.now() - t0;
  pdfTiming.packBytes = gz.length;
  return worker;
}

function receive(msg) {
  const waiting = pending.get(msg?.id);
  if (!waiting) return; // pdf.js's own start-up message, or an answer nobody waits for
  if (msg.type === FromPdf.PROGRESS) return waiting.onProgress?.(msg);
  pending.delete(msg.id);
  if (msg.type === FromPdf.ERROR) waiting.reject(Object.assign(new Error(msg.message), { code: msg.code }));
  else waiting.resolve(msg);
}

function failAll(message) {
  for (const [id, waiting] of pending) {
    pending.delete(id);
    waiting.reject(Object.assign(new Error(message), { code: 'pdf' }));
  }
}

async function request(type, payload, transfer = [], onProgress = null) {
  started ??= unpack();
  const worker = await started;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, onProgress });
    worker.postMessage({ type, id, ...payload }, transfer);
  });
}

/** Reads a PDF (an ArrayBuffer, transferred) into positioned lines → the OPENED message
 * (lib/pdf-protocol.js); `onProgress({done, total})` per page. Rejects with `code` 'scanned',
 * 'unmapped', 'encrypted', 'damaged' or 'pdf'. */
export function openPdf(buffer, onProgress) {
  for (const b of bitmaps.values())
    b.then(
      (bitmap) => bitmap.close(),
      () => {},
    );
  bitmaps.clear();
  return request(ToPdf.OPEN, { bytes: buffer }, [buffer], onProgress);
}

/** How many rendered pages are kept (a large page is ~5 MB of pixels; thumbnails are small). */
const KEEP = 48;

/** Page `page` of the open PDF drawn `width` device pixels wide → ImageBitmap (kept, the oldest
 * dropped beyond KEEP). */
export function renderPage(page, width) {
  const key = `${page}@${width}`;
  if (bitmaps.has(key)) {
    const kept = bitmaps.get(key);
    bitmaps.delete(key); // most recently used last
    bitmaps.set(key, kept);
  } else {
    if (bitmaps.size >= KEEP) {
      const [oldest, dropped] = bitmaps.entries().next().value;
      bitmaps.delete(oldest);
      dropped.then(
        (bitmap) => bitmap.close(),
        () => {},
      );
    }
    const done = request(ToPdf.RENDER, { page, width }).then((m) => m.bitmap);
    done.catch(() => bitmaps.delete(key));
    bitmaps.set(key, done);
  }
  return bitmaps.get(key);
}
