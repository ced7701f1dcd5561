// One page of a PDF drawn in the page: the page itself (rendered by the PDF reader while it has
// the PDF; a blank sheet otherwise, e.g. after a reload) with every item's region over it (its
// `boxes` on that page, in the item's colour, its title as the tooltip). A click on a region calls
// `onPick(index)`. Regions are SVG in the page's own points (viewBox), so they scale with it.
import { state } from './state.js';
import { itemLabel } from './labels.js';
import { renderPage } from './pdf-client.js';
import { t } from './pdf-strings.js';

const SVG = 'http://www.w3.org/2000/svg';

/** Item `index`'s colour: hues a golden angle apart, so neighbours differ. */
export const itemColour = (index) => `hsl(${Math.round((index * 137.508) % 360)} 72% 42%)`;

const svg = (tag, attrs = {}) => {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
};

/** The regions of page `page`: [{index, boxes}] for the items with boxes there. */
export function regionsOn(page) {
  const out = [];
  state.items.forEach((item, index) => {
    const boxes = (item.boxes || []).filter((b) => b.page === page);
    if (boxes.length) out.push({ index, boxes });
  });
  return out;
}

let generation = 0;

/**
 * Draws page `page` into `host`, `width` CSS pixels wide. `highlight`: an item index to stand out
 * (the others are shown faint), or -1; `onPick(index)`: a region clicked (null: regions are not
 * buttons); `label`: the sheet's accessible name. Returns the sheet element.
 */
export function drawPage(host, { page, width, highlight = -1, onPick = null, label = '' }) {
  const info = state.pdf?.pages.find((p) => p.page === page);
  if (!info) {
    host.replaceChildren();
    return null;
  }
  const sheet = document.createElement('span');
  sheet.className = 'page-sheet';
  sheet.style.width = `${width}px`;
  sheet.style.aspectRatio = `${info.width} / ${info.height}`;
  if (label) sheet.setAttribute('aria-label', label);
  const canvas = document.createElement('canvas');
  canvas.setAttribute('aria-hidden', 'true');
  sheet.append(canvas, overlay(info, highlight, onPick));
  host.replaceChildren(sheet);
  if (state.pdf.open) paint(canvas, page, width, sheet, ++generation);
  else sheet.title = t('pageNoImage');
  return sheet;
}

/** The page's picture, drawn when the reader has rendered it (a newer drawing of the host wins). */
async function paint(canvas, page, width, sheet, gen) {
  const pixels = Math.round(width * Math.min(2, window.devicePixelRatio || 1));
  try {
    const bitmap = await renderPage(page, pixels);
    if (!sheet.isConnected && gen !== generation) return;
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    canvas.getContext('2d').drawImage(bitmap, 0, 0);
    sheet.classList.add('painted');
  } catch {
    sheet.title = t('pageNoImage');
  }
}

function overlay(info, highlight, onPick) {
  const root = svg('svg', { viewBox: `0 0 ${info.width} ${info.height}`, preserveAspectRatio: 'none' });
  root.classList.add('regions');
  if (highlight >= 0) root.classList.add('has-highlight');
  for (const { index, boxes } of regionsOn(info.page)) {
    const item = state.items[index];
    const g = svg('g', { 'data-index': index });
    g.style.setProperty('--region', itemColour(index)); // CSSOM: the CSP allows no style attributes
    g.classList.add('region');
    if (index === highlight) g.classList.add('current');
    const title = svg('title');
    title.textContent = itemLabel(item);
    g.append(title);
    for (const b of boxes) {
      const pad = 2;
      const box = { x: b.x0 - pad, y: b.y0 - pad, width: b.x1 - b.x0 + 2 * pad, height: b.y1 - b.y0 + 2 * pad };
      g.append(svg('rect', { ...box, rx: 2 }));
    }
    if (onPick) {
      g.setAttribute('role', 'button');
      g.setAttribute('tabindex', '0');
      g.setAttribute('aria-label', itemLabel(item));
      g.addEventListener('click', () => onPick(index));
      g.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onPick(index);
        }
      });
    }
    root.append(g);
  }
  return root;
}
