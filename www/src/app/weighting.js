// Which weighting the keywords shown were ranked by, and how a keyword's weight reads under it: a
// count as "13 次", a TF-IDF or TextRank weight with 3 significant digits and the weighting's name.
// render() notes the weighting of each report it shows (the settings it was analysed with).
import { t } from '../lib/i18n.js';
import { formatWeight } from '../lib/text.js';
import { options } from './settings.js';

let shown = 'count';

/** Notes the weighting of the report being rendered (the current settings'). */
export const noteWeighting = () => (shown = options().weighting || 'count');
export const weighting = () => shown;
/** The weighting's name: 词频 / TF-IDF / TextRank. */
export const weightingName = (w = shown) => t(`w_${w}`);

/** The bar chart's axis name: what its bars measure. */
export const axisName = () => (shown === 'count' ? t('axisCount') : t('axisWeight', { w: weightingName() }));

/** What the keywords are sorted by, in one short phrase. */
export const sortedBy = () => t('sortedBy', { w: weightingName() });

/** The value a keyword is sorted by, as shown on chips and bars. */
export const sortValue = (k) => (shown === 'count' ? String(k.count) : formatWeight(k.weight));

/** A keyword in one line (tooltips): its count, and its weight if the weighting is not the count. */
export const describe = (k) =>
  shown === 'count'
    ? `${k.word}  ${t('hits', { n: k.count })}`
    : `${k.word}  ${weightingName()} ${formatWeight(k.weight)} · ${t('hits', { n: k.count })}`;
