// The last session (text, source, settings, report) in IndexedDB, written and read by the worker so
// the page never clones a big text or report on its main thread. One record under one key, put in
// one transaction: a write that fails (quota) aborts and leaves the record saved before whole.

const DB = 'dubao';
const STORE = 'session';
const KEY = 'last';

let opening = null;

/** The database, opened once (null if IndexedDB is unavailable). */
function open() {
  opening ??= new Promise((resolve) => {
    try {
      const request = indexedDB.open(DB, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
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
const kind = (error) => (error?.name === 'QuotaExceededError' || /quota/i.test(error?.message) ? 'quota' : 'failed');

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
