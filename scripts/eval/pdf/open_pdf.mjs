// A PDF opened with pdf.js as the extraction scripts here read it (no fonts loaded, no eval).
import { readFileSync } from "node:fs";
import { getDocument } from "./node_modules/pdfjs-dist/legacy/build/pdf.mjs";

export function openPdf(path) {
  const data = new Uint8Array(readFileSync(path));
  return getDocument({ data, verbosity: 0, disableFontFace: true, useSystemFonts: false,
    isEvalSupported: false }).promise;
}
