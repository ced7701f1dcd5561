// The library of issues in IndexedDB (the session's database, persist.js): per issue a summary
// (`issues`: id, name, paper, date, items …), its text and report (`texts`) and its token index
// (`indexes`: items' titles/pages, words, data). An issue is written in ONE transaction over the
// three stores: a write that fails (quota) aborts whole, and nothing of that issue is left.
import { kind, LIBRARY_STORES, open } from './persist.js';

const [ISSUES, TEXTS, INDEXES] = LIBRARY_STORES;

/** An error for the page: `code` 'quota' | 'failed' | 'unavailable'. */
const failure = (error) => Object.assign(new Error(String(error?.message || error)), { code: kind(error) });

async function db() {
  const handle = await open();
  if (!handle) throw Object.assign(new Error('IndexedDB'), { code: 'unavailable' });
  return handle;
}

/** Runs `work(stores)` in one readwrite transaction over `names`; resolves when it is committed. */
async function write(names, work) {
  const handle = await db();
  return new Promise((resolve, reject) => {
    let tx;
    try {
      tx = handle.transaction(names, 'readwrite', { durability: 'strict' });
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(failure(tx.error));
      work(Object.fromEntries(names.map((n) => [n, tx.objectStore(n)])));
    } catch (e) {
      try {
        tx?.abort();
      } catch {
        /* already finished */
      }
      reject(failure(e));
    }
  });
}

/** Resolves a request's result (or rejects). */
const done = (request) =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(failure(request.error));
  });

/** Saves an issue whole: its summary, {text, report} and index, in one transaction. */
export const putIssue = (summary, data, index) =>
  write(LIBRARY_STORES, (s) => {
    s[ISSUES].put(summary, summary.id);
    s[TEXTS].put(data, summary.id);
    s[INDEXES].put(index, summary.id);
  });

/** Replaces an issue's summary (a new name, paper or date). */
export const putSummary = (summary) => write([ISSUES], (s) => s[ISSUES].put(summary, summary.id));

/** Deletes issues whole. */
export const deleteIssues = (ids) =>
  write(LIBRARY_STORES, (s) => {
    for (const id of ids) for (const name of LIBRARY_STORES) s[name].delete(id);
  });

/** Deletes every issue. */
export const clearIssues = () => write(LIBRARY_STORES, (s) => LIBRARY_STORES.forEach((n) => s[n].clear()));

/** Every issue's summary and index (the library loaded on start): [{summary, index}]. */
export async function loadAll() {
  const handle = await db();
  const tx = handle.transaction([ISSUES, INDEXES], 'readonly');
  const [summaries, indexes, keys] = await Promise.all([
    done(tx.objectStore(ISSUES).getAll()),
    done(tx.objectStore(INDEXES).getAll()),
    done(tx.objectStore(INDEXES).getAllKeys()),
  ]);
  const byId = new Map(keys.map((k, i) => [k, indexes[i]]));
  return summaries.filter((s) => byId.has(s.id)).map((summary) => ({ summary, index: byId.get(summary.id) }));
}

/** An issue's {text, report}, or null. */
export async function getData(id) {
  const handle = await db();
  return (await done(handle.transaction(TEXTS, 'readonly').objectStore(TEXTS).get(id))) ?? null;
}

/** The space used and the quota ({usage, quota} in bytes), or null where the browser does not say. */
export async function estimate() {
  try {
    const { usage, quota } = await navigator.storage.estimate();
    return { usage, quota };
  } catch {
    return null;
  }
}
