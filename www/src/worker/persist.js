// The last session (text, source, settings, report) in IndexedDB, written and read by the worker so
// the page never clones a big text or report on its main thread. One record under one key, put in
// one transaction: a write that fails (quota) aborts and leaves the record saved before whole.
// The same database holds the library of issues (library-store.js; version 2 added its stores).

const DB = 'dubao';
const STORE = 'session';
const KEY = 'last';

let opening = null;

/** The library's stores (library-store.js): issue summaries, their texts and reports, their indexes. */
export const LIBRARY_STORES = ['issues', 'texts', 'indexes'];

/** The database, opened once (null if IndexedDB is unavailable). */
export function open() {
  opening ??= new Promise((resolve) => {
    try {
      const request = indexedDB.open(DB, 2);
      request.onupgradeneeded = () => {
        const db = request.result;
        for (const name of [STORE, ...LIBRARY_STORES])
          if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
      request.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
  return opening;
}

/** The error's kind for the page: 'quota' (storage full) or 'failed'. */
export const kind = (error) =>
  error?.name === 'QuotaExceededError' || /quota/i.test(error?.message) ? 'quota' : 'failed';

/** Writes `record` in one transaction; resolves {ok} or {ok: false, code, message}, never rejects. */
export async function save(record) {
  const db = await open();
  if (!db) return { ok: false, code: 'unavailable', message: 'IndexedDB' };
  return new Promise((resolve) => {
    let tx;
    const fail = (error) => resolve({ ok: false, code: kind(error), message: String(error?.message || error) });
    try {
      tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
      tx.oncomplete = () => resolve({ ok: true });
      tx.onabort = () => fail(tx.error);
      tx.objectStore(STORE).put(record, KEY);
    } catch (e) {
      try {
        tx?.abort();
      } catch {
        /* already finished */
      }
      fail(e);
    }
  });
}

/** The record saved last, or null (none, unreadable, or IndexedDB unavailable). */
export async function load() {
  const db = await open();
  if (!db) return null;
  return new Promise((resolve) => {
    try {
      const request = db.transaction(STORE, 'readonly').objectStore(STORE).get(KEY);
      request.onsuccess = () => resolve(request.result ?? null);
      request.onerror = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}
