// The wasm bindings (src/wasm.rs) as built by wasm-pack into www/pkg, loaded in node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ROOT } from './browser.mjs';
import { spanLines } from '../src/lib/text.js';
import {
  initSync,
  DubaoAnalyzer,
  decode_bytes,
  default_options,
  issue_meta,
  items_json_lines,
  DubaoLibrary,
  normalize,
  report_csv,
  source_lines,
  version,
} from '../pkg/dubao.js';

initSync({ module: readFileSync(new URL('../pkg/dubao_bg.wasm', import.meta.url)) });
const analyzer = new DubaoAnalyzer();
const sample = readFileSync(`${ROOT}/samples/pinghu-2023-02-09.txt`, 'utf8');

test('version', () => assert.match(version(), /^\d+\.\d+\.\d+/));

test('analyze the sample returns items, keywords and stats as plain objects', () => {
  const report = analyzer.analyze(sample, { top_n: 5 });
  assert.ok(report.items.length >= 1);
  assert.ok(report.items.every((item) => item.keywords.length <= 5));
  assert.equal(report.keywords.length, 5);
  assert.equal(report.stats.lines, 408);
  assert.equal(typeof report.items[0].body, 'string');
  assert.ok(Array.isArray(report.items[0].spans[0]));
});

test('partial and missing options use defaults; bad options throw in Chinese', () => {
  assert.equal(analyzer.analyze('今天阴有阵雨，雨量中等。', undefined).items.length, 1);
  assert.throws(() => analyzer.analyze('文本', { weighting: 'nope' }), /分析选项无效/);
});

test('set_user_dict counts words and rejects a bad line with a Chinese message', () => {
  assert.equal(analyzer.set_user_dict('吉瑞弗产业园区 1000 nz\n# 注释\n'), 1);
  assert.equal(analyzer.segment('吉瑞弗产业园区', false), '吉瑞弗产业园区');
  assert.throws(() => analyzer.set_user_dict('坏 行 1.5'), /用户词典第 1 行/);
  assert.equal(analyzer.set_user_dict(''), 0);
});

test('segment joins words with spaces; offsets are UTF-16 ends', () => {
  const text = '平湖日报社😀记者';
  const joined = analyzer.segment(text, true);
  assert.equal(joined.replaceAll(' ', ''), text);
  const ends = analyzer.segment_offsets(text, true);
  assert.equal(ends[ends.length - 1], text.length);
  // The offsets slice the text (UTF-16, the emoji is two units) into the joined string's words.
  const words = Array.from(ends, (end, i) => text.slice(i ? ends[i - 1] : 0, end));
  assert.deepEqual(words, joined.split(' '));
  assert.ok(words.includes('😀'), words.join('|'));
});

test('the dictionary loads as texts need it, before and after the rest is filed, with the same words', () => {
  const fresh = new DubaoAnalyzer();
  const text = sample.slice(0, 4000);
  const first = fresh.segment(text, true); // only the words that may occur in this text loaded
  let steps = 1;
  while (!fresh.index_dictionary(50000)) steps++;
  assert.ok(steps >= 2 && steps <= 8, `${steps} steps of 50000 words`);
  assert.equal(fresh.index_dictionary(1), true);
  assert.equal(fresh.segment(text, true), first);
  assert.equal(fresh.segment('乌鲁木齐', true), '乌鲁木齐'); // found through what it was filed under
  assert.equal(fresh.segment(sample, true), analyzer.segment(sample, true));
  fresh.free();
});

const words = (report) => report.items.reduce((n, item) => n + item.stats.words, 0);

test("edit: merge then split at the second item's first line gives the items' lines back", () => {
  const report = analyzer.analyze(sample, {});
  assert.equal(report.items.length, 8);
  const merged = analyzer.edit(sample, report, { op: 'merge', item: 0 }, {});
  assert.equal(merged.items.length, 7);
  assert.deepEqual(
    merged.items.map((item) => item.index),
    [0, 1, 2, 3, 4, 5, 6],
  );
  assert.deepEqual(spanLines(merged.items[0].spans), spanLines([...report.items[0].spans, ...report.items[1].spans]));
  assert.equal(merged.items[0].title, report.items[0].title);
  assert.ok(merged.items[0].keywords.length > 0, 'the merged item has keywords again');
  assert.deepEqual(
    merged.items.slice(1),
    report.items.slice(2).map((item) => ({ ...item, index: item.index - 1 })),
  );
  assert.equal(merged.stats.items, 7);
  assert.equal(merged.stats.words, words(merged));
  assert.equal(merged.keywords.length, 20);

  const line = report.items[1].spans[0][0];
  const split = analyzer.edit(sample, merged, { op: 'split', item: 0, line }, {});
  assert.deepEqual(
    split.items.map((item) => spanLines(item.spans)),
    report.items.map((item) => spanLines(item.spans)),
  );
  assert.equal(split.items[0].title, report.items[0].title);
  assert.deepEqual(split.items.slice(2), report.items.slice(2));
  assert.equal(split.stats.words, words(split));
  // An edit that does not apply leaves the items as they are.
  assert.deepEqual(analyzer.edit(sample, report, { op: 'merge', item: 7 }, {}).items, report.items);
  assert.deepEqual(analyzer.edit(sample, report, { op: 'split', item: 0, line: 1 }, {}).items, report.items);
  assert.throws(() => analyzer.edit(sample, report, { op: 'glue', item: 0 }, {}), /修改无效/);
});

