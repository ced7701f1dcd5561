// The month imported into the page's library and analysed (issue 16's speed goal: ≤ 3 s, no
// main-thread task over 100 ms): the 30 files of ../shared/eval's October 2019 given to the file
// input, time until the library says done (and the worker's own time), and the longest main-thread
// task meanwhile (PerformanceObserver 'longtask'). A benchmark that prints figures, not a test.
// Usage: node bench/library_bench.mjs [runs]   (DUBAO_PAGE=… for another build)
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, importToLibrary, watchLongTasks, PAGE } from '../tests/browser.mjs';

const MONTH = '/work/shared/eval/peoples-daily/month-2019-10';
if (!existsSync(MONTH)) {
  console.log(`library_bench: ${MONTH} is missing (internal evaluation data); nothing measured`);
  process.exit(0);
}
const files = readdirSync(MONTH)
  .filter((f) => f.endsWith('_issue.txt'))
  .sort()
  .map((f) => join(MONTH, f));
const runs = Number(process.argv[2] || 2);

console.log(`page: ${PAGE}\n${files.length} files, one fresh browser profile per run`);
for (let run = 1; run <= runs; run++) {
  const browser = await launch({ viewport: { width: 1366, height: 900 } });
  const { page } = await openPage(browser.context);
  await watchLongTasks(page);
  await page.waitForFunction(() => document.documentElement.dataset.busy === 'false', null, { timeout: 60000 });
  await page.click('#tab-library');
  await page.waitForTimeout(500); // the sample's analysis and the library's first list are done
  const start = await page.evaluate(() => performance.now());
  await importToLibrary(page, files, 30, 300000);
  const end = await page.evaluate(() => performance.now());
  const status = await page.textContent('#lib-status');
  const { stages } = await page.evaluate(() => window.dubao.library.lastImport);
  const worker = Object.entries(stages)
    .map(([k, v]) => `${k} ${Math.round(v)}`)
    .join(', ');
  const long = await page.evaluate(([s, e]) => window.__long.filter((t) => t.start >= s && t.start <= e), [start, end]);
  const longest = long.reduce((m, t) => Math.max(m, t.ms), 0);
  console.log(
    `run ${run}: done in ${((end - start) / 1000).toFixed(2)} s (page clock, file input to list) · ${status} · ` +
      `main-thread tasks over 50 ms: ${long.length}, longest ${longest.toFixed(0)} ms · worker ms: ${worker}`,
  );
  await browser.close();
}
