// Benchmark (not part of the page): a whole analysis in the wasm build as the page's worker runs it
// (V8, in node, no browser): `DubaoAnalyzer.analyze(text, {}, onProgress)` over the month of
// People's Daily issues, after one warm-up pass (dictionary words admitted, lazy tables built).
// The progress call after the layout parts the time into layout (normalise + split) and the rest
// (words, keywords, the report handed to JS); plain segmentation (`segment_offsets`, HMM on) of the
// same texts is printed for reference. Fastest of ROUNDS passes: other processes only slow a pass.
// Usage: node bench/analyze_bench.mjs [PKG_DIR] [ROUNDS]   (after scripts/build_page.sh; PKG_DIR
// defaults to www/pkg, so two builds' pkg directories can be run in turn)
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from '../tests/browser.mjs';

const pkg = resolve(process.argv[2] || join(ROOT, 'www/pkg'));
const rounds = Number(process.argv[3] || 3);
const monthDir = join(ROOT, '../shared/eval/peoples-daily/month-2019-10');
const files = readdirSync(monthDir)
  .filter((f) => f.endsWith('_issue.txt'))
  .sort();
const texts = files.map((f) => readFileSync(join(monthDir, f), 'utf8'));
const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;

const mod = await import(join(pkg, 'dubao.js'));
mod.initSync({ module: readFileSync(join(pkg, 'dubao_bg.wasm')) });
const analyzer = new mod.DubaoAnalyzer();
for (const text of texts) analyzer.analyze(text, {});

let best = { whole: Infinity, layout: Infinity, cut: Infinity };
for (let r = 0; r < rounds; r++) {
  let layout = 0;
  let t0 = performance.now();
  for (const text of texts) {
    const start = performance.now();
    analyzer.analyze(text, {}, (p) => {
      if (p.stage === 'layout') layout += performance.now() - start;
    });
  }
  const whole = performance.now() - t0;
  t0 = performance.now();
  for (const text of texts) analyzer.segment_offsets(text, true);
  const cut = performance.now() - t0;
  best = { whole: Math.min(best.whole, whole), layout: Math.min(best.layout, layout), cut: Math.min(best.cut, cut) };
}
const f = (ms) => `${ms.toFixed(0)} ms (${(ms / mb).toFixed(1)} ms/MB)`;
console.log(`${pkg}: ${files.length} issues, ${mb.toFixed(2)} MB, fastest of ${rounds}`);
console.log(`  analyze ${f(best.whole)}, ${((mb / best.whole) * 1e3).toFixed(2)} MB/s; layout ${f(best.layout)} of it`);
console.log(`  plain segmentation ${f(best.cut)}`);
