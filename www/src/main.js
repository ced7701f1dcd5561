// The page: input, item list, overview, item view, KWIC, settings, exports.
// User text only ever reaches the DOM through textContent / text nodes.
import SAMPLE from '../../samples/pinghu-2023-02-09.txt';
import { t, setLang, getLang, applyI18n } from './lib/i18n.js';
import { decode } from './lib/bin7.js';
import { Chart, palette as readPalette, cloudOption, barOption, heatmapOption } from './lib/charts.js';
import {
  decodeText,
  splitLines,
  spanLines,
  kwicItems,
  countOccurrences,
  highlightPieces,
  keywordsCsv,
  mergeItems,
  splitItem,
} from './lib/text.js';

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
};

// ---------------------------------------------------------------- settings

const DEFAULTS = {
  topN: 20,
  minLen: 2,
  pos: [],
  weighting: 'count',
  hmm: true,
  quotedTerms: true,
  userDict: '',
  stopwords: '',
};
const STORE = 'dubao.settings.v1';
const UI_STORE = 'dubao.ui.v1';

function loadJson(key) {
  try {
    return JSON.parse(localStorage.getItem(key) || '{}') || {};
  } catch {
    return {};
  }
}
function saveJson(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    /* private mode or file:// without storage: settings just don't persist */
  }
}

const settings = { ...DEFAULTS, ...loadJson(STORE) };
const ui = { lang: 'zh', theme: 'auto', ...loadJson(UI_STORE) };

function options() {
  return {
    top_n: Math.max(1, Math.min(500, Number(settings.topN) || DEFAULTS.topN)),
    min_len: Math.max(1, Math.min(10, Number(settings.minLen) || DEFAULTS.minLen)),
    pos_filter: settings.pos,
    weighting: settings.weighting,
    hmm: settings.hmm,
    quoted_terms: settings.quotedTerms,
    extra_stopwords: settings.stopwords,
  };
}

// ---------------------------------------------------------------- state

const state = {
  text: '',
  source: null, // {kind: 'sample'|'paste'|'file', name?, encoding?}
  report: null, // the last full Report from the analyzer
  items: [], // current items (the report's, or hand-edited)
  keywords: [], // issue-wide keywords for the current items
  edited: false,
  lines: null, // normalized lines (for hand edits), computed on demand
  selected: -1,
  view: 'overview',
  kwicWord: null,
  analyzedMs: null,
};

// ---------------------------------------------------------------- worker

let worker = null;
let ready = false;
let nextId = 1;
const pending = new Map();
let latestId = 0;
let busySince = 0;
let busyTimer = 0;
let readyResolve;
const readyPromise = new Promise((r) => (readyResolve = r));
const timing = { start: performance.now(), bootAt: null, readyAt: null, readyMs: null, compileMs: null, dictMs: null, memory: 0, version: '', firstAnalyzeMs: null, firstResultAt: null };

/** Takes over the worker the boot script started (or starts one), replaying queued messages. */
function startWorker() {
  const boot = window.__dubaoBoot;
  if (boot) {
    worker = boot.worker;
    timing.bootAt = boot.at;
    timing.fedAt = boot.fedAt; // the last wasm piece handed to the worker (HTML parsed that far)
    timing.moduleFedAt = boot.moduleFedAt; // the module's last piece (the blobs follow)
    timing.chunks = boot.chunks;
    // Blob pieces: decoded here (the main thread is free while the worker builds the dictionary)
    // and transferred, so the worker only copies them into memory.
    for (const m of boot.blobs.splice(0)) {
      const bytes = decode(m.text, m.bytes);
      worker.postMessage({ ...m, text: null, data: bytes.buffer }, [bytes.buffer]);
    }
  } else {
    const url = URL.createObjectURL(new Blob([$('dubao-worker').textContent], { type: 'text/javascript' }));
    worker = new Worker(url, { name: 'dubao-analyzer' });
    for (const d of document.querySelectorAll('script.dubao-wasm')) {
      const s = d.dataset;
      worker.postMessage({ type: 'chunk', text: d.textContent, bytes: Number(s.bytes), at: 'at' in s ? Number(s.at) : null, end: 'end' in s, last: 'last' in s });
    }
  }
  worker.onmessage = (e) => onWorkerMessage(e.data);
  worker.onerror = (e) => setStatus('error', `${t('failed')}: ${e.message || 'worker'}`);
  for (const msg of boot?.queue.splice(0) ?? []) onWorkerMessage(msg);
}

