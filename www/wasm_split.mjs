// Build step (node only): takes large read-only blobs that the core reads lazily out of the wasm's
// data segment, so that the page can inline them AFTER the module. The module then compiles and
// jieba's dictionary builds while the browser is still parsing the rest of the file; the worker
// writes the blobs into the instance's memory at their addresses before it reports ready.
//
// The blobs are the zstd frames that jieba-rs embeds (dictionary, POS model, IDF table). Which of
// them `new DubaoAnalyzer()` does NOT read is established by running it, not assumed: a frame
// left as zeros fails zstd's magic-number check, so construction succeeding without a frame
// proves it did not read it. `node wasm_split.mjs check` is that run, in a child process (the
// wasm-bindgen glue holds one instance per process).
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];
const MIN_FRAME = 256 * 1024;

function uleb(bytes, i) {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[i++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [result, i];
  }
}
function encodeUleb(n) {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}
function encodeSleb32(n) {
  const out = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) return [...out, b];
    out.push(b | 0x80);
  }
}

/** The module's sections: [{id, start (of contents), end}]. */
function sections(wasm) {
  const list = [];
  let i = 8;
  while (i < wasm.length) {
    const id = wasm[i];
    const [size, start] = uleb(wasm, i + 1);
    list.push({ id, headerStart: i, start, end: start + size });
    i = start + size;
  }
  return list;
}

/** Active data segments of memory 0 with an i32.const offset: [{address, start, end}]. */
function dataSegments(wasm, section) {
  let [count, i] = uleb(wasm, section.start);
  const segments = [];
  while (count--) {
    if (wasm[i] !== 0 || wasm[i + 1] !== 0x41) return null; // other forms: leave the module alone
    let address;
    [address, i] = uleb(wasm, i + 2); // signed LEB, but addresses here are small and positive
    if (wasm[i] !== 0x0b) return null;
    let size;
    [size, i] = uleb(wasm, i + 1);
    segments.push({ address, start: i, end: i + size });
    i += size;
  }
  return segments;
}

/** Length of the zstd frame at `at` (frame header, blocks, optional checksum), or 0. */
function zstdFrameLength(bytes, at, limit) {
  if (!ZSTD_MAGIC.every((b, k) => bytes[at + k] === b)) return 0;
  const fhd = bytes[at + 4];
  const single = (fhd >> 5) & 1;
  const fcsBytes = [single, 2, 4, 8][fhd >> 6];
  let i = at + 5 + (single ? 0 : 1) + [0, 1, 2, 4][fhd & 3] + fcsBytes;
  for (;;) {
    if (i + 3 > limit) return 0;
    const h = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16);
    const type = (h >> 1) & 3;
    if (type === 3) return 0;
    i += 3 + (type === 1 ? 1 : h >>> 3);
    if (h & 1) break;
  }
  if ((fhd >> 2) & 1) i += 4;
  return i <= limit ? i - at : 0;
}

/** Large zstd frames inside data segments: [{address, start, end}] (file offsets). */
export function findFrames(wasm) {
  const data = sections(wasm).find((s) => s.id === 11);
  const segments = data && dataSegments(wasm, data);
  if (!segments) return [];
  const frames = [];
  for (const seg of segments) {
    for (let i = seg.start; i + 4 <= seg.end; i++) {
      if (wasm[i] !== 0x28 || wasm[i + 1] !== 0xb5) continue;
      const length = zstdFrameLength(wasm, i, seg.end);
      if (length >= MIN_FRAME) {
        frames.push({ address: seg.address + (i - seg.start), start: i, end: i + length });
        i += length - 1;
      }
    }
  }
  return frames;
}

/** The module without `frames` (their bytes become zeros in memory), plus the frames' bytes. */
export function splitModule(wasm, frames) {
  const all = sections(wasm);
  const data = all.find((s) => s.id === 11);
  const segments = dataSegments(wasm, data);
  const pieces = []; // [address, bytes]
  for (const seg of segments) {
    let from = seg.start;
    for (const f of frames.filter((f) => f.start >= seg.start && f.end <= seg.end).sort((a, b) => a.start - b.start)) {
      if (f.start > from) pieces.push([seg.address + (from - seg.start), wasm.subarray(from, f.start)]);
      from = f.end;
    }
    if (seg.end > from) pieces.push([seg.address + (from - seg.start), wasm.subarray(from, seg.end)]);
  }
  const parts = [Uint8Array.from(encodeUleb(pieces.length))];
  for (const [address, bytes] of pieces) {
    parts.push(Uint8Array.from([0, 0x41, ...encodeSleb32(address), 0x0b, ...encodeUleb(bytes.length)]), bytes);
  }
  const contents = Buffer.concat(parts);
  const out = [wasm.subarray(0, 8)];
  for (const s of all) {
    if (s.id === 12) {
      out.push(Uint8Array.from([12, ...encodeUleb(encodeUleb(pieces.length).length), ...encodeUleb(pieces.length)]));
    } else if (s.id === 11) {
      out.push(Uint8Array.from([11, ...encodeUleb(contents.length)]), contents);
    } else {
      out.push(wasm.subarray(s.headerStart, s.end));
    }
  }
  return {
    module: Buffer.concat(out),
    blobs: frames.map((f) => ({ address: f.address, bytes: wasm.subarray(f.start, f.end) })),
  };
}

