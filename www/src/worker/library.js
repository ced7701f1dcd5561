// The library in the worker: the core's DubaoLibrary (wasm: trends, articles, hot words, compare,
// exports) holding every issue's index, loaded once from IndexedDB (library-store.js), and the
// summaries the page lists. Handlers for the library's requests except import and export.
import { DubaoLibrary, version } from '../../pkg/dubao.js';
import { ToWorker } from '../lib/protocol.js';
import { itemPages } from '../lib/issue.js';
import { getAnalyzer } from './loader.js';
import * as store from './library-store.js';
import { keep } from './session.js';

let library = null; // DubaoLibrary
const summaries = new Map(); // id → summary
let loading = null;

/** The library, loaded from IndexedDB on first use (an unreadable store: an empty library). */
export function getLibrary() {
  loading ??= (async () => {
    library = new DubaoLibrary();
    const all = await store.loadAll().catch(() => []);
    for (const { summary, index } of all) {
      try {
        library.add(summary.id, summary.paper, summary.date, index.items, index.words, index.data);
        summaries.set(summary.id, summary);
      } catch {
        /* a damaged index: the issue is left out */
      }
    }
    return library;
  })();
  return loading;
}

/** Takes a saved issue into the loaded library. */
export function addLoaded(summary, index) {
  library.add(summary.id, summary.paper, summary.date, index.items, index.words, index.data);
  summaries.set(summary.id, summary);
}

/** The page label of each item ('' when the issue has no page headers). */
export const itemMetas = (report) =>
  itemPages(report).map((p, i) => ({
    title: report.items[i].title ?? '',
    kind: report.items[i].kind,
    page: p?.page ? String(p.page) : '',
  }));

/**
 * An issue of the library shown in the issue views and analysed again or edited by hand there (its
 * session's source is the library): its record, index and item count follow, in one transaction,
 * so the hand edits are the library's too. Resolves false if the issue is gone (or not saved).
 */
export async function saveFromSession(id, text, report, options, edited) {
  await getLibrary();
  const summary = summaries.get(id);
  if (!summary || !report) return false;
  const { words, data } = getAnalyzer().issue_index(report, options);
  const index = { items: itemMetas(report), words, data };
  const next = { ...summary, items: report.items.length, edited, version: version() };
  try {
    await store.putIssue(next, { text, report, edited }, index);
  } catch {
    return false; // the record saved before stays whole
  }
  addLoaded(next, index);
  return true;
}

/** The summaries by date, then name. */
export const listed = () =>
  [...summaries.values()].sort((a, b) => (a.date ?? '9').localeCompare(b.date ?? '9') || a.name.localeCompare(b.name));

const summaryOf = (id) => {
  const s = summaries.get(id);
  if (!s) throw Object.assign(new Error('no such issue'), { code: 'missing' });
  return s;
};

/** The issue ids a selection names: {kind: 'issue', id} | {kind: 'period', by, period} | {kind: 'paper', paper}. */
function idsOf(selection) {
  if (selection?.kind === 'issue') return [selection.id];
  if (selection?.kind === 'period') return library.ids_in(selection.period, selection.by);
  if (selection?.kind === 'paper')
    return listed()
      .filter((s) => (s.paper ?? '') === selection.paper)
      .map((s) => s.id);
  return [];
}

/** Each term's (or group's) KWIC lines in one item of `report`. */
function itemLines(report, term, item, options) {
  const analyzer = getAnalyzer();
  return term
    .split('+')
    .map((w) => w.trim())
    .filter(Boolean)
    .flatMap((w) => analyzer.concordance(report, w, item, 18, 5, options).lines);
}

export const libraryHandlers = {
  async [ToWorker.LIB_LIST]() {
    await getLibrary();
    return { issues: listed(), usage: await store.estimate() };
  },
  // A new name, paper or date (a hand correction): the summary is saved, the core's copy follows.
  async [ToWorker.LIB_UPDATE]({ issue, name, paper, date }) {
    await getLibrary();
    const summary = { ...summaryOf(issue), name, paper: paper || null, date: date || null, unsure: !date };
    await store.putSummary(summary);
    summaries.set(issue, summary);
    library.set_meta(issue, summary.paper, summary.date);
    return { issues: listed() };
  },
  async [ToWorker.LIB_DELETE]({ ids }) {
    await getLibrary();
    await store.deleteIssues(ids);
    for (const id of ids) {
      summaries.delete(id);
      library.remove(id);
    }
    return { issues: listed(), usage: await store.estimate() };
  },
  async [ToWorker.LIB_CLEAR]() {
    await getLibrary();
    await store.clearIssues();
    summaries.clear();
    library.clear();
    return { issues: [], usage: await store.estimate() };
  },
  // An issue opened in the single-issue view: it becomes the worker's session (as RESTORE's).
  async [ToWorker.LIB_OPEN]({ issue }) {
    await getLibrary();
    const summary = summaryOf(issue);
    const data = await store.getData(issue);
    if (!data) throw Object.assign(new Error('no such issue'), { code: 'missing' });
    const source = { kind: 'library', id: issue, name: summary.name };
    const sameCore = summary.version === version();
    const report = sameCore ? data.report : null;
    const edited = sameCore && data.edited === true;
    const rev = keep({ text: data.text, report, source, settings: summary.settings, edited });
    const meta = { paper: summary.paper, date: summary.date }; // as dated by hand, if it was
    return { record: { rev, text: data.text, report, source, settings: summary.settings, edited, meta } };
  },
  async [ToWorker.LIB_TRENDS]({ terms, by }) {
    await getLibrary();
    return { rows: library.trends(terms, by), periods: library.periods(by) };
  },
  // The articles behind a point, with their KWIC lines (the first `limit` articles).
  async [ToWorker.LIB_ARTICLES]({ term, period, by, options, limit = 40 }) {
    await getLibrary();
    const articles = library.articles(term, period, by);
    let data = null;
    for (const [n, a] of articles.entries()) {
      if (n >= limit) break;
      if (data?.id !== a.id) data = { id: a.id, ...(await store.getData(a.id)) };
      a.lines = data.report ? itemLines(data.report, term, a.item, options) : [];
    }
    return { articles, term, period };
  },
  async [ToWorker.LIB_HOT]({ by, period, minCount = 5, top = 30 }) {
    await getLibrary();
    return { hot: library.hot_words(by, period ?? undefined, minCount, top), periods: library.periods(by) };
  },
  async [ToWorker.LIB_COMPARE]({ a, b, top = 30, minCount = 5 }) {
    await getLibrary();
    const [idsA, idsB] = [idsOf(a), idsOf(b)];
    return { comparison: library.compare(idsA, idsB, top, minCount), issuesA: idsA.length, issuesB: idsB.length };
  },
};
