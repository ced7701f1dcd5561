// The research views of issue 14, end to end in Debian's chromium from file:// (network blocked):
// one counting rule (the core's tokens) in the heatmap, the bars and KWIC; weightings shown as
// such; every item in the heatmap, numbered and paged; KWIC by item and hits opened in place;
// export names, captions, the term matrix; SVG exports that parse. Screenshots (1366×900) go to
// out/screenshots/research-*.png. The pure helpers behind them are tested first, in node.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  launch,
  openPage,
  idle,
  loadSample,
  ROOT,
  SHOTS,
  openSettingsDialog,
  closeSettingsDialog,
} from './browser.mjs';
import { pageHeader, itemPages, fileStem } from '../src/lib/issue.js';
import { formatWeight } from '../src/lib/text.js';

const sample = readFileSync(join(ROOT, 'samples/pinghu-2023-02-09.txt'), 'utf8');
const gold = JSON.parse(readFileSync(join(ROOT, 'samples/pinghu-2023-02-09.gold.json'), 'utf8'));
/** Twelve pages of the sample, each under a page header: 96 items. */
const twelvePages = Array.from(
  { length: 12 },
  (_, p) => `平湖日报 2023年2月9日 星期四 第${String(p + 1).padStart(2, '0')}版 要闻\n责任编辑：张三\n\n${sample}\n\n`,
).join('');
mkdirSync(SHOTS, { recursive: true });

// ---------------------------------------------------------------- pure helpers (node)

test('page headers: page, section, paper and date; furniture that is no header is not one', () => {
  assert.deepEqual(pageHeader('2020年2月10日 星期一 第1版 要闻'), {
    page: 1,
    section: '要闻',
    paper: null,
    date: '2020-02-10',
  });
  assert.deepEqual(pageHeader('要闻 2020年2月10日 星期一 2'), {
    page: 2,
    section: '要闻',
    paper: null,
    date: '2020-02-10',
  });
  assert.equal(pageHeader('人民日报 2020年2月10日 星期一 第04版').paper, '人民日报');
  assert.equal(pageHeader('02版').page, 2);
  assert.equal(pageHeader('第十二版').page, 12);
  assert.deepEqual(pageHeader('要闻'), { page: null, section: '要闻', paper: null, date: null });
  assert.equal(pageHeader('责任编辑：郑海鸥 版式设计：刘 洋'), null);
  assert.equal(pageHeader('本报讯 记者报道'), null);
});

test("an item's page is the last header above its first line; the issue's name from headers or file", () => {
  const report = {
    furniture: [
      { spans: [[10, 10]], text: '平湖日报 2023年2月9日 星期四 第01版 要闻' },
      { spans: [[11, 11]], text: '责任编辑：张三' },
      { spans: [[50, 50]], text: '第2版 经济' },
    ],
    items: [{ spans: [[1, 9]] }, { spans: [[12, 40]] }, { spans: [[51, 60]] }],
  };
  assert.deepEqual(itemPages(report), [
    { page: 1, section: '要闻' }, // above the first header: that header's page
    { page: 1, section: '要闻' },
    { page: 2, section: '经济' },
  ]);
  assert.deepEqual(itemPages({ furniture: [], items: [{ spans: [[1, 2]] }] }), [null]);
  // The issue's paper and date are the core's (wasm issue_meta, tested in bindings.test.mjs).
  const info = { paper: '平湖日报', date: '2023-02-09' };
  assert.equal(fileStem(info, 'x.txt'), '平湖日报-2023-02-09');
  assert.equal(fileStem({ paper: null, date: '2023-02-09' }, 'pinghu 20230209.txt'), 'pinghu 20230209');
  assert.equal(fileStem({ paper: null, date: null }, 'a/b:c.txt'), 'a_b_c');
  assert.equal(fileStem({ paper: null, date: null }, ''), 'dubao');
});

