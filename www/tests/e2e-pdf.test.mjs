// PDF input end to end (issue 17), in chromium from file:// with every network request blocked:
// fixtures made in the test run from the bundled sample (fixtures/make_pdfs.py: reportlab, the
// Adobe-GB1 CID font STSong-Light, not embedded, no ToUnicode, so its text needs the CMaps the page
// inlines; an embedded-font copy for the screenshots; an image-only page; an encrypted copy; a
// truncated copy). A PDF dropped on the page → the item list and the 版面 tab with every item's
// region over its page; a click on a region opens its item, whose view shows its region; the
// reader is started only by the first PDF; scanned, encrypted and damaged PDFs say so and leave
// the analysis shown; a reload brings the PDF's analysis and regions back (blank pages); a hand
// split / merge moves the regions with the items; a font not in the PDF is drawn in a system font;
// text in a font without a Unicode mapping is said (wholly: an error; partly: how many lines and
// characters were left out).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPage, idle, ROOT, SHOTS } from './browser.mjs';

const dir = mkdtempSync(join(tmpdir(), 'dubao-pdf-'));
const fixture = (name) => join(dir, name);
mkdirSync(SHOTS, { recursive: true });

let browser;
let page;
let errors;
before(async () => {
  execFileSync('python3', [join(import.meta.dirname, 'fixtures/make_pdfs.py'), dir], { stdio: 'pipe' });
  browser = await launch({ viewport: { width: 1366, height: 900 } });
  ({ page, errors } = await openPage(browser.context));
  await idle(page);
});
after(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

const shot = (name) => page.screenshot({ path: join(SHOTS, `${name}.png`) });
const state = () => page.evaluate(() => window.dubao.state);
const titles = () => page.$$eval('#items .item-row .row-title', (els) => els.map((e) => e.textContent));

/** Drops `file` on the page as a user would (a DataTransfer with the file, on the page body). */
async function drop(file, name) {
  const bytes = [...readFileSync(file)];
  await page.evaluate(
    ([bytes, name]) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name, { type: 'application/pdf' }));
      document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [bytes, name],
  );
}

/** Waits until the PDF has been read and analysed (or refused: returns the dataset's state). */
async function settled(name) {
  await page.waitForFunction(
    (n) => {
      const d = document.documentElement.dataset;
      const s = window.dubao.state;
      return d.pdf?.startsWith('error') || (s.source?.kind === 'pdf' && s.source.name === n && d.busy === 'false');
    },
    name,
    { timeout: 60000 },
  );
  return page.evaluate(() => document.documentElement.dataset.pdf);
}

test('the PDF reader is not started before a PDF is opened', async () => {
  const pdf = await page.evaluate(() => ({ ...window.dubao.pdf }));
  assert.equal(pdf.startMs, null);
  assert.equal(await page.isHidden('#tab-pages'), true);
});

test('a dropped PDF: the item list, then the 版面 tab with each item region over its page', async () => {
  await drop(fixture('sample.pdf'), 'sample.pdf');
  assert.equal(await settled('sample.pdf'), 'read');
  const s = await state();
  assert.deepEqual(s.source, { kind: 'pdf', name: 'sample.pdf', pages: 2 });
  assert.ok(s.items >= 6, `${s.items} items`);
  // The text came through the Adobe-GB1 CMaps (the font has no ToUnicode map).
  const shown = await titles();
  for (const title of ['曹桥只争朝夕全力冲刺“开门红”', '新仓久久为功推动平安建设', '既有住宅加装电梯新规明起实施'])
    assert.ok(shown.includes(title), `${title} in ${shown.join(' / ')}`);
  assert.match(await page.textContent('#source-note'), /PDF：sample\.pdf（2 版）/);
  await page.click('#tab-pages');
  await page.waitForSelector('#page-stage .page-sheet.painted');
  assert.equal(await page.locator('#page-thumbs .thumb').count(), 2);
  // The font is not in the PDF: its text is drawn in a system font (pdf/system-fonts.js), so the
  // page's picture has ink inside the regions (without it, only the rules and boxes were drawn).
  const ink = await page.evaluate(() => {
    const canvas = document.querySelector('#page-stage canvas');
    const scale = canvas.width / document.querySelector('#page-stage svg').viewBox.baseVal.width;
    const rects = [...document.querySelectorAll('#page-stage .region rect')].map((r) => r.getBBox());
    let dark = 0;
    let all = 0;
    const ctx = canvas.getContext('2d');
    for (const r of rects) {
      const { data } = ctx.getImageData(r.x * scale, r.y * scale, r.width * scale, r.height * scale);
      for (let i = 0; i < data.length; i += 4) dark += data[i] + data[i + 1] + data[i + 2] < 300 ? 1 : 0;
      all += data.length / 4;
    }
    return dark / all;
  });
  assert.ok(ink > 0.03, `${(ink * 100).toFixed(1)} % of the regions' pixels are ink`);
  await page.evaluate(() => (document.getElementById('input-panel').open = false)); // opened by the drop
  await shot('pdf-pages-system-font');
  const regions = await page.$$eval('#page-stage .region', (gs) => gs.map((g) => Number(g.dataset.index)));
  assert.ok(regions.length >= 3, `${regions.length} regions on page 1`);
  // Every item with boxes has a region on one of the pages.
  const withBoxes = await page.evaluate(() => window.dubao.pdfItems());
  assert.ok(withBoxes.every((it) => it.boxes > 0 && it.page >= 1 && it.page <= 2));
});

