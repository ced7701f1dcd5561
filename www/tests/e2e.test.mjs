// End to end: dist/dubao.html opened from file:// in Debian's chromium, every request that is not
// file:/data:/blob: blocked and counted (must stay zero). Screenshots go to out/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
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

const gold = JSON.parse(readFileSync(join(ROOT, 'samples/pinghu-2023-02-09.gold.json'), 'utf8'));
mkdirSync(SHOTS, { recursive: true });

let browser;
let page;
let errors;

before(async () => {
  browser = await launch();
  ({ page, errors } = await openPage(browser.context));
  await idle(page);
});

after(async () => {
  await browser?.close();
});

const shot = (name) => page.screenshot({ path: join(SHOTS, `${name}.png`) });
const settle = () => page.waitForTimeout(700); // word clouds lay out on a timer

async function setInput(text) {
  await page.evaluate((t) => {
    const input = document.getElementById('input');
    input.value = t;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await page.click('#btn-analyze', { force: true }).catch(() => {});
}

/** Rows of CSV text, cells unquoted (RFC 4180: a quoted cell may hold commas, quotes, line ends). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') cell += text[++i];
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** Clicks the export menu's CSV entry; returns the downloaded file's text and name. */
async function downloadCsv() {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('#btn-export').then(() => page.click('#btn-csv')),
  ]);
  return { csv: readFileSync(await download.path(), 'utf8'), name: download.suggestedFilename() };
}

const rowTitles = () => page.$$eval('.item-row', (els) => els.map((el) => el.querySelector('.row-title').textContent));

const openSettings = () => openSettingsDialog(page);
const closeSettings = () => closeSettingsDialog(page);

test('the sample opens with the gold items and titles', async () => {
  const rows = await page.$$eval('.item-row', (els) =>
    els.map((el) => ({
      kind: el.dataset.kind,
      title: el.querySelector('.row-title:not(.untitled)')?.textContent ?? null,
      kicker: el.querySelector('.row-kicker')?.textContent ?? null,
    })),
  );
  assert.deepEqual(
    rows,
    gold.articles.map((a) => ({ kind: a.kind, title: a.title, kicker: a.kicker })),
  );
  assert.match(await page.textContent('#status-text'), /就绪/);
  await settle();
  await shot('overview-1366');
});

test('the rest of the dictionary is filed in the background after ready', async () => {
  const index = await page.waitForFunction(() => window.dubao.timing.dictionaryIndex, null, { timeout: 20000 });
  const { ms, at } = await index.jsonValue();
  const readyAt = await page.evaluate(() => window.dubao.timing.readyAt);
  assert.ok(ms > 0 && at > readyAt, `filed in ${ms} ms, done at ${at} ms, ready at ${readyAt} ms`);
});

test('the issue cloud is drawn (canvas not blank)', async () => {
  await settle();
  const inked = await page.$eval('#issue-cloud canvas', (canvas) => {
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n / (canvas.width * canvas.height);
  });
  assert.ok(inked > 0.02, `only ${(inked * 100).toFixed(2)}% of the cloud is inked`);
});

test('clicking a keyword shows its contexts from every item', async () => {
  const word = await page.textContent('#issue-chips .chip span');
  await page.click('#issue-chips .chip');
  await page.waitForSelector('#kwic:not([hidden])');
  assert.ok((await page.textContent('#kwic-title')).includes(word));
  const words = await page.$$eval('.kwic-word', (els) => els.map((e) => e.textContent));
  assert.ok(words.length > 1);
  assert.ok(words.every((w) => w === word));
  const counts = await page.$$eval('#kwic-counts .chip-count', (els) => els.map((e) => Number(e.textContent)));
  assert.equal(
    counts.reduce((a, b) => a + b, 0),
    words.length,
  );
  assert.match(await page.textContent('#kwic-summary'), new RegExp(`共 ${words.length} 处`));
  await shot('kwic-1366');
});

test('clicking a word in the cloud opens its contexts', async () => {
  if (await page.isVisible('#kwic')) await page.click('#btn-kwic-close');
  await page.locator('#issue-cloud').scrollIntoViewIfNeeded();
  await settle();
  const box = await page.locator('#issue-cloud canvas').boundingBox();
  // The heaviest word is laid out first, at the centre of the cloud.
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForSelector('#kwic:not([hidden])');
  const title = await page.textContent('#kwic-title');
  const top = await page.textContent('#issue-chips .chip span');
  assert.ok(title.includes(top), `${title} / ${top}`);
});

