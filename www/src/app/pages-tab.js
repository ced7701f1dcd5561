// The 版面 tab (a PDF's pages): thumbnails of every page (each with its regions) beside the page
// chosen, drawn large with every item's region over it; a click on a region opens its item. And
// the item view's 版面位置 card: the item's page with its region standing out (a click shows the
// page in the tab).
import { $, el } from './dom.js';
import { state } from './state.js';
import { actions } from './actions.js';
import { itemLabel } from './labels.js';
import { drawPage, regionsOn } from './page-view.js';
import { t } from './pdf-strings.js';

let current = 1; // the page shown in the tab
const THUMB = 88; // CSS pixels
const PLACE = 260;

/** Whether the report has pages to show (a PDF read by geometry). */
export const hasPages = () => Boolean(state.pdf?.pages.length && state.items.some((it) => it.boxes?.length));

/** Shows page `page` next time the tab is drawn (an item's page when it is opened from the tab). */
export function setPage(page) {
  current = page;
}

export function renderPages() {
  $('tab-pages').hidden = !hasPages();
  if (state.view !== 'pages' || !hasPages()) return;
  const pages = state.pdf.pages;
  if (!pages.some((p) => p.page === current)) current = pages[0].page;
  const item = state.items[state.selected];
  const highlight = item?.page === current ? state.selected : -1;
  $('page-title').textContent = t('pageNo', { n: current });
  // Lines of this page in a font without a Unicode mapping are drawn but have no region: say so.
  const dropped = state.pdf.dropped?.find((d) => d.page === current);
  const hint = state.pdf.open ? t('pageHint') : t('pageNoImage');
  $('page-note').textContent = dropped ? `${hint} ${t('pdfDropped', dropped)}` : hint;
  const stage = $('page-stage');
  const width = Math.max(320, Math.min(980, stage.clientWidth || 720));
  drawPage(stage, { page: current, width, highlight, onPick: actions.openItem, label: t('pageNo', { n: current }) });
  renderThumbs(pages);
}

function renderThumbs(pages) {
  const list = $('page-thumbs');
  list.replaceChildren(
    ...pages.map(({ page }) => {
      const button = el('button', {
        type: 'button',
        class: 'thumb',
        'aria-current': page === current ? 'page' : 'false',
        'aria-label': `${t('pageNo', { n: page })} · ${regionsOn(page).length}`,
        onclick: () => {
          current = page;
          renderPages();
        },
      });
      const holder = el('span', { class: 'thumb-sheet' });
      button.append(holder, el('span', { class: 'thumb-no', text: t('pageNo', { n: page }) }));
      drawPage(holder, { page, width: THUMB });
      return el('li', {}, button);
    }),
  );
  list.querySelector('[aria-current="page"]')?.scrollIntoView?.({ block: 'nearest' });
}

/** The item view's card: the item's page with its region standing out. */
export function renderItemPlace() {
  const card = $('item-place');
  const item = state.items[state.selected];
  const show = hasPages() && item?.boxes?.length > 0;
  card.hidden = !show;
  if (!show) return;
  $('item-place-page').onclick = () => actions.showPages(item.page);
  $('item-place-title').textContent = t('regionOf', { title: t('itemPlace'), page: item.page });
  drawPage($('item-place-page'), {
    page: item.page,
    width: PLACE,
    highlight: state.selected,
    label: t('regionOf', { title: itemLabel(item), page: item.page }),
  });
}
