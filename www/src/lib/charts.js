// ECharts, tree-shaken to what the page draws: word clouds, bar charts and one heatmap, and their
// PNG/SVG exports with a title and the source drawn in.
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart } from 'echarts/charts';
import { GridComponent, TitleComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import 'echarts-wordcloud';
import { formatWeight } from './text.js';
import { withCaption } from './chart-caption.js';

echarts.use([
  BarChart,
  HeatmapChart,
  GridComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
  SVGRenderer,
]);

// Single quotes inside: ECharts writes the family into SVG `style="…"` attributes, where a double
// quote would end the attribute (every exported SVG was invalid XML).
export const FONT =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif";

/** Colours from the page's CSS variables, so charts follow light/dark. */
export function palette() {
  const css = getComputedStyle(document.documentElement);
  const v = (name) => css.getPropertyValue(name).trim();
  return {
    ink: v('--ink'),
    muted: v('--muted'),
    line: v('--line'),
    bg: v('--card'),
    accent: v('--accent'),
    cloud: [v('--c1'), v('--c2'), v('--c3'), v('--c4'), v('--c5')],
    heat: [v('--heat0'), v('--heat1'), v('--heat2')],
  };
}

// Tooltips render as canvas rich text, never as HTML: keywords are user data.
const tooltip = (p, extra) => ({
  renderMode: 'richText',
  backgroundColor: p.bg,
  borderColor: p.line,
  textStyle: { color: p.ink, fontFamily: FONT },
  ...extra,
});

/** A keyword's colour: the heaviest shown words darkest, on the weights' own scale (counts run to
 * 30, TF-IDF weights to 0.15, TextRank's to 1: each spans the palette). */
function shades(keywords, colours) {
  const ws = keywords.map((k) => k.weight);
  const hi = Math.max(...ws);
  const lo = Math.min(...ws);
  const n = colours.length;
  return (w) => colours[hi > lo ? Math.min(n - 1, Math.floor(((hi - w) / (hi - lo)) * n)) : 0];
}

/** Word cloud; font sizes scale with the box and the number of words so the cloud fills it.
 * `describe(keyword)`: the tooltip's line. */
export function cloudOption(keywords, p, width = 500, height = 300, describe = (k) => `${k.word}  ${k.count}`) {
  const room = Math.sqrt((width * height) / Math.max(8, keywords.length));
  const big = Math.round(Math.max(26, Math.min(84, room * 0.8, height / 3.4)));
  const small = Math.round(Math.max(12, Math.min(20, big / 3.4)));
  const shade = shades(keywords, p.cloud);
  return {
    backgroundColor: 'transparent',
    tooltip: tooltip(p, { formatter: (d) => describe(keywords[d.dataIndex]) }),
    series: [
      {
        type: 'wordCloud',
        shape: 'circle',
        left: 'center',
        top: 'center',
        width: '96%',
        height: '94%',
        sizeRange: [small, big],
        rotationRange: [0, 0],
        gridSize: 4,
        drawOutOfBound: false,
        shrinkToFit: true,
        layoutAnimation: false,
        textStyle: { fontFamily: FONT, fontWeight: 600 },
        emphasis: { textStyle: { color: p.accent } },
        data: keywords.map((k) => ({ name: k.word, value: k.weight, textStyle: { color: shade(k.weight) } })),
      },
    ],
  };
}

/** Bars of the top `n` keywords' weights, labelled with 3 significant digits; `axisName` names the
 * weighting; `describe(keyword)`: the tooltip's line. */
export function barOption(keywords, p, n = 15, axisName = '', describe = (k) => `${k.word}  ${k.count}`) {
  const top = keywords.slice(0, n).reverse();
  return {
    backgroundColor: 'transparent',
    animation: false,
    grid: { left: 8, right: 44, top: 6, bottom: axisName ? 26 : 6, containLabel: true },
    tooltip: tooltip(p, { trigger: 'item', formatter: (d) => describe(top[d.dataIndex]) }),
    xAxis: {
      type: 'value',
      name: axisName,
      nameLocation: 'middle',
      nameGap: 8,
      nameTextStyle: { color: p.muted, fontFamily: FONT, fontSize: 11 },
      axisLabel: { show: false },
      axisLine: { show: false },
      axisTick: { show: false },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'category',
      data: top.map((k) => k.word),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: p.line } },
      axisLabel: { color: p.ink, fontFamily: FONT, fontSize: 12 },
      triggerEvent: true,
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 14,
        itemStyle: { color: p.cloud[1], borderRadius: [0, 3, 3, 0] },
        emphasis: { itemStyle: { color: p.accent } },
        label: {
          show: true,
          position: 'right',
          color: p.muted,
          fontFamily: FONT,
          fontSize: 11,
          formatter: (d) => formatWeight(d.value),
        },
        data: top.map((k) => ({ value: k.weight, count: k.count })),
      },
    ],
  };
}

