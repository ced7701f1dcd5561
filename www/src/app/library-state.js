// The library as the page knows it: the issues' summaries (the worker holds their indexes and
// reports) and the space used; views subscribe to changes (library-view, trends, hot words, compare).
import { ToWorker } from '../lib/protocol.js';
import { readyPromise, requestLibrary } from './worker-client.js';

export const library = { issues: [], usage: null, loaded: false };
const listeners = new Set();

/** `f(library)` after every change. */
export const onLibrary = (f) => listeners.add(f);

/** Takes a library answer ({issues, usage?}) and tells the views. */
export function setLibrary({ issues, usage }) {
  library.issues = issues ?? library.issues;
  if (usage !== undefined) library.usage = usage;
  library.loaded = true;
  for (const f of listeners) f(library);
}

/** A library request after ready → its RESULT (rejects with the ERROR's message and code). */
export async function ask(type, payload) {
  await readyPromise;
  return requestLibrary(type, payload).reply;
}

/** Loads the list from the worker (IndexedDB). */
export const loadLibrary = async () => setLibrary(await ask(ToWorker.LIB_LIST));

/** The issues' papers, without repeats. */
export const papers = () => [...new Set(library.issues.map((s) => s.paper ?? ''))].filter(Boolean);

/** The terms typed: split at commas, Chinese commas, semicolons or spaces; groups keep their '+'. */
export const parseTerms = (text) =>
  [
    ...new Set(
      String(text)
        .replace(/\s*\+\s*/g, '+')
        .split(/[,，、;；\s]+/)
        .map((s) => s.replace(/^\++|\++$/g, ''))
        .filter(Boolean),
    ),
  ].slice(0, 8);
