// How items are named in lists, charts and KWIC.
import { t } from '../lib/i18n.js';

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
