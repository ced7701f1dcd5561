// Small timing helpers (no DOM).

/** Calls `fn` `ms` after the last of a burst of calls, with that call's arguments. */
export function debounce(fn, ms) {
  let timer = 0;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/** Runs `fn` and records its duration as a performance measure `dubao:<name>` (seen in DevTools and tests). */
export function timed(name, fn) {
  const t0 = performance.now();
  const r = fn();
  performance.measure(`dubao:${name}`, { start: t0, end: performance.now() });
  return r;
}
