// Hand fixes, the keyboard, the phone and the first run (issue 14, items 13 and 15–17), end to end
// in Debian's chromium from file:// (network blocked): marking a line as title and the like, undo
// and redo of every hand edit; the item list as one tab stop, focus back from KWIC, the export menu,
// the text's marks and the heatmap's cells by keyboard; the phone layout (390×844); the empty state
// and a word cloud that is the same on every load. Screenshots of the overview, an item, KWIC and
// the settings at 390×844 and 1366×900 go to out/screenshots/handling-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, idle, loadSample, PAGE_URL, SHOTS } from './browser.mjs';

mkdirSync(SHOTS, { recursive: true });

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

const shot = (name) => page.screenshot({ path: join(SHOTS, `handling-${name}.png`) });
const settle = () => page.waitForTimeout(700); // word clouds lay out on a timer
const rowTitles = () => page.$$eval('.item-row .row-title', (els) => els.map((e) => e.textContent));
const active = () =>
  page.evaluate(() => {
    const a = document.activeElement;
    return { id: a.id, tag: a.tagName, ...a.dataset, text: a.textContent, inKwic: !!a.closest('#kwic') };
  });

async function openItem(n) {
  await page.click(`.item-row >> nth=${n}`);
  await page.waitForSelector('#view-item:not([hidden])');
  await idle(page);
}

async function openPicker() {
  if (await page.isHidden('#split-picker')) await page.click('#btn-split');
  await page.waitForSelector('#split-picker:not([hidden]) #split-lines li');
}

// ---------------------------------------------------------------- 13: hand fixes, undo and redo

test('a body line marked as the title becomes the title; Ctrl+Z undoes it, Ctrl+Shift+Z redoes it', async () => {
  await loadSample(page);
  await openItem(0);
  const title = await page.textContent('#item-title');
  assert.equal(await page.isDisabled('#btn-undo'), true, 'nothing to undo yet');
  assert.equal(await page.isDisabled('#btn-redo'), true, 'nothing to redo yet');
  await openPicker();
  // Each line says what it is read as: the title line as 标题, the text as 正文.
  const parts = await page.$$eval('#split-lines li', (lis) => lis.map((li) => li.dataset.part));
  assert.ok(parts.includes('title') && parts.includes('body'), parts.join(' '));
  const { line, text } = await page.$eval('#split-lines li[data-part="body"]', (li) => ({
    line: li.dataset.line,
    text: li.querySelector('.line-text').textContent.trim(),
  }));
  await page.selectOption(`#split-lines select[data-line="${line}"]`, 'title');
  await page.waitForFunction((t) => document.getElementById('item-title').textContent !== t, title);
  await idle(page);
  assert.equal(await page.textContent('#item-title'), text, 'the marked line is the title');
  assert.equal((await rowTitles())[0], text, 'the list shows the new title');
  assert.equal(await page.getAttribute(`#split-lines li[data-line="${line}"]`, 'data-part'), 'title');
  assert.equal(await page.isVisible('#edited-note'), true);
  assert.equal(await page.isEnabled('#btn-undo'), true);
  assert.equal(await page.isDisabled('#btn-redo'), true);

  await page.focus('#item-title');
  await page.keyboard.press('Control+z');
  await page.waitForFunction((t) => document.getElementById('item-title').textContent === t, title);
  await idle(page);
  assert.equal(await page.isDisabled('#btn-undo'), true, 'back at the analysis: nothing more to undo');
  assert.equal(await page.isEnabled('#btn-redo'), true);
  assert.equal(await page.isVisible('#edited-note'), false, 'the automatic split again');

  await page.keyboard.press('Control+Shift+Z');
  await page.waitForFunction((t) => document.getElementById('item-title').textContent === t, text);
  await idle(page);
  assert.equal(await page.isEnabled('#btn-undo'), true);
  assert.equal(await page.isDisabled('#btn-redo'), true);
  await shot('marked-1366');
  await page.click('#btn-undo');
  await page.waitForFunction((t) => document.getElementById('item-title').textContent === t, title);
  await idle(page);
});

