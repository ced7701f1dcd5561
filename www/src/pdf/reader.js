// A PDF read into positioned lines (lib/position-lines.js, the same grouping as the evaluation
// scripts), page by page with progress, in this worker: pdf.js parses here (its own "worker" code
// runs in the same thread, set up in main.js), so the page's main thread only gets the result.
// Says why a PDF gives no usable text: no text layer (scanned), text without a Unicode mapping,
// a password, a damaged file.
import { getDocument } from 'pdfjs-dist/build/pdf.mjs';
import { groupLines } from '../lib/position-lines.js';
import { InlineCMapReaderFactory, NoFilterFactory, NoStandardFonts, OffscreenCanvasFactory } from './factories.js';
import { dropUnreadable } from './unreadable.js';

/** An Error with a `code` the page turns into its message (lib/pdf-protocol.js ERROR). */
const failure = (code, message) => Object.assign(new Error(message), { code });

/** Opens `bytes` (a Uint8Array, taken over by pdf.js). */
export async function openDocument(bytes) {
  const task = getDocument({
    data: bytes,
    verbosity: 0,
    isEvalSupported: false, // the page's CSP has no 'unsafe-eval'
    disableFontFace: true, // glyphs drawn as paths: no FontFace in a worker
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: true,
    CanvasFactory: OffscreenCanvasFactory,
    FilterFactory: NoFilterFactory,
    CMapReaderFactory: InlineCMapReaderFactory,
    StandardFontDataFactory: NoStandardFonts,
    stopAtErrors: false,
  });
  try {
    return await task.promise;
  } catch (e) {
    if (e?.name === 'PasswordException') throw failure('encrypted', e.message);
    if (e?.name === 'InvalidPDFException' || e?.name === 'MissingPDFException') throw failure('damaged', e.message);
    throw failure('damaged', String(e?.message || e));
  }
}

// Characters that are text (Han, letters, digits, punctuation, symbols) against those that say a
// font's codes were not mapped to Unicode (U+FFFD, private use, controls).
const UNMAPPED = /[\uFFFD\p{Co}\p{Cc}]/gu;

/** Reads every page's text into positioned lines; `progress(done, total)` after each page. */
export async function readPages(doc, progress) {
  const pages = [];
  const emptyPages = [];
  const damagedPages = [];
  for (let p = 1; p <= doc.numPages; p++) {
    let page;
    try {
      page = await doc.getPage(p);
      const content = await page.getTextContent();
      const lines = groupLines(content.items, page.view, p);
      if (!lines.lines.length) emptyPages.push(p);
      pages.push(lines);
    } catch {
      // A damaged page: the others are still read; the page says which one was not.
      damagedPages.push(p);
      pages.push({ page: p, width: 595, height: 842, lines: [] });
    }
    page?.cleanup();
    progress(p, doc.numPages);
  }
  return { pages, emptyPages, damagedPages };
}

/** The positioned lines' text, one line a line (the numbering of the items' spans), and why it is
 * not usable, if it is not: throws 'scanned', 'unmapped' or 'damaged'. Lines in fonts without a
 * Unicode mapping are taken out of `pages` first (unreadable.js): `dropped` says per page how many. */
export function checkText({ pages, damagedPages }) {
  const dropped = dropUnreadable(pages);
  const all = pages.flatMap((p) => p.lines.map((l) => l.text.replace(/[\r\n\u2028\u2029\u0085\v\f]/g, ' ')));
  if (!all.length && dropped.length) {
    const chars = dropped.reduce((n, d) => n + d.chars, 0);
    throw failure('unmapped', `all ${chars} characters are in fonts without a Unicode mapping`);
  }
  if (!all.length) {
    if (damagedPages.length === pages.length) throw failure('damaged', 'no page could be read');
    throw failure('scanned', 'no text layer');
  }
  const text = all.join('\n');
  const joined = all.join('');
  const chars = joined.replace(/\s/g, '').length;
  const bad = (joined.match(UNMAPPED) || []).length;
  if (bad > 0.3 * chars) throw failure('unmapped', `${bad} of ${chars} characters have no Unicode mapping`);
  return { text, unmapped: bad, dropped };
}
