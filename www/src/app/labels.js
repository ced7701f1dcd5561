// How items are named in lists, charts and KWIC: one number (1-based) for an item everywhere, its
// title (or the start of its body), and its page (版次) where the page headers say it.
import { t } from '../lib/i18n.js';
import { itemPages } from '../lib/issue.js';

/** The item's title, or the start of its body. */
export function itemLabel(item) {
  if (item.title) return item.title;
  const first = (item.body || '').replace(/\s+/g, ' ').trim().slice(0, 24);
  return first ? `${first}…` : t('untitled');
}

export function creditsText(item) {
  return item.credits.map((c) => `${c.role} ${c.names.join(' ')}`).join(' · ');
}

export const truncate = (s, n) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** The item's number as the page shows it everywhere (list, heatmap, KWIC, item view, CSV). */
export const itemNo = (item) => item.index + 1;

/** Number and short title: "2 誓师出征 全军出击…". */
export const shortLabel = (item, n = 14) => `${itemNo(item)} ${truncate(itemLabel(item), n)}`;

const pagesCache = new WeakMap();
/** Each item's page {page, section} (or null) from the report's page headers (lib/issue.js). */
export function pagesOf(report) {
  if (!report) return [];
  if (!pagesCache.has(report)) pagesCache.set(report, itemPages(report));
  return pagesCache.get(report);
}

/** "第2版 要闻" / "p. 2 要闻", or '' when the page is not known. */
export function pageText(p) {
  if (!p) return '';
  return [p.page !== null ? t('pageN', { n: p.page }) : null, p.section].filter(Boolean).join(' ');
}