test('a click on a region opens its item, and the item view shows its region', async () => {
  const target = page.locator('#page-stage .region').nth(1);
  const index = Number(await target.getAttribute('data-index'));
  const label = await target.getAttribute('aria-label');
  await target.locator('rect').last().click();
  await page.waitForFunction((i) => window.dubao.state.view === 'item' && window.dubao.state.selected === i, index);
  assert.equal(await page.textContent('#item-title'), label);
  await page.waitForSelector('#item-place:not([hidden]) .region.current');
  assert.equal(await page.getAttribute('#item-place .region.current', 'data-index'), String(index));
  // The card's page → the 版面 tab at that page, the item standing out.
  await page.click('#item-place-page');
  await page.waitForFunction(() => window.dubao.state.view === 'pages');
  assert.equal(await page.getAttribute('#page-stage .region.current', 'data-index'), String(index));
});

test('the positioned lines exported by the page give the CLI the same items (dubao analyze --positions)', async (t) => {
  await page.click('#btn-export');
  assert.equal(await page.isVisible('#btn-positions'), true);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#btn-positions')]);
  assert.match(download.suggestedFilename(), /-positions\.json$/);
  const path = join(dir, 'positions.json');
  await download.saveAs(path);
  assert.equal(JSON.parse(readFileSync(path, 'utf8')).pages.length, 2);
  const cli = join(ROOT, 'target/release/dubao');
  if (!existsSync(cli)) return t.skip(`${cli} is missing: cargo build --release`);
  const report = JSON.parse(
    execFileSync(cli, ['analyze', '--positions', path, '--format', 'json'], { encoding: 'utf8' }),
  );
  const cliItems = report.items.map((it) => [it.title, it.page, it.boxes.length]);
  const pageItems = await page.evaluate(() => window.dubao.pdfItems());
  assert.deepEqual(
    cliItems.map(([, p, b]) => ({ page: p, boxes: b })),
    pageItems,
  );
  assert.deepEqual(
    cliItems.map(([title]) => title ?? null),
    await page.evaluate(() => window.dubao.itemTitles()),
  );
});

test('screenshots of the page view (a PDF with its font embedded: the pages drawn with their text)', async () => {
  await page.setInputFiles('#file-input', fixture('sample-embedded.pdf'));
  assert.equal(await settled('sample-embedded.pdf'), 'read');
  await page.evaluate(() => (document.getElementById('input-panel').open = false)); // the drop above opened it
  await page.click('#tab-pages');
  await page.waitForSelector('#page-stage .page-sheet.painted');
  await page.waitForTimeout(300);
  await shot('pdf-pages');
  await page.locator('#page-stage .region rect').nth(2).click();
  await page.waitForSelector('#item-place:not([hidden]) .page-sheet.painted');
  await page.waitForTimeout(300);
  await shot('pdf-item');
});