test('weights read with 3 significant digits, counts as they are', () => {
  assert.equal(formatWeight(32), '32');
  assert.equal(formatWeight(0.15100311663227756), '0.151');
  assert.equal(formatWeight(0.5968834978124582), '0.597');
  assert.equal(formatWeight(0.012345), '0.0123');
});

// ---------------------------------------------------------------- the page

let browser;
let page;
let errors;

before(async () => {
  browser = await launch({ viewport: { width: 1366, height: 900 } });
  ({ page, errors } = await openPage(browser.context));
  await idle(page);
});

after(async () => {
  await browser?.close();
});

const shot = (name) => page.screenshot({ path: join(SHOTS, `research-${name}.png`) });
const settle = () => page.waitForTimeout(700); // word clouds lay out on a timer
const heatReady = () => page.waitForSelector('#heatmap[data-counted="true"]', { state: 'attached' });
const kwicReady = () => page.waitForSelector('#kwic[data-loaded="true"]');
const marked = () => page.waitForSelector('#item-body[data-marked="true"]', { state: 'attached' });

async function openFile(name, text) {
  await page.setInputFiles('#file-input', { name, mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.waitForFunction((n) => document.getElementById('source-note').textContent.includes(n), name);
  await idle(page);
}

const openSettings = () => openSettingsDialog(page);
const closeSettings = () => closeSettingsDialog(page);

async function setWeighting(w) {
  await openSettings();
  await page.check(`#settings input[name=weighting][value=${w}]`);
  await closeSettings();
  await page.waitForTimeout(400);
  await idle(page);
}

/** The heatmap's tooltip for `word` × the item numbered `no` (as the chart's formatter writes it). */
const heatTip = (word, no) =>
  page.evaluate(
    ([w, n]) => {
      const o = document.getElementById('heatmap').dubaoChart.option;
      const wi = o.xAxis.data.indexOf(w);
      const ri = o.yAxis.data.findIndex((label) => label.startsWith(`${n} `));
      const cell = o.series[0].data.find((d) => d.value[0] === wi && d.value[1] === ri);
      return o.tooltip.formatter({ value: cell.value, dataIndex: o.series[0].data.indexOf(cell) });
    },
    [word, no],
  );

/** A bar chart's bar for `word`: {value, label (as drawn), axis (the value axis' name)}. */
const bar = (id, word) =>
  page.evaluate(
    ([chartId, w]) => {
      const o = document.getElementById(chartId).dubaoChart.option;
      const d = o.series[0].data[o.yAxis.data.indexOf(w)];
      return {
        value: d.value,
        count: d.count,
        label: o.series[0].label.formatter({ value: d.value }),
        axis: o.xAxis.name,
      };
    },
    [id, word],
  );

async function download(click) {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { path: await d.path(), name: d.suggestedFilename() };
}
const fromMenu = (id) => () => page.click('#btn-export').then(() => page.click(id));

test('one counting rule: the heatmap, the item bar and KWIC count 招商 in item 2 alike (tokens)', async () => {
  await heatReady();
  // 招商 is 15 substrings of item 2 but 13 tokens (招商引资 … is another word): 13 everywhere.
  const tip = await heatTip('招商', 2);
  assert.match(tip, new RegExp(`^2\\. ${gold.articles[1].title}`));
  assert.match(tip, /\n招商\s+13$/, tip);
  const issueCount = Number(await page.textContent('#issue-chips .chip[data-word="招商"] .chip-count'));
  assert.equal(issueCount, 18);
  await page.click('#issue-chips .chip[data-word="招商"]');
  await kwicReady();
  assert.match(await page.textContent('#kwic-summary'), /^共 18 处，分布在 3 个条目/);
  assert.equal(await page.locator('.kwic-hit').count(), 18);
  const perItem = await page.$$eval('#kwic-counts .chip', (els) => els.map((e) => e.textContent));
  assert.ok(
    perItem.some((c) => /^2 .*13$/.test(c)),
    perItem.join(' | '),
  );
  assert.equal(await page.textContent('#kwic .count-rule'), '计数：按分词结果统计词次');
  assert.ok(await page.isVisible('#view-overview .count-rule'));

  await page.click('.item-row >> nth=1');
  await page.waitForSelector('#view-item:not([hidden])');
  const b = await bar('item-bar', '招商');
  assert.deepEqual([b.value, b.count, b.label], [13, 13, '13']);
  await marked();
  assert.equal(await page.locator('#item-body mark[data-word="招商"]').count(), 13, 'the text marks 13 tokens');
  // KWIC opened from the item lists the item's hits.
  await page.click('#item-body mark[data-word="招商"] >> nth=0');
  await kwicReady();
  assert.equal(await page.textContent('#kwic-summary'), '第 2 条中共 13 处');
  const indexes = await page.$$eval('.kwic-hit', (els) => els.map((e) => e.dataset.index));
  assert.deepEqual(indexes, Array(13).fill('1'));
});

test('KWIC: item or whole issue; a hit opens its item scrolled to it and highlighted', async () => {
  await page.click('#kwic-scope button[data-scope="issue"]');
  await kwicReady();
  assert.equal(await page.locator('.kwic-hit').count(), 18);
  assert.equal(await page.getAttribute('#kwic-scope button[data-scope="issue"]', 'aria-pressed'), 'true');
  const hit = page.locator('.kwic-hit[data-index="4"]').nth(1);
  const at = await hit.getAttribute('data-at');
  await hit.click();
  await page.waitForFunction(() => document.querySelector('#item-body mark.hit-focus'));
  assert.equal(await page.textContent('#item-title'), gold.articles[4].title);
  const focus = page.locator('#item-body mark.hit-focus');
  assert.equal(await focus.getAttribute('data-at'), at);
  assert.equal(await focus.textContent(), '招商');
  const box = await focus.boundingBox();
  assert.ok(box.y > 60 && box.y + box.height < 900, `the hit is on screen (y ${Math.round(box.y)})`);
  // The body's text at `at` is the word: the core's UTF-16 offset points into the body.
  const bodyAt = await page.evaluate((a) => {
    const marks = [...document.querySelectorAll('#item-body p')].map((p) => p.textContent).join('\n');
    return marks.slice(Number(a), Number(a) + 2);
  }, at);
  assert.equal(bodyAt, '招商');
  await page.waitForSelector('#kwic-scope button[data-scope="item"]');
  assert.match(await page.textContent('#kwic-scope button[data-scope="item"]'), /第 5 条.*4$/);
  await settle();
  await shot('item-kwic-hit');
  await page.click('#btn-kwic-close');
});

test('TF-IDF and TextRank: a coloured cloud, bars and chips with 3 significant digits, a badge (kept on reload)', async () => {
  await page.click('#tab-overview');
  await setWeighting('tfidf');
  for (const [w, name] of [
    ['tfidf', 'TF-IDF'],
    ['textrank', 'TextRank'],
  ]) {
    if (w === 'textrank') await setWeighting('textrank');
    await page.waitForFunction((n) => document.getElementById('weighting-badge').textContent === `权重：${n}`, name);
    assert.ok(await page.isVisible('#weighting-badge'));
    await settle();
    // The cloud's words take at least 3 of the palette's colours (before: all the lightest one).
    const colours = await page.evaluate(() => {
      const css = getComputedStyle(document.documentElement);
      const rgb = (hex) => hex.match(/[0-9a-f]{2}/gi).map((h) => parseInt(h, 16));
      const palette = ['--c1', '--c2', '--c3', '--c4', '--c5'].map((v) => rgb(css.getPropertyValue(v).trim()));
      const canvas = document.querySelector('#issue-cloud canvas');
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      const hits = palette.map(() => 0);
      for (let i = 0; i < data.length; i += 4) {
        const k = palette.findIndex((c) => c[0] === data[i] && c[1] === data[i + 1] && c[2] === data[i + 2]);
        if (k >= 0 && data[i + 3] === 255) hits[k]++;
      }
      return hits.filter((n) => n > 40).length;
    });
    assert.ok(colours >= 3, `${name}: the cloud uses ${colours} colours`);
    // The second word: TextRank's first weighs 1.
    const second = await page.textContent('#issue-chips .chip >> nth=1 >> span >> nth=0');
    const b = await bar('issue-bar', second);
    assert.equal(b.axis, `${name} 权重`);
    assert.ok(!Number.isInteger(b.value) && b.label === String(Number(b.value.toPrecision(3))), JSON.stringify(b));
    const values = await page.$$eval('#issue-chips .chip-count', (els) => els.map((e) => e.textContent));
    assert.ok(
      values.every((v) => /^(0\.\d{1,4}|1)$/.test(v) && v.replace(/^0\.0*/, '').length <= 3),
      values.join(' '),
    );
    const numbers = values.map(Number);
    assert.deepEqual(
      numbers,
      [...numbers].sort((a, b2) => b2 - a),
      'chips are in the order of the values they show',
    );
    assert.equal(await page.textContent('#view-overview .sort-note'), `排序：${name}`);
    if (w === 'tfidf') {
      await page.locator('#heat-scroll').scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot('tfidf');
      await page.reload();
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      await idle(page);
      await page.waitForFunction(() => document.getElementById('weighting-badge').textContent === '权重：TF-IDF');
    }
  }
  await openSettings();
  await page.click('#btn-reset-settings');
  await closeSettings();
  await page.waitForTimeout(400);
  await idle(page);
  await page.waitForFunction(() => document.getElementById('weighting-badge').textContent === '权重：词频');
});

test('an issue of 96 items: all in the heatmap (number + title, full title and page in the tooltip), numbered and paged in the list and the item', async () => {
  await openFile('issue.txt', twelvePages);
  assert.equal(await page.locator('.item-row').count(), 96);
  await heatReady();
  const labels = await page.evaluate(() => document.getElementById('heatmap').dubaoChart.option.yAxis.data);
  assert.equal(labels.length, 96, 'every item has a row');
  assert.ok(
    labels.every((l, i) => l.startsWith(`${i + 1} `)),
    labels.slice(0, 3).join(' | '),
  );
  const tip = await heatTip('招商', 10);
  assert.match(tip, new RegExp(`^10\\. ${gold.articles[1].title} · 第2版 要闻\\n`));
  // The rows scroll under the words.
  const scroll = await page.evaluate(() => {
    const box = document.getElementById('heat-scroll');
    box.scrollTop = box.scrollHeight;
    const head = document.getElementById('heat-head').getBoundingClientRect().top;
    return {
      scrolls: box.scrollHeight > box.clientHeight,
      headAtTop: Math.abs(head - box.getBoundingClientRect().top) < 2,
    };
  });
  assert.deepEqual(scroll, { scrolls: true, headAtTop: true });
  await page.evaluate(() => (document.getElementById('heat-scroll').scrollTop = 0));

  const rows = await page.$$eval('.item-row', (els) =>
    els.map((e) => [e.querySelector('.row-no').textContent, e.querySelector('.row-page')?.textContent]),
  );
  assert.deepEqual(rows[0], ['1', '第1版 要闻']);
  assert.deepEqual(rows[9], ['10', '第2版 要闻']);
  assert.deepEqual(rows[95], ['96', '第12版 要闻']);
  await page.locator('#heat-scroll').scrollIntoViewIfNeeded();
  await settle();
  await shot('overview-heatmap');

  await page.click('.item-row >> nth=9');
  await page.waitForSelector('#view-item:not([hidden])');
  assert.equal(await page.textContent('#item-meta .item-no'), '第 10 条');
  assert.equal(await page.textContent('#item-meta .page-label'), '第2版 要闻');
  // KWIC numbers its lines as the list does.
  await page.click('#item-chips .chip[data-word="招商"]');
  await kwicReady();
  await page.click('#kwic-scope button[data-scope="issue"]');
  await kwicReady();
  const numbers = await page.$$eval('.kwic-hit', (els) =>
    els.map((e) => [Number(e.dataset.index) + 1, Number(e.querySelector('.kwic-item').textContent)]),
  );
  assert.ok(numbers.length > 100 && numbers.every(([a, b]) => a === b));
});

test('KWIC open does not squeeze the item list so that its figures are cut (1366 and 1024 wide, zh and en)', async () => {
  // 96 items drawn, then KWIC opened: rows drawn before KWIC opened kept their width.
  if ((await page.locator('.item-row').count()) !== 96) await openFile('issue.txt', twelvePages);
  await page.click('.item-row >> nth=9');
  await page.click('#item-chips .chip >> nth=0');
  await page.waitForSelector('#kwic:not([hidden])');
  for (const lang of ['zh', 'en']) {
    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(300);
      const cut = await page.evaluate(() => {
        const side = document.querySelector('.side').getBoundingClientRect();
        const kwic = document.getElementById('kwic').getBoundingClientRect();
        const bad = [];
        for (const row of document.querySelectorAll('.item-row')) {
          const r = row.getBoundingClientRect();
          if (r.right > side.right + 0.5) bad.push(`row ${row.dataset.index} ends at ${r.right} > ${side.right}`);
          for (const part of row.querySelectorAll('.row-no, .row-len, .badge')) {
            const p = part.getBoundingClientRect();
            if (p.right > r.right || part.scrollWidth > part.clientWidth + 1)
              bad.push(`${part.className} of ${row.dataset.index}`);
          }
        }
        if (kwic.left < side.right) bad.push('KWIC covers the list');
        for (const c of document.querySelectorAll('#view-item .chart canvas, #view-item .chart svg')) {
          const card = c.closest('.card').getBoundingClientRect();
          if (c.getBoundingClientRect().right > card.right + 0.5) bad.push(`chart ${c.closest('.chart').id} overflows`);
        }
        return bad.slice(0, 5);
      });
      assert.deepEqual(cut, [], `${lang} ${width}`);
    }
    await page.click('#btn-lang');
  }
  await page.setViewportSize({ width: 1366, height: 900 });
});

test('exports: names from the issue, the term matrix, the user dictionary in the JSON, captions in PNGs', async () => {
  // Page headers name the 96-item issue (the file is issue.txt).
  assert.equal((await download(fromMenu('#btn-csv'))).name, '平湖日报-2023-02-09-keywords.csv');
  const m = await download(fromMenu('#btn-matrix'));
  assert.equal(m.name, '平湖日报-2023-02-09-matrix.csv');
  await loadSample(page);
  await heatReady();
  assert.equal((await download(fromMenu('#btn-csv'))).name, '平湖日报-2023-02-09-keywords.csv');
  const matrix = await download(fromMenu('#btn-matrix'));
  const csv = readFileSync(matrix.path, 'utf8');
  assert.ok(csv.startsWith('\uFEFFitem,kind,title,项目,招商,'), csv.slice(0, 40));
  assert.equal(csv.split('\n').length, csv.split('\r\n').length, 'CRLF');
  const rows = csv.slice(1).trimEnd().split('\r\n');
  assert.equal(rows.length, 9, 'a header and 8 items');
  const header = rows[0].split(',');
  assert.equal(header.length, 3 + 20);
  const item2 = rows[2].split(',');
  assert.equal(item2[0], '2');
  assert.equal(item2[header.indexOf('招商')], '13', 'the heatmap, KWIC and the bars say 13');

  await openSettings();
  await page.fill('#settings textarea[name=userDict]', '双招双引 1000 nz');
  await page.waitForFunction(() => document.getElementById('dict-note').textContent.includes('1'));
  await closeSettings();
  await idle(page);
  const json = JSON.parse(readFileSync((await download(fromMenu('#btn-json'))).path, 'utf8'));
  assert.equal(json.options.user_dict, '双招双引 1000 nz');
  assert.equal(json.options.weighting, 'count');
  await openSettings();
  await page.fill('#settings textarea[name=userDict]', '');
  await closeSettings();
  await page.waitForTimeout(400);
  await idle(page);

  const png = await download(() => page.click('[data-export="issue-bar"][data-format="png"]'));
  assert.equal(png.name, '平湖日报-2023-02-09-issue-bar.png');
  const bytes = readFileSync(png.path);
  const size = await page.$eval('#issue-bar', (e) => [e.clientWidth, e.clientHeight]);
  assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [size[0] * 2, (size[1] + 46) * 2]);
  // The caption band above the chart is drawn (title and source), not left blank.
  const inked = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = 92;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4)
      if (Math.abs(data[i] - data[0]) + Math.abs(data[i + 2] - data[2]) > 60) n++;
    return n;
  }, bytes.toString('base64'));
  assert.ok(inked > 500, `${inked} inked pixels in the caption`);
  const svg = readFileSync(
    (await download(() => page.click('[data-export="issue-bar"][data-format="svg"]'))).path,
    'utf8',
  );
  assert.ok(
    svg.includes('前 15 个关键词 · 词次') && svg.includes('平湖日报 2023-02-09 · 整期'),
    'the SVG has the caption',
  );

  // Without headers: the paper and date the core reads in the file's name ('pinghu' is 平湖日报),
  // else the file's name; pasted text: 'dubao'.
  await openFile('pinghu 20230209.txt', sample);
  assert.equal((await download(fromMenu('#btn-csv'))).name, '平湖日报-2023-02-09-keywords.csv');
  await openFile('notes 20230209.txt', sample);
  assert.equal((await download(fromMenu('#btn-csv'))).name, 'notes 20230209-keywords.csv');
  await page.evaluate(() => document.getElementById('input-panel').setAttribute('open', ''));
  await page.evaluate(() => {
    const input = document.getElementById('input');
    input.value = '本报讯 记者报道，项目建设加快推进，项目投资持续增长。';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.waitForFunction(() => document.querySelectorAll('.item-row').length === 1);
  await idle(page);
  assert.equal((await download(fromMenu('#btn-csv'))).name, 'dubao-keywords.csv');
});

