// The issue overview: the keyword cloud, top-keyword bar, chips, and the heatmap of the
// issue's keywords across its items (heatmap.js).
import { t } from '../lib/i18n.js';
import { timed } from '../lib/timing.js';
import { $ } from './dom.js';
import { state } from './state.js';
import { drawBar, drawCloud } from './chart-slots.js';
import { renderChips } from './chips.js';
import { renderHeatmap } from './heatmap.js';

export function renderOverview() {
  if (state.view !== 'overview') return;
  const kws = state.keywords;
  $('issue-bar-title').textContent = t('topBar', { n: Math.min(15, kws.length) });
  timed('cloud', () => drawCloud('issue-cloud', kws));
  timed('bar', () => drawBar('issue-bar', kws));
  timed('chips', () => renderChips($('issue-chips'), kws));
  timed('heatmap', renderHeatmap);
}
