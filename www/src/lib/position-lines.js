// pdf.js text items grouped into positioned lines: the "positioned-lines JSON" that dubao's
// geometry reader (src/geometry/) takes, `dubao analyze --positions FILE.json`.
//
// Plain JS with no imports: one copy for the page's PDF reader (src/pdf/reader.js, in its worker)
// and the evaluation scripts (scripts/eval/pdf/extract_positions.mjs, geometry_eval.py).
//
// A page's lines: `{page, width, height, lines: [{text, x0, y0, x1, y1, size, font, order}]}`,
// coordinates in PDF points from the page's TOP-left corner (y grows downwards, as the page is
// seen), `size` the font size (the text matrix's vertical scale), `order` the drawing order of the
// line's first item on its page (0-based, among the items that have text).
//
// Grouping, item by item in drawing order:
// - An item drawn over a line already there (on its baseline, in its size and font, overlapping it
//   by more than a fifth of a character) is fake bold: the same text drawn again at a small
//   offset. pdf.js often merges such a copy with the next piece drawn after it, so the item is cut
//   where the line ends (characters counted at the item's mean advance): the part over the line
//   becomes a "copy" line of its own (nothing joins it; the core finds it is a copy and keeps the
//   text once), the rest continues the line.
// - Else an item continues a line touched by one of the few items drawn just before it (a line's
//   pieces are drawn together; a neighbouring column's line on the same baseline comes a whole
//   column later) when it starts where the line ends (no further than half a character to its
//   right) and no line was started since (a column's short frame: its next line is drawn a few
//   items later, and a line hanging punctuation into the gutter nearly touches it). Of several
//   such lines the nearest end wins; none where the line ends on a closing mark and a gap
//   follows (a column of one line hung into the gutter, the next column's line beside it).
//   Anything else starts a line.
// - Space items are dropped: pdf.js puts one over any gap on a baseline, a column's gutter too.
// So the columns of a page stay apart, and every character pdf.js gives (save spaces) is in
// exactly one line, a copy's in a copy line.

const SAME_BASELINE = 0.25; // of the size
const MAX_GAP = 0.5; // of the size: farther right is another line (a column gutter)
const MAX_OVERLAP = 0.2; // of the size: more over a line is a fake-bold copy
const RECENT = 4; // items: a line continues only if one of the last RECENT items went to it
const SPACE_GAP = 0.3; // of the size: a gap this wide inside a line is written as a space
const HUNG = /[，。、；：！？”’）》]$/u; // a line ending on one of these may hang it into the gutter
const ASCENT = 0.88; // of the size above the baseline (the box of a line)
const DESCENT = 0.12; // of the size below it

/** The positioned lines of one page from pdf.js `getTextContent()` items and the page's size
 * (`page.view`: [x0, y0, x1, y1] in points). */
export function groupLines(items, view, pageNumber) {
  const [vx0, vy0, vx1, vy1] = view;
  const height = vy1 - vy0;
  const lines = [];
  let order = 0;
  let lastStart = -1; // drawing order of the item that started the newest (non-copy) line
  const sameRow = (l, base, size, font) =>
    l.font === font && Math.abs(l.size - size) <= 0.05 * size && Math.abs(l.base - base) <= SAME_BASELINE * size;
  for (const it of items) {
    // Space items are pdf.js's own, put over any gap on a baseline (a column's gutter too): the
    // gap itself tells (SPACE_GAP).
    if (typeof it.str !== 'string' || it.str.trim() === '') continue;
    const [a, b, c, d, e, f] = it.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || 1;
    const x0 = e - vx0;
    const x1 = x0 + (it.width || 0);
    const base = f - vy0;
    const font = it.fontName || '';
    // Fake bold: drawn over a line already there.
    let over = null;
    let overlap = MAX_OVERLAP * size;
    for (const l of lines) {
      if (l.copy || !sameRow(l, base, size, font)) continue;
      const ov = Math.min(l.x1, x1) - Math.max(l.x0, x0);
      if (ov > overlap) {
        over = l;
        overlap = ov;
      }
    }
    const chars = Array.from(it.str);
    const advance = (it.width || 0) / chars.length;
    // A copy repeats the end of the line it is drawn over (its length estimated at the item's mean
    // advance, give or take two narrow characters); other text over a line (a hanging comma of
    // the column beside) is not a copy.
    let k = 0;
    if (over && advance > 0) {
      const guess = Math.round((over.x1 - x0) / advance);
      const end = over.text.trimEnd();
      for (const d of [0, -1, 1, -2, 2]) {
        const kk = guess + d;
        const piece = chars.slice(0, kk).join('').trim();
        if (kk > 0 && kk <= chars.length && piece !== '' && end.endsWith(piece)) {
          k = kk;
          break;
        }
      }
    }
    const head = chars.slice(0, k).join('');
    if (k > 0) {
      const tail = chars.slice(k).join('');
      lines.push({ text: head, x0, x1: x0 + k * advance, base, size, font, order, last: order, copy: true });
      if (tail.trim() !== '') {
        if (x0 + k * advance - over.x1 > SPACE_GAP * size && !over.text.endsWith(' ')) over.text += ' ';
        over.text += tail;
        over.x1 = Math.max(over.x1, x1);
        over.last = order;
      }
      order++;
      continue;
    }
    let best = null;
    let bestGap = Infinity;
    for (let j = lines.length - 1; j >= 0 && j >= lines.length - RECENT; j--) {
      const l = lines[j];
      if (l.copy || order - l.last > RECENT || l.last < lastStart || !sameRow(l, base, size, font)) continue;
      const gap = x0 - l.x1;
      if (gap > MAX_GAP * size || gap < -MAX_OVERLAP * size) continue;
      if (Math.abs(gap) < bestGap) {
        best = l;
        bestGap = Math.abs(gap);
      }
    }
    // A line ending on a closing mark hung into the gutter, then a gap: the next column's line.
    if (best && x0 - best.x1 > SPACE_GAP * size && HUNG.test(best.text)) best = null;
    if (best) {
      if (x0 - best.x1 > SPACE_GAP * size && !best.text.endsWith(' ')) best.text += ' ';
      best.text += it.str;
      best.x1 = Math.max(best.x1, x1);
      best.last = order;
    } else {
      lines.push({ text: it.str, x0, x1, base, size, font, order, last: order });
      lastStart = order;
    }
    order++;
  }
  return {
    page: pageNumber,
    width: round(vx1 - vx0),
    height: round(height),
    lines: lines.map((l) => ({
      text: l.text.trim(),
      x0: round(l.x0),
      y0: round(height - l.base - ASCENT * l.size),
      x1: round(l.x1),
      y1: round(height - l.base + DESCENT * l.size),
      size: round(l.size),
      font: l.font,
      order: l.order,
    })),
  };
}

function round(v) {
  return Math.round(v * 100) / 100;
}
