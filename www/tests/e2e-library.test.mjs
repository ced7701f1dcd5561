// The library of issue 16, end to end in Debian's chromium from file:// (network blocked): the
// shared month of People's Daily (30 files of ../shared/eval, read in place, never copied) imported
// by the file input, still there after a reload; a trend chart of two terms, a point clicked lists
// its articles with KWIC lines; hot words and a comparison render; the matrix CSV read by Python's
// csv module has one row per item and one column per term. The page's trend figures equal the
// CLI's (`dubao trends … --format json`), and a term's articles on a day equal a count made from
// the gold `*_articles.jsonl`. Skipped with a message where the eval data is absent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, importToLibrary, PAGE, ROOT, SHOTS } from './browser.mjs';

const MONTH = '/work/shared/eval/peoples-daily/month-2019-10';
const CLI = join(ROOT, 'target/release/dubao');
const files = existsSync(MONTH)
  ? readdirSync(MONTH)
      .filter((f) => f.endsWith('_issue.txt'))
      .sort()
      .map((f) => join(MONTH, f))
  : [];
const skip = files.length === 30 ? false : `the shared month is not at ${MONTH} (internal evaluation data)`;
if (skip) console.log(`# e2e-library skipped: ${skip}`);

/** The newest change to the core's sources (the CLI and the page must both be built after it). */
const newestSource = () =>
  Math.max(
    ...readdirSync(join(ROOT, 'src'), { recursive: true })
      .filter((f) => f.endsWith('.rs'))
      .map((f) => statSync(join(ROOT, 'src', f)).mtimeMs),
  );

let browser;
let page;
let errors;

before(async () => {
  if (skip) return;
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch({ viewport: { width: 1366, height: 900 } });
  ({ page, errors } = await openPage(browser.context));
});
after(async () => browser?.close());

const html = () => page.evaluate(() => document.documentElement.dataset);

test('30 files imported by the file input are still the library after a reload', { skip }, async () => {
  await page.click('#tab-library');
  await importToLibrary(page, files, 30);
  assert.match(await page.textContent('#lib-status'), /已导入 30 期/);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 20000 });
  await page.waitForFunction(() => document.documentElement.dataset.libraryIssues === '30', null, { timeout: 30000 });
  const issues = await page.evaluate(() => window.dubao.library.issues.map((s) => [s.name, s.date, s.items]));
  assert.equal(issues.length, 30);
  assert.deepEqual(issues[0].slice(0, 2), ['20191001_issue.txt', '2019-10-01']);
  assert.ok(issues.every(([, date, items]) => /^2019-10-\d\d$/.test(date) && items > 10));
  assert.equal(await page.locator('#lib-table tbody tr').count(), 30);
});

test('a trend chart of two terms; a point clicked lists its articles with KWIC lines', { skip }, async () => {
  await page.click('#tab-library');
  await page.fill('#trend-terms', '国庆, 女排');
  await page.click('#trends-form button[type=submit]');
  await page.waitForFunction(() => Number(document.documentElement.dataset.trends) === 60);
  const series = await page.evaluate(() =>
    document.getElementById('trend-chart').dubaoChart.option.series.map((s) => [s.name, s.data.length]),
  );
  assert.deepEqual(series, [
    ['国庆', 30],
    ['女排', 30],
  ]);
  // A real click on the point of 国庆 on 2019-10-02 (where the chart drew it).
  const point = await page.evaluate(() => {
    const slot = document.getElementById('trend-chart').dubaoChart;
    const s = slot.option.series[0];
    const i = s.data.findIndex((d) => d.row.period === '2019-10-02');
    const [x, y] = slot.chart.convertToPixel({ seriesIndex: 0 }, s.data[i].value);
    return { x, y, articles: s.data[i].row.articles };
  });
  const box = await page.locator('#trend-chart').boundingBox();
  await page.mouse.click(box.x + point.x, box.y + point.y);
  await page.waitForFunction(() => document.documentElement.dataset.trendArticles !== undefined);
  assert.equal(Number((await html()).trendArticles), point.articles);
  assert.match(await page.textContent('#trend-articles-title'), /2019-10-02 · “国庆”/);
  assert.equal(await page.locator('#trend-article-list > li').count(), point.articles);
  const words = await page.locator('#trend-article-list .kwic-word').allTextContents();
  assert.ok(words.length >= point.articles && words.every((w) => w === '国庆'), words.join(','));
  await page.locator('.trends-card').screenshot({ path: join(SHOTS, 'library-trends.png') });
});

