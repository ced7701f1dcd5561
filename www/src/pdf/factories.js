// What pdf.js needs from its host, made for a worker (no DOM): canvases are OffscreenCanvases, SVG
// filters are not drawn (they only tint), CMaps come from the bytes the page inlined (no fetch:
// the page's CSP allows none). Passed to getDocument as classes (pdf.js creates them).

export class OffscreenCanvasFactory {
  create(width, height) {
    if (width <= 0 || height <= 0) throw new Error('Invalid canvas size');
    const canvas = new OffscreenCanvas(width, height);
    return { canvas, context: canvas.getContext('2d', { willReadFrequently: true }) };
  }

  reset(pair, width, height) {
    pair.canvas.width = width;
    pair.canvas.height = height;
  }

  destroy(pair) {
    pair.canvas.width = 0;
    pair.canvas.height = 0;
    pair.canvas = null;
    pair.context = null;
  }
}

export class NoFilterFactory {
  addFilter() {
    return 'none';
  }
  addHCMFilter() {
    return 'none';
  }
  addAlphaFilter() {
    return 'none';
  }
  addLuminosityFilter() {
    return 'none';
  }
  addHighlightHCMFilter() {
    return 'none';
  }
  destroy() {}
}

/** name → bcmap bytes (Uint8Array), filled from the page's CMAPS message. */
export const cmaps = new Map();

export class InlineCMapReaderFactory {
  async fetch({ name }) {
    const data = cmaps.get(name);
    // pdf.js then reads the text without this CMap (usually as unmapped codes: the reader says so).
    if (!data) throw new Error(`CMap ${name} is not included`);
    return { cMapData: data, isCompressed: true };
  }
}

/** Never asked for: standard fonts are not drawn from files here (pdf.js falls back). */
export class NoStandardFonts {
  async fetch({ filename }) {
    throw new Error(`standard font ${filename} is not included`);
  }
}
