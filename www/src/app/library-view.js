// The library's list (issues with paper and date, editable; open, delete, clear; the space used)
// and importing many files or a .zip into it (the worker decodes, reads paper and date, analyses,
// indexes and saves each issue in one transaction, with progress).
import { t } from './library-strings.js';
import { ToWorker } from '../lib/protocol.js';
import { $, el } from './dom.js';
import { settings, options } from './settings.js';
import { onLibraryProgress } from './worker-client.js';
import { confirmAction } from './confirm.js';
import { actions } from './actions.js';
import { ask, library, loadLibrary, onLibrary, setLibrary } from './library-state.js';

const mb = (bytes) => `${(bytes / 1048576).toFixed(bytes < 10485760 ? 1 : 0)} MB`;
const say = (text, kind = '') => {
  $('lib-status').textContent = text;
  $('lib-status').dataset.kind = kind;
};

function render() {
  const { issues, usage } = library;
  const items = issues.reduce((n, s) => n + s.items, 0);
  $('lib-summary').textContent = issues.length ? t('libSummary', { n: issues.length, items }) : '';
  $('lib-usage').textContent = usage?.quota ? t('libUsage', { used: mb(usage.usage), quota: mb(usage.quota) }) : '';
  $('btn-lib-clear').disabled = !issues.length;
  const table = $('lib-table');
  document.documentElement.dataset.libraryIssues = String(issues.length);
  if (!issues.length) {
    table.replaceChildren(el('caption', { class: 'muted', text: t('libEmpty') }));
    table.dataset.ids = '';
    return;
  }
  // The same issues in the same order (a paper or date saved): the rows stay, so an input being
  // edited keeps its focus and value; only their marks follow.
  const ids = issues.map((s) => `${s.id}\u0000${s.items}`).join('\n');
  if (table.dataset.ids === ids) {
    for (const [i, tr] of [...table.querySelectorAll('tbody tr')].entries()) mark(tr, issues[i]);
    return;
  }
  table.dataset.ids = ids;
  const cols = ['col_name', 'col_paper', 'col_date', 'col_items', 'col_actions'];
  const head = el('tr', {}, ...cols.map((k) => el('th', { text: t(k) })));
  table.replaceChildren(el('thead', {}, head), el('tbody', {}, ...issues.map(row)));
}

/** An issue whose paper or date was not found is marked until it is set by hand. */
function mark(tr, s) {
  tr.className = s.unsure ? 'unsure' : '';
  tr.title = s.unsure ? t('libUnsure') : '';
}

function row(s) {
  const update = () => save(s, paper.value.trim(), date.value);
  const paper = el('input', {
    type: 'text',
    value: s.paper ?? '',
    size: '8',
    placeholder: t('libNoPaper'),
    'aria-label': t('col_paper'),
    onchange: update,
  });
  const date = el('input', { type: 'date', value: s.date ?? '', 'aria-label': t('col_date'), onchange: update });
  const tr = el(
    'tr',
    { dataset: { id: s.id } },
    el('td', { class: 'name', text: s.zip ? `${s.zip} › ${s.name}` : s.name }),
    el('td', {}, paper),
    el('td', {}, date),
    el('td', { class: 'num', text: String(s.items) }),
    el(
      'td',
      { class: 'lib-actions' },
      el('button', { type: 'button', class: 'mini', text: t('libOpen'), onclick: () => open(s) }),
      el('button', { type: 'button', class: 'mini', text: t('libDelete'), onclick: () => remove(s) }),
    ),
  );
  mark(tr, s);
  return tr;
}

async function save(s, paper, date) {
  try {
    setLibrary(await ask(ToWorker.LIB_UPDATE, { issue: s.id, name: s.name, paper, date }));
    say(`${s.name}: ${t('libSaved')}`);
  } catch (e) {
    fail(e);
  }
}

async function open(s) {
  try {
    const { record } = await ask(ToWorker.LIB_OPEN, { issue: s.id });
    actions.openRecord(record);
  } catch (e) {
    fail(e);
  }
}

async function remove(s) {
  if (
    !(await confirmAction({
      title: t('libConfirmDelete'),
      body: t('libConfirmDeleteBody', { name: s.name }),
      ok: t('libDelete'),
    }))
  )
    return;
  try {
    setLibrary(await ask(ToWorker.LIB_DELETE, { ids: [s.id] }));
  } catch (e) {
    fail(e);
  }
}

async function clear() {
  const n = library.issues.length;
  if (!(await confirmAction({ title: t('libConfirmClear'), body: t('libConfirmClearBody', { n }), ok: t('libClear') })))
    return;
  try {
    setLibrary(await ask(ToWorker.LIB_CLEAR));
    say('');
  } catch (e) {
    fail(e);
  }
}

/** A storage error in the user's words. */
function fail(e) {
  if (e.code === 'quota') say(t('libQuota', { n: library.issues.length }), 'error');
  else if (e.code === 'unavailable') say(t('libUnavailable'), 'error');
  else say(`${t('failed')}: ${e.message}`, 'error');
}

/** Imports files (and .zip files) into the library; resolves when all are saved. */
export async function importFiles(files) {
  if (!files.length) return;
  document.documentElement.dataset.libraryBusy = 'true';
  say(t('libImporting', { done: 0, total: files.length, name: files[0].name }), 'busy');
  onLibraryProgress(({ done, total, name }) => {
    if (done < total) say(t('libImporting', { done: done + 1, total, name }), 'busy');
  });
  try {
    const answer = await ask(ToWorker.LIB_IMPORT, {
      files: [...files],
      options: options(),
      userDict: settings.userDict,
      settings: { ...settings },
    });
    setLibrary(answer);
    library.lastImport = { ms: answer.ms, stages: answer.stages }; // for the benchmark
    let text = t('libImported', { n: answer.added, s: (answer.ms / 1000).toFixed(1) });
    if (answer.failed.length) {
      const known = (f) => ['binary', 'pdf', 'undecodable'].includes(f.code);
      const list = answer.failed.map((f) => `${f.name}（${known(f) ? t(`file_${f.code}`) : f.message}）`).join('；');
      text += `。${t('libFailed', { n: answer.failed.length, list })}`;
    }
    if (answer.stopped) return fail({ code: answer.stopped });
    say(text, answer.failed.length ? 'warn' : 'ok');
  } catch (e) {
    if (e.code === 'zip') say(t('libZipError', { msg: e.message }), 'error');
    else fail(e);
  } finally {
    document.documentElement.dataset.libraryBusy = 'false';
  }
}

export function wireLibrary() {
  onLibrary(render);
  $('btn-lib-import').addEventListener('click', () => $('lib-input').click());
  $('lib-input').addEventListener('change', (e) => {
    importFiles(e.target.files);
    e.target.value = '';
  });
  $('btn-lib-clear').addEventListener('click', clear);
  const view = $('view-library');
  view.addEventListener('dragover', (e) => {
    if ([...(e.dataTransfer?.types || [])].includes('Files')) {
      e.preventDefault();
      e.stopPropagation();
    }
  });
  view.addEventListener('drop', (e) => {
    if (!e.dataTransfer?.files?.length) return;
    e.preventDefault();
    e.stopPropagation();
    importFiles(e.dataTransfer.files);
  });
  loadLibrary().catch(fail);
}
