// The layout of www/src (see www/README.md): small modules, imports one way only. Reads the
// sources' static imports; no browser, no build needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');
const MAX_LINES = 300;

const files = readdirSync(SRC, { recursive: true })
  .filter((f) => f.endsWith('.js'))
  .map((f) => join(SRC, f));
const source = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));

/** The relative imports of a module, resolved to absolute paths (bare packages are left out). */
function imports(file) {
  const specs = [
    ...source
      .get(file)
      .matchAll(/^\s*(?:import|export)\b[^'"]*?from\s*['"](\.[^'"]+)['"]|^\s*import\s*['"](\.[^'"]+)['"]/gm),
  ];
  return specs.map((m) => resolve(dirname(file), m[1] ?? m[2]));
}
const name = (f) => relative(SRC, f);

test('every module is at most 300 lines', () => {
  const long = files.filter((f) => source.get(f).split('\n').length > MAX_LINES + 1).map(name);
  assert.deepEqual(long, []);
});

test('the modules import each other without cycles', () => {
  const state = new Map(); // file → 'visiting' | 'done'
  const cycles = [];
  const visit = (file, path) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'visiting') {
      cycles.push([...path.slice(path.indexOf(file)), file].map(name).join(' → '));
      return;
    }
    state.set(file, 'visiting');
    for (const dep of imports(file)) if (source.has(dep)) visit(dep, [...path, file]);
    state.set(file, 'done');
  };
  for (const f of files) visit(f, []);
  assert.deepEqual(cycles, []);
});

test('app/ and worker/ meet only in lib/ (lib/ imports neither)', () => {
  const bad = [];
  for (const f of files) {
    const from = name(f).split('/')[0];
    for (const dep of imports(f)) {
      const to = relative(SRC, dep).split('/')[0];
      const ok = to === from || to === 'lib' || to.startsWith('..'); // '..': www/pkg, the sample
      if (!ok) bad.push(`${name(f)} → ${relative(SRC, dep)}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('every relative import names an existing module', () => {
  const missing = files.flatMap((f) =>
    imports(f)
      .filter((dep) => dep.startsWith(SRC) && dep.endsWith('.js') && !source.has(dep))
      .map((dep) => `${name(f)} → ${relative(SRC, dep)}`),
  );
  assert.deepEqual(missing, []);
});