test('a scanned, an encrypted and a damaged PDF say so; the analysis shown stays', async () => {
  const before = await state();
  const cases = [
    ['scanned.pdf', 'error-scanned', /没有文字层（可能是扫描件）.*不做文字识别（OCR）/],
    ['encrypted.pdf', 'error-encrypted', /已加密，需要密码/],
    ['damaged.pdf', 'error-damaged', /已损坏或不完整/],
  ];
  for (const [name, code, message] of cases) {
    // The previous case's error code is still on the page: cleared, so that settled() waits for
    // this file's own outcome (it once read 'reading' after returning on the stale code).
    await page.evaluate(() => delete document.documentElement.dataset.pdf);
    await page.setInputFiles('#file-input', fixture(name));
    assert.equal(await settled(name), code);
    assert.match(await page.textContent('#status-text'), message);
    assert.equal(await page.getAttribute('#status', 'data-state'), 'error');
    const after = await state();
    assert.deepEqual([after.items, after.source, after.rev], [before.items, before.source, before.rev]);
  }
});

test('after a reload the PDF analysis and its regions come back (on blank pages: the PDF is not kept)', async () => {
  await page.waitForFunction(() => window.dubao.timing.saved?.ok);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await idle(page);
  await page.waitForFunction(() => window.dubao.state.source?.kind === 'pdf');
  assert.equal((await state()).source.name, 'sample-embedded.pdf');
  await page.click('#tab-pages');
  await page.waitForSelector('#page-stage .region');
  assert.equal(await page.locator('#page-stage .page-sheet.painted').count(), 0);
  assert.match(await page.textContent('#page-note'), /重新打开该 PDF/);
});

/** The regions item `index` has on the page shown in the 版面 tab: its rectangles in page points. */
const regionRects = (index) =>
  page.$$eval(`#page-stage .region[data-index="${index}"] rect`, (rects) =>
    rects.map((r) => ['x', 'y', 'width', 'height'].map((k) => Number(r.getAttribute(k)))),
  );
const bbox = (rects) => {
  const x0 = Math.min(...rects.map(([x]) => x));
  const y0 = Math.min(...rects.map(([, y]) => y));
  return [x0, y0, Math.max(...rects.map(([x, , w]) => x + w)), Math.max(...rects.map(([, y, , h]) => y + h))];
};
const area = (rects) => rects.reduce((n, [, , w, h]) => n + w * h, 0);

test('a hand split and merge: the regions follow the edited items (also in the saved session)', async () => {
  // The restored sample-embedded.pdf: its first page's item with the most regions (headline, columns).
  await page.click('#tab-pages');
  await page.waitForSelector('#page-stage .region');
  const indexes = await page.$$eval('#page-stage .region', (gs) => gs.map((g) => Number(g.dataset.index)));
  const counts = await Promise.all(indexes.map(async (i) => [i, (await regionRects(i)).length]));
  const [k] = counts.sort((a, b) => b[1] - a[1])[0];
  const whole = await regionRects(k);
  assert.ok(whole.length >= 3, `${whole.length} regions`);
  const items = (await state()).items;
  // Split it at a body line about halfway through its lines.
  await page.locator(`#page-stage .region[data-index="${k}"] rect`).first().click();
  await page.waitForFunction((i) => window.dubao.state.view === 'item' && window.dubao.state.selected === i, k);
  await page.click('#btn-split');
  await page.waitForSelector('#split-picker:not([hidden]) #split-lines li');
  const body = await page.$$eval('#split-lines li[data-part="body"] button', (bs) => bs.map((b) => b.dataset.line));
  const line = body[Math.floor(body.length / 2)];
  await page.click(`#split-lines button[data-line="${line}"]`);
  await page.waitForFunction(
    (n) => window.dubao.state.items === n && document.documentElement.dataset.busy === 'false',
    items + 1,
  );
  await page.click('#tab-pages');
  await page.waitForSelector(`#page-stage .region[data-index="${k + 1}"]`);
  const first = await regionRects(k);
  const second = await regionRects(k + 1);
  // Each part's regions lie within the whole item's, neither is the whole item's any more, and
  // together they cover no more than it did.
  const [wx0, wy0, wx1, wy1] = bbox(whole);
  for (const part of [first, second]) {
    const [x0, y0, x1, y1] = bbox(part);
    assert.ok(
      x0 >= wx0 - 1 && y0 >= wy0 - 1 && x1 <= wx1 + 1 && y1 <= wy1 + 1,
      `${[x0, y0, x1, y1]} in ${bbox(whole)}`,
    );
    assert.ok(area(part) < area(whole) - 1, `part ${area(part)} < whole ${area(whole)}`);
  }
  // (each rectangle is drawn 2 points larger all round: a cut box's two halves add a little)
  assert.ok(area(first) + area(second) <= area(whole) * 1.02, `${area(first)} + ${area(second)} ≤ ${area(whole)}`);
  // Merged again: one item whose regions reach over both parts'.
  await page.locator(`#page-stage .region[data-index="${k}"] rect`).first().click();
  await page.waitForFunction((i) => window.dubao.state.view === 'item' && window.dubao.state.selected === i, k);
  await page.click('#btn-merge');
  await page.waitForFunction(
    (n) => window.dubao.state.items === n && document.documentElement.dataset.busy === 'false',
    items,
  );
  await page.click('#tab-pages');
  await page.waitForSelector(`#page-stage .region[data-index="${k}"]`);
  const merged = bbox(await regionRects(k));
  const parts = bbox([...first, ...second]);
  assert.deepEqual(merged.map(Math.round), parts.map(Math.round));
  // The saved session has the fitted regions: a reload shows the same.
  await page.waitForFunction(() => window.dubao.timing.saved?.ok);
  const shown = await regionRects(k);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await idle(page);
  await page.click('#tab-pages');
  await page.waitForSelector(`#page-stage .region[data-index="${k}"]`);
  assert.deepEqual(await regionRects(k), shown);
});