test('a merge undone brings both items back; redo merges again; 恢复自动分篇 can be undone', async () => {
  await loadSample(page);
  const titles = await rowTitles();
  await openItem(0);
  await page.click('#btn-merge');
  await page.waitForFunction(() => document.querySelectorAll('.item-row').length === 7);
  await idle(page);
  const merged = await rowTitles();
  await page.click('#btn-undo');
  await page.waitForFunction(() => document.querySelectorAll('.item-row').length === 8);
  await idle(page);
  assert.deepEqual(await rowTitles(), titles, 'both items as they were');
  assert.equal(await page.isVisible('#edited-note'), false);
  assert.equal(await active().then((a) => a.id), 'btn-redo', 'the focus stays on the buttons');
  await page.click('#btn-redo');
  await page.waitForFunction(() => document.querySelectorAll('.item-row').length === 7);
  await idle(page);
  assert.deepEqual(await rowTitles(), merged);
  // A split after the merge, then back to the automatic split: each step undoes.
  await openPicker();
  await page.click('#split-lines button >> nth=20');
  await page.waitForFunction(() => document.querySelectorAll('.item-row').length === 8);
  await idle(page);
  await page.click('#btn-reset-split');
  await page.click('#confirm-ok');
  await page.waitForFunction(() => document.getElementById('edited-note').hidden);
  await idle(page);
  assert.deepEqual(await rowTitles(), titles);
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => !document.getElementById('edited-note').hidden);
  await idle(page);
  assert.equal(await page.locator('.item-row').count(), 8, 'the split by hand again');
  assert.notDeepEqual(await rowTitles(), titles);
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelectorAll('.item-row').length === 7);
  await idle(page);
  assert.deepEqual(await rowTitles(), merged, 'the merge before the split');
  // Ctrl+Z in the text box is the browser's own (typing), not the split's.
  await page.evaluate(() => (document.getElementById('input-panel').open = true));
  await page.focus('#input');
  await page.keyboard.press('Control+z');
  await page.waitForTimeout(300);
  assert.equal(await page.locator('.item-row').count(), 7);
  await page.evaluate(() => (document.getElementById('input-panel').open = false));
  await loadSample(page);
});

// ---------------------------------------------------------------- 16: the keyboard

test('from the page start, Tab reaches the view tabs in at most 15 presses: the item list is one tab stop', async () => {
  await page.goto(PAGE_URL);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await page.waitForFunction(() => document.querySelectorAll('.item-row').length > 0);
  await idle(page);
  const rows = await page.locator('.item-row').count();
  assert.equal(await page.locator('.item-row[tabindex="0"]').count(), 1, 'one row in the tab order');
  let presses = 0;
  while ((await active()).id !== 'tab-overview') {
    assert.ok(++presses <= 15, `Tab has not reached the view tabs after ${presses - 1} presses`);
    await page.keyboard.press('Tab');
  }
  // Back into the list: the arrow keys, Home and End move; Enter opens.
  for (let i = 0; i < 3 && (await active()).index === undefined; i++) await page.keyboard.press('Shift+Tab');
  assert.equal((await active()).index, '0', 'the list is reached at its first row');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal((await active()).index, '2');
  await page.keyboard.press('End');
  assert.equal((await active()).index, String(rows - 1));
  await page.keyboard.press('Home');
  assert.equal((await active()).index, '0');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('.item-row[tabindex="0"]').count(), 1);
  assert.equal(await page.getAttribute('.item-row[tabindex="0"]', 'data-index'), '1');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#view-item:not([hidden])');
  assert.equal(await page.textContent('#item-title'), (await rowTitles())[1]);
  // Tab from the list goes on past the other rows.
  await page.focus('.item-row[data-index="1"]');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('item-row')), false);
});

test('Escape on KWIC gives the focus back to the chip that opened it', async () => {
  await page.click('#tab-overview');
  await page.waitForSelector('#issue-chips .chip');
  await page.focus('#issue-chips .chip >> nth=2');
  const word = await page.getAttribute('#issue-chips .chip >> nth=2', 'data-word');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#kwic[data-loaded="true"]:not([hidden])');
  assert.equal((await active()).inKwic, true, 'the panel has the focus');
  await page.keyboard.press('Escape');
  assert.equal(await page.isHidden('#kwic'), true);
  const a = await active();
  assert.equal(a.word, word, `focus on ${JSON.stringify(a)}`);
});

test("the text's highlighted words: one tab stop, the arrow keys move, Enter opens KWIC, Escape comes back", async () => {
  await openItem(1);
  await page.waitForSelector('#item-body[data-marked="true"] mark.kw');
  assert.equal(await page.locator('#item-body mark.kw[tabindex="0"]').count(), 1);
  const marks = await page.$$eval('#item-body mark.kw', (els) => els.map((e) => e.dataset.at));
  await page.focus('#item-body mark.kw[tabindex="0"]');
  await page.keyboard.press('ArrowRight');
  assert.equal((await active()).at, marks[1]);
  const word = (await active()).word;
  await page.keyboard.press('Enter');
  await page.waitForSelector('#kwic[data-loaded="true"]:not([hidden])');
  assert.ok((await page.textContent('#kwic-title')).includes(word));
  await page.keyboard.press('Escape');
  assert.equal((await active()).at, marks[1], 'back on the word');
  await page.keyboard.press('End');
  assert.equal((await active()).at, marks.at(-1));
  // The close button gives the focus back too.
  await page.keyboard.press(' ');
  await page.waitForSelector('#kwic[data-loaded="true"]:not([hidden])');
  await page.click('#btn-kwic-close');
  assert.equal((await active()).at, marks.at(-1));
});

