// Pure helpers (no DOM) for showing results: an item's line numbers and the pieces of a text with
// its word occurrences marked. Where a word occurs, and how often, is the core's (concordance,
// term_counts: tokens of the analysis, never substrings); the rules of the text itself (decoding
// files, lines, bodies, CSV, hand edits of the split) are the core's too. None are written here.

/** Line numbers (1-based) covered by inclusive ranges. */
export function spanLines(spans) {
  const out = [];
  for (const [a, b] of spans || []) for (let n = a; n <= b; n++) out.push(n);
  return out;
}

/**
 * Splits `text` (which starts at offset `from` of the text the hits point into) into plain pieces
 * and marked ones. `hits`: [{at, word}] as the core's concordance gives them (`at` a UTF-16
 * offset); an overlapping hit after an earlier one is dropped. Pieces: {text} or {text, word, at}.
 */
export function markPieces(text, hits, from = 0) {
  const end = from + text.length;
  const inside = hits
    .filter((h) => h.at >= from && h.at + h.word.length <= end)
    .sort((a, b) => a.at - b.at || b.word.length - a.word.length);
  const pieces = [];
  let last = from;
  for (const h of inside) {
    if (h.at < last) continue;
    if (h.at > last) pieces.push({ text: text.slice(last - from, h.at - from) });
    pieces.push({ text: text.slice(h.at - from, h.at - from + h.word.length), word: h.word, at: h.at });
    last = h.at + h.word.length;
  }
  if (last < end || !pieces.length) pieces.push({ text: text.slice(last - from) });
  return pieces;
}

/** A keyword's weight for display: a count as it is, any other weight to 3 significant digits
 * (TF-IDF 0.151, TextRank 0.597). */
export function formatWeight(w) {
  if (!Number.isFinite(w)) return '';
  return Number.isInteger(w) ? String(w) : String(Number(w.toPrecision(3)));
}
