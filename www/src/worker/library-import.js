// Importing files into the library, in the worker: each file (or each .txt of a .zip, unzipped
// with fflate) is decoded and read for its paper and date by the core (`decode_bytes`,
// `issue_meta`: the CLI's rules), analysed, indexed, and saved whole in one transaction
// (library-store.js) before the next; LIB_PROGRESS after each. A full store (quota) stops the
// import with code 'quota': the issues saved before stay, the one that failed left nothing.
import { unzipSync } from 'fflate';
import { decode_bytes, issue_meta, version } from '../../pkg/dubao.js';
import { FromWorker, ToWorker } from '../lib/protocol.js';
import { getAnalyzer } from './loader.js';
import { applyDict } from './requests.js';
import * as store from './library-store.js';
import { addLoaded, getLibrary, itemMetas, listed } from './library.js';

const isZip = (bytes) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
const baseName = (path) => path.split(/[\\/]/).pop();

/** The files to import: [{name, bytes}] (a zip's .txt entries in order; folders and dotfiles skipped). */
async function expand(files) {
  const out = [];
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (!isZip(bytes)) {
      out.push({ name: file.name, size: file.size, bytes });
      continue;
    }
    const entries = unzipSync(bytes, {
      filter: (f) => /\.txt$/i.test(f.name) && !baseName(f.name).startsWith('.') && !f.name.startsWith('__MACOSX'),
    });
    for (const name of Object.keys(entries).sort())
      out.push({ name: baseName(name), size: entries[name].length, bytes: entries[name], zip: file.name });
  }
  return out;
}

/** Time spent per stage of an import (ms), for the benchmark. */
const stages = { decode: 0, analyze: 0, index: 0, save: 0 };
function timed(stage, f) {
  const t0 = performance.now();
  const out = f();
  stages[stage] += performance.now() - t0;
  return out;
}

/** One file decoded, read for its paper and date, analysed and indexed: what saving it needs. */
function prepare({ name, size, bytes, zip }, options, settings) {
  const { text, encoding } = timed('decode', () => decode_bytes(bytes));
  const meta = issue_meta(text, name);
  const analyzer = getAnalyzer();
  const report = timed('analyze', () => analyzer.analyze(text, options));
  const { words, data } = timed('index', () => analyzer.issue_index(report, options));
  const summary = {
    id: `${name}:${size}`,
    name,
    zip: zip ?? null,
    paper: meta.paper ?? null,
    date: meta.date ?? null,
    unsure: !meta.date, // a missing paper shows as 未识别; a missing date keeps the issue out of the trends
    encoding,
    items: report.items.length,
    chars: text.length,
    addedAt: Date.now(),
    version: version(),
    settings,
  };
  return { summary, data: { text, report, edited: false }, index: { items: itemMetas(report), words, data } };
}

/** Saves a prepared issue (one transaction) and takes it into the library. */
async function save({ summary, data, index }) {
  await store.putIssue(summary, data, index);
  addLoaded(summary, index);
}

export const importHandlers = {
  async [ToWorker.LIB_IMPORT]({ id, files, options, userDict, settings }) {
    const t0 = performance.now();
    for (const k of Object.keys(stages)) stages[k] = 0;
    await getLibrary();
    applyDict(id, userDict);
    const failed = [];
    let list;
    try {
      list = await expand(files);
    } catch (e) {
      throw Object.assign(new Error(String(e.message || e)), { code: 'zip' });
    }
    let added = 0;
    let stopped = null;
    // One save in flight while the next file is analysed (the transaction commits meanwhile); a
    // save that fails for want of space stops the import.
    let saving = null;
    const settle = async () => {
      const { name, promise } = saving;
      saving = null;
      const t0 = performance.now();
      try {
        await promise; // the time the worker waits for the commit (stages.save)
        stages.save += performance.now() - t0;
        added++;
      } catch (e) {
        failed.push({ name, code: e.code ?? null, message: String(e.message || e) });
        if (e.code === 'quota' || e.code === 'unavailable') stopped = e.code;
      }
    };
    for (const [n, file] of list.entries()) {
      postMessage({ type: FromWorker.LIB_PROGRESS, id, done: n, total: list.length, name: file.name });
      let prepared;
      try {
        prepared = prepare(file, options, settings);
      } catch (e) {
        failed.push({ name: file.name, code: e.code ?? null, message: String(e.message || e) });
      }
      if (saving) await settle();
      if (stopped) break;
      if (prepared) saving = { name: file.name, promise: save(prepared) };
    }
    if (saving) await settle();
    postMessage({ type: FromWorker.LIB_PROGRESS, id, done: list.length, total: list.length, name: '' });
    const ms = performance.now() - t0;
    return { issues: listed(), added, failed, stopped, ms, stages: { ...stages }, usage: await store.estimate() };
  },
};