test('the export menu: arrow keys, Home, End and Escape', async () => {
  await page.focus('#btn-export');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#export-menu:not([hidden])');
  assert.equal((await active()).id, 'btn-csv');
  await page.keyboard.press('ArrowDown');
  assert.equal((await active()).id, 'btn-matrix');
  await page.keyboard.press('End');
  assert.equal((await active()).id, 'btn-json');
  await page.keyboard.press('ArrowDown');
  assert.equal((await active()).id, 'btn-csv', 'wraps around');
  await page.keyboard.press('ArrowUp');
  assert.equal((await active()).id, 'btn-json');
  await page.keyboard.press('Home');
  assert.equal((await active()).id, 'btn-csv');
  await page.keyboard.press('Escape');
  assert.equal(await page.isHidden('#export-menu'), true);
  assert.equal((await active()).id, 'btn-export');
  await page.keyboard.press('ArrowUp');
  assert.equal((await active()).id, 'btn-json', 'ArrowUp opens the menu at its last entry');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.match(download.suggestedFilename(), /\.json$/);
  assert.equal(await page.isHidden('#export-menu'), true);
});

test("the heatmap's cells by keyboard: its table, one tab stop, Enter shows the word in that item", async () => {
  await page.click('#tab-overview');
  await page.waitForSelector('#heatmap[data-counted="true"]');
  await page.focus('#heat-table-box > summary');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#heat-table tbody tr');
  const items = await page.locator('.item-row').count();
  assert.equal(await page.locator('#heat-table tbody tr').count(), items, 'a row per item');
  assert.equal(await page.locator('#heat-table button[tabindex="0"]').count(), 1);
  await page.keyboard.press('Tab');
  assert.equal((await active()).cell, '0:0');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  assert.equal((await active()).cell, '1:1');
  const word = await page.$eval('#heat-table thead button[data-cell="-1:1"]', (b) => b.textContent);
  const label = await page.getAttribute('#heat-table button[data-cell="1:1"]', 'aria-label');
  assert.ok(label.includes(word), label);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#kwic[data-loaded="true"]:not([hidden])');
  assert.ok((await page.textContent('#kwic-title')).includes(word));
  assert.equal(await page.getAttribute('#kwic-scope [aria-pressed="true"]', 'data-scope'), 'item');
  assert.match(await page.textContent('#kwic-summary'), /第 2 条/);
  await page.keyboard.press('Escape');
  assert.equal((await active()).cell, '1:1', 'back on the cell');
  await page.keyboard.press('Home');
  assert.equal((await active()).cell, '1:-1', 'the row starts with its item');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#view-item:not([hidden])');
  assert.equal(await page.evaluate(() => window.dubao.state.selected), 1);
  await page.click('#tab-overview');
  await page.evaluate(() => (document.getElementById('heat-table-box').open = false));
});

// ---------------------------------------------------------------- 17: first run

test('an empty text: a friendly empty state instead of empty cards, and the exports off', async () => {
  await page.click('#tab-overview');
  await page.evaluate(() => (document.getElementById('input-panel').open = true));
  await page.fill('#input', '');
  await page.click('#btn-analyze');
  await page.waitForFunction(() => document.querySelectorAll('.item-row').length === 0);
  await idle(page);
  assert.equal(await page.isVisible('#empty'), true);
  assert.equal(await page.isVisible('#empty-sample'), true);
  assert.equal(await page.isVisible('#issue-bar-title'), false, 'no "前 0 个关键词"');
  assert.equal(await page.locator('#view-overview .card:visible').count(), 0, 'no empty cards');
  assert.equal(await page.isDisabled('#btn-export'), true);
  assert.deepEqual(
    await page.$$eval('[data-export]', (bs) => [...new Set(bs.map((b) => b.disabled))]),
    [true],
    'PNG/SVG off',
  );
  assert.equal(await page.isVisible('#weighting-badge'), false);
  assert.equal(await page.isDisabled('#tab-item'), true);
  await shot('empty-1366');
  await page.click('#empty-sample');
  if (await page.isVisible('#confirm[open]')) await page.click('#confirm-ok');
  await page.waitForFunction(() => document.querySelectorAll('.item-row').length === 8);
  await idle(page);
  assert.equal(await page.isEnabled('#btn-export'), true);
  assert.equal(await page.isVisible('#empty'), false);
  await page.evaluate(() => (document.getElementById('input-panel').open = false));
});

