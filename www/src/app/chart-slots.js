// The page's chart slots (lib/charts.js `Chart`s by element id), created on first use, and the
// drawing of keyword clouds and bars into them. Chart colours come from CSS variables.
import { Chart, palette as readPalette, cloudOption, barOption } from '../lib/charts.js';
import { $ } from './dom.js';
import { actions } from './actions.js';

/** Chart slots by element id ('issue-cloud', 'issue-bar', 'heatmap', 'item-cloud', 'item-bar'). */
export const charts = {};
// Read once per theme (getComputedStyle forces a style pass).
let cachedPalette = null;
export const palette = () => (cachedPalette ??= readPalette());
/** After a theme change: colours are read again on the next draw. */
export const resetPalette = () => (cachedPalette = null);

// The heatmap's rows (words) and columns (items), for its click handlers; set by overview.js.
let heat = { words: [], columns: [] };
export const setHeat = (h) => (heat = h);

let fontsReady = false;
const fontsPromise = (document.fonts?.ready ?? Promise.resolve()).then(() => (fontsReady = true));

export function chart(id) {
  if (!charts[id]) {
    charts[id] = new Chart($(id));
    charts[id].onHeat = ([, wi]) => actions.showKwic(heat.words[wi]);
    charts[id].onColumn = (label) => {
      const col = heat.columns.find((c) => c.short === label || String(c.index + 1) === label);
      if (col) actions.openItem(col.index);
    };
  }
  return charts[id];
}

export const resizeCharts = () => Object.values(charts).forEach((c) => c.resize());

export async function drawCloud(id, keywords) {
  if (!fontsReady) await fontsPromise; // a cloud laid out before the font loads overlaps
  const c = chart(id);
  if (!keywords.length) return c.clear();
  c.set(cloudOption(keywords, palette(), c.el.clientWidth, c.el.clientHeight), (w) => actions.showKwic(w));
}

export function drawBar(id, keywords) {
  const c = chart(id);
  if (!keywords.length) return c.clear();
  const n = Math.min(15, keywords.length);
  c.el.style.height = `${Math.max(160, n * 22 + 16)}px`;
  c.set(barOption(keywords, palette(), n), (w) => actions.showKwic(w));
  c.resize();
}

/** Charts follow the window's size (after the resizing pauses). */
export function wireResize() {
  let resizeTimer = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(resizeCharts, 120);
  });
}
