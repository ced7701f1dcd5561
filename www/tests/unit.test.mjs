// Pure helpers of the page (www/src/lib/text.js, lib/bin7.js), no browser needed. Decoding, lines,
// CSV and hand edits are the core's (tests/bindings.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spanLines, markPieces } from '../src/lib/text.js';
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

test("markPieces marks the core's hits by offset and keeps all text", () => {
  const hits = [
    { at: 7, word: '招商' },
    { at: 0, word: '双招双引' },
    { at: 1, word: '招双' }, // overlaps the hit before it: dropped
  ];
  const pieces = markPieces('双招双引和\n招商', hits.slice(1), 0);
  assert.deepEqual(pieces, [{ text: '双招双引', word: '双招双引', at: 0 }, { text: '和\n招商' }]);
  // A paragraph that starts at offset 6 of the body: a hit running past its end is not marked.
  assert.deepEqual(markPieces('和招', hits, 6), [{ text: '和招' }]);
  assert.deepEqual(markPieces('招商a', hits, 7), [{ text: '招商', word: '招商', at: 7 }, { text: 'a' }]);
  assert.deepEqual(markPieces('', []), [{ text: '' }]);
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
    // Occurrences are the core's tokens (concordance, term_counts), not JS substrings (issue 14).
    'kwic',
    'kwicItems',
    'countOccurrences',
    'highlightPieces',
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

test('dropUnreadable: lines of a font whose text is glyph numbers are taken out and counted', async () => {
  const { dropUnreadable, unreadableFonts } = await import('../src/pdf/unreadable.js');
  const line = (text, font) => ({ text, font });
  const pages = [
    {
      page: 1,
      lines: [
        line('平湖日报 2023年2月9日', 'f1'),
        line('ŉȩǆƕ', 'f2'),
        line('\u0006\u0004\u0006\u0007Ŋ\u0006Ǚ ǆ\u0001ǌǞî', 'f2'),
        line('ǖ 拼音 lǜsè 绿色', 'f1'), // pinyin in a readable font stays
      ],
    },
    { page: 2, lines: [line('ǗǷË9ǝČz', 'f2'), line('新仓久久为功推动平安建设', 'f1')] },
  ];
  assert.deepEqual([...unreadableFonts(pages)], ['f2']);
  assert.deepEqual(dropUnreadable(pages), [
    { page: 1, lines: 2, chars: 16 },
    { page: 2, lines: 1, chars: 7 },
  ]);
  assert.deepEqual(
    pages.map((p) => p.lines.map((l) => l.font)),
    [['f1', 'f1'], ['f1']],
  );
});
