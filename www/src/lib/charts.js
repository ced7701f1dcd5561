// ECharts, tree-shaken to what the page draws: word clouds, bar charts and one heatmap.
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import 'echarts-wordcloud';

echarts.use([BarChart, HeatmapChart, GridComponent, TooltipComponent, VisualMapComponent, CanvasRenderer, SVGRenderer]);

const FONT =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

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

/** Word cloud; font sizes scale with the box and the number of words so the cloud fills it. */
export function cloudOption(keywords, p, width = 500, height = 300) {
  const max = Math.max(1, ...keywords.map((k) => k.weight));
  const room = Math.sqrt((width * height) / Math.max(8, keywords.length));
  const big = Math.round(Math.max(26, Math.min(84, room * 0.8, height / 3.4)));
  const small = Math.round(Math.max(12, Math.min(20, big / 3.4)));
  return {
    backgroundColor: 'transparent',
    tooltip: tooltip(p, { formatter: (d) => `${d.name}  ${d.data.count}` }),
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
        textStyle: {
          fontFamily: FONT,
          fontWeight: 600,
          color: (d) => p.cloud[Math.min(p.cloud.length - 1, Math.floor((1 - d.value / max) * p.cloud.length))],
        },
        emphasis: { textStyle: { color: p.accent } },
        data: keywords.map((k) => ({ name: k.word, value: k.weight, count: k.count })),
      },
    ],
  };
}

export function barOption(keywords, p, n = 15) {
  const top = keywords.slice(0, n).reverse();
  return {
    backgroundColor: 'transparent',
    animation: false,
    grid: { left: 8, right: 36, top: 6, bottom: 6, containLabel: true },
    tooltip: tooltip(p, { trigger: 'item', formatter: (d) => `${d.name}  ${d.data.count}` }),
    xAxis: { type: 'value', show: false },
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
          formatter: (d) => (Number.isInteger(d.value) ? String(d.value) : d.value.toFixed(2)),
        },
        data: top.map((k) => ({ value: k.weight, count: k.count })),
      },
    ],
  };
}

/** Heatmap of issue keywords (rows) against items (columns); counts[w][i]. */
export function heatmapOption(words, columns, counts, p, width = 600) {
  const colWidth = Math.max(24, (width - 90) / Math.max(1, columns.length) - 6);
  // Columns are labelled by item number (the tooltip has the title): titles overlap as soon as the
  // card narrows (the context panel opening), and the numbers match the item list.
  const max = Math.max(1, ...counts.flat());
  const data = [];
  words.forEach((_, wi) =>
    columns.forEach((_, ci) => {
      const v = counts[wi][ci];
      // Dark cells get light numbers.
      data.push({ value: [ci, wi, v || '-'], label: { color: v > max * 0.55 ? p.bg : p.ink } });
    }),
  );
  return {
    backgroundColor: 'transparent',
    animation: false,
    tooltip: tooltip(p, {
      formatter: (d) => `${words[d.value[1]]} · ${columns[d.value[0]].label}\n${d.value[2] === '-' ? 0 : d.value[2]}`,
    }),
    grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: columns.map((c) => String(c.index + 1)),
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: {
        color: p.muted,
        fontFamily: FONT,
        fontSize: 11,
        interval: 0,
        width: colWidth,
        overflow: 'truncate',
        ellipsis: '…',
      },
      splitArea: { show: false },
      triggerEvent: true,
    },
    yAxis: {
      type: 'category',
      data: words,
      inverse: true,
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { color: p.ink, fontFamily: FONT, fontSize: 12 },
      triggerEvent: true,
    },
    visualMap: { show: false, min: 0, max, inRange: { color: p.heat } },
    series: [
      {
        type: 'heatmap',
        data,
        itemStyle: { borderColor: p.bg, borderWidth: 2, borderRadius: 2 },
        label: { show: columns.length <= 16, fontSize: 10, formatter: (d) => (d.value[2] === '-' ? '' : d.value[2]) },
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
    this.onWord = null;
  }

  set(option, onWord) {
    this.option = option;
    this.onWord = onWord;
    if (!this.chart) {
      this.chart = echarts.init(this.el, null, { renderer: 'canvas' });
      this.chart.on('click', (e) => {
        const word = e.componentType === 'yAxis' ? e.value : e.seriesType === 'heatmap' ? null : e.name;
        if (e.seriesType === 'heatmap') this.onHeat?.(e.value);
        else if (e.componentType === 'xAxis') this.onColumn?.(e.value);
        else if (word) this.onWord?.(word);
      });
    }
    this.chart.setOption(option, true);
  }

  clear() {
    this.chart?.clear();
    this.option = null;
  }

  resize() {
    this.chart?.resize();
  }

  pngDataUrl(bg) {
    return this.chart?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: bg });
  }

  /** Renders the same option with the SVG renderer off-screen and returns the SVG text. */
  async svgText() {
    if (!this.option) return null;
    const w = this.el.clientWidth || 600;
    const h = this.el.clientHeight || 400;
    const host = document.createElement('div');
    host.className = 'offscreen';
    host.style.width = `${w}px`;
    host.style.height = `${h}px`;
    document.body.append(host);
    const svg = echarts.init(host, null, { renderer: 'svg', width: w, height: h });
    svg.setOption(this.option);
    // The word cloud lays out its words on a timer after setOption.
    await new Promise((r) => setTimeout(r, 400));
    const text = svg.renderToSVGString();
    svg.dispose();
    host.remove();
    return text;
  }
}

export const resizeAll = (charts) => charts.forEach((c) => c.resize());
