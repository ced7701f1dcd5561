// The library's own handling, end to end in chromium from file:// with the bundled sample only
// (no eval data needed): a .zip imported (its .txt entries; other files skipped), paper and date
// from the file name by the core's rule, an undated issue marked and dated by hand; an issue opened
// in the issue views and edited by hand (merge) keeps its edit in the library across a reload;
// delete and clear.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { launch, openPage, idle, ROOT } from './browser.mjs';

const sample = readFileSync(join(ROOT, 'samples/pinghu-2023-02-09.txt'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'dubao-zip-'));
const zip = join(dir, 'issues.zip');
writeFileSync(
  zip,
  zipSync({
    'issues/pinghu-2023-02-09.txt': strToU8(sample),
    'issues/notes.txt': strToU8(sample),
    'issues/readme.md': strToU8('# not an issue'),
  }),
);

let browser;
let page;
let errors;
before(async () => {
  browser = await launch({ viewport: { width: 1366, height: 900 } });
  ({ page, errors } = await openPage(browser.context));
});
after(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

const issues = () => page.evaluate(() => window.dubao.library.issues.map((s) => ({ ...s })));
const waitIssues = (n) =>
  page.waitForFunction((k) => document.documentElement.dataset.libraryIssues === String(k), n, { timeout: 30000 });

/** Opens an issue of the library (its 打开 button) in the issue views and waits for it. */
async function openFromLibrary(name) {
  await page.locator('#lib-table tr', { hasText: name }).getByRole('button', { name: '打开' }).click();
  await page.waitForFunction(() => window.dubao.state.source?.kind === 'library');
  await idle(page);
}

test('a .zip imports its .txt entries; paper and date from the file name; an undated one is marked', async () => {
  await page.click('#tab-library');
  await page.setInputFiles('#lib-input', zip);
  await waitIssues(2);
  await page.waitForFunction(() => document.documentElement.dataset.libraryBusy === 'false');
  const [first, second] = await issues();
  assert.deepEqual(
    [first.name, first.paper, first.date, first.items],
    ['pinghu-2023-02-09.txt', '平湖日报', '2023-02-09', 8],
  );
  assert.equal(first.zip, 'issues.zip');
  assert.deepEqual([second.name, second.date, second.unsure], ['notes.txt', null, true]);
  assert.equal(await page.locator('#lib-table tr.unsure').count(), 1);
  // Dated and named by hand.
  const row = page.locator('#lib-table tr', { hasText: 'notes.txt' });
  await row.locator('input[type=text]').fill('平湖日报');
  await row.locator('input[type=date]').fill('2023-02-10');
  await row.locator('input[type=date]').dispatchEvent('change');
  await page.waitForFunction(() => window.dubao.library.issues.some((s) => s.date === '2023-02-10'));
  assert.equal(await page.locator('#lib-table tr.unsure').count(), 0);
});

test('an issue opened and edited by hand keeps its edit in the library after a reload', async () => {
  await openFromLibrary('pinghu-2023-02-09.txt');
  assert.equal(await page.locator('.item-row').count(), 8);
  await page.click('.item-row >> nth=0');
  await page.click('#btn-merge');
  await page.waitForFunction(() => document.querySelectorAll('.item-row').length === 7);
  await idle(page);
  await page.waitForFunction(() => window.dubao.library.issues.find((s) => s.date === '2023-02-09')?.items === 7);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await waitIssues(2);
  const list = await issues();
  assert.deepEqual(
    list.map((s) => [s.name, s.paper, s.date, s.items]),
    [
      ['pinghu-2023-02-09.txt', '平湖日报', '2023-02-09', 7],
      ['notes.txt', '平湖日报', '2023-02-10', 8],
    ],
  );
  // Opened again from the library: the hand-made split, as edited.
  await page.click('#tab-library');
  await openFromLibrary('pinghu-2023-02-09.txt');
  assert.equal(await page.locator('.item-row').count(), 7);
  assert.equal(await page.isVisible('#edited-note'), true);
  // The trends count the edited split: 7 articles on the 9th, 8 on the 10th.
  const rows = await page.evaluate(() => window.dubao.library.trends(['平湖'], 'day'));
  assert.deepEqual(
    rows.map((r) => [r.period, r.total_articles]),
    [
      ['2023-02-09', 7],
      ['2023-02-10', 8],
    ],
  );
});

test('delete one issue, then clear the library (both asked first)', async () => {
  await page.click('#tab-library');
  await page.locator('#lib-table tr', { hasText: 'notes.txt' }).getByRole('button', { name: '删除' }).click();
  await page.click('#confirm-ok');
  await waitIssues(1);
  await page.click('#btn-lib-clear');
  await page.click('#confirm-ok');
  await waitIssues(0);
  assert.match(await page.textContent('#lib-table'), /文库还是空的/);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await waitIssues(0);
  assert.deepEqual(errors, []);
});

test('a full store stops the import with a Chinese message and leaves no issue half-saved', async () => {
  // A fresh profile (the quota is read when the origin's storage is first used) with 1 MB of quota
  // for file:// (Chromium's DevTools protocol); each issue here is about 0.35 MB saved.
  const fresh = await launch();
  const { page } = await openPage(fresh.context);
  const issues = () => page.evaluate(() => window.dubao.library.issues.map((s) => ({ ...s })));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: 'file://', quotaSize: 1024 * 1024 });
  const big = Array.from({ length: 40 }, () => sample).join('\n\n');
  const files = Array.from({ length: 5 }, (_, i) => ({
    name: `big-2023-03-0${i + 1}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(big),
  }));
  await page.click('#tab-library');
  await page.setInputFiles('#lib-input', files);
  await page.waitForFunction(() => document.documentElement.dataset.libraryBusy === 'false', null, { timeout: 60000 });
  const saved = (await issues()).length;
  assert.ok(saved >= 1 && saved < 5, `${saved} issues saved`);
  assert.match(await page.textContent('#lib-status'), new RegExp(`存储空间已满.*已保存的 ${saved} 期完整保留`));
  assert.equal(await page.getAttribute('#lib-status', 'data-kind'), 'error');
  // Every store holds exactly the issues listed: the one that failed left nothing.
  const counts = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const request = indexedDB.open('dubao');
        request.onsuccess = () => {
          const tx = request.result.transaction(['issues', 'texts', 'indexes']);
          const out = {};
          for (const name of ['issues', 'texts', 'indexes'])
            tx.objectStore(name).count().onsuccess = (e) => (out[name] = e.target.result);
          tx.oncomplete = () => {
            request.result.close();
            resolve(out);
          };
        };
      }),
  );
  assert.deepEqual(counts, { issues: saved, texts: saved, indexes: saved });
  await fresh.close();
});