test('an item opens with its cloud, chart and highlighted text; a highlight opens KWIC', async () => {
  await page.click('.item-row >> nth=1');
  await page.waitForSelector('#view-item:not([hidden])');
  assert.equal(await page.textContent('#item-title'), gold.articles[1].title);
  assert.equal(await page.textContent('#item-kicker'), gold.articles[1].kicker);
  await page.waitForSelector('#item-body mark.kw'); // marked when the core has found the keywords' tokens
  const marks = await page.$$eval('#item-body mark.kw', (els) => els.map((e) => e.textContent));
  assert.ok(marks.length > 10);
  await settle();
  await shot('item-1366');
  const mark = page.locator('#item-body mark.kw').nth(3);
  const word = await mark.textContent();
  await mark.click();
  assert.ok((await page.textContent('#kwic-title')).includes(word));
  await page.click('#btn-kwic-close');
  assert.equal(await page.isHidden('#kwic'), true);
});

test('merge and split by hand, then restore the automatic split', async () => {
  await page.click('.item-row >> nth=0');
  await page.click('#btn-merge');
  await page.waitForFunction(() => document.querySelectorAll('.item-row').length === 7);
  await idle(page);
  assert.equal(await page.isVisible('#edited-note'), true);
  await page.click('#btn-split');
  await page.waitForSelector('#split-picker:not([hidden])');
  await page.click('#split-lines button >> nth=20');
  await page.waitForFunction(() => document.querySelectorAll('.item-row').length === 8);
  await idle(page);
  await page.click('#btn-reset-split');
  await page.click('#confirm-ok'); // discarding hand edits asks first
  await page.waitForFunction(() => document.getElementById('edited-note').hidden);
  await idle(page);
  assert.equal(await page.locator('.item-row').count(), gold.articles.length);
});

test('after a merge, a settings change keeps the hand-made split (recount) and the CSV has it', async () => {
  await page.click('.item-row >> nth=0');
  await page.click('#btn-merge');
  await page.waitForFunction(() => document.querySelectorAll('.item-row').length === 7);
  await idle(page);
  const merged = await rowTitles();
  await openSettings();
  await page.fill('#settings input[name=topN]', '5');
  await page.waitForTimeout(400);
  await idle(page);
  await closeSettings();
  await page.waitForFunction(() => document.querySelectorAll('#item-chips .chip').length === 5);
  assert.deepEqual(await rowTitles(), merged, 'the merged item survives');
  assert.equal(await page.isVisible('#edited-note'), true);
  await page.click('#tab-overview');
  await page.waitForFunction(() => document.querySelectorAll('#issue-chips .chip').length === 5);
  const { csv } = await downloadCsv();
  const items = new Set(
    parseCsv(csv.slice(1))
      .slice(1)
      .map((row) => row[0]),
  );
  assert.deepEqual([...items], ['1', '2', '3', '4', '5', '6', '7', 'all']);
  await openSettings();
  await page.click('#btn-reset-settings');
  await closeSettings();
  await page.waitForTimeout(400);
  await idle(page);
  await page.waitForFunction(() => document.querySelectorAll('#issue-chips .chip').length === 20);
  assert.equal(await page.locator('.item-row').count(), 7, 'still merged after a reset of the settings');
  await page.click('#btn-reset-split');
  await page.click('#confirm-ok'); // discarding hand edits asks first
  await page.waitForFunction(() => document.getElementById('edited-note').hidden);
  await idle(page);
  assert.equal(await page.locator('.item-row').count(), gold.articles.length);
});

