// The page ⇄ PDF-reader worker messages (the reader: src/pdf/, pdf.js in a worker of its own,
// started when the first PDF is opened). Every message is a plain object with a `type`; a request
// and its answers carry an `id`.

export const ToPdf = Object.freeze({
  /** {cmaps: [[name, ArrayBuffer]]}: the Adobe-GB1 CMaps (bcmap), sent once after start */
  CMAPS: 'cmaps',
  /** {id, bytes: ArrayBuffer (transferred), name} → PROGRESS…, then OPENED or ERROR */
  OPEN: 'open',
  /** {id, page, width} (CSS pixels × devicePixelRatio) → RENDERED {id, page, bitmap: ImageBitmap} or ERROR */
  RENDER: 'render',
  /** {} : the open document is dropped */
  CLOSE: 'close',
});

export const FromPdf = Object.freeze({
  /** {id, done, total}: pages read */
  PROGRESS: 'progress',
  /** {id, pages: [{page, width, height, lines}], positions: string (the positioned-lines JSON, what
   * `dubao analyze --positions` reads), text: string (the lines, one a line: the numbering of the
   * items' spans), emptyPages: [page], damagedPages: [page], unmapped: number (characters without a
   * mapping left in the text), dropped: [{page, lines, chars}] (lines in fonts without a Unicode
   * mapping, taken out of the text: src/pdf/unreadable.js), ms} */
  OPENED: 'opened',
  /** {id, page, bitmap, width, height} */
  RENDERED: 'rendered',
  /** {id, code, message}: code 'scanned' (no text layer), 'unmapped' (text that cannot be mapped to
   * Unicode), 'encrypted' (a password is needed), 'damaged' (not a readable PDF), 'pdf' (other) */
  ERROR: 'error',
});
