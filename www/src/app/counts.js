// Where words occur and how often, asked of the core (worker `concordance`, `termCounts`): tokens
// of the analysis, the count the keywords use, so the heatmap, KWIC, the item's marks and the term
// matrix agree with the charts. Answers are kept per report (a new analysis is a new report).
import { requestConcordance, requestTermCounts } from './worker-client.js';
import { options } from './settings.js';

const caches = new WeakMap(); // report → Map(key → Promise)

function cached(report, key, ask) {
  let cache = caches.get(report);
  if (!cache) caches.set(report, (cache = new Map()));
  if (!cache.has(key)) {
    const answer = ask();
    cache.set(key, answer);
    answer.catch(() => cache.delete(key)); // asked again next time
  }
  return cache.get(key);
}

/** Token counts of `terms` in every item: a flat array, `counts[item * terms.length + term]`. */
export const termCounts = (report, terms) =>
  cached(report, `terms\u0000${terms.join('\u0000')}`, () =>
    requestTermCounts({ report, terms, options: options() }).reply.then((r) => r.counts),
  );

/** The core's concordance of `word`: in item `item` (its position) or, item null, every item;
 * at most `limit` lines: {word, total, counts: [{index, count}], lines: [{index, at, left, word, right}], truncated}. */
export const concordance = (report, word, item = null, limit = 500) =>
  cached(report, `kwic\u0000${item}\u0000${limit}\u0000${word}`, () =>
    requestConcordance({ report, words: [word], item, width: 15, limit, options: options() }).reply.then(
      (r) => r.results[0],
    ),
  );

/** Every occurrence in item `item` of each of `words`: [{at, word}] (UTF-16 offsets into its body).
 * One request for the words not asked before. */
export async function itemHits(report, item, words) {
  const key = (w) => `hits\u0000${item}\u0000${w}`;
  const cache = caches.get(report);
  const missing = words.filter((w) => !cache?.has(key(w)));
  if (missing.length) {
    const reply = requestConcordance({ report, words: missing, item, width: 0, limit: 1e6, options: options() }).reply;
    missing.forEach((w, i) =>
      cached(report, key(w), () => reply.then((r) => r.results[i].lines.map(({ at, word }) => ({ at, word })))),
    );
  }
  const lists = await Promise.all(words.map((w) => cached(report, key(w), () => Promise.resolve([]))));
  return lists.flat();
}