test('a split joins the lines of each part as the analyzer does (a space between Latin words)', async () => {
  await page.evaluate(() => document.getElementById('input-panel').setAttribute('open', ''));
  await setInput(
    '本报讯 记者报道，项目建设加快推进，项目投资持续增长。\n会议指出，要坚持 Belt and\n' +
      'Road Initiative 合作，招商引资加快推进。\n新的一年，招商项目持续增长，发展质量稳步提升。\n',
  );
  await page.waitForTimeout(600); // the typing's own analysis (debounced) has started too
  await page.waitForFunction(
    () => document.querySelectorAll('.item-row').length === 1 && document.documentElement.dataset.busy === 'false',
  );
  await page.click('.item-row >> nth=0');
  await page.click('#btn-split');
  await page.waitForSelector('#split-picker:not([hidden])');
  const lines = await page.$$eval('#split-lines .line-text', (els) => els.map((e) => e.textContent));
  assert.deepEqual(lines.slice(1, 3), ['会议指出，要坚持 Belt and', 'Road Initiative 合作，招商引资加快推进。']);
  await page.click('#split-lines button[data-line="2"]');
  await page.waitForFunction(() => document.querySelectorAll('.item-row').length === 2);
  await idle(page);
  await page.click('.item-row >> nth=1');
  await page.waitForSelector('#view-item:not([hidden])');
  assert.match(await page.textContent('#item-body'), /Belt and Road Initiative/);
  await loadSample(page);
  await page.click('#tab-overview');
});

test('a user-dictionary word comes out as one keyword; a bad line is reported', async () => {
  await page.click('#tab-overview');
  await openSettings();
  await page.uncheck('#settings input[name=quotedTerms]');
  await page.waitForTimeout(400);
  await idle(page);
  let chips = await page.$$eval('#issue-chips .chip span:first-child', (els) => els.map((e) => e.textContent));
  assert.ok(!chips.includes('双招双引'), 'without quoted terms jieba splits 双招双引');
  await page.fill('#settings textarea[name=userDict]', '双招双引 1000 nz');
  await page.waitForFunction(() => document.getElementById('dict-note').textContent.includes('1'));
  await idle(page);
  chips = await page.$$eval('#issue-chips .chip span:first-child', (els) => els.map((e) => e.textContent));
  assert.ok(chips.includes('双招双引'), chips.join(' '));
  await page.fill('#settings textarea[name=userDict]', '双招双引 1000 nz\n坏 行 1.5');
  await page.waitForFunction(() => document.getElementById('dict-note').classList.contains('error'));
  assert.match(await page.textContent('#dict-note'), /第 2 行/);
  await shot('settings-1366');
  await page.fill('#settings textarea[name=userDict]', '');
  await page.check('#settings input[name=quotedTerms]');
  await closeSettings();
  await page.waitForTimeout(400);
  await idle(page);
});

test("CSV export: the core's (the CLI's) CSV: BOM, header, CRLF, no cell starting a formula", async () => {
  const { csv, name } = await downloadCsv();
  assert.ok(csv.startsWith('\uFEFFitem,kind,title,rank,word,count,weight,pos\r\n'), JSON.stringify(csv.slice(0, 60)));
  assert.ok(csv.endsWith('\r\n'));
  assert.equal(csv.split('\n').length, csv.split('\r\n').length, 'every line ends with CRLF');
  const rows = parseCsv(csv.slice(1));
  assert.deepEqual(rows[0], ['item', 'kind', 'title', 'rank', 'word', 'count', 'weight', 'pos']);
  assert.deepEqual(rows[1].slice(0, 4), ['1', 'article', '曹桥只争朝夕全力冲刺“开门红”', '1']);
  assert.match(rows[1].slice(4).join(','), /^\S+,\d+,[\d.]+,\w+$/);
  assert.equal(rows.filter((r) => r[0] === 'all' && r[1] === 'issue' && r[2] === '').length, 20);
  assert.ok(rows.length > 60);
  assert.ok(rows.every((r) => r.length === 8));
  assert.match(name, /\.csv$/);

  // A title that would start a formula in a spreadsheet is written with a leading '.
  const sample = await page.evaluate(() => document.getElementById('input').value);
  await page.evaluate(() => document.getElementById('input-panel').setAttribute('open', ''));
  await setInput(sample.replace('曹桥只争朝夕全力冲刺“开门红”', '=曹桥只争朝夕全力冲刺“开门红”'));
  await page.waitForTimeout(600); // the typing's own analysis (debounced) has started too
  await page.waitForFunction(() => document.querySelector('.item-row .row-title')?.textContent.startsWith('='));
  await idle(page);
  const hostile = parseCsv((await downloadCsv()).csv.slice(1));
  assert.equal(hostile[1][2], "'=曹桥只争朝夕全力冲刺“开门红”");
  const formulas = hostile.flat().filter((cell) => /^[=+\-@]/.test(cell));
  assert.deepEqual(formulas, []);
  await loadSample(page);
});

