// The text to analyze: the last visit's (restored), the bundled sample (first visit, or asked for:
// replacing another text asks first), typing or pasting, opening or dropping a file (decoded by
// the core in the worker: UTF-8, UTF-16 with a BOM, GB18030; binary files refused; a PDF is read
// by pdf-input.js into positioned lines); the note that says where the text came from.
import SAMPLE from '../../../samples/pinghu-2023-02-09.txt';
import { t } from '../lib/i18n.js';
import { debounce } from '../lib/timing.js';
import { $ } from './dom.js';
import { state } from './state.js';
import { setStatus } from './status.js';
import { readyPromise, requestDecode, requestRestore } from './worker-client.js';
import { closeKwic } from './kwic.js';
import { setView } from './navigation.js';
import { analyze, restore } from './analysis.js';
import { confirmAction } from './confirm.js';
import { isPdf, readPdf } from './pdf-input.js';
import { t as tp } from './pdf-strings.js';

// Text this long is analyzed but not put into the textarea (laying it out would freeze the page).
const BIG_TEXT = 300000;

export function updateSourceNote() {
  const s = state.source;
  let note = '';
  if (s?.kind === 'sample') note = t('sampleLoaded');
  else if (s?.kind === 'file') note = t('encodingUsed', { enc: s.encoding, name: s.name });
  else if (s?.kind === 'paste') note = t('pasted');
  else if (s?.kind === 'library') note = `${t('library')}：${s.name}`;
  else if (s?.kind === 'pdf')
    note = [tp('pdfSource', { name: s.name, pages: s.pages }), ...(state.pdf?.notes ?? [])].join(' ');
  $('encoding-note').textContent = note;
  $('source-note').textContent = note ? `· ${note}` : '';
}

/** Puts `text` in place (the textarea, unless it is too long to lay out) with its source note. */
function putText(text, source, positions = null) {
  state.text = text;
  state.source = source;
  if (source?.kind !== 'pdf') state.pdf = null;
  if (positions || source?.kind !== 'pdf') state.positions = positions;
  const input = $('input');
  state.hiddenText = text.length > BIG_TEXT;
  if (state.hiddenText) {
    input.value = '';
    input.placeholder = t('bigText', { n: text.length.toLocaleString() });
  } else {
    input.placeholder = '';
    if (input.value !== text) input.value = text;
  }
  updateSourceNote();
}

function setText(text, source, positions = null) {
  putText(text, source, positions);
  state.selected = -1;
  closeKwic();
  setView('overview', false); // the analysis renders it
  analyze();
}

export const loadSample = () => setText(SAMPLE, { kind: 'sample' });

/** 打开示例: replacing another text, or a hand-made split, asks first. */
async function askForSample() {
  const other = state.text !== SAMPLE || state.edited;
  if (other && !(await confirmAction({ title: t('confirmSample'), body: t('confirmSampleBody'), ok: t('sample') })))
    return;
  loadSample();
}

/** On load: the text (and report) the last visit left, else the sample. */
export async function restoreOrSample() {
  await readyPromise;
  const record = await requestRestore()
    .reply.then((r) => r.record)
    .catch(() => null);
  if (state.text) return; // a text came in meanwhile
  if (!record) return loadSample();
  putText(record.text, record.source, record.positions);
  if (record.source?.kind === 'pdf') state.pdf ??= pdfOf(record);
  await restore(record);
}

/** A PDF session restored without its PDF: the pages' sizes from its positioned lines (regions drawn on blank pages). */
function pdfOf(record) {
  const pages = (record.positions ? JSON.parse(record.positions).pages : []).map(({ page, width, height }) => ({
    page,
    width,
    height,
  }));
  return { name: record.source.name, pages, open: false, notes: [] };
}

/** An issue of the library (worker LIB_OPEN's record, now the worker's session) in the issue views. */
export async function openRecord(record) {
  putText(record.text, record.source);
  state.selected = -1;
  closeKwic();
  setView('overview', false);
  await restore(record);
  setView('overview');
}

async function openFile(file) {
  if (!file) return;
  if (file.size > 64 * 1024 * 1024) return setStatus('error', t('fileTooBig'));
  let buffer;
  try {
    buffer = await file.arrayBuffer();
  } catch (e) {
    return setStatus('error', t('readError', { msg: e.message }));
  }
  if (isPdf(new Uint8Array(buffer, 0, Math.min(1024, buffer.byteLength)), file.name)) {
    await readPdf(buffer, file.name, (text, source) => setText(text, source, state.positions));
    return;
  }
  await readyPromise;
  try {
    const { text, encoding } = await requestDecode(buffer).reply;
    setText(text, { kind: 'file', name: file.name, encoding });
  } catch (e) {
    if (e.code === 'cancelled' || e.code === 'superseded') return;
    // The core knows a PDF this page's quick look missed: the PDF reader takes it.
    if (e.code === 'pdf') return readPdf(buffer, file.name, (text, source) => setText(text, source, state.positions));
    // Not text: the current analysis stays; say why, in the page's language (the core's message
    // for an error it has no code for).
    const known = ['binary', 'pdf', 'undecodable'].includes(e.code);
    setStatus('error', `${file.name}: ${known ? t(`file_${e.code}`) : t('readError', { msg: e.message })}`);
  }
}

const analyzeInputSoon = debounce(() => {
  if (state.hiddenText) return;
  state.text = $('input').value;
  state.source = { kind: 'paste' };
  updateSourceNote();
  analyze();
}, 500);

export function wireInput() {
  $('btn-sample').addEventListener('click', askForSample);
  $('btn-open').addEventListener('click', () => $('file-input').click());
  $('file-input').addEventListener('change', (e) => {
    openFile(e.target.files[0]);
    e.target.value = '';
  });
  $('btn-analyze').addEventListener('click', () => {
    const value = $('input').value;
    if (!(state.hiddenText && value === '')) {
      // A text changed in the textarea is the user's own (no longer the sample or the file).
      if (value !== state.text || !state.source) state.source = { kind: 'paste' };
      state.text = value;
    }
    updateSourceNote();
    analyze();
  });
  $('input').addEventListener('input', () => {
    state.hiddenText = false;
    // A long text that reached the textarea (typed in, dropped as text) is taken out at once,
    // before the browser lays it out.
    if ($('input').value.length > BIG_TEXT) setText($('input').value, { kind: 'paste' });
    else analyzeInputSoon();
  });
  $('input').addEventListener('paste', (e) => {
    const text = e.clipboardData?.getData('text/plain');
    if (text && text.length > BIG_TEXT) {
      e.preventDefault();
      setText(text, { kind: 'paste' });
    }
  });
  $('input').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) $('btn-analyze').click();
  });

  // A file dropped anywhere on the page is opened.
  const drop = document.body;
  drop.addEventListener('dragover', (e) => {
    if ([...(e.dataTransfer?.types || [])].includes('Files')) {
      e.preventDefault();
      document.body.classList.add('dragging');
      $('input-panel').open = true;
    }
  });
  drop.addEventListener('dragleave', (e) => {
    if (e.target === document.documentElement || e.relatedTarget === null) document.body.classList.remove('dragging');
  });
  drop.addEventListener('drop', (e) => {
    document.body.classList.remove('dragging');
    const file = e.dataTransfer?.files?.[0];
    if (file) {
      e.preventDefault();
      openFile(file);
    }
  });
}
