// The library's research exports, built in the worker by the core (one CSV writer, the CLI's JSON
// Lines): the document × term matrix, the long table, all items as JSON Lines (an issue at a
// time, LIB_PROGRESS after each). The answer is the file's text in parts (the page makes a Blob).
import { items_json_lines } from '../../pkg/dubao.js';
import { FromWorker, ToWorker } from '../lib/protocol.js';
import * as store from './library-store.js';
import { getLibrary, listed } from './library.js';

/** Terms for the tables when the page names none: the words most articles use. */
const TOP_WORDS = 100;

export const exportHandlers = {
  async [ToWorker.LIB_EXPORT]({ id, kind, terms }) {
    const library = await getLibrary();
    const chosen = terms?.length ? terms : library.top_words(TOP_WORDS);
    if (kind === 'matrix') return { chunks: [library.matrix_csv(chosen)], terms: chosen };
    if (kind === 'long') return { chunks: [library.long_csv(chosen)], terms: chosen };
    if (kind !== 'jsonl') throw new Error(`unknown export: ${kind}`);
    const issues = listed();
    const parts = [];
    for (const [n, s] of issues.entries()) {
      postMessage({ type: FromWorker.LIB_PROGRESS, id, done: n, total: issues.length, name: s.name });
      const data = await store.getData(s.id);
      if (data?.report) parts.push(items_json_lines(data.report, s.name, s.paper, s.date));
    }
    postMessage({ type: FromWorker.LIB_PROGRESS, id, done: issues.length, total: issues.length, name: '' });
    return { chunks: parts, terms: [] };
  },
};