test('JSON and PNG exports download', async () => {
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.click('#btn-export').then(() => page.click('#btn-json')),
  ]);
  const report = JSON.parse(readFileSync(await json.path(), 'utf8'));
  assert.equal(report.items.length, gold.articles.length);
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-export="issue-cloud"][data-format="png"]'),
  ]);
  const bytes = readFileSync(await png.path());
  assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-export="issue-bar"][data-format="svg"]'),
  ]);
  assert.match(readFileSync(await svg.path(), 'utf8'), /^<svg[\s\S]*项目/);
  const [cloudSvg] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-export="issue-cloud"][data-format="svg"]'),
  ]);
  const cloudText = readFileSync(await cloudSvg.path(), 'utf8');
  assert.ok((cloudText.match(/<text/g) || []).length >= 10, 'the cloud SVG has its words');
});

test('pasted markup is shown as text and runs nothing', async () => {
  const payload =
    '<img src=x onerror="window.__pwned=1">\n<script>window.__pwned=2</script>\n' +
    '本报讯 <b onmouseover="window.__pwned=3">记者</b>报道，<svg onload="window.__pwned=4"></svg>项目建设加快推进，项目投资持续增长。\n';
  await page.evaluate(() => document.getElementById('input-panel').setAttribute('open', ''));
  await setInput(payload);
  await page.waitForFunction(
    () => document.querySelector('.item-row') && document.documentElement.dataset.busy === 'false',
  );
  await page.waitForTimeout(300);
  const texts = await page.$$eval('.item-row', (els) => els.map((e) => e.textContent).join('\n'));
  await page.click('.item-row >> nth=0');
  await page.waitForSelector('#view-item:not([hidden])');
  const body = await page.textContent('#item-body');
  assert.ok((texts + body).includes('<'), 'markup characters are visible as text');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.$$eval('main img, main script, main svg[onload], main b', (els) => els.length), 0);
  await page.hover('#item-body');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await shot('markup-as-text');
});

test('a page banner is an item with no text, and the page says so', async () => {
  const article = '今年以来，全市上下坚持稳中求进工作总基调，统筹推进各项工作，经济运行总体平稳，发展质量稳步提升。';
  const column = (text, w) => text.match(new RegExp(`.{1,${w}}`, 'gu')).join('\n');
  await page.evaluate(() => document.getElementById('input-panel').setAttribute('open', ''));
  await setInput(
    `2027年3月2日 星期二 第5版 要闻\n\n同心协力办好民生实事\n版式设计：林 一\n\n\n${column(article, 16)}\n稳中求进开新局\n`,
  );
  await page.waitForFunction(
    () => document.querySelectorAll('.item-row').length === 2 && document.documentElement.dataset.busy === 'false',
  );
  await page.click('.item-row >> nth=0');
  await page.waitForSelector('#view-item:not([hidden])');
  assert.match(await page.textContent('#item-chips'), /没有正文/);
});

