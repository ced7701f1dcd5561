// The page's chart slots (lib/charts.js `Chart`s by element id), created on first use, and the
// drawing of keyword clouds (laid out with a seeded Math.random: seeded.js) and bars into them.
// Chart colours come from CSS variables.
import { Chart, palette as readPalette, cloudOption, barOption } from '../lib/charts.js';
import { $ } from './dom.js';
import { actions } from './actions.js';
import { axisName, describe } from './weighting.js';
import { seedOf, withSeed } from './seeded.js';

/** Chart slots by element id ('issue-cloud', 'issue-bar', 'heatmap', 'item-cloud', 'item-bar'). */
export const charts = {};
// Read once per theme (getComputedStyle forces a style pass).
let cachedPalette = null;
export const palette = () => (cachedPalette ??= readPalette());
/** After a theme change: colours are read again on the next draw. */
export const resetPalette = () => (cachedPalette = null);

let fontsReady = false;
const fontsPromise = (document.fonts?.ready ?? Promise.resolve()).then(() => (fontsReady = true));

export function chart(id) {
  charts[id] ??= new Chart($(id));
  return charts[id];
}

/** A click on a word (a cloud's word, a bar or its label) shows the word's contexts. */
function onWord(e) {
  const word = e.component === 'yAxis' ? e.value : e.component === 'series' ? e.name : null;
  if (word) actions.showKwic(word);
}

// A cloud is laid out again at its new size, with the seed it was drawn with.
export const resizeCharts = () => Object.values(charts).forEach((c) => withSeed(c.seed ?? 0, () => c.resize()));

export async function drawCloud(id, keywords) {
  if (!fontsReady) await fontsPromise; // a cloud laid out before the font loads overlaps
  const c = chart(id);
  if (!keywords.length) return c.clear();
  // The same words are laid out the same way on every load (seeded.js).
  c.seed = seedOf(keywords.map((k) => k.word));
  withSeed(c.seed, () =>
    c.set(cloudOption(keywords, palette(), c.el.clientWidth, c.el.clientHeight, describe), onWord),
  );
}

export function drawBar(id, keywords) {
  const c = chart(id);
  if (!keywords.length) return c.clear();
  const n = Math.min(15, keywords.length);
  c.el.style.height = `${Math.max(160, n * 22 + 36)}px`;
  c.set(barOption(keywords, palette(), n, axisName(), describe), onWord);
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
