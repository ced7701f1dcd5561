// An edited PDF report's regions fitted to its items' lines. The core's hand edits (src/edit.rs)
// know the items' lines but not where the lines are: a split gives both parts the whole item's
// boxes, a merge the two items' boxes. Here, with the positioned lines the report was read from,
// each box of an item whose lines changed shrinks to the item's lines inside it (the core's boxes
// stay the regions' shapes: headline, columns, credits), boxes without its lines go, and lines in
// no box get one box per page. The worker applies it to every edit, so the page, the saved
// session and undo / redo all keep regions that follow the items.

import { spanLines } from './text.js';

/** Line number (1-based across the pages, as spans count) → {page, x0, y0, x1, y1}. */
export function lineBoxes(positions) {
  const out = [null];
  for (const { page, lines } of positions.pages) {
    for (const l of lines) out.push({ page, x0: l.x0, y0: l.y0, x1: l.x1, y1: l.y1 });
  }
  return out;
}

const key = (item) => JSON.stringify(item.spans);

/** The smallest box around `boxes` (all on one page). */
function around(boxes) {
  return {
    page: boxes[0].page,
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}

/** Whether line box `l`'s centre is inside box `b` (a point of slack). */
const inside = (l, b) => {
  const cx = (l.x0 + l.x1) / 2;
  const cy = (l.y0 + l.y1) / 2;
  return l.page === b.page && cx >= b.x0 - 1 && cx <= b.x1 + 1 && cy >= b.y0 - 1 && cy <= b.y1 + 1;
};

/** `item`'s boxes fitted to its lines (`where`: lineBoxes()); its page the first box's. */
export function fitItem(item, where) {
  const lines = spanLines(item.spans)
    .map((n) => where[n])
    .filter(Boolean);
  if (!lines.length) return item;
  const placed = new Set();
  const boxes = [];
  for (const b of item.boxes ?? []) {
    const members = lines.filter((l) => inside(l, b));
    if (!members.length) continue;
    members.forEach((l) => placed.add(l));
    boxes.push(around(members));
  }
  const loose = lines.filter((l) => !placed.has(l));
  for (const page of new Set(loose.map((l) => l.page))) boxes.push(around(loose.filter((l) => l.page === page)));
  return { ...item, boxes, page: boxes[0]?.page ?? item.page };
}

/** `after` (a report edited from `before`) with the boxes of every item whose lines changed
 * fitted to them; items with the same lines as one before keep their boxes. */
export function fitEdited(before, after, positions) {
  if (!positions || !after.items.some((it) => it.boxes?.length)) return after;
  const where = lineBoxes(typeof positions === 'string' ? JSON.parse(positions) : positions);
  const kept = new Set(before.items.map(key));
  return { ...after, items: after.items.map((it) => (kept.has(key(it)) ? it : fitItem(it, where))) };
}
