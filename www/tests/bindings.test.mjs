// The wasm bindings (src/wasm.rs) as built by wasm-pack into www/pkg, loaded in node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ROOT } from './browser.mjs';
import { initSync, DubaoAnalyzer, normalize, version } from '../pkg/dubao.js';

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

test('keywords_for re-ranks hand-edited bodies', () => {
  const r = analyzer.keywords_for(['项目很好，项目很多。', '招商引资，招商。'], [], { top_n: 3 });
  assert.equal(r.items.length, 2);
  assert.equal(r.items[0].keywords[0].word, '项目');
  assert.ok(r.keywords.length <= 3);
});

test('normalize keeps lines', () => {
  assert.equal(normalize('２０２３\n⼦'), '2023\n子');
});
