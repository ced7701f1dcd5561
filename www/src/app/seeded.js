// The word cloud's layout (echarts-wordcloud) draws on Math.random; run with a generator seeded
// from the words, the same words are laid out the same way on every load (and in the exports).
// Math.random is replaced only while the layout runs (the call that starts it and the timers it
// sets) and restored after.

/** mulberry32: a small, fast 32-bit generator; numbers in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from words (FNV-1a over their text). */
export function seedOf(words) {
  let h = 0x811c9dc5;
  for (const ch of words.join('\u0000')) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Runs `fn` with Math.random drawn from a generator seeded with `seed`, as are the timers `fn`
 * sets (the cloud lays its words out in one); returns what `fn` returns. */
export function withSeed(seed, fn) {
  const random = mulberry32(seed);
  const seeded = (run) =>
    function (...args) {
      const before = Math.random;
      Math.random = random;
      try {
        return run.apply(this, args);
      } finally {
        Math.random = before;
      }
    };
  const setTimer = window.setTimeout;
  window.setTimeout = (cb, ms, ...rest) => setTimer(typeof cb === 'function' ? seeded(cb) : cb, ms, ...rest);
  try {
    return seeded(fn)();
  } finally {
    window.setTimeout = setTimer;
  }
}
