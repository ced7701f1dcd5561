// Pure helpers of the page (www/src/lib/text.js, lib/bin7.js), no browser needed. Decoding, lines,
// CSV and hand edits are the core's (tests/bindings.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spanLines, kwic, kwicItems, highlightPieces, countOccurrences } from '../src/lib/text.js';
import * as text from '../src/lib/text.js';

test('spanLines lists the line numbers of inclusive ranges', () => {
  assert.deepEqual(
    spanLines([
      [1, 3],
      [5, 5],
    ]),
    [1, 2, 3, 5],
  );
});

test('kwic gives context either side and counts per item', () => {
  const hits = kwic('一二三项目四五六项目七', '项目', 3);
  assert.deepEqual(
    hits.map((h) => [h.left, h.word, h.right]),
    [
      ['一二三', '项目', '四五六'],
      ['四五六', '项目', '七'],
    ],
  );
  const res = kwicItems(
    [
      { index: 0, body: '项目项目' },
      { index: 1, body: '无' },
      { index: 2, body: '大项目' },
    ],
    '项目',
  );
  assert.equal(res.total, 3);
  assert.deepEqual(res.counts, [
    { index: 0, count: 2 },
    { index: 2, count: 1 },
  ]);
  assert.equal(countOccurrences('aaaa', 'aa'), 2);
});

test('highlightPieces prefers the longest keyword and keeps all text', () => {
  const pieces = highlightPieces('双招双引和招商', ['招商', '双招双引', '双招']);
  assert.deepEqual(pieces, [{ text: '双招双引', word: '双招双引' }, { text: '和' }, { text: '招商', word: '招商' }]);
  assert.equal(
    highlightPieces('a.b', ['.'])
      .map((p) => p.text)
      .join(''),
    'a.b',
  );
});

test('no rule of the core is written again in JS', () => {
  for (const gone of [
    'decodeText',
    'splitLines',
    'toSpans',
    'clipSpans',
    'bodyFromLines',
    'keywordsCsv',
    'mergeItems',
    'splitItem',
  ]) {
    assert.equal(text[gone], undefined, gone);
  }
});

test('bin7 round-trips any bytes in ASCII without NUL, CR and "<"', async () => {
  const { encode, decode } = await import('../src/lib/bin7.js');
  const { randomBytes } = await import('node:crypto');
  for (const n of [0, 1, 2, 5, 6, 7, 8, 12, 13, 100, 4099]) {
    const bytes = randomBytes(n);
    const text = encode(bytes);
    assert.ok(!/[\0\r<]/.test(text));
    assert.ok(/^\p{ASCII}*$/u.test(text), 'pure ASCII');
    assert.equal(text.length, Math.ceil(n / 6) * 7);
    assert.deepEqual(Buffer.from(decode(text, n)), bytes, `n=${n}`);
  }
  for (const fill of [0, 0xff]) {
    const same = new Uint8Array(1000).fill(fill); // the smallest and largest digits
    assert.deepEqual(decode(encode(same), 1000), same);
  }
  const big = randomBytes(1 << 20);
  const text = encode(big);
  assert.ok(Buffer.byteLength(text) < big.length * 1.17, `${Buffer.byteLength(text)} UTF-8 bytes`);
  assert.deepEqual(Buffer.from(decode(text, big.length)), big);
});
