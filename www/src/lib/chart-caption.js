// The title and source line drawn above a chart in its PNG/SVG export (lib/charts.js `Chart.image`).

export const CAPTION = 46; // px above the chart for the title and the source line

/** `option` with a title and a source line drawn above it (in `font`), on the page's background,
 * for an image of `width` × `height` (the chart's own size); returns {option, height} (the image's). */
export function withCaption(option, { title, source }, p, width, height, font) {
  const text = (fontSize, color, fontWeight) => ({
    fontFamily: font,
    fontSize,
    color,
    fontWeight,
    width: width - 24,
    overflow: 'truncate',
  });
  const shifted = { ...option, backgroundColor: p.bg, animation: false };
  shifted.title = { text: title, subtext: source, left: 12, top: 8, itemGap: 4 };
  shifted.title.textStyle = text(15, p.ink, 600);
  shifted.title.subtextStyle = text(11, p.muted, 400);
  if (option.grid) shifted.grid = { ...option.grid, top: (option.grid.top ?? 0) + CAPTION };
  shifted.series = option.series.map((s) =>
    s.type === 'wordCloud' ? { ...s, top: CAPTION, height: Math.round(height * 0.94) } : s,
  );
  return { option: shifted, height: height + CAPTION };
}