test('a 5 MB paste keeps the page responsive and finishes', async () => {
  await loadSample(page);
  await page.evaluate(() => document.getElementById('input-panel').setAttribute('open', ''));
  const result = await page.evaluate(async () => {
    const sample = document.getElementById('input').value;
    const big = sample.repeat(Math.ceil((5 * 1024 * 1024) / new TextEncoder().encode(sample).length));
    // Heartbeat: a timer that should keep ticking while the worker analyzes.
    let maxGap = 0;
    let ticks = 0;
    let last = performance.now();
    const beat = setInterval(() => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
      ticks++;
    }, 16);
    const t0 = performance.now();
    // A real paste: the page takes the text from the clipboard event.
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', big);
    const input = document.getElementById('input');
    input.focus();
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    await new Promise((r) => setTimeout(r, 100));
    const sawBusy = document.documentElement.dataset.busy === 'true';
    const done = () => {
      const n = Number(/^\d+/.exec(document.getElementById('issue-stats').textContent)?.[0]);
      // The big text's own result (thousands of items, not the sample's 8 still on screen while
      // the paste is taken in), its first page of rows shown.
      return (
        document.documentElement.dataset.busy === 'false' &&
        n > 300 &&
        document.querySelectorAll('.item-row').length === 300
      );
    };
    // A deadline, so that a result that never comes fails the test instead of hanging the run.
    const deadline = performance.now() + 90000;
    while (!done() && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const ms = performance.now() - t0;
    clearInterval(beat);
    return {
      bytes: new TextEncoder().encode(big).length,
      ms,
      maxGap,
      ticks,
      sawBusy,
      items: document.querySelectorAll('.item-row').length,
      stats: document.getElementById('issue-stats').textContent,
      busy: document.documentElement.dataset.busy,
      status: document.getElementById('status-text')?.textContent,
    };
  });
  console.log(`5 MB paste: ${JSON.stringify(result)}`);
  assert.ok(result.bytes >= 5 * 1024 * 1024);
  assert.ok(result.sawBusy, 'progress is shown while analyzing');
  assert.ok(result.items >= 300, `items: ${result.items}`);
  assert.ok(result.maxGap < 1000, `main thread blocked for ${Math.round(result.maxGap)} ms`);
  assert.ok(result.ticks > result.ms / 16 / 4, `heartbeat ticked ${result.ticks} times in ${Math.round(result.ms)} ms`);
  await settle();
  await shot('big-paste');
});

test('a GB18030 file opens and the encoding is shown', async () => {
  // "本报讯 记者报道，项目建设加快推进，项目投资持续增长。" encoded as GB18030.
  const gbk = Buffer.from(
    'b1beb1a8d1b620bcc7d5dfb1a8b5c0a3accfeec4bfbda8c9e8bcd3bfeccdc6bdf8a3accfeec4bfcdb6d7cab3d6d0f8d4f6b3a4a1a3',
    'hex',
  );
  await page.setInputFiles('#file-input', { name: '旧报纸.txt', mimeType: 'text/plain', buffer: gbk });
  await page.waitForFunction(() => document.getElementById('source-note').textContent.includes('GB18030'));
  await idle(page);
  assert.match(await page.textContent('#source-note'), /GB18030.*旧报纸\.txt/);
  const chips = await page.$$eval('#issue-chips .chip span:first-child', (els) => els.map((e) => e.textContent));
  assert.ok(chips.includes('项目'), chips.join(' '));
});

test('a UTF-16LE file (with BOM) of the sample opens with the same items, and the note says UTF-16LE', async () => {
  await loadSample(page);
  const rows = () => page.$$eval('.item-row', (els) => els.map((el) => el.textContent));
  const sampleRows = await rows();
  const sample = readFileSync(join(ROOT, 'samples/pinghu-2023-02-09.txt'), 'utf8');
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]);
  await page.setInputFiles('#file-input', { name: 'sample-utf16.txt', mimeType: 'text/plain', buffer: utf16 });
  await page.waitForFunction(() => document.getElementById('source-note').textContent.includes('sample-utf16.txt'));
  await idle(page);
  assert.match(await page.textContent('#source-note'), /UTF-16LE.*sample-utf16\.txt/);
  assert.deepEqual(await rows(), sampleRows);
  assert.equal(await page.locator('.item-row').count(), 8);
});

test('a binary file and a damaged PDF are refused with a message; the analysis shown stays', async () => {
  const before = { titles: await rowTitles(), note: await page.textContent('#source-note') };
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    Buffer.alloc(64),
  ]);
  await page.setInputFiles('#file-input', { name: 'picture.png', mimeType: 'image/png', buffer: png });
  await page.waitForFunction(() => document.getElementById('status').dataset.state === 'error');
  assert.equal(await page.textContent('#status-text'), 'picture.png: 这是二进制文件，不是文本。');
  assert.deepEqual(await rowTitles(), before.titles);
  assert.equal(await page.textContent('#source-note'), before.note);

  // A PDF dropped on the page: read by the PDF reader (e2e-pdf.test.mjs), which finds no pages in it.
  const pdf = [...Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1')];
  const files = await page.evaluateHandle((bytes) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], '报纸.pdf', { type: 'application/pdf' }));
    return dt;
  }, pdf);
  await page.evaluate(() => document.getElementById('status').removeAttribute('data-state'));
  await page.dispatchEvent('body', 'drop', { dataTransfer: files });
  await page.waitForFunction(() => document.getElementById('status').dataset.state === 'error');
  assert.equal(await page.textContent('#status-text'), '报纸.pdf: 这份 PDF 已损坏或不完整，无法读取。');
  assert.deepEqual(await rowTitles(), before.titles);
  assert.equal(await page.textContent('#source-note'), before.note);
  assert.equal(await page.evaluate(() => window.dubao.state.items), 8);
});

