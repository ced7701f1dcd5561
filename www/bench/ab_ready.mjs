// Benchmark (not part of the page): two builds of the page opened from file:// in turn, in one
// headless Chromium, so that both see the same machine load: ready time, first result on screen
// and the first analysis (the sample, in the worker), and first contentful paint, medians.
// Usage: node bench/ab_ready.mjs OLD.html NEW.html [loads]   (e.g. a page built from an older commit)
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, openPage, idle } from '../tests/browser.mjs';

const [oldPath, newPath, loadsArg] = process.argv.slice(2);
if (!oldPath || !newPath) {
  console.error('usage: node bench/ab_ready.mjs OLD.html NEW.html [loads]');
  process.exit(2);
}
const pages = { old: pathToFileURL(resolve(oldPath)).href, new: pathToFileURL(resolve(newPath)).href };
const loads = Number(loadsArg || 8);
const browser = await launch({});
try {
  const { page } = await openPage(browser.context, pages.new);
  await idle(page);
  const runs = { old: [], new: [] };
  for (let i = 0; i < loads; i++) {
    for (const which of i % 2 ? ['old', 'new'] : ['new', 'old']) {
      await page.goto(pages[which]);
      await page.waitForFunction(() => window.dubao?.timing.firstResultAt);
      runs[which].push(
        await page.evaluate(() => {
          const t = window.dubao.timing;
          const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
          return { ready: t.readyAt, result: t.firstResultAt, analyze: t.firstAnalyzeMs, paint };
        }),
      );
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`${loads} loads each, alternating; medians (ms since opening the file)`);
  for (const which of ['old', 'new']) {
    const r = runs[which];
    // A load that restored the last session shows it without analysing (no first analysis time).
    const m = (key) => {
      const values = r.map((x) => x[key]).filter((v) => v !== null && v !== undefined);
      return values.length ? median(values).toFixed(0) : '–';
    };
    console.log(
      `${which}  first paint ${m('paint')}  ready ${m('ready')}  first result on screen ${m('result')}  first analysis in worker ${m('analyze')}  (ready: ${r.map((x) => x.ready.toFixed(0)).join(' ')})`,
    );
  }
  console.log(`blocked network requests: ${browser.blocked.length}`);
} finally {
  await browser.close();
}
