// Pure helpers of the page (www/src/lib/text.js), no browser needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  decodeText,
  splitLines,
  toSpans,
  spanLines,
  bodyFromLines,
  kwic,
  kwicItems,
  highlightPieces,
  keywordsCsv,
  mergeItems,
  splitItem,
  countOccurrences,
} from '../src/lib/text.js';

test('decodeText: UTF-8 first, GB18030 fallback', () => {
  const utf8 = new TextEncoder().encode('读报：平湖日报');
  assert.deepEqual(decodeText(utf8), { text: '读报：平湖日报', encoding: 'UTF-8' });
  // "读报" in GBK/GB18030.
  const gbk = new Uint8Array([0xb6, 0xc1, 0xb1, 0xa8]);
  assert.deepEqual(decodeText(gbk), { text: '读报', encoding: 'GB18030' });
});

test('splitLines matches the Rust core', () => {
  assert.deepEqual(splitLines('a\r\nb\rc\n'), ['a', 'b', 'c']);
  assert.deepEqual(splitLines('a\n\nb'), ['a', '', 'b']);
  assert.deepEqual(splitLines(''), []);
});

test('spans round-trip', () => {
  assert.deepEqual(toSpans([1, 2, 3, 5, 7, 8]), [
    [1, 3],
    [5, 5],
    [7, 8],
  ]);
  assert.deepEqual(
    spanLines([
      [1, 3],
      [5, 5],
    ]),
    [1, 2, 3, 5],
  );
});

test('bodyFromLines joins column lines and keeps paragraphs', () => {
  const lines = ['本报讯 去年，', '曹桥街道', '', '  新的一年 ', '标题'];
  assert.equal(bodyFromLines(lines, [1, 2, 3, 4]), '本报讯 去年，曹桥街道\n新的一年');
  assert.equal(bodyFromLines(lines, [1, 4]), '本报讯 去年，\n新的一年');
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

test('keywordsCsv: BOM, header, quoting, issue rows', () => {
  const items = [
    { index: 0, kind: 'article', title: '标题，带"引号"', keywords: [{ word: '项目', count: 3, weight: 3, pos: 'n' }] },
  ];
  const csv = keywordsCsv(items, [{ word: '发展', count: 5, weight: 0.5, pos: 'vn' }]);
  assert.ok(csv.startsWith('\uFEFFitem_index,kind,title,rank,word,count,weight,pos\r\n'));
  const rows = csv.slice(1).trimEnd().split('\r\n');
  assert.equal(rows.length, 3);
  assert.equal(rows[1], '1,article,"标题，带""引号""",1,项目,3,3,n');
  assert.equal(rows[2], 'all,issue,,1,发展,5,0.500000,vn');
});

const lines = ['■记者 甲', '正文一', '正文二', '标题一', '正文三', '正文四', '标题二'];
const items = [
  {
    index: 0,
    kind: 'article',
    title: '标题一',
    kicker: null,
    subtitle: null,
    credits: [{ role: '记者', names: ['甲'] }],
    spans: [[1, 4]],
    body_spans: [[2, 3]],
    title_spans: [[4, 4]],
    credit_spans: [[1, 1]],
    body: '正文一正文二',
    keywords: [],
    stats: { chars: 6, words: 2 },
  },
  {
    index: 1,
    kind: 'article',
    title: '标题二',
    kicker: null,
    subtitle: null,
    credits: [],
    spans: [[5, 7]],
    body_spans: [[5, 6]],
    title_spans: [[7, 7]],
    credit_spans: [],
    body: '正文三正文四',
    keywords: [],
    stats: { chars: 6, words: 2 },
  },
];

test('mergeItems: one item, second title becomes body text', () => {
  const merged = mergeItems(items, 0, lines);
  assert.equal(merged.length, 1);
  assert.equal(merged[0].title, '标题一');
  assert.deepEqual(merged[0].spans, [[1, 7]]);
  assert.equal(merged[0].body, '正文一正文二\n正文三正文四标题二');
  assert.deepEqual(merged[0].credits, [{ role: '记者', names: ['甲'] }]);
  assert.equal(mergeItems(items, 1, lines), items, 'last item has no next');
});

test('splitItem: the title stays with the part holding its lines', () => {
  const split = splitItem(items, 0, 3, lines);
  assert.equal(split.length, 3);
  assert.deepEqual(
    split.map((i) => i.index),
    [0, 1, 2],
  );
  assert.equal(split[0].title, null);
  assert.equal(split[0].body, '正文一');
  assert.deepEqual(split[0].credits, [{ role: '记者', names: ['甲'] }]);
  assert.equal(split[1].title, '标题一');
  assert.equal(split[1].body, '正文二');
  assert.deepEqual(split[1].spans, [[3, 4]]);
  assert.equal(splitItem(items, 0, 1, lines), items, 'split before the first line is a no-op');
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
