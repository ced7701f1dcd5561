// Positioned lines of a PDF (pdf.js getTextContent items grouped into lines by www/src/lib/position-lines.js),
// the input of `dubao analyze --positions FILE.json`.
// Usage: node extract_positions.mjs FILE.pdf [OUT.json]   (stdout without OUT)
// Output: {pages: [{page, width, height, lines: [{text, x0, y0, x1, y1, size, font, order}]}]}
import { writeFileSync } from "node:fs";
import { openPdf } from "./open_pdf.mjs";
import { groupLines } from "../../../www/src/lib/position-lines.js";

const doc = await openPdf(process.argv[2]);
const pages = [];
for (let p = 1; p <= doc.numPages; p++) {
  const page = await doc.getPage(p);
  const tc = await page.getTextContent();
  pages.push(groupLines(tc.items, page.view, p));
  page.cleanup();
}
const json = JSON.stringify({ pages });
if (process.argv[3]) writeFileSync(process.argv[3], json);
else process.stdout.write(json);
await doc.destroy();