test('every chart exports as valid SVG (XML that parses, opens in the browser), markup in names escaped', async () => {
  // A file name with & and < goes into the captions.
  await openFile('R&D <x>.txt', sample);
  await settle();
  const dir = mkdtempSync(join(tmpdir(), 'dubao-svg-'));
  const viewer = await browser.context.newPage();
  try {
    for (const id of ['issue-cloud', 'issue-bar', 'heatmap', 'item-cloud', 'item-bar']) {
      if (id === 'item-cloud') {
        await page.click('.item-row >> nth=1');
        await page.waitForSelector('#view-item:not([hidden])');
        await settle();
      }
      const { path } = await download(() => page.click(`[data-export="${id}"][data-format="svg"]`));
      const text = readFileSync(path, 'utf8');
      const file = join(dir, `${id}.svg`);
      writeFileSync(file, text);
      // Opened in the browser as a file, and parsed as XML there (the page's CSP would report the
      // parsed style attributes).
      await viewer.goto(pathToFileURL(file).href);
      const shown = await viewer.evaluate((t) => {
        const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
        return {
          parsed: [doc.querySelector('parsererror')?.textContent ?? null, doc.documentElement.localName],
          texts: doc.querySelectorAll('text').length,
          shown: [document.documentElement.localName, !!document.querySelector('parsererror')],
          width: document.documentElement.getBoundingClientRect().width,
        };
      }, text);
      assert.deepEqual(shown.parsed, [null, 'svg'], id);
      assert.deepEqual(shown.shown, ['svg', false], id);
      assert.ok(shown.texts > 3 && shown.width > 100, `${id} has its words`);
      assert.ok(text.includes('R&amp;D &lt;x&gt;.txt'), `${id}: the source line is drawn, escaped`);
    }
  } finally {
    await viewer.close();
    rmSync(dir, { recursive: true, force: true });
  }
  await loadSample(page);
});

test('no network request, no CSP violation, no error', async () => {
  assert.deepEqual(browser.blocked, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(errors, []);
});
