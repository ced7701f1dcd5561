// pdf.js text items grouped into positioned lines (www/src/lib/position-lines.js): pure JS, no
// browser. Items are made as pdf.js gives them: `transform` [size, 0, 0, size, x, baseline from the
// page's bottom], `width` in points, in drawing order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupLines } from '../src/lib/position-lines.js';

const VIEW = [0, 0, 600, 800];
const item = (str, x, base, size = 9, font = 'F1') => ({
  str,
  transform: [size, 0, 0, size, x, base],
  width: Array.from(str).length * size,
  fontName: font,
});

test('pieces of one line drawn one after another are one line', () => {
  const page = groupLines([item('春节假期', 40, 700), item('刚过，', 76, 700), item('城乡各地', 40, 688)], VIEW, 1);
  assert.deepEqual(
    page.lines.map((l) => l.text),
    ['春节假期刚过，', '城乡各地'],
  );
});

test('a column drawn after a short one stays apart, even where a line hangs into the gutter', () => {
  // A continued article: two lines per column, ten characters wide, the next column at x 150;
  // the first column's second line hangs two marks into the gutter and ends at x 148.
  const items = [
    item('的人文观照等都使得现', 40, 700),
    item('作焕发新的光彩开启新”。', 40, 688),
    item('更源于一批对世界未来', 150, 700),
    item('充满热情想象的创作者', 150, 688),
  ];
  const page = groupLines(items, VIEW, 1);
  assert.deepEqual(
    page.lines.map((l) => l.text),
    ['的人文观照等都使得现', '作焕发新的光彩开启新”。', '更源于一批对世界未来', '充满热情想象的创作者'],
  );
});

test('a fake-bold copy drawn over its line becomes a copy line of its own', () => {
  const page = groupLines([item('誓师出征', 40, 700, 20), item('誓师出征', 40.3, 700, 20)], VIEW, 1);
  assert.deepEqual(
    page.lines.map((l) => l.text),
    ['誓师出征', '誓师出征'],
  );
  assert.equal(page.lines[0].order, 0);
  assert.equal(page.lines[1].order, 1);
});

test("a column's one line hung into the gutter does not take the next column's line beside it", () => {
  // Each column holds one line (the end of a continued article), drawn one after the other; each
  // hangs its last mark into the gutter and ends three or four points before the next starts.
  const items = [
    item('界上没有完成不了的沟通。', 40, 700),
    item('相知无远近万里尚为邻。”', 152, 700),
    item('这是我写作的最大愿望。', 254, 700),
  ];
  const page = groupLines(items, VIEW, 1);
  assert.deepEqual(
    page.lines.map((l) => l.text),
    ['界上没有完成不了的沟通。', '相知无远近万里尚为邻。”', '这是我写作的最大愿望。'],
  );
});
