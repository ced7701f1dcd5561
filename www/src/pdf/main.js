// The PDF reader's Web Worker (entry; bundled by build.mjs, gzipped and inlined, started by the
// page from a Blob only when the first PDF is opened: app/pdf-client.js). pdf.js runs whole in
// this thread: its parser ("worker" code) is set on `globalThis.pdfjsWorker`, where pdf.js looks
// for it before it would start a worker of its own. Reads a PDF into positioned lines
// (reader.js) and renders pages to bitmaps for the page view. Messages: lib/pdf-protocol.js.
import * as pdfjsWorker from 'pdfjs-dist/build/pdf.worker.mjs';
import { FromPdf, ToPdf } from '../lib/pdf-protocol.js';
import { cmaps } from './factories.js';
import { checkText, openDocument, readPages } from './reader.js';
import { drawMissingFontsAsText } from './system-fonts.js';

globalThis.pdfjsWorker = pdfjsWorker;

let doc = null;
let queue = Promise.resolve(); // one request at a time, in order

const handlers = {
  [ToPdf.CMAPS]({ cmaps: list }) {
    for (const [name, buffer] of list) cmaps.set(name, new Uint8Array(buffer));
  },
  async [ToPdf.OPEN]({ id, bytes }) {
    const t0 = performance.now();
    await doc?.destroy();
    doc = null;
    doc = await openDocument(new Uint8Array(bytes));
    const read = await readPages(doc, (done, total) => postMessage({ type: FromPdf.PROGRESS, id, done, total }));
    const { text, unmapped, dropped } = checkText(read);
    const positions = JSON.stringify({ pages: read.pages });
    const pages = read.pages.map(({ page, width, height, lines }) => ({ page, width, height, lines: lines.length }));
    const { emptyPages, damagedPages } = read;
    const ms = performance.now() - t0;
    postMessage({ type: FromPdf.OPENED, id, pages, positions, text, emptyPages, damagedPages, unmapped, dropped, ms });
  },
  async [ToPdf.RENDER]({ id, page: number, width }) {
    if (!doc) throw Object.assign(new Error('no PDF open'), { code: 'pdf' });
    const page = await doc.getPage(number);
    drawMissingFontsAsText(page.commonObjs); // fonts not in the PDF: system fonts, not nothing
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: width / base.width });
    const canvas = new OffscreenCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const context = canvas.getContext('2d');
    await page.render({ canvasContext: context, viewport, background: 'white' }).promise;
    const bitmap = canvas.transferToImageBitmap();
    postMessage({ type: FromPdf.RENDERED, id, page: number, bitmap, width: canvas.width }, [bitmap]);
  },
  async [ToPdf.CLOSE]() {
    await doc?.destroy();
    doc = null;
  },
};

self.addEventListener('message', (event) => {
  const msg = event.data;
  if (!msg || !handlers[msg.type]) return; // pdf.js's own messages pass by
  queue = queue.then(async () => {
    try {
      await handlers[msg.type](msg);
    } catch (e) {
      postMessage({ type: FromPdf.ERROR, id: msg.id, code: e.code || 'pdf', message: String(e.message || e) });
    }
  });
});