/**
 * The frames recompressed at `frame.level` (default 19; jieba-rs embeds them at level 3) where
 * that saves space: each becomes [smaller frame][skippable frame over the rest], same length, the skippable
 * frame's content zeros. zstd's decoder skips skippable frames, so the code that reads the blob
 * (same address, same length) gets the same bytes out. The zeros cost nothing: gzip squeezes them
 * in the module, and blob pieces stop after the skippable header (memory is zeros already), see
 * `blobBytes`. Needs the `zstd` command; without it the frames stay as they are.
 */
export function recompressFrames(wasm, frames) {
  const out = Buffer.from(wasm);
  let saved = 0;
  for (const f of frames) {
    let smaller;
    try {
      const raw = execFileSync('zstd', ['-d', '-c', '-q'], {
        input: wasm.subarray(f.start, f.end),
        maxBuffer: 1 << 28,
      });
      smaller = execFileSync('zstd', [`-${f.level ?? 19}`, '-c', '-q'], { input: raw, maxBuffer: 1 << 28 });
    } catch {
      return { wasm, saved: 0 }; // no zstd command (or an unexpected frame): leave all as is
    }
    const old = f.end - f.start;
    if (smaller.length + 8 > old) continue;
    out.fill(0, f.start, f.end);
    out.set(smaller, f.start);
    const skip = f.start + smaller.length;
    out.writeUInt32LE(0x184d2a50, skip); // skippable frame magic
    out.writeUInt32LE(old - smaller.length - 8, skip + 4);
    f.used = smaller.length + 8;
    saved += old - f.used;
  }
  return { wasm: out, saved };
}

/** Runs `check` in a child process (mode: construct | count | analyses): null if it failed, else its output. */
function check(module, blobs, mode) {
  const dir = mkdtempSync(join(tmpdir(), 'dubao-split-'));
  try {
    writeFileSync(join(dir, 'm.wasm'), module);
    blobs.forEach((b, k) => writeFileSync(join(dir, `b${k}`), b.bytes));
    writeFileSync(
      join(dir, 'blobs.json'),
      JSON.stringify(blobs.map((b, k) => ({ address: b.address, file: `b${k}` }))),
    );
    const args = [fileURLToPath(import.meta.url), 'check', dir, mode];
    return execFileSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 }).toString();
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Splits `wasm` as far as it is proven safe: the frames that `new DubaoAnalyzer()` does not read,
 * and only if the analyses of the sample (all three weightings) then come out exactly as from the
 * whole module. Returns {module, blobs} (blobs empty: nothing split) and a note for the build log.
 */
export function splitForPage(original) {
  const frames = findFrames(original);
  const deferred = frames.filter((f) => check(splitModule(original, [f]).module, [], 'construct') !== null);
  // Blobs read at start-up or by the first (count) analysis get level 9 (decodes as fast as level
  // 3: they are on the way to the first result), the others (IDF) level 19 (smallest; decoding
  // about half as fast, in the background warm-up).
  for (const f of frames) {
    f.level = deferred.includes(f) && check(splitModule(original, [f]).module, [], 'count') !== null ? 19 : 9;
  }
  const { wasm, saved } = recompressFrames(original, frames);
  if (!deferred.length) {
    return { module: original, blobs: [], note: `no blob split (${frames.length} frames, all needed at start)` };
  }
  const split = splitModule(wasm, deferred);
  // Blob pieces stop where their zeros begin (memory is zeros there already).
  split.blobs = split.blobs.map((b, k) => ({ ...b, bytes: b.bytes.subarray(0, deferred[k].used ?? b.bytes.length) }));
  const expected = check(original, [], 'analyses');
  const got = check(split.module, split.blobs, 'analyses');
  if (!expected || got !== expected) return { module: original, blobs: [], note: 'no blob split (check failed)' };
  const mb = (n) => (n / 1048576).toFixed(2);
  const blobBytes = split.blobs.reduce((n, b) => n + b.bytes.length, 0);
  return {
    ...split,
    note: `zstd blobs recompressed (−${mb(saved)} MB); ${deferred.length} of ${frames.length} blobs (${mb(blobBytes)} MB) after the module`,
  };
}

// ---- child process: `node wasm_split.mjs check DIR construct|count|analyses`
if (process.argv[2] === 'check') {
  const dir = process.argv[3];
  const glue = await import(pathToFileURL(join(here, 'pkg/dubao.js')).href);
  const instance = glue.initSync({ module: readFileSync(join(dir, 'm.wasm')) });
  const analyzer = new glue.DubaoAnalyzer(); // throws (zstd error) if it needs a missing frame
  if (process.argv[4] === 'count') {
    analyzer.analyze(readFileSync(join(here, '../samples/pinghu-2023-02-09.txt'), 'utf8'), {});
    process.stdout.write('ok');
  } else if (process.argv[4] === 'analyses') {
    for (const b of JSON.parse(readFileSync(join(dir, 'blobs.json'), 'utf8'))) {
      new Uint8Array(instance.memory.buffer).set(readFileSync(join(dir, b.file)), b.address);
    }
    const sample = readFileSync(join(here, '../samples/pinghu-2023-02-09.txt'), 'utf8');
    const reports = ['count', 'tfidf', 'textrank'].map((weighting) => analyzer.analyze(sample, { weighting }));
    process.stdout.write(JSON.stringify(reports));
  } else {
    process.stdout.write('ok');
  }
}
