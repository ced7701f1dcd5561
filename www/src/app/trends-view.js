// The trends view: terms (or groups, 疫情+肺炎) per day / week / month as the core counts them
// (the worker's LIB_TRENDS: dubao::trends::trends on the issues' token counts, the CLI's
// `dubao trends`), one line per term, a table of the figures; a click on a point lists the
// articles of that period using the term, with their KWIC lines (the core's concordance).
import { t } from './library-strings.js';
import { ToWorker } from '../lib/protocol.js';
import { trendOption } from '../lib/trend-chart.js';
import { $, el } from './dom.js';
import { options } from './settings.js';
import { chart, palette } from './chart-slots.js';
import { ask, library, onLibrary, parseTerms } from './library-state.js';

/** The last trends drawn: {terms, by, rows, periods}. */
export const shown = { terms: [], by: 'day', rows: [], periods: [] };
let generation = 0;

const pct = (x) => `${(100 * x).toFixed(2)}%`;

/** Draws the trends of the terms in the form (also called by the tests through window.dubao). */
export async function drawTrends() {
  const terms = parseTerms($('trend-terms').value);
  const by = $('trend-by').value;
  const note = $('trend-articles');
  if (!terms.length) return showNote(t('trendNoTerms'));
  const gen = ++generation;
  const { rows, periods } = await ask(ToWorker.LIB_TRENDS, { terms, by });
  if (gen !== generation) return;
  Object.assign(shown, { terms, by, rows, periods });
  note.hidden = true;
  if (!periods.length) return showNote(t('trendNoDates'));
  draw();
  table();
  document.documentElement.dataset.trends = String(rows.length);
}

function showNote(text) {
  $('trend-articles').hidden = false;
  $('trend-articles-title').textContent = text;
  $('trend-article-list').replaceChildren();
}

function draw() {
  const metric = $('trend-metric').value;
  const name = t(`m_${metric}`);
  const option = trendOption(shown.rows, shown.terms, shown.periods, metric, palette(), name);
  chart('trend-chart').set(option, (e) => {
    if (e.component !== 'series' || !e.series) return;
    listArticles(e.series, shown.periods[e.value[0]]);
  });
}

function table() {
  const cols = ['col_period', 'col_term', 'col_articles', 'col_total', 'col_share', 'col_tokens'];
  const head = el('tr', {}, ...cols.map((k) => el('th', { text: t(k) })));
  const rows = shown.rows.map((r) =>
    el(
      'tr',
      {},
      el('td', { text: r.period }),
      el('td', { text: r.term }),
      el(
        'td',
        { class: 'num' },
        el('button', {
          type: 'button',
          class: 'link',
          text: String(r.articles),
          onclick: () => listArticles(r.term, r.period),
        }),
      ),
      el('td', { class: 'num', text: String(r.total_articles) }),
      el('td', { class: 'num', text: pct(r.share) }),
      el('td', { class: 'num', text: String(r.tokens) }),
    ),
  );
  $('trend-table').replaceChildren(el('thead', {}, head), el('tbody', {}, ...rows));
}

/** The articles of `period` that use `term`, each with its KWIC lines. */
export async function listArticles(term, period) {
  const gen = ++generation;
  const { articles } = await ask(ToWorker.LIB_ARTICLES, { term, period, by: shown.by, options: options() });
  if (gen !== generation) return;
  $('trend-articles').hidden = false;
  $('trend-articles-title').textContent = t('trendArticles', { period, term, n: articles.length });
  $('trend-article-list').replaceChildren(...articles.map(article));
  document.documentElement.dataset.trendArticles = String(articles.length);
}

const article = (a) =>
  el(
    'li',
    { class: 'trend-article' },
    el(
      'p',
      { class: 'trend-article-head' },
      el('span', {
        class: 'muted small',
        text: [a.paper, a.date, a.page && `第${a.page}版`, `#${a.item + 1}`].filter(Boolean).join(' · '),
      }),
      ' ',
      el('strong', { text: a.title || '（无题）' }),
      el('span', { class: 'muted small', text: ` × ${a.count}` }),
    ),
    el(
      'ul',
      { class: 'kwic-lines trend-kwic' },
      ...(a.lines ?? []).map((line) =>
        el(
          'li',
          { class: 'kwic-hit' },
          el('span', { class: 'kwic-left' }, el('span', { text: line.left })),
          el('mark', { class: 'kwic-word', text: line.word }),
          el('span', { class: 'kwic-right', text: line.right }),
        ),
      ),
    ),
  );

export function wireTrends() {
  $('trends-form').addEventListener('submit', (e) => {
    e.preventDefault();
    drawTrends();
  });
  $('trend-metric').addEventListener('change', () => shown.rows.length && draw());
  $('trend-by').addEventListener('change', () => shown.terms.length && drawTrends());
  // The issues changed (imported, re-dated, deleted): the figures are drawn again.
  onLibrary(() => {
    if (shown.terms.length && library.issues.length) drawTrends();
  });
  $('trend-articles').before(el('p', { class: 'muted small', text: t('trendPointHint') }));
}
