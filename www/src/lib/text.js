// Pure helpers (no DOM): decoding files, lines, KWIC, highlight spans, CSV, hand edits of the
// split. Kept free of browser globals beyond TextDecoder so `node --test` can check them.

/** Decodes file bytes: strict UTF-8 first, then GB18030 (a superset of GBK/GB2312). */
export function decodeText(bytes) {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' };
  }
}

/** Splits like the Rust core: \r\n, \r, \n; a final line end adds no empty line. */
export function splitLines(text) {
  if (text === '') return [];
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Line numbers (1-based) covered by inclusive ranges. */
export function spanLines(spans) {
  const out = [];
  for (const [a, b] of spans || []) for (let n = a; n <= b; n++) out.push(n);
  return out;
}

/** Collapses sorted 1-based line numbers into inclusive ranges. */
export function toSpans(lines) {
  const spans = [];
  for (const n of lines) {
    const last = spans[spans.length - 1];
    if (last && last[1] + 1 === n) last[1] = n;
    else spans.push([n, n]);
  }
  return spans;
}

/** Keeps the parts of `spans` inside [from, to]. */
export function clipSpans(spans, from, to) {
  return toSpans(spanLines(spans).filter((n) => n >= from && n <= to));
}

/** Body text from source lines: lines trimmed and joined; a blank line starts a paragraph. */
export function bodyFromLines(lines, numbers) {
  const paras = [];
  let cur = '';
  let prev = null;
  for (const n of numbers) {
    const line = (lines[n - 1] ?? '').trim();
    if ((prev !== null && n !== prev + 1) || line === '') {
      if (cur) paras.push(cur);
      cur = '';
    }
    cur += line;
    prev = n;
  }
  if (cur) paras.push(cur);
  return paras.join('\n');
}

/** Occurrences of `word` in `text` with `width` characters of context either side. */
export function kwic(text, word, width = 15, limit = Infinity) {
  const out = [];
  if (!word) return out;
  let at = text.indexOf(word);
  while (at !== -1 && out.length < limit) {
    const end = at + word.length;
    out.push({
      at,
      left: text.slice(Math.max(0, at - width), at).replace(/\s+/g, ' '),
      word,
      right: text.slice(end, end + width).replace(/\s+/g, ' '),
    });
    at = text.indexOf(word, end);
  }
  return out;
}

/** Number of non-overlapping occurrences of `word` in `text`. */
export function countOccurrences(text, word) {
  if (!word) return 0;
  let n = 0;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) n++;
  return n;
}

/** KWIC over items: lines (each with its item index) and counts per item. */
export function kwicItems(items, word, width = 15, limit = 1000) {
  const lines = [];
  const counts = [];
  let total = 0;
  for (const item of items) {
    const hits = countOccurrences(item.body, word);
    if (!hits) continue;
    total += hits;
    counts.push({ index: item.index, count: hits });
    if (lines.length < limit) {
      for (const hit of kwic(item.body, word, width, limit - lines.length)) lines.push({ ...hit, index: item.index });
    }
  }
  return { word, total, counts, lines, truncated: total > lines.length };
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Splits `text` into plain and keyword pieces (longest keyword wins) for highlighting. */
export function highlightPieces(text, words) {
  const list = [...new Set(words.filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!list.length) return [{ text }];
  const re = new RegExp(list.map(escapeRe).join('|'), 'g');
  const pieces = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) pieces.push({ text: text.slice(last, m.index) });
    pieces.push({ text: m[0], word: m[0] });
    last = m.index + m[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}

function csvCell(value) {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_HEADER = ['item_index', 'kind', 'title', 'rank', 'word', 'count', 'weight', 'pos'];

/** CSV (UTF-8 with BOM, CRLF) of keywords per item, then issue-wide rows (item_index "all"). */
export function keywordsCsv(items, issueKeywords) {
  const rows = [CSV_HEADER];
  const weight = (w) => (Number.isInteger(w) ? String(w) : Number(w).toFixed(6));
  for (const item of items) {
    item.keywords.forEach((k, i) =>
      rows.push([item.index + 1, item.kind, item.title ?? '', i + 1, k.word, k.count, weight(k.weight), k.pos]),
    );
  }
  issueKeywords.forEach((k, i) => rows.push(['all', 'issue', '', i + 1, k.word, k.count, weight(k.weight), k.pos]));
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Re-numbers items 0.. in order. */
function renumber(items) {
  return items.map((item, index) => ({ ...item, index }));
}

/** Merges item `i` with item `i + 1`: the second one's title lines become body text. */
export function mergeItems(items, i, lines) {
  if (i < 0 || i + 1 >= items.length) return items;
  const a = items[i];
  const b = items[i + 1];
  const bodyLines = spanLines(a.body_spans)
    .concat(spanLines(b.title_spans), spanLines(b.body_spans))
    .sort((x, y) => x - y);
  const body_spans = toSpans([...new Set(bodyLines)]);
  const merged = {
    ...a,
    kind: a.kind === 'article' || b.kind === 'article' ? 'article' : a.kind,
    title: a.title ?? b.title,
    kicker: a.kicker ?? (a.title ? null : b.kicker),
    subtitle: a.subtitle ?? (a.title ? null : b.subtitle),
    title_spans: a.title ? a.title_spans : b.title_spans,
    credits: a.credits.concat(b.credits),
    credit_spans: toSpans(
      spanLines(a.credit_spans)
        .concat(spanLines(b.credit_spans))
        .sort((x, y) => x - y),
    ),
    spans: toSpans([...new Set(spanLines(a.spans).concat(spanLines(b.spans)))].sort((x, y) => x - y)),
    body_spans,
    body: null,
    keywords: [],
  };
  if (a.title) merged.body_spans = toSpans(bodyLines.filter((n) => !spanLines(a.title_spans).includes(n)));
  else merged.body_spans = toSpans(bodyLines.filter((n) => !spanLines(b.title_spans).includes(n)));
  merged.body = bodyFromLines(lines, spanLines(merged.body_spans));
  return renumber([...items.slice(0, i), merged, ...items.slice(i + 2)]);
}

/** Splits item `i` so that source line `at` starts a new item. */
export function splitItem(items, i, at, lines) {
  const item = items[i];
  if (!item) return items;
  const all = spanLines(item.spans);
  if (!all.some((n) => n < at) || !all.some((n) => n >= at)) return items;
  const part = (from, to) => {
    const title_spans = clipSpans(item.title_spans, from, to);
    const keepTitle = title_spans.length > 0;
    const credit_spans = clipSpans(item.credit_spans, from, to);
    const body_spans = clipSpans(item.body_spans, from, to);
    return {
      ...item,
      title: keepTitle ? item.title : null,
      kicker: keepTitle ? item.kicker : null,
      subtitle: keepTitle ? item.subtitle : null,
      kind: keepTitle ? item.kind : 'brief',
      credits: credit_spans.length ? item.credits : [],
      spans: clipSpans(item.spans, from, to),
      body_spans,
      title_spans,
      credit_spans,
      body: bodyFromLines(lines, spanLines(body_spans)),
      keywords: [],
    };
  };
  const first = part(1, at - 1);
  const second = part(at, Infinity);
  // A split that leaves a part without title keeps the original kind for the first part.
  if (!first.title && !second.title) first.kind = item.kind;
  return renumber([...items.slice(0, i), first, second, ...items.slice(i + 1)]);
}
