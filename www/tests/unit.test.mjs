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

// Regions after hand edits (lib/fit-boxes.js): two columns of an article, lines 1–2 (title) and
// 3–6 (body: 3–4 left column, 5–6 right column), as the core boxes them.
const positions = {
  pages: [
    {
      page: 1,
      lines: [
        [10, 10, 200, 30],
        [10, 32, 200, 52],
        [10, 60, 100, 72],
        [10, 74, 100, 86],
        [110, 60, 200, 72],
        [110, 74, 200, 86],
      ].map(([x0, y0, x1, y1]) => ({ text: '字', x0, y0, x1, y1 })),
    },
  ],
};
const coreBoxes = [
  { page: 1, x0: 10, y0: 10, x1: 200, y1: 52 },
  { page: 1, x0: 10, y0: 60, x1: 100, y1: 86 },
  { page: 1, x0: 110, y0: 60, x1: 200, y1: 86 },
];

test('fitEdited: a split item gets the boxes of its own lines; untouched items keep theirs', async () => {
  const { fitEdited } = await import('../src/lib/fit-boxes.js');
  const before = { items: [{ spans: [[1, 6]], page: 1, boxes: coreBoxes }] };
  // The core's split: both parts keep the whole item's boxes.
  const after = {
    items: [
      { spans: [[1, 4]], page: 1, boxes: coreBoxes },
      { spans: [[5, 6]], page: 1, boxes: coreBoxes },
    ],
  };
  const fitted = fitEdited(before, after, JSON.stringify(positions));
  assert.deepEqual(fitted.items[0].boxes, coreBoxes.slice(0, 2));
  assert.deepEqual(fitted.items[1].boxes, [coreBoxes[2]]);
  // A cut through a column shrinks that column's box to the part's lines.
  const cut = fitEdited(
    before,
    {
      items: [
        { spans: [[1, 3]], boxes: coreBoxes },
        { spans: [[4, 6]], boxes: coreBoxes },
      ],
    },
    positions,
  );
  assert.deepEqual(cut.items[0].boxes[1], { page: 1, x0: 10, y0: 60, x1: 100, y1: 72 });
  assert.deepEqual(cut.items[1].boxes, [{ page: 1, x0: 10, y0: 74, x1: 100, y1: 86 }, coreBoxes[2]]);
  // Same lines as before: the boxes stay as they were (even if they were not tight).
  assert.equal(fitEdited(before, before, positions).items[0], before.items[0]);
  // Lines in none of the boxes (a merge with a boxless item) get a box of their own.
  const loose = fitEdited({ items: [] }, { items: [{ spans: [[1, 6]], boxes: [coreBoxes[0]] }] }, positions);
  assert.deepEqual(loose.items[0].boxes, [coreBoxes[0], { page: 1, x0: 10, y0: 60, x1: 200, y1: 86 }]);
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

test('the PDF pack: bin7 + gzip round trip gives the script and every CMap byte for byte (the UniGB maps interleaved)', async () => {
  const { readFileSync } = await import('node:fs');
  const { gunzipSync } = await import('node:zlib');
  const { fileURLToPath } = await import('node:url');
  const { pdfPack } = await import('../pdf_pack.mjs');
  const { decode } = await import('../src/lib/bin7.js');
  const { readPack } = await import('../src/lib/pdf-pack.js');
  const here = fileURLToPath(new URL('..', import.meta.url));
  const script = 'self.onmessage = () => "读报 pdf";'.repeat(50);
  const { html } = pdfPack(here, script);
  const [, bytes, text] = html.match(
    /^<script type="application\/octet-stream" id="dubao-pdf" data-bytes="(\d+)">([^<]*)<\/script>$/,
  );
  assert.doesNotMatch(text, /[\0\r]/);
  const gz = gunzipSync(decode(text, Number(bytes)));
  const pack = readPack(gz.buffer.slice(gz.byteOffset, gz.byteOffset + gz.length));
  assert.equal(new TextDecoder().decode(pack.script), script);
  assert.equal(pack.cmaps.length, 33);
  for (const [name, data] of pack.cmaps) {
    const original = readFileSync(new URL(`../node_modules/pdfjs-dist/cmaps/${name}.bcmap`, import.meta.url));
    assert.ok(Buffer.from(data).equals(original), name);
  }
  assert.ok(pack.cmaps.some(([name]) => name === 'UniGB-UTF8-H'));
});