/** The issue cloud as the SVG export gives it, in a fresh browser. */
async function cloudSvg() {
  const b = await launch({ viewport: { width: 1366, height: 900 } });
  try {
    const { page: p } = await openPage(b.context);
    await idle(p);
    await p.waitForTimeout(900);
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.click('[data-export="issue-cloud"][data-format="svg"]'),
    ]);
    const svg = readFileSync(await download.path(), 'utf8');
    const native = await p.evaluate(() => String(Math.random).includes('[native code]'));
    return { svg, native };
  } finally {
    await b.close();
  }
}

test('the word cloud is laid out the same way on every load (its SVG export)', async () => {
  const a = await cloudSvg();
  const b = await cloudSvg();
  assert.ok(a.svg.includes('项目'), 'the cloud has its words');
  assert.equal(a.svg, b.svg);
  assert.equal(a.native && b.native, true, 'Math.random is the browser’s again after the layout');
});

// ---------------------------------------------------------------- 15: the phone, screenshots

/** The rectangles of the elements matching `selector` that are shown. */
const rects = (selector) =>
  page.$$eval(selector, (els) =>
    els
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0)
      .map(({ left, top, right, bottom, width, height }) => ({ left, top, right, bottom, width, height })),
  );

test('phone (390×844): a short header, the page scrolls, readable heatmap words, 分析 on one line', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await loadSample(page);
  await page.click('#tab-overview');
  await settle();
  const [bar] = await rects('.topbar');
  assert.ok(bar.height <= 64, `header ${bar.height}px high`);
  const [theme] = await rects('#btn-theme');
  const sameRow = (await rects('.topbar button')).filter(
    (r) => Math.abs(r.top + r.height / 2 - (theme.top + theme.height / 2)) < 8,
  );
  assert.ok(sameRow.length >= 2, 'the theme toggle shares its row');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390, 'no sideways page scroll');
  // The item list is part of the page, not a small box of its own.
  const list = await page.$eval('#items', (e) => ({
    own: e.scrollHeight - e.clientHeight,
    y: getComputedStyle(e).overflowY,
  }));
  assert.ok(list.own <= 1 || list.y === 'visible', JSON.stringify(list));
  // The heatmap's words: each column wide enough for two characters a line, none over another.
  await page.waitForSelector('#heatmap[data-counted="true"]');
  const words = await rects('#heat-head .heat-word');
  assert.equal(words.length, 15);
  for (const w of words) {
    assert.ok(w.width >= 24, `a column ${w.width}px wide`);
    assert.ok(w.height <= 36, `a word ${w.height}px high (more than two lines)`);
  }
  for (let i = 1; i < words.length; i++) assert.ok(words[i].left >= words[i - 1].right - 0.5, 'words overlap');
  await page.screenshot({ path: join(SHOTS, 'handling-overview-390.png') });
  await page.screenshot({ path: join(SHOTS, 'handling-overview-390-full.png'), fullPage: true });
  // 分析 stays on one line next to a long note.
  await page.evaluate(() => {
    document.getElementById('input-panel').open = true;
    document.getElementById('encoding-note').textContent =
      '已按 GB18030 解码：一个名字很长很长很长很长很长很长的文件.txt';
  });
  const [analyzeBtn] = await rects('#btn-analyze');
  assert.ok(analyzeBtn.height <= 36, `分析 is ${analyzeBtn.height}px high`);
  assert.ok(analyzeBtn.width > analyzeBtn.height, '分析 is wider than high');
  await page.evaluate(() => {
    document.getElementById('encoding-note').textContent = '';
    document.getElementById('input-panel').open = false;
  });
});

async function screenshots(tag) {
  await page.click('#tab-overview');
  await settle();
  await shot(`overview-${tag}`);
  await openItem(1);
  await openPicker();
  await settle();
  await shot(`item-${tag}`);
  await page.click('#btn-split'); // folds the picker
  await page.click('#item-chips .chip');
  await page.waitForSelector('#kwic[data-loaded="true"]:not([hidden])');
  await page.waitForTimeout(300);
  await shot(`kwic-${tag}`);
  await page.keyboard.press('Escape');
  await page.click('#btn-settings');
  await page.waitForSelector('#settings[open]');
  await page.waitForTimeout(200);
  await shot(`settings-${tag}`);
  await page.keyboard.press('Escape');
  await page.click('#tab-overview');
}

test('screenshots: overview, item (with its lines), KWIC and settings at 390×844 and 1366×900', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshots('390');
  await page.setViewportSize({ width: 1366, height: 900 });
  await screenshots('1366');
  assert.deepEqual(errors, []);
});
