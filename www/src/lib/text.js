// Pure helpers (no DOM) for showing results: an item's line numbers, KWIC, highlight pieces. The
// rules of the text itself (decoding files, lines, bodies, CSV, hand edits of the split) are the
// Rust core's, reached through the worker; none are written again here.

/** Line numbers (1-based) covered by inclusive ranges. */
export function spanLines(spans) {
  const out = [];
  for (const [a, b] of spans || []) for (let n = a; n <= b; n++) out.push(n);
  return out;
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