test("the page's trend figures for a term over the month equal the CLI's", { skip }, async (t) => {
  if (!existsSync(CLI)) return t.skip(`${CLI} is missing: cargo build --release`);
  // Built from other sources, the two split differently (another change to the splitter): that
  // compares builds, not the counting. scripts/test.sh builds both from one tree.
  const newest = newestSource();
  if (statSync(CLI).mtimeMs < newest || statSync(PAGE).mtimeMs < newest)
    return t.skip('the CLI or the page was built before the newest change under src/: rebuild both');
  const cli = JSON.parse(
    execFileSync(CLI, ['trends', ...files, '--terms', '国庆', '--by', 'day', '--format', 'json'], { encoding: 'utf8' }),
  );
  const rows = await page.evaluate(() => window.dubao.library.trends(['国庆'], 'day'));
  assert.equal(rows.length, 30);
  assert.deepEqual(rows, cli);
  const weeks = await page.evaluate(() => window.dubao.library.trends(['国庆+阅兵'], 'week'));
  const cliWeeks = JSON.parse(
    execFileSync(CLI, ['trends', ...files, '--terms', '国庆+阅兵', '--by', 'week', '--format', 'json'], {
      encoding: 'utf8',
    }),
  );
  assert.deepEqual(weeks, cliWeeks);
});

test("a term's articles on a day equal a count made from the gold articles", { skip }, async () => {
  // The gold: each article's text; an article uses a term if its text holds it. The page counts
  // its own split's items whose tokens include the term; for these terms and days the two agree.
  // (They need not agree in general: the splitter's items are not the gold's articles on every
  // day, and a substring is not a token: 新中国 is never one token, so it counts 0 articles.)
  const cases = [
    ['香港', '20191001'],
    ['女排', '20191003'],
    ['改革开放', '20191003'],
    ['习近平', '20191005'],
  ];
  for (const [term, day] of cases) {
    const gold = readFileSync(join(MONTH, `${day}_articles.jsonl`), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
      .filter((a) => a.text.includes(term)).length;
    const date = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}`;
    const rows = await page.evaluate(([w]) => window.dubao.library.trends([w], 'day'), [term]);
    const row = rows.find((r) => r.period === date);
    assert.equal(row.articles, gold, `${term} on ${date}: page ${row.articles}, gold ${gold}`);
  }
});

test('hot words and a comparison render', { skip }, async () => {
  await page.waitForFunction(() => Number(document.documentElement.dataset.hotWords) > 0);
  assert.match(await page.textContent('#hot-note'), /2019-W44 对比上一时段 2019-W43/);
  const first = await page.locator('#hot-table tbody tr').first().locator('td').allTextContents();
  assert.equal(first.length, 4);
  assert.ok(Number(first[3]) > 3.84, `G² ${first[3]}`); // above the 5 % critical value
  await page.selectOption('#compare-kind', 'issue');
  await page.selectOption('#compare-a', { index: 0 });
  await page.selectOption('#compare-b', { index: 29 });
  await page.click('#compare-form button[type=submit]');
  await page.waitForFunction(() => Number(document.documentElement.dataset.compare) > 0);
  for (const side of ['a', 'b', 'shared'])
    assert.ok((await page.locator(`.compare-col.${side} tbody tr`).count()) > 0, side);
  await page.locator('.hot-card').screenshot({ path: join(SHOTS, 'library-hot.png') });
  await page.locator('.compare-card').screenshot({ path: join(SHOTS, 'library-compare.png') });
  await page.locator('.lib-card').screenshot({ path: join(SHOTS, 'library-list.png') });
});

test('the matrix CSV opens in Python with one row per item and a column per term', { skip }, async () => {
  await page.fill('#trend-terms', '国庆, 女排'); // the matrix's terms are the trends'
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#btn-lib-matrix')]);
  const name = download.suggestedFilename();
  assert.match(name, /^dubao-文库-矩阵-30期-2019-10-01至2019-10-31-HMM-引号词-最短2字\.csv$/);
  const path = join(SHOTS, '..', 'library-matrix.csv');
  await download.saveAs(path);
  const items = await page.evaluate(() => window.dubao.library.issues.reduce((n, s) => n + s.items, 0));
  const python = `import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
print(len(rows) - 1, len(rows[0]), ",".join(rows[0][:7]), ",".join(rows[0][7:]))`;
  const [n, cols, head, terms] = execFileSync('python3', ['-c', python, path], { encoding: 'utf8' }).trim().split(' ');
  assert.equal(Number(n), items);
  assert.equal(Number(cols), 7 + 2);
  assert.equal(head, 'issue,paper,date,page,item,kind,title');
  assert.equal(terms, '国庆,女排');
  assert.deepEqual(errors, []);
});

test('the long table and the JSON Lines of all items', { skip }, async () => {
  const items = await page.evaluate(() => window.dubao.library.issues.reduce((n, s) => n + s.items, 0));
  const long = await page.evaluate(() => window.dubao.library.export('long'));
  const rows = long.chunks.join('').trimEnd().split('\r\n');
  assert.equal(rows[0], '\ufeffissue,paper,date,page,item,term,count');
  const trends = await page.evaluate(() => window.dubao.library.trends(['国庆', '女排'], 'day'));
  const used = trends.reduce((n, r) => n + r.articles, 0);
  assert.equal(rows.length - 1, used); // one row per item and term it uses
  const jsonl = await page.evaluate(() => window.dubao.library.export('jsonl'));
  const lines = jsonl.chunks.join('').trim().split('\n');
  assert.equal(lines.length, items);
  const first = JSON.parse(lines[0]);
  assert.equal(first.file, '20191001_issue.txt');
  assert.equal(first.date, '2019-10-01');
  assert.ok(typeof first.body === 'string' && first.body.length > 0);
});