test('settings persist across a reload (localStorage)', async () => {
  await openSettings();
  await page.fill('#settings input[name=topN]', '7');
  await page.check('#settings input[name=weighting][value=tfidf]');
  await closeSettings();
  await page.waitForTimeout(400);
  await idle(page);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await idle(page);
  await page.waitForFunction(() => document.querySelectorAll('#issue-chips .chip').length > 0);
  assert.equal(await page.locator('#issue-chips .chip').count(), 7);
  await openSettings();
  assert.equal(await page.inputValue('#settings input[name=topN]'), '7');
  assert.equal(await page.isChecked('#settings input[name=weighting][value=tfidf]'), true);
  await page.click('#btn-reset-settings');
  await closeSettings();
  await page.waitForTimeout(400);
  await idle(page);
  await page.waitForFunction(() => document.querySelectorAll('#issue-chips .chip').length === 20);
});

test('a .txt file dropped on the page opens', async () => {
  const files = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(
      new File(['本报讯 记者报道，招商引资加快推进，招商项目持续增长。'], '拖入的版面.txt', { type: 'text/plain' }),
    );
    return dt;
  });
  await page.dispatchEvent('body', 'dragover', { dataTransfer: files });
  assert.equal(await page.evaluate(() => document.body.classList.contains('dragging')), true, 'drop target shown');
  await page.dispatchEvent('body', 'drop', { dataTransfer: files });
  await page.waitForFunction(() => document.getElementById('source-note').textContent.includes('拖入的版面.txt'));
  await idle(page);
  assert.equal(await page.evaluate(() => document.body.classList.contains('dragging')), false);
  const chips = await page.$$eval('#issue-chips .chip span:first-child', (els) => els.map((e) => e.textContent));
  assert.ok(chips.includes('招商'), chips.join(' '));
});

test("the keyboard alone opens an item and a keyword's contexts", async () => {
  await loadSample(page);
  await page.focus('.item-row >> nth=0');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.index), '2');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#view-item:not([hidden])');
  assert.equal(await page.textContent('#item-title'), gold.articles[2].title);
  // Tab order reaches the item's keyword chips.
  let presses = 0;
  while (!(await page.evaluate(() => document.activeElement?.closest('#item-chips') !== null))) {
    assert.ok(++presses < 80, 'Tab never reached a keyword chip');
    await page.keyboard.press('Tab');
  }
  const word = await page.evaluate(() => document.activeElement.dataset.word);
  await settle();
  await shot('keyboard-focus');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#kwic:not([hidden])');
  assert.ok((await page.textContent('#kwic-title')).includes(word));
  await page.keyboard.press('Escape');
  assert.equal(await page.isHidden('#kwic'), true);
});

test('tablet, dark and English views render', async () => {
  await loadSample(page);
  await page.setViewportSize({ width: 768, height: 1024 });
  await settle();
  await shot('overview-768');
  await page.click('#btn-theme');
  await settle();
  await shot('overview-768-dark');
  await page.click('.item-row >> nth=4');
  await settle();
  await shot('item-768-dark');
  await page.click('#btn-lang');
  await page.setViewportSize({ width: 1366, height: 768 });
  await settle();
  assert.equal(await page.textContent('#btn-sample'), 'Open sample');
  await shot('item-1366-dark-en');
  await page.click('#btn-lang');
  await page.click('#btn-theme');
});

test('no network request, no CSP violation, no error', async () => {
  assert.deepEqual(browser.blocked, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(errors, []);
});
