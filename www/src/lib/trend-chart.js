// The trends chart: one line per term (or group) over the periods, as the share of articles, the
// articles or the tokens (ECharts line series; tooltips as canvas rich text, never HTML).
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { LegendComponent } from 'echarts/components';
import { FONT } from './charts.js';

echarts.use([LineChart, LegendComponent]);

/** Lines told apart at a glance, in light and dark themes alike. */
const LINE_COLOURS = ['#c0392b', '#2471a3', '#229954', '#b9770e', '#7d3c98', '#17a589', '#5d6d7e', '#d35400'];

const pct = (x) => `${(100 * x).toFixed(x < 0.1 ? 2 : 1)}%`;

/** The value of a trend row shown for `metric` ('share' | 'articles' | 'tokens'). */
export const metricOf = (row, metric) => (metric === 'share' ? row.share : row[metric]);

/**
 * rows: the core's trend rows ({period, term, articles, total_articles, share, tokens}); terms in
 * their order; p: the palette. Each point's `value` is [period index, figure]; a click gives its
 * series (term) and period.
 */
export function trendOption(rows, terms, periods, metric, p, axisName = '') {
  const at = new Map(periods.map((period, i) => [period, i]));
  const colours = LINE_COLOURS;
  const series = terms.map((term, n) => ({
    type: 'line',
    name: term,
    symbolSize: 8,
    color: colours[n % colours.length],
    data: rows.filter((r) => r.term === term).map((r) => ({ value: [at.get(r.period), metricOf(r, metric)], row: r })),
  }));
  const text = { color: p.muted, fontFamily: FONT };
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    legend: { top: 0, textStyle: { color: p.ink, fontFamily: FONT } },
    grid: { left: 56, right: 20, top: 36, bottom: 48 },
    tooltip: {
      trigger: 'item',
      renderMode: 'richText',
      backgroundColor: p.bg,
      borderColor: p.line,
      textStyle: { color: p.ink, fontFamily: FONT },
      formatter: ({ data }) =>
        `${data.row.term} · ${data.row.period}\n${data.row.articles}/${data.row.total_articles} (${pct(data.row.share)}) · ${data.row.tokens}`,
    },
    xAxis: {
      type: 'category',
      data: periods,
      axisLabel: { ...text, rotate: periods.length > 12 ? 45 : 0 },
      axisLine: { lineStyle: { color: p.line } },
    },
    yAxis: {
      type: 'value',
      name: axisName,
      nameTextStyle: text,
      axisLabel: { ...text, formatter: metric === 'share' ? pct : undefined },
      splitLine: { lineStyle: { color: p.line } },
    },
    series,
  };
}