test('edit: a body joined again keeps the space between Latin words across a line end', () => {
  const text =
    '本报讯 记者报道，项目建设加快推进，项目投资持续增长。\n会议指出，要坚持 Belt and\n' +
    'Road Initiative 合作，招商引资加快推进。\n新的一年，招商项目持续增长，发展质量稳步提升。\n';
  const report = analyzer.analyze(text, {});
  assert.equal(report.items.length, 1);
  const split = analyzer.edit(text, report, { op: 'split', item: 0, line: 2 }, {});
  assert.equal(split.items.length, 2);
  assert.match(split.items[1].body, /Belt and Road Initiative/);
});

test('recount keeps a hand-made split under new options', () => {
  const report = analyzer.analyze(sample, {});
  const merged = analyzer.edit(sample, report, { op: 'merge', item: 0 }, {});
  const counted = analyzer.recount(merged, { top_n: 3 });
  assert.deepEqual(
    counted.items.map((item) => item.spans),
    merged.items.map((item) => item.spans),
  );
  assert.ok(counted.items.every((item) => item.keywords.length <= 3));
  assert.equal(counted.keywords.length, 3);
});

test('report_csv: BOM, the CLI header, CRLF, 1-based items, issue rows', () => {
  const report = analyzer.analyze(sample, { top_n: 5 });
  const csv = report_csv(report);
  assert.ok(csv.startsWith('\uFEFFitem,kind,title,rank,word,count,weight,pos\r\n'), csv.slice(0, 80));
  const rows = csv.slice(1).split('\r\n');
  assert.equal(rows.pop(), '', 'ends with CRLF');
  assert.ok(rows.every((row) => !row.includes('\n')));
  assert.match(rows[1], /^1,article,曹桥只争朝夕全力冲刺“开门红”,1,/);
  assert.equal(rows.filter((row) => row.startsWith('all,issue,,')).length, 5);
  const hostile = { ...report, items: [{ ...report.items[0], title: '=HYPERLINK("x")' }] };
  assert.match(report_csv(hostile), /\r\n1,article,"'=HYPERLINK\(""x""\)",1,/);
});

test('decode_bytes: UTF-8, UTF-16 with a BOM, GB18030; binary, PDF and undecodable refused with a code', () => {
  const utf8 = new TextEncoder().encode('读报：平湖日报');
  assert.deepEqual(decode_bytes(utf8), { text: '读报：平湖日报', encoding: 'UTF-8' });
  const le = decode_bytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]));
  assert.deepEqual(le, { text: sample, encoding: 'UTF-16LE' });
  const be = Buffer.from('\uFEFF读报', 'utf16le').swap16();
  assert.deepEqual(decode_bytes(be), { text: '读报', encoding: 'UTF-16BE' });
  assert.deepEqual(decode_bytes(new Uint8Array([0xb6, 0xc1, 0xb1, 0xa8])), { text: '读报', encoding: 'GB18030' });
  const refused = (bytes) => {
    try {
      decode_bytes(bytes);
    } catch (e) {
      assert.ok(e instanceof Error);
      assert.match(e.message, /\p{Script=Han}/u, 'a Chinese message');
      return e.code;
    }
    return null;
  };
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0, 0, 0, 0]);
  assert.equal(refused(png), 'binary');
  assert.equal(refused(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n')), 'pdf');
  assert.equal(refused(new Uint8Array([0x81, 0x20, 0x81, 0x20, 0xff, 0xff])), 'undecodable');
});

