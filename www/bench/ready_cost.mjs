// Benchmark (not part of the page): what an addition to the single file costs the page's start,
// measured so that the VM's noise does not hide it. Two builds (e.g. with and without the PDF pack:
// `DUBAO_PDF=off node build.mjs without.html`) are opened from file:// in turn, in one headless
// Chromium, each load traced (CDP Tracing, devtools.timeline). Per build, medians and quartiles of:
// - ready and first contentful paint (ms since opening the file): what the user sees, noisy;
// - the main thread's busy time until ready (sum of its top-level tasks, wall and CPU time) and the
//   HTML parser's time (ParseHTML) until ready and in all: what an extra inlined text costs; the
//   CPU times are far less noisy than wall times on a shared machine;
// - ready's delivery lag: the page's readyAt minus the worker's ready mark (the main thread busy
//   when the worker says ready delays it);
// - the paired differences B − A of consecutive loads, and how many of the pairs B was slower in.
// Usage: node bench/ready_cost.mjs A.html B.html [loads]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, openPage, idle } from '../tests/browser.mjs';

const [aPath, bPath, loadsArg] = process.argv.slice(2);
if (!aPath || !bPath) {
  console.error('usage: node bench/ready_cost.mjs A.html B.html [loads]');
  process.exit(2);
}
const urls = { A: pathToFileURL(resolve(aPath)).href, B: pathToFileURL(resolve(bPath)).href };
const loads = Number(loadsArg || 20);
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'blink.user_timing'];

/** Loads `url` under a trace; returns the page's timings and the main thread's figures until ready. */
async function tracedLoad(page, cdp, url) {
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: CATEGORIES.join(','), transferMode: 'ReportEvents' });
  await page.goto(url);
  await page.waitForFunction(() => window.dubao?.timing.firstResultAt, null, {
    timeout: 30000,
  });
  await idle(page);
  const t = await page.evaluate(() => {
    const timing = window.dubao.timing;
    const nav = performance.getEntriesByType('navigation')[0];
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    return { ready: timing.readyAt, workerReady: timing.worker?.ready, paint, dcl: nav.domContentLoadedEventEnd };
  });
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  return { ...t, ...mainThread(events, url, t.ready) };
}

/** The renderer main thread of the load of `url`: busy time and ParseHTML time until `readyMs`. */
function mainThread(events, url, readyMs) {
  const starts = events.filter(
    (e) => e.name === 'navigationStart' && (e.args?.data?.documentLoaderURL ?? '').startsWith(url.slice(0, 40)),
  );
  const nav = starts[starts.length - 1];
  if (!nav) return { busy: null, cpu: null, parse: null, parseAll: null, parseCpu: null };
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === nav.pid && e.args?.name === 'CrRendererMain',
  );
  const onMain = events.filter((e) => e.pid === nav.pid && e.tid === main?.tid && e.ph === 'X' && e.ts >= nav.ts);
  const until = nav.ts + readyMs * 1000;
  // Time inside [nav, ready] of each event (a task running over ready counts up to ready), and its
  // thread (CPU) time, scaled the same way: CPU time is what the other builds on the VM do not stretch.
  const within = (e) => Math.max(0, Math.min(e.ts + (e.dur ?? 0), until) - e.ts) / 1000;
  const cpu = (e) => (e.dur ? ((e.tdur ?? e.dur) * within(e) * 1000) / e.dur / 1000 : 0);
  const sum = (xs, f) => xs.reduce((s, e) => s + f(e), 0);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ts < until);
  const parses = onMain.filter((e) => e.name === 'ParseHTML');
  return {
    busy: sum(tasks, within),
    cpu: sum(tasks, cpu),
    parseCpu: sum(parses, (e) => (e.tdur ?? e.dur ?? 0) / 1000),
    parse: sum(
      parses.filter((e) => e.ts < until),
      within,
    ),
    parseAll: sum(parses, (e) => (e.dur ?? 0) / 1000),
  };
}

const quart = (xs) => {
  const s = xs.filter((v) => v !== null && v !== undefined && !Number.isNaN(v)).sort((a, b) => a - b);
  if (!s.length) return '–';
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return `${q(0.5).toFixed(1)} [${q(0.25).toFixed(1)}–${q(0.75).toFixed(1)}]`;
};

const browser = await launch({});
try {
  const { page } = await openPage(browser.context, urls.B);
  await idle(page);
  const cdp = await browser.context.newCDPSession(page);
  const runs = { A: [], B: [] };
  for (let i = 0; i < loads; i++) {
    for (const which of i % 2 ? ['A', 'B'] : ['B', 'A']) runs[which].push(await tracedLoad(page, cdp, urls[which]));
  }
  const keys = {
    ready: 'ready',
    paint: 'first paint',
    busy: 'main thread busy until ready',
    cpu: 'main thread CPU until ready',
    parse: 'ParseHTML until ready',
    parseAll: 'ParseHTML in all',
    parseCpu: 'ParseHTML CPU in all',
    lag: 'ready delivery lag',
    dcl: 'DOMContentLoaded',
  };
  for (const r of [...runs.A, ...runs.B]) r.lag = r.workerReady === undefined ? null : r.ready - r.workerReady;
  console.log(`${loads} traced loads each, alternating; ms, median [quartiles]`);
  console.log(`A = ${aPath}\nB = ${bPath}`);
  for (const [key, label] of Object.entries(keys)) {
    const diffs = runs.A.map((a, k) => runs.B[k][key] - a[key]);
    const slower = diffs.filter((d) => d > 0).length;
    console.log(
      `${label.padEnd(30)} A ${quart(runs.A.map((r) => r[key])).padEnd(24)} B ${quart(runs.B.map((r) => r[key])).padEnd(24)} B−A paired ${quart(diffs).padEnd(24)} B slower in ${slower}/${loads}`,
    );
  }
  console.log(`blocked network requests: ${browser.blocked.length}`);
} finally {
  await browser.close();
}