function onWorkerMessage(msg) {
  if (msg.type === 'ready') {
    ready = true;
    timing.readyAt = performance.now(); // since navigation start: opening the file → ready
    timing.readyMs = timing.readyAt - timing.start;
    Object.assign(timing, { compileMs: msg.compileMs, decodeMs: msg.decodeMs, dictMs: msg.dictMs, memory: msg.memory, version: msg.version });
    // The worker's marks, converted to ms since this page's navigation start.
    timing.worker = Object.fromEntries(Object.entries(msg.marks).map(([k, v]) => [k, Math.round(v - performance.timeOrigin)]));
    timing.mainEnd = mainEnd;
    document.documentElement.dataset.ready = 'true';
    setStatus('ready', t('ready'));
    readyResolve();
    return;
  }
  if (msg.type === 'warm') {
    (timing.warm ??= {})[msg.weighting] = msg.ms; // background warm-up steps after ready
    return;
  }
  if (msg.type === 'dictionary') {
    // The last dictionary words filed in the background: time spent, and when (since navigation start).
    timing.dictionaryIndex ??= { ms: msg.ms, at: Math.round(msg.at - performance.timeOrigin) };
    return;
  }
  if (msg.type === 'fatal') {
    setStatus('error', `${t('failed')}: ${msg.message}`);
    return;
  }
  if (msg.type === 'phase') {
    if (msg.id === latestId) setStatus('busy', t(`phase_${msg.phase}`));
    return;
  }
  const p = pending.get(msg.id);
  if (!p) return;
  pending.delete(msg.id);
  if (msg.type === 'error') p.reject(new Error(msg.message));
  else p.resolve(msg);
}

/** Sends a request; `track` makes it the one the status line follows (older ones are stale). */
function request(type, payload, track = false) {
  const id = nextId++;
  if (track) {
    latestId = id;
    setBusy(true);
  }
  // Tracked callers clear the busy state themselves, after they have rendered the result.
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ type, id, ...payload });
  });
}

function setStatus(kind, text) {
  const status = $('status');
  status.dataset.state = kind;
  $('status-text').textContent = text;
}

function setBusy(on) {
  clearInterval(busyTimer);
  $('progress').hidden = !on;
  document.documentElement.dataset.busy = on ? 'true' : 'false';
  if (on) {
    busySince = performance.now();
    setStatus('busy', t('analyzing'));
    busyTimer = setInterval(() => {
      const s = ((performance.now() - busySince) / 1000).toFixed(1);
      const base = $('status-text').textContent.replace(/ \u00b7 .*$/, '');
      if (performance.now() - busySince > 400) $('status-text').textContent = `${base} · ${t('elapsed', { s })}`;
    }, 100);
  } else if (ready) {
    setStatus('ready', state.analyzedMs !== null ? `${t('ready')} · ${t('analyzedIn', { ms: Math.round(state.analyzedMs) })}` : t('ready'));
  }
}

// ---------------------------------------------------------------- analysis

let dictNote = '';

async function analyze() {
  await readyPromise;
  const text = state.text;
  const id = nextId; // the id request() will use
  try {
    const msg = await request('analyze', { text, options: options(), userDict: settings.userDict }, true);
    if (id !== latestId) return; // a newer request superseded this one
    handleDict(msg.dict);
    performance.measure('dubao:receive', { start: msg.sentAt - performance.timeOrigin, end: performance.now() });
    state.report = msg.report;
    state.items = msg.report.items;
    state.keywords = msg.report.keywords;
    state.edited = false;
    state.lines = null;
    state.analyzedMs = msg.ms;
    timing.memory = msg.memory;
    timing.firstAnalyzeMs ??= msg.ms;
    timing.firstResultAt ??= performance.now();
    if (state.selected >= state.items.length) state.selected = state.items.length ? 0 : -1;
    await renderLatest(id);
  } catch (e) {
    failLatest(id, e);
  }
}

/** Renders a result, and clears the busy state if no newer request is under way. */
async function renderLatest(id) {
  await render();
  if (id === latestId) setBusy(false);
}

/** Shows a failed request's error, unless a newer request superseded it. */
function failLatest(id, e) {
  if (id !== latestId) return;
  setBusy(false);
  setStatus('error', `${t('failed')}: ${e.message}`);
}

