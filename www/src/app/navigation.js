// Which view is shown (the issue overview or one item), opening an item (at a KWIC hit), the tabs.
import { $ } from './dom.js';
import { timed } from '../lib/timing.js';
import { state } from './state.js';
import { renderOverview } from './overview.js';
import { collapseBody, focusHit, renderItem } from './item.js';
import { followItem } from './kwic.js';
import { resizeCharts } from './chart-slots.js';
import { setRowStop } from './item-list.js';
import { hasPages, renderPages } from './pages-tab.js';

export function setView(view, redraw = true) {
  if (view === 'pages' && !hasPages()) view = 'overview';
  state.view = view;
  $('view-overview').hidden = view !== 'overview';
  $('view-item').hidden = view !== 'item';
  $('view-library').hidden = view !== 'library';
  $('view-pages').hidden = view !== 'pages';
  for (const name of ['overview', 'item', 'pages', 'library'])
    $(`tab-${name}`).setAttribute('aria-selected', String(view === name));
  for (const b of document.querySelectorAll('.item-row')) {
    if (view === 'item' && Number(b.dataset.index) === state.selected) b.setAttribute('aria-current', 'true');
    else b.removeAttribute('aria-current');
  }
  if (!redraw) return;
  if (view === 'overview') renderOverview();
  else if (view === 'item') renderItem();
  else if (view === 'pages') timed('pagesView', renderPages);
  // The 版面 tab has no charts: resizing the hidden ones would lay the word clouds out again for nothing.
  if (view !== 'pages') requestAnimationFrame(resizeCharts);
}

/** Shows item `index`; `hit` ({at, word}, a KWIC line): its text scrolled to that occurrence. */
export function openItem(index, hit = null) {
  if (index !== state.selected) collapseBody();
  state.selected = index;
  setRowStop(index);
  $('split-picker').hidden = true;
  $('btn-split').setAttribute('aria-expanded', 'false');
  setView('item');
  $('item-title').focus({ preventScroll: true });
  document.querySelector('.content').scrollIntoView?.({ block: 'start', behavior: 'instant' });
  if (hit) focusHit(hit);
  followItem(index, hit);
}

/** Redraws the charts of the view shown (after a theme change). */
export function redrawCharts() {
  if (!state.items.length) return;
  if (state.view === 'overview') renderOverview();
  else if (state.view === 'item') renderItem();
}

/** The tabs (overview, item, library); the arrow keys move between them. */
export function wireTabs() {
  $('tab-overview').addEventListener('click', () => setView('overview'));
  $('tab-item').addEventListener('click', () => {
    if (state.selected < 0 && state.items.length) state.selected = 0;
    setView('item');
  });
  $('tab-pages').addEventListener('click', () => setView('pages'));
  $('tab-library').addEventListener('click', () => setView('library'));
  const tabs = ['tab-overview', 'tab-item', 'tab-pages', 'tab-library'];
  for (const tab of document.querySelectorAll('[role=tab]')) {
    tab.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        const step = e.key === 'ArrowRight' ? 1 : tabs.length - 1;
        const other = $(tabs[(tabs.indexOf(tab.id) + step) % tabs.length]);
        if (!other.disabled) {
          other.click();
          other.focus();
        }
      }
    });
  }
}
