// Fonts a PDF names but does not embed (a CJK font such as STSong-Light, or one of the standard 14
// without pdf.js's font data, which the page does not carry): pdf.js has no outlines for their
// glyphs, and with glyphs drawn as paths (reader.js: disableFontFace, no FontFace in a worker) their
// text was not drawn at all. Such fonts are drawn with the canvas's own text instead, in pdf.js's
// fallback family (serif / sans-serif by the font's flags) with its bold and italic: the browser
// picks a system font that has the characters (its CJK fallback), so the page reads, if not in the
// paper's typeface. Embedded fonts stay paths.

const patched = new WeakSet();

/** A missing font (pdf.js's FontFaceObject) drawn with canvas text. */
function useSystemFont(font) {
  if (font?.missingFile && !font.systemFontInfo) font.disableFontFace = false;
}

/** Makes the fonts of `objs` (a document's `page.commonObjs`) that have no file draw as text:
 * those resolved already and every one resolved from now on. */
export function drawMissingFontsAsText(objs) {
  if (patched.has(objs)) return;
  patched.add(objs);
  for (const [, data] of objs) useSystemFont(data);
  const resolve = objs.resolve.bind(objs);
  objs.resolve = (id, data) => {
    useSystemFont(data);
    return resolve(id, data);
  };
}