test('a PDF whose text cannot be mapped to Unicode says so; a partly unmapped one says what it could not read', async () => {
  const before = await state();
  await page.setInputFiles('#file-input', fixture('unmapped.pdf'));
  assert.equal(await settled('unmapped.pdf'), 'error-unmapped');
  assert.match(
    await page.textContent('#status-text'),
    /unmapped\.pdf: 这份 PDF 的文字无法映射为 Unicode.*读不出可用的文字/,
  );
  const after = await state();
  assert.deepEqual([after.items, after.source, after.rev], [before.items, before.source, before.rev]);
  // One article in a font without a mapping: the rest is read; the note says how much was not.
  await page.evaluate(() => delete document.documentElement.dataset.pdf); // settled() must not see the error above
  await page.setInputFiles('#file-input', fixture('partly-unmapped.pdf'));
  assert.equal(await settled('partly-unmapped.pdf'), 'read');
  const note = await page.textContent('#source-note');
  const m = note.match(/第 1 版有 (\d+) 行（(\d+) 个字）的字体无法映射为 Unicode，读不出，未计入分析/);
  assert.ok(m, note);
  assert.ok(Number(m[1]) >= 20 && Number(m[2]) >= 1000, note); // the article: ~1,100 characters
  const shown = await titles();
  assert.ok(shown.includes('曹桥只争朝夕全力冲刺“开门红”'), shown.join(' / '));
  assert.ok(!shown.some((t) => t.includes('誓师出征')), shown.join(' / '));
  // No item or furniture shows the glyph numbers as characters.
  const listed = await page.evaluate(
    () => document.getElementById('items').textContent + document.getElementById('furniture-list').textContent,
  );
  assert.doesNotMatch(listed, /[\p{Cc}\u0100-\u024F\u0250-\u036F]/u);
  await page.evaluate(() => (document.getElementById('input-panel').open = false));
  await shot('pdf-partly-unmapped');
  // The 版面 tab says it on that page (the article is drawn there, without a region).
  await page.click('#tab-pages');
  await page.waitForSelector('#page-stage .page-sheet.painted');
  assert.match(await page.textContent('#page-note'), /第 1 版有 \d+ 行（\d+ 个字）的字体无法映射为 Unicode/);
  await page.waitForTimeout(300);
  await shot('pdf-partly-unmapped-page');
});

test('a PDF with a JPEG 2000 image: its text is read and its page drawn (without the image: pdf_pack.mjs leaves the decoder out)', async () => {
  await page.evaluate(() => delete document.documentElement.dataset.pdf);
  await page.setInputFiles('#file-input', fixture('jpeg2000.pdf'));
  assert.equal(await settled('jpeg2000.pdf'), 'read');
  assert.deepEqual(await titles(), ['Page with a JPEG 2000 image']);
  await page.click('#tab-pages');
  await page.waitForFunction(() => {
    const sheets = document.querySelectorAll('#page-stage .page-sheet');
    return sheets.length === 1 && sheets[0].classList.contains('painted');
  });
});

test('no request left the page, no CSP violation, no error', async () => {
  assert.deepEqual(browser.blocked, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(errors, []);
});