/** Keywords for hand-edited items (the split is kept, words are counted again). */
async function rekeyword() {
  await readyPromise;
  const id = nextId;
  const bodies = state.items.map((it) => it.body);
  const names = state.items.flatMap((it) => it.credits.flatMap((c) => c.names));
  try {
    const msg = await request('keywords', { bodies, names, options: options(), userDict: settings.userDict }, true);
    if (id !== latestId) return;
    handleDict(msg.dict);
    state.items = state.items.map((it, i) => ({
      ...it,
      keywords: msg.result.items[i].keywords,
      stats: { chars: msg.result.items[i].chars, words: msg.result.items[i].words },
    }));
    state.keywords = msg.result.keywords;
    state.analyzedMs = msg.ms;
    await renderLatest(id);
  } catch (e) {
    failLatest(id, e);
  }
}

function handleDict(dict) {
  if (dict === null || dict === undefined) return;
  dictNote = typeof dict === 'number' ? t('dictWords', { n: dict }) : dict.error;
  const note = $('dict-note');
  note.textContent = dictNote;
  note.classList.toggle('error', typeof dict !== 'number');
}

const reanalyze = () => (state.edited ? rekeyword() : analyze());

function debounce(fn, ms) {
  let timer = 0;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
const reanalyzeSoon = debounce(reanalyze, 350);
const analyzeInputSoon = debounce(() => {
  if (state.hiddenText) return;
  state.text = $('input').value;
  state.source = { kind: 'paste' };
  updateSourceNote();
  analyze();
}, 500);

// ---------------------------------------------------------------- rendering

const charts = {};
// Chart colours come from CSS variables; read once per theme (getComputedStyle forces a style pass).
let cachedPalette = null;
const palette = () => (cachedPalette ??= readPalette());
const CHART_IDS = ['issue-cloud', 'issue-bar', 'heatmap', 'item-cloud', 'item-bar'];
const BODY_LIMIT = 30000;
let showFullBody = false;

function itemLabel(item) {
  if (item.title) return item.title;
  const first = (item.body || '').replace(/\s+/g, ' ').trim().slice(0, 24);
  return first ? `${first}…` : t('untitled');
}

function creditsText(item) {
  return item.credits.map((c) => `${c.role} ${c.names.join(' ')}`).join(' · ');
}

/** Runs `fn` and records its duration as a performance measure (seen in DevTools and tests). */
function timed(name, fn) {
  const t0 = performance.now();
  const r = fn();
  performance.measure(`dubao:${name}`, { start: t0, end: performance.now() });
  return r;
}

/** Renders the list first, then (in a later task, so the page stays responsive) the charts. */
async function render() {
  timed('i18n', () => applyI18n(document));
  timed('stats', renderStats);
  timed('items', renderItems);
  timed('furniture', renderFurniture);
  await new Promise((r) => setTimeout(r, 0));
  timed('overview', renderOverview);
  timed('item', renderItem);
  if (state.kwicWord) timed('kwic', () => showKwic(state.kwicWord, false));
}

function renderStats() {
  const s = state.report?.stats;
  $('issue-stats').textContent = s
    ? t('statsLine', {
        items: state.items.length,
        chars: s.chars.toLocaleString(),
        words: state.items.reduce((a, it) => a + it.stats.words, 0).toLocaleString(),
        lines: s.lines.toLocaleString(),
      })
    : '';
  $('edited-note').hidden = !state.edited;
  $('empty').hidden = state.items.length > 0;
}

let itemsGeneration = 0;

function itemRow(item) {
  const button = el(
    'button',
    { type: 'button', class: 'item-row', dataset: { index: String(item.index), kind: item.kind }, onclick: () => openItem(item.index) },
    el('span', { class: `badge ${item.kind}`, text: t(`kind_${item.kind}`) }),
    el(
      'span',
      { class: 'item-main' },
      item.kicker ? el('span', { class: 'row-kicker', text: item.kicker }) : null,
      el('span', { class: item.title ? 'row-title' : 'row-title untitled', text: itemLabel(item) }),
      item.credits.length ? el('span', { class: 'row-credits', text: creditsText(item) }) : null,
    ),
    el('span', { class: 'row-len', text: t('chars', { n: item.stats.chars.toLocaleString() }) }),
  );
  if (item.index === state.selected && state.view === 'item') button.setAttribute('aria-current', 'true');
  return el('li', {}, button);
}

/** The item list; long lists are appended in chunks, one per frame, so the page stays responsive. */
function renderItems() {
  const list = $('items');
  const generation = ++itemsGeneration;
  const items = state.items;
  const CHUNK = 200;
  const append = (from) => {
    if (generation !== itemsGeneration) return;
    const frag = document.createDocumentFragment();
    for (const item of items.slice(from, from + CHUNK)) frag.append(itemRow(item));
    if (from === 0) list.replaceChildren(frag);
    else list.append(frag);
    if (from + CHUNK < items.length) requestAnimationFrame(() => setTimeout(() => append(from + CHUNK)));
  };
  append(0);
}

function renderFurniture() {
  const f = state.report?.furniture || [];
  $('furniture').hidden = f.length === 0;
  $('furniture-count').textContent = f.length ? `(${f.length})` : '';
  $('furniture-list').replaceChildren(
    ...f.map((x) => el('li', {}, el('span', { class: 'line-no', text: `${x.spans[0]?.[0] ?? ''}` }), el('span', { text: x.text }))),
  );
}

function chart(id) {
  if (!charts[id]) {
    charts[id] = new Chart($(id));
    charts[id].onHeat = ([ci, wi]) => showKwic(heat.words[wi]);
    charts[id].onColumn = (label) => {
      const col = heat.columns.find((c) => c.short === label || String(c.index + 1) === label);
      if (col) openItem(col.index);
    };
  }
  return charts[id];
}

let heat = { words: [], columns: [] };
let fontsReady = false;
const fontsPromise = (document.fonts?.ready ?? Promise.resolve()).then(() => (fontsReady = true));

async function drawCloud(id, keywords) {
  if (!fontsReady) await fontsPromise; // a cloud laid out before the font loads overlaps
  const c = chart(id);
  if (!keywords.length) return c.clear();
  c.set(cloudOption(keywords, palette(), c.el.clientWidth, c.el.clientHeight), (w) => showKwic(w));
}

function drawBar(id, keywords) {
  const c = chart(id);
  if (!keywords.length) return c.clear();
  const n = Math.min(15, keywords.length);
  c.el.style.height = `${Math.max(160, n * 22 + 16)}px`;
  c.set(barOption(keywords, palette(), n), (w) => showKwic(w));
  c.resize();
}

function renderOverview() {
  if (state.view !== 'overview') return;
  const kws = state.keywords;
  $('issue-bar-title').textContent = t('topBar', { n: Math.min(15, kws.length) });
  timed('cloud', () => drawCloud('issue-cloud', kws));
  timed('bar', () => drawBar('issue-bar', kws));
  timed('chips', () => renderChips($('issue-chips'), kws));

  // Heatmap: issue keywords × items that use them (at most 40 columns, in reading order).
  const words = kws.slice(0, 15).map((k) => k.word);
  const counts = timed('heat-count', () => state.items.map((it) => words.map((w) => countOccurrences(it.body, w))));
  let cols = state.items.map((it, i) => ({ index: it.index, total: counts[i].reduce((a, b) => a + b, 0) })).filter((c) => c.total > 0);
  if (cols.length > 40) cols = [...cols].sort((a, b) => b.total - a.total).slice(0, 40).sort((a, b) => a.index - b.index);
  heat = {
    words,
    columns: cols.map((c) => {
      const label = itemLabel(state.items[c.index]);
      return { index: c.index, label, short: `${c.index + 1} ${label}` };
    }),
  };
  const matrix = words.map((_, wi) => cols.map((c) => counts[c.index][wi]));
  const hc = chart('heatmap');
  if (!words.length || !cols.length) hc.clear();
  else {
    const width = hc.el.clientWidth || 600;
    const rotated = (width - 90) / cols.length - 6 < 40;
    hc.el.style.height = `${Math.max(220, words.length * 26 + (rotated ? 110 : 40))}px`;
    hc.set(heatmapOption(words, heat.columns, matrix, palette(), width), (w) => showKwic(w));
    hc.resize();
  }
}

function renderChips(container, keywords, emptyText = t('noKeywords')) {
  if (!keywords.length) {
    container.replaceChildren(el('span', { class: 'muted small', text: emptyText }));
    return;
  }
  container.replaceChildren(
    ...keywords.map((k) =>
      el(
        'button',
        { type: 'button', class: 'chip', dataset: { word: k.word }, title: `${k.pos} · ${k.count}`, onclick: () => showKwic(k.word) },
        el('span', { text: k.word }),
        el('span', { class: 'chip-count', text: String(k.count) }),
      ),
    ),
  );
}

function renderItem() {
  const item = state.items[state.selected];
  $('tab-item').disabled = !item;
  if (state.view !== 'item' || !item) return;
  $('item-kicker').textContent = item.kicker || '';
  $('item-kicker').hidden = !item.kicker;
  $('item-title').textContent = itemLabel(item);
  $('item-title').classList.toggle('untitled', !item.title);
  $('item-subtitle').textContent = item.subtitle || '';
  $('item-subtitle').hidden = !item.subtitle;
  $('item-meta').replaceChildren(
    ...[
    el('span', { class: `badge ${item.kind}`, text: t(`kind_${item.kind}`) }),
    el('span', { text: t('itemN', { n: item.index + 1 }) }),
    item.credits.length ? el('span', { text: creditsText(item) }) : null,
    el('span', { text: t('chars', { n: item.stats.chars.toLocaleString() }) }),
    el('span', { text: t('words', { n: item.stats.words.toLocaleString() }) }),
    item.spans.length ? el('span', { class: 'muted', text: `${t('line', { n: `${item.spans[0][0]}–${item.spans[item.spans.length - 1][1]}` })}` }) : null,
    ].filter(Boolean),
  );
  $('btn-merge').disabled = state.selected >= state.items.length - 1;
  $('btn-split').disabled = spanLines(item.spans).length < 2;
  $('item-bar-title').textContent = t('topBar', { n: Math.min(15, item.keywords.length) });
  drawCloud('item-cloud', item.keywords);
  drawBar('item-bar', item.keywords);
  // A page banner is an item with a title and no text: say so rather than suggest looser settings.
  renderChips($('item-chips'), item.keywords, item.body ? t('noKeywords') : t('noBody'));
  renderBody(item);
  if (!$('split-picker').hidden) renderSplitPicker();
}

function renderBody(item) {
  const body = item.body || '';
  const shown = showFullBody || body.length <= BODY_LIMIT ? body : body.slice(0, BODY_LIMIT);
  const words = item.keywords.map((k) => k.word);
  const frag = document.createDocumentFragment();
  for (const para of shown.split('\n')) {
    const p = el('p');
    for (const piece of highlightPieces(para, words)) {
      if (piece.word) {
        p.append(el('mark', { class: 'kw', dataset: { word: piece.word }, text: piece.text }));
      } else p.append(document.createTextNode(piece.text));
    }
    frag.append(p);
  }
  if (shown.length < body.length) {
    frag.append(
      el(
        'p',
        { class: 'muted small' },
        t('textTruncated', { n: BODY_LIMIT.toLocaleString() }),
        ' ',
        el('button', { type: 'button', class: 'link', text: t('showAll'), onclick: () => ((showFullBody = true), renderBody(item)) }),
      ),
    );
  }
  $('item-body').replaceChildren(frag);
}

// ---------------------------------------------------------------- navigation

function setView(view, redraw = true) {
  state.view = view;
  $('view-overview').hidden = view !== 'overview';
  $('view-item').hidden = view !== 'item';
  $('tab-overview').setAttribute('aria-selected', String(view === 'overview'));
  $('tab-item').setAttribute('aria-selected', String(view === 'item'));
  for (const b of document.querySelectorAll('.item-row')) {
    if (view === 'item' && Number(b.dataset.index) === state.selected) b.setAttribute('aria-current', 'true');
    else b.removeAttribute('aria-current');
  }
  if (!redraw) return;
  if (view === 'overview') renderOverview();
  else renderItem();
  requestAnimationFrame(() => Object.values(charts).forEach((c) => c.resize()));
}

function openItem(index) {
  if (index !== state.selected) showFullBody = false;
  state.selected = index;
  $('split-picker').hidden = true;
  $('btn-split').setAttribute('aria-expanded', 'false');
  setView('item');
  $('item-title').focus({ preventScroll: true });
  document.querySelector('.content').scrollIntoView?.({ block: 'start', behavior: 'instant' });
}

// ---------------------------------------------------------------- KWIC

function showKwic(word, focus = true) {
  state.kwicWord = word;
  const res = kwicItems(state.items, word, 15, 500);
  $('kwic').hidden = false;
  document.body.classList.add('with-kwic');
  $('kwic-title').textContent = t('kwicTitle', { word });
  $('kwic-summary').textContent = res.total
    ? `${t('kwicSummary', { total: res.total, items: res.counts.length })}${res.truncated ? ` · ${t('kwicTruncated', { n: res.lines.length })}` : ''}`
    : t('kwicNone');
  $('kwic-counts').replaceChildren(
    ...res.counts.map((c) =>
      el(
        'button',
        { type: 'button', class: 'chip', title: itemLabel(state.items[c.index]), onclick: () => openItem(c.index) },
        el('span', { text: `${c.index + 1}. ${truncate(itemLabel(state.items[c.index]), 10)}` }),
        el('span', { class: 'chip-count', text: String(c.count) }),
      ),
    ),
  );
  $('kwic-lines').replaceChildren(
    ...res.lines.map((line) =>
      el(
        'li',
        {},
        el('button', { type: 'button', class: 'kwic-item', title: itemLabel(state.items[line.index]), text: String(line.index + 1), onclick: () => openItem(line.index) }),
        // The left context is right-aligned and clipped on its far side (see .kwic-left).
        el('span', { class: 'kwic-left' }, el('span', { text: line.left })),
        el('mark', { class: 'kwic-word', text: line.word }),
        el('span', { class: 'kwic-right', text: line.right }),
      ),
    ),
  );
  requestAnimationFrame(() => Object.values(charts).forEach((c) => c.resize()));
  if (focus) $('kwic-title').focus({ preventScroll: false });
}

const truncate = (s, n) => (s.length > n ? `${s.slice(0, n)}…` : s);

function closeKwic() {
  state.kwicWord = null;
  $('kwic').hidden = true;
  document.body.classList.remove('with-kwic');
  requestAnimationFrame(() => Object.values(charts).forEach((c) => c.resize()));
}

// ---------------------------------------------------------------- hand edits

async function ensureLines() {
  if (!state.lines) {
    const msg = await request('normalize', { text: state.text });
    state.lines = splitLines(msg.text);
  }
  return state.lines;
}

async function mergeWithNext() {
  const lines = await ensureLines();
  state.items = mergeItems(state.items, state.selected, lines);
  state.edited = true;
  await rekeyword();
}

function renderSplitPicker() {
  const item = state.items[state.selected];
  const lines = state.lines || [];
  const numbers = spanLines(item.spans);
  $('split-lines').replaceChildren(
    ...numbers.map((n, i) =>
      el(
        'li',
        {},
        el('span', { class: 'line-no', text: String(n) }),
        el('span', { class: 'line-text', text: lines[n - 1] ?? '' }),
        i > 0
          ? el('button', { type: 'button', class: 'mini', dataset: { line: String(n) }, text: t('splitHere'), onclick: () => splitAt(n) })
          : null,
      ),
    ),
  );
}

async function toggleSplit() {
  const picker = $('split-picker');
  if (picker.hidden) {
    await ensureLines();
    renderSplitPicker();
  }
  picker.hidden = !picker.hidden;
  $('btn-split').setAttribute('aria-expanded', String(!picker.hidden));
}

async function splitAt(line) {
  const lines = await ensureLines();
  state.items = splitItem(state.items, state.selected, line, lines);
  state.edited = true;
  $('split-picker').hidden = true;
  $('btn-split').setAttribute('aria-expanded', 'false');
  await rekeyword();
}

// ---------------------------------------------------------------- input

function updateSourceNote() {
  const s = state.source;
  let note = '';
  if (s?.kind === 'sample') note = t('sampleLoaded');
  else if (s?.kind === 'file') note = t('encodingUsed', { enc: s.encoding, name: s.name });
  else if (s?.kind === 'paste') note = t('pasted');
  $('encoding-note').textContent = note;
  $('source-note').textContent = note ? `· ${note}` : '';
}

// Text this long is analyzed but not put into the textarea (laying it out would freeze the page).
const BIG_TEXT = 300000;

function setText(text, source) {
  state.text = text;
  state.source = source;
  const input = $('input');
  state.hiddenText = text.length > BIG_TEXT;
  if (state.hiddenText) {
    input.value = '';
    input.placeholder = t('bigText', { n: text.length.toLocaleString() });
  } else {
    input.placeholder = '';
    if (input.value !== text) input.value = text;
  }
  updateSourceNote();
  state.selected = -1;
  closeKwic();
  setView('overview', false); // the analysis renders it
  analyze();
}

async function openFile(file) {
  if (!file) return;
  if (file.size > 64 * 1024 * 1024) return setStatus('error', t('fileTooBig'));
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const { text, encoding } = decodeText(bytes);
    setText(text, { kind: 'file', name: file.name, encoding });
  } catch (e) {
    setStatus('error', t('readError', { msg: e.message }));
  }
}

