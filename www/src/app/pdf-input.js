// Opening a PDF (dropped or chosen): read by the PDF reader (pdf-client.js) into positioned lines
// with progress, then analysed by the core's geometry reader (the worker's `analyze` with
// `positions`). A PDF that gives no usable text (scanned, unmapped, encrypted, damaged) leaves the
// analysis shown as it was and says why.
import { t } from './pdf-strings.js';
import { state } from './state.js';
import { setStatus, showStep } from './status.js';
import { openPdf, pdfTiming } from './pdf-client.js';
import { timed } from '../lib/timing.js';

/** Whether `bytes` (the file's start) is a PDF: `%PDF-` within its first 1024 bytes, as readers allow. */
export function isPdf(bytes, name = '') {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-') || /\.pdf$/i.test(name);
}

/** Reads `buffer` (the PDF file `name`) and, if it has text, puts it in place with `place(text,
 * source)` (input.js: the text and source note, then the analysis). */
export async function readPdf(buffer, name, place) {
  const t0 = performance.now();
  document.documentElement.dataset.pdf = 'reading';
  showStep(t('pdfStarting'));
  try {
    const opened = await openPdf(buffer, ({ done, total }) => showStep(t('pdfReading', { done, total }), done / total));
    const pages = opened.pages.map(({ page, width, height }) => ({ page, width, height }));
    state.pdf = { name, pages, open: true, notes: notes(opened), dropped: opened.dropped ?? [] };
    state.positions = opened.positions;
    Object.assign(pdfTiming, { readMs: opened.ms, openedAt: performance.now(), openMs: performance.now() - t0 });
    document.documentElement.dataset.pdf = 'read';
    timed('pdfPlace', () => place(opened.text, { kind: 'pdf', name, pages: pages.length }));
  } catch (e) {
    showStep(null);
    document.documentElement.dataset.pdf = `error-${e.code || 'pdf'}`;
    const known = ['scanned', 'unmapped', 'encrypted', 'damaged'].includes(e.code);
    setStatus('error', `${name}: ${known ? t(`pdf_${e.code}`) : t('pdf_pdf', { msg: e.message })}`);
  }
}

/** What was not read, for the source note: pages without text, damaged pages, lines in fonts
 * without a Unicode mapping, unmapped characters. */
function notes({ emptyPages, damagedPages, unmapped, dropped = [] }) {
  const out = [];
  if (emptyPages.length) out.push(t('pdfEmptyPages', { pages: emptyPages.join('、') }));
  if (damagedPages.length) out.push(t('pdfDamagedPages', { pages: damagedPages.join('、') }));
  for (const d of dropped) out.push(t('pdfDropped', d));
  if (unmapped) out.push(t('pdfUnmapped', { n: unmapped }));
  return out;
}
