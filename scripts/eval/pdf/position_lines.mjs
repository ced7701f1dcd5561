// pdf.js text items grouped into positioned lines: the "positioned-lines JSON" that dubao's
// geometry reader (src/geometry/) takes, `dubao analyze --positions FILE.json`.
//
// Plain JS with no imports, so the page can use the same module in the browser later (it lives
// here, under scripts/eval/pdf/, until the page is wired; then it moves to www/src/lib/).
//
// A page's lines: `{page, width, height, lines: [{text, x0, y0, x1, y1, size, font, order}]}`,
// coordinates in PDF points from the page's TOP-left corner (y grows downwards, as the page is
// seen), `size` the font size (the text matrix's vertical scale), `order` the drawing order of the
// line's first item on its page (0-based, among the items that have text).
//
// Grouping, item by item in drawing order: an item continues a line touched by one of the few
// items drawn just before it (a line's pieces are drawn together; a neighbouring column's line on
// the same baseline comes a whole column later) when both sit on the same baseline (within a quarter of the size), in the same size and font, and the item
// starts where the line ends (no further than half a character to its right, no more than a fifth
// of a character back over it). Of several such lines the nearest end wins. Anything else starts
// a line. So the columns of a page (a gutter is wider than half a character) stay apart, and text
// drawn twice for fake bold (the same run again at a small offset) makes a second line over the
// first instead of being interleaved with it: the core keeps one copy. Items are never reordered
// or dropped (save empty ones), so every character pdf.js gives is in exactly one line.

const SAME_BASELINE = 0.25; // of the size
const MAX_GAP = 0.5; // of the size: farther right is another line (a column gutter)
const MAX_OVERLAP = 0.2; // of the size: farther back is another line (a fake-bold copy)
const RECENT = 4; // items: a line continues only if one of the last RECENT items went to it
const SPACE_GAP = 0.3; // of the size: a gap this wide inside a line is written as a space
const ASCENT = 0.88; // of the size above the baseline (the box of a line)
const DESCENT = 0.12; // of the size below it

/** The positioned lines of one page from pdf.js `getTextContent()` items and the page's size
 * (`page.view`: [x0, y0, x1, y1] in points). */
export function groupLines(items, view, pageNumber) {
  const [vx0, vy0, vx1, vy1] = view;
  const height = vy1 - vy0;
  const lines = [];
  let order = 0;
  for (const it of items) {
    if (typeof it.str !== "string" || it.str.trim() === "") continue;
    const [a, b, c, d, e, f] = it.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || 1;
    const x0 = e - vx0;
    const x1 = x0 + (it.width || 0);
    const base = f - vy0;
    const font = it.fontName || "";
    let best = null;
    let bestGap = Infinity;
    for (let k = lines.length - 1; k >= 0 && k >= lines.length - RECENT; k--) {
      const l = lines[k];
      if (order - l.last > RECENT) continue;
      if (l.font !== font || Math.abs(l.size - size) > 0.05 * size) continue;
      if (Math.abs(l.base - base) > SAME_BASELINE * size) continue;
      const gap = x0 - l.x1;
      if (gap > MAX_GAP * size || gap < -MAX_OVERLAP * size) continue;
      if (Math.abs(gap) < bestGap) {
        best = l;
        bestGap = Math.abs(gap);
      }
    }
    if (best) {
      if (x0 - best.x1 > SPACE_GAP * size && !best.text.endsWith(" ")) best.text += " ";
      best.text += it.str;
      best.x1 = Math.max(best.x1, x1);
      best.last = order;
    } else {
      lines.push({ text: it.str, x0, x1, base, size, font, order, last: order });
    }
    order++;
  }
  return {
    page: pageNumber,
    width: round(vx1 - vx0),
    height: round(height),
    lines: lines.map((l) => ({
      text: l.text.replace(/\s+$/, "").replace(/^\s+/, ""),
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