// ---------------------------------------------------------------- exports

function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

const baseName = () => {
  const s = state.source;
  if (s?.kind === 'file') return s.name.replace(/\.[^.]+$/, '') || 'dubao';
  if (s?.kind === 'sample') return 'pinghu-2023-02-09';
  return 'dubao';
};

function exportCsv() {
  download(`${baseName()}-keywords.csv`, new Blob([keywordsCsv(state.items, state.keywords)], { type: 'text/csv;charset=utf-8' }));
}

function exportJson() {
  const result = { ...state.report, items: state.items, keywords: state.keywords, edited: state.edited, options: options() };
  download(`${baseName()}-dubao.json`, new Blob([JSON.stringify(result, null, 1)], { type: 'application/json' }));
}

async function exportChart(id, format) {
  const c = charts[id];
  if (!c?.chart) return;
  const name = `${baseName()}-${id}${id.startsWith('item') ? `-${state.selected + 1}` : ''}`;
  if (format === 'png') {
    const url = c.pngDataUrl(palette().bg);
    const bytes = Uint8Array.from(atob(url.split(',')[1]), (ch) => ch.charCodeAt(0));
    download(`${name}.png`, new Blob([bytes], { type: 'image/png' }));
  } else {
    const svg = await c.svgText();
    if (svg) download(`${name}.svg`, new Blob([svg], { type: 'image/svg+xml' }));
  }
}

