// Text whose font has no way back to Unicode (an embedded font with Identity-H codes, no ToUnicode
// map and no cmap table of its own): pdf.js then reports the glyph numbers as characters, which
// reads as Latin-extended, IPA and control characters, not as an error. Such text is judged per
// font, over all of the font's lines (a Chinese paper's real fonts have next to none of those
// characters, a glyph-number font has them in most of its characters), and its lines are taken out
// of the analysis and counted, so the page can say what it could not read instead of showing garbage.

// Characters a glyph number turns into and a Chinese paper's text hardly has: controls, U+FFFD,
// private use, combining marks, and the alphabets from Latin Extended-A to Greek Extended.
const SUSPECT = /[\p{Cc}\uFFFD\p{Co}\p{M}\u0100-\u1FFF]/gu;
/** A font is unreadable when at least this share of its characters are suspect. */
const SHARE = 0.3;

const visible = (text) => text.replace(/\s/g, '');

/** The fonts (pdf.js font names) whose text cannot be mapped to Unicode, over every page's lines. */
export function unreadableFonts(pages) {
  const tally = new Map(); // font → [characters, suspect]
  for (const { lines } of pages) {
    for (const { text, font } of lines) {
      const chars = [...visible(text)].length;
      const bad = (text.match(SUSPECT) || []).length;
      const t = tally.get(font) ?? [0, 0];
      tally.set(font, [t[0] + chars, t[1] + bad]);
    }
  }
  return new Set([...tally].filter(([, [chars, bad]]) => bad > 0 && bad >= SHARE * chars).map(([font]) => font));
}

/** Takes the lines in unreadable fonts out of `pages` (in place); returns per page what was taken:
 * [{page, lines, chars}] (pages with nothing taken left out). */
export function dropUnreadable(pages) {
  const fonts = unreadableFonts(pages);
  const dropped = [];
  if (!fonts.size) return dropped;
  for (const p of pages) {
    const keep = p.lines.filter((l) => !fonts.has(l.font));
    const gone = p.lines.filter((l) => fonts.has(l.font));
    if (!gone.length) continue;
    const chars = gone.reduce((n, l) => n + [...visible(l.text)].length, 0);
    dropped.push({ page: p.page, lines: gone.length, chars });
    p.lines = keep;
  }
  return dropped;
}