/** The heatmap's grid: item labels on the left (`labelWidth`), words on top (`header`: drawn in the
 * chart, for exports; the page shows its own sticky header over the scrolling chart). */
export const heatGrid = (labelWidth, header) => ({ left: labelWidth + 10, right: 12, top: header ? 30 : 2, bottom: 4 });
export const HEAT_ROW = 24;

/**
 * Heatmap of items (rows: {short, tip}) against issue keywords (columns); counts[row][word].
 * A cell's tooltip: the item's full title, the word and its count.
 */
export function heatmapOption(words, rows, counts, p, { width = 600, labelWidth = 160, header = false } = {}) {
  const grid = heatGrid(labelWidth, header);
  const colWidth = (width - grid.left - grid.right) / Math.max(1, words.length);
  const max = Math.max(1, ...counts.flat());
  const data = [];
  rows.forEach((_, ri) =>
    words.forEach((_, wi) => {
      const v = counts[ri][wi];
      // Dark cells get light numbers.
      data.push({ value: [wi, ri, v || '-'], label: { color: v > max * 0.55 ? p.bg : p.ink } });
    }),
  );
  const axisFont = { fontFamily: FONT, fontSize: 12 };
  return {
    backgroundColor: 'transparent',
    animation: false,
    tooltip: tooltip(p, {
      formatter: (d) => `${rows[d.value[1]].tip}\n${words[d.value[0]]}  ${d.value[2] === '-' ? 0 : d.value[2]}`,
    }),
    grid,
    xAxis: {
      type: 'category',
      position: 'top',
      data: words,
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: {
        show: header,
        color: p.ink,
        ...axisFont,
        interval: 0,
        width: colWidth - 2,
        overflow: 'truncate',
        ellipsis: '…',
      },
      triggerEvent: true,
    },
    yAxis: {
      type: 'category',
      data: rows.map((r) => r.short),
      inverse: true,
      axisTick: { show: false },
      axisLine: { show: false },
      // Left-aligned from the card's edge: "12 标题…" reads as a list.
      axisLabel: {
        color: p.ink,
        ...axisFont,
        align: 'left',
        margin: labelWidth + 2,
        width: labelWidth,
        overflow: 'truncate',
        ellipsis: '…',
      },
      triggerEvent: true,
    },
    visualMap: { show: false, min: 0, max, inRange: { color: p.heat } },
    series: [
      {
        type: 'heatmap',
        data,
        itemStyle: { borderColor: p.bg, borderWidth: 2, borderRadius: 2 },
        label: { show: colWidth >= 20, fontSize: 10, formatter: (d) => (d.value[2] === '-' ? '' : d.value[2]) },
        emphasis: { itemStyle: { borderColor: p.accent, borderWidth: 2 } },
      },
    ],
  };
}

/** One chart slot: a canvas chart in `el`, re-created on demand, with PNG/SVG export. */
export class Chart {
  constructor(el) {
    this.el = el;
    this.chart = null;
    this.option = null;
    this.exportBase = null;
    this.onClick = null;
    el.dubaoChart = this; // the drawn option, for the tests and the console
  }

  /** Draws `option`; `onClick({component: 'series' | 'xAxis' | 'yAxis', name, value, dataIndex})`;
   * `exportBase`: the option exports start from (default: the one drawn). */
  set(option, onClick, exportBase = option) {
    this.option = option;
    this.exportBase = exportBase;
    this.onClick = onClick;
    if (!this.chart) {
      this.chart = echarts.init(this.el, null, { renderer: 'canvas' });
      this.chart.on('click', (e) =>
        this.onClick?.({
          component: e.componentType,
          name: e.name,
          value: e.value,
          dataIndex: e.dataIndex,
          series: e.seriesName,
        }),
      );
    }
    this.chart.setOption(option, true);
  }

  clear() {
    this.chart?.clear();
    this.option = null;
    this.exportBase = null;
  }

  resize() {
    this.chart?.resize();
  }

  /** The chart drawn again off-screen with `caption` ({title, source}) above it: a PNG data URL
   * (format 'png', twice the pixels) or SVG text ('svg'); null when nothing is drawn. */
  async image(format, caption, p) {
    if (!this.exportBase) return null;
    const w = this.el.clientWidth || 600;
    const h = this.el.clientHeight || 400;
    const { option, height } = withCaption(this.exportBase, caption, p, w, h, FONT);
    const host = document.createElement('div');
    host.className = 'offscreen';
    host.style.width = `${w}px`;
    host.style.height = `${height}px`;
    document.body.append(host);
    const svg = format === 'svg';
    const chart = echarts.init(host, null, { renderer: svg ? 'svg' : 'canvas', width: w, height });
    chart.setOption(option);
    // The word cloud lays out its words on a timer after setOption.
    await new Promise((r) => setTimeout(r, 400));
    const out = svg
      ? chart.renderToSVGString()
      : chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: p.bg });
    chart.dispose();
    host.remove();
    return out;
  }
}