// ---------------------------------------------------------------- settings UI

function fillSettingsForm() {
  const f = $('settings-form');
  f.topN.value = settings.topN;
  f.minLen.value = settings.minLen;
  for (const r of f.weighting) r.checked = r.value === settings.weighting;
  for (const c of f.pos) c.checked = settings.pos.includes(c.value);
  f.hmm.checked = settings.hmm;
  f.quotedTerms.checked = settings.quotedTerms;
  f.userDict.value = settings.userDict;
  f.stopwords.value = settings.stopwords;
}

function readSettingsForm() {
  const f = $('settings-form');
  settings.topN = Number(f.topN.value) || DEFAULTS.topN;
  settings.minLen = Number(f.minLen.value) || DEFAULTS.minLen;
  settings.weighting = [...f.weighting].find((r) => r.checked)?.value || 'count';
  settings.pos = [...f.pos].filter((c) => c.checked).map((c) => c.value);
  settings.hmm = f.hmm.checked;
  settings.quotedTerms = f.quotedTerms.checked;
  settings.userDict = f.userDict.value;
  settings.stopwords = f.stopwords.value;
  saveJson(STORE, settings);
}

// ---------------------------------------------------------------- theme & language

function applyTheme() {
  const dark = ui.theme === 'dark' || (ui.theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  cachedPalette = null;
}

function redrawCharts() {
  if (!state.items.length) return;
  if (state.view === 'overview') renderOverview();
  else renderItem();
}

// ---------------------------------------------------------------- wiring

function wire() {
  $('btn-sample').addEventListener('click', () => setText(SAMPLE, { kind: 'sample' }));
  $('btn-open').addEventListener('click', () => $('file-input').click());
  $('file-input').addEventListener('change', (e) => {
    openFile(e.target.files[0]);
    e.target.value = '';
  });
  $('btn-analyze').addEventListener('click', () => {
    if (!(state.hiddenText && $('input').value === '')) state.text = $('input').value;
    state.source = state.source?.kind === 'paste' || !state.source ? { kind: 'paste' } : state.source;
    updateSourceNote();
    analyze();
  });
  $('input').addEventListener('input', () => {
    state.hiddenText = false;
    analyzeInputSoon();
  });
  $('input').addEventListener('paste', (e) => {
    const text = e.clipboardData?.getData('text/plain');
    if (text && text.length > BIG_TEXT) {
      e.preventDefault();
      setText(text, { kind: 'paste' });
    }
  });
  $('input').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) $('btn-analyze').click();
  });

  const drop = document.body;
  drop.addEventListener('dragover', (e) => {
    if ([...(e.dataTransfer?.types || [])].includes('Files')) {
      e.preventDefault();
      document.body.classList.add('dragging');
      $('input-panel').open = true;
    }
  });
  drop.addEventListener('dragleave', (e) => {
    if (e.target === document.documentElement || e.relatedTarget === null) document.body.classList.remove('dragging');
  });
  drop.addEventListener('drop', (e) => {
    document.body.classList.remove('dragging');
    const file = e.dataTransfer?.files?.[0];
    if (file) {
      e.preventDefault();
      openFile(file);
    }
  });

  $('tab-overview').addEventListener('click', () => setView('overview'));
  $('tab-item').addEventListener('click', () => {
    if (state.selected < 0 && state.items.length) state.selected = 0;
    setView('item');
  });
  for (const tab of document.querySelectorAll('[role=tab]')) {
    tab.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        const other = tab.id === 'tab-overview' ? $('tab-item') : $('tab-overview');
        if (!other.disabled) {
          other.click();
          other.focus();
        }
      }
    });
  }
  $('items').addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const rows = [...document.querySelectorAll('.item-row')];
    const i = rows.indexOf(document.activeElement);
    if (i < 0) return;
    e.preventDefault();
    rows[Math.max(0, Math.min(rows.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))].focus();
  });

  $('item-body').addEventListener('click', (e) => {
    const mark = e.target.closest('mark.kw');
    if (mark) showKwic(mark.dataset.word);
  });
  $('btn-kwic-close').addEventListener('click', closeKwic);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !$('kwic').hidden && !$('settings').open) closeKwic();
  });

  $('btn-merge').addEventListener('click', mergeWithNext);
  $('btn-split').addEventListener('click', toggleSplit);
  $('btn-reset-split').addEventListener('click', () => analyze());

  const exportBtn = $('btn-export');
  const menu = $('export-menu');
  const setMenu = (open) => {
    menu.hidden = !open;
    exportBtn.setAttribute('aria-expanded', String(open));
  };
  exportBtn.addEventListener('click', () => {
    setMenu(menu.hidden);
    if (!menu.hidden) menu.querySelector('button').focus();
  });
  menu.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      setMenu(false);
      exportBtn.focus();
    }
  });
  document.addEventListener('click', (e) => {
    if (!e.target.closest('.menu')) setMenu(false);
  });
  $('btn-csv').addEventListener('click', () => (setMenu(false), exportCsv()));
  $('btn-json').addEventListener('click', () => (setMenu(false), exportJson()));
  for (const b of document.querySelectorAll('[data-export]')) {
    b.addEventListener('click', () => exportChart(b.dataset.export, b.dataset.format));
  }

  const dialog = $('settings');
  $('btn-settings').addEventListener('click', () => {
    fillSettingsForm();
    dialog.showModal();
  });
  const form = $('settings-form');
  const onChange = () => {
    readSettingsForm();
    reanalyzeSoon();
  };
  form.addEventListener('input', onChange);
  form.addEventListener('change', onChange);
  $('btn-reset-settings').addEventListener('click', () => {
    Object.assign(settings, DEFAULTS, { pos: [] });
    fillSettingsForm();
    saveJson(STORE, settings);
    reanalyzeSoon();
  });

  $('btn-theme').addEventListener('click', () => {
    const dark = document.documentElement.dataset.theme === 'dark';
    ui.theme = dark ? 'light' : 'dark';
    saveJson(UI_STORE, ui);
    applyTheme();
    redrawCharts();
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (ui.theme === 'auto') {
      applyTheme();
      redrawCharts();
    }
  });
  $('btn-lang').addEventListener('click', () => {
    ui.lang = getLang() === 'zh' ? 'en' : 'zh';
    saveJson(UI_STORE, ui);
    setLang(ui.lang);
    applyI18n(document);
    updateSourceNote();
    render();
    if (!ready) setStatus('loading', t('loading'));
    else if (!pending.size) setBusy(false);
  });

  let resizeTimer = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => Object.values(charts).forEach((c) => c.resize()), 120);
  });
}

// A small API for tests and the benchmark (it only reaches the local worker).
window.dubao = {
  ready: readyPromise,
  timing,
  analyze: (text, opts) => readyPromise.then(() => request('analyze', { text, options: opts ?? options(), userDict: settings.userDict })),
  // mode: 'words' (every word as a JS string), 'joined' or 'offsets'; see the worker's `segment`.
  segment: (text, hmm = true, mode = 'words') => readyPromise.then(() => request('segment', { text, hmm, mode })),
  get state() {
    return { items: state.items.length, selected: state.selected, view: state.view, edited: state.edited };
  },
};

setLang(ui.lang);
applyTheme();
applyI18n(document);
setStatus('loading', t('loading'));
wire();
startWorker();
setText(SAMPLE, { kind: 'sample' });
const mainEnd = Math.round(performance.now());