test('source_lines: the lines the spans count, normalised', () => {
  const lines = source_lines(sample);
  assert.equal(lines.length, 408);
  assert.equal(lines[68], '曹桥只争朝夕全力冲刺“开门红”');
  assert.deepEqual(source_lines('２０２３\r\nb\rc\n'), ['2023', 'b', 'c']);
  assert.deepEqual(source_lines(''), []);
});

test('default_options: the analysis defaults the page starts from', () => {
  assert.deepEqual(default_options(), {
    hmm: true,
    quoted_terms: true,
    top_n: 20,
    min_len: 2,
    keep_numbers: false,
    pos_filter: [],
    weighting: 'count',
    extra_stopwords: '',
  });
});

test('normalize keeps lines', () => {
  assert.equal(normalize('２０２３\n⼦'), '2023\n子');
});

test("the term matrix is the core's CSV: an items x terms table of token counts, formula cells escaped", () => {
  const report = analyzer.analyze(sample, {});
  const terms = [report.keywords[0].word, '-x'];
  const csv = analyzer.term_matrix_csv(report, terms, {});
  const rows = csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean);
  assert.equal(rows[0], `item,kind,title,${terms[0]},'-x`);
  assert.equal(rows.length, report.items.length + 1);
  const counts = analyzer.term_counts(report, terms, {});
  const first = rows.slice(1).map((r) => Number(r.split(',').at(-2)));
  assert.deepEqual(
    first,
    report.items.map((_, i) => counts[i * 2]),
  );
  assert.equal(
    first.reduce((a, b) => a + b, 0),
    report.keywords[0].count,
  );
});

test("issue_meta: the core's reading of paper and date (page headers first, then the file name)", () => {
  const meta = (text, name) => ({ ...issue_meta(text, name) });
  assert.deepEqual(meta('人民日报 2019年2月15日 星期五 第2版\n正文', undefined), {
    paper: '人民日报',
    date: '2019-02-15',
  });
  assert.deepEqual(meta('正文', 'rmrb_20190215_issue.txt'), { paper: '人民日报', date: '2019-02-15' });
  assert.deepEqual(meta(sample, 'pinghu 20230209.txt'), { paper: '平湖日报', date: '2023-02-09' });
  assert.equal(meta('正文', 'notes.txt').date, undefined);
});

test('the library: an issue index added to DubaoLibrary gives the trends, a point, exports and JSON Lines', () => {
  const report = analyzer.analyze(sample, {});
  const { words, data } = analyzer.issue_index(report, {});
  assert.ok(data instanceof Uint32Array && typeof words === 'string');
  const library = new DubaoLibrary();
  const items = report.items.map((item) => ({ title: item.title ?? '', kind: item.kind, page: '' }));
  library.add('a', '平湖日报', '2023-02-09', items, words, data);
  const term = report.keywords[0].word;
  const counts = analyzer.term_counts(report, [term], {});
  const [row] = library.trends([term], 'day');
  assert.equal(row.articles, [...counts].filter((c) => c > 0).length);
  assert.equal(row.tokens, report.keywords[0].count);
  assert.equal(library.articles(term, '2023-02-09', 'day').length, row.articles);
  assert.equal(library.matrix_csv([term]).trimEnd().split('\r\n').length, report.items.length + 1);
  const lines = items_json_lines(report, 'x.txt', '平湖日报', '2023-02-09').trimEnd().split('\n');
  assert.equal(lines.length, report.items.length);
  assert.equal(JSON.parse(lines[0]).paper, '平湖日报');
});

test('analyze_positions: positioned lines read by geometry, items with their page and boxes; bad JSON has a code', () => {
  const line = (text, y, size, order) => ({
    text,
    x0: 50,
    y0: y,
    x1: 50 + size * text.length,
    y1: y + size,
    size,
    font: 'f',
    order,
  });
  const positions = {
    pages: [
      {
        page: 1,
        width: 595,
        height: 842,
        lines: [
          line('春耕备耕正当时', 100, 28, 0),
          line('本报讯 连日来，各地抓住有利天气，', 150, 11, 1),
          line('组织农民开展春耕生产，确保粮食', 165, 11, 2),
          line('稳产增产。', 180, 11, 3),
        ],
      },
    ],
  };
  const report = analyzer.analyze_positions(JSON.stringify(positions), {});
  assert.ok(report.items.length >= 1);
  assert.equal(report.items[0].page, 1);
  assert.ok(report.items[0].boxes.length >= 1);
  assert.ok(report.items.some((it) => it.title === '春耕备耕正当时'));
  assert.throws(
    () => analyzer.analyze_positions('{"pages": 3}', {}),
    (e) => e.code === 'positions',
  );
});
