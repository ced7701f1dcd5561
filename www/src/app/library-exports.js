// The library's research exports, made in the worker (LIB_EXPORT: the core's CSV writer and JSON
// Lines, an issue at a time with progress, so a large library never freezes the page): the
// document × term matrix, the long table, all items as JSON Lines. File names state the issues
// and the analysis settings the issues were analysed with.
import { t } from './library-strings.js';
import { ToWorker } from '../lib/protocol.js';
import { $ } from './dom.js';
import { onLibraryProgress } from './worker-client.js';
import { download } from './exports.js';
import { ask, library, parseTerms } from './library-state.js';

/** The settings in a few words: 'HMM-引号词-最短2字' (+ POS filter, stopwords, user dictionary). */
export function settingsLabel(s) {
  if (!s) return '默认设置';
  const parts = [s.hmm === false ? '无HMM' : 'HMM'];
  if (s.quotedTerms !== false) parts.push('引号词');
  parts.push(`最短${s.minLen ?? 2}字`);
  if (s.pos?.length) parts.push(`词性${s.pos.join('')}`);
  if (s.stopwords?.trim()) parts.push('自定停用词');
  if (s.userDict?.trim()) parts.push('用户词典');
  return parts.join('-');
}

/** 'dubao-文库-矩阵-30期-2019-10-01至2019-10-31-HMM-引号词-最短2字.csv' */
function fileName(kind, ext) {
  const issues = library.issues;
  const dates = issues
    .map((s) => s.date)
    .filter(Boolean)
    .sort();
  const span = dates.length ? `${dates[0]}至${dates[dates.length - 1]}` : '';
  const labels = new Set(issues.map((s) => settingsLabel(s.settings)));
  const label = labels.size === 1 ? [...labels][0] : '混合设置';
  return ['dubao-文库', kind, `${issues.length}期`, span, label].filter(Boolean).join('-') + ext;
}

const KINDS = {
  matrix: { label: '矩阵', ext: '.csv', type: 'text/csv;charset=utf-8' },
  long: { label: '长表', ext: '.csv', type: 'text/csv;charset=utf-8' },
  jsonl: { label: '条目', ext: '.jsonl', type: 'application/x-ndjson;charset=utf-8' },
};

/** Exports `kind` ('matrix' | 'long' | 'jsonl'); resolves {name, text} (the text for the tests). */
export async function exportLibrary(kind) {
  if (!library.issues.length) return null;
  const note = $('lib-export-note');
  onLibraryProgress(({ done, total }) => (note.textContent = t('libExporting', { done, total })));
  const terms = parseTerms($('trend-terms').value);
  try {
    const { chunks } = await ask(ToWorker.LIB_EXPORT, { kind, terms });
    const k = KINDS[kind];
    const name = fileName(k.label, k.ext);
    download(name, new Blob(chunks, { type: k.type }));
    note.textContent = t('libExported', { name });
    return { name, chunks };
  } catch (e) {
    note.textContent = `${t('failed')}: ${e.message}`;
    return null;
  }
}

export function wireLibraryExports() {
  $('btn-lib-matrix').addEventListener('click', () => exportLibrary('matrix'));
  $('btn-lib-long').addEventListener('click', () => exportLibrary('long'));
  $('btn-lib-jsonl').addEventListener('click', () => exportLibrary('jsonl'));
}
