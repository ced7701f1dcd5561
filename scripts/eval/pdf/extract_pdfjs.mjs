// Text of a PDF as Firefox copies it (select all, copy): pdf.js getTextContent items joined,
// a newline after an item with hasEOL or where the next item's baseline differs; pages joined
// by a newline.  Usage: node extract_pdfjs.mjs FILE.pdf > FILE.pdfjs.json  (a JSON list of page
// texts, so the caller knows where pages end).
import { openPdf } from "./open_pdf.mjs";

const doc = await openPdf(process.argv[2]);
const pages = [];
for (let p = 1; p <= doc.numPages; p++) {
  const page = await doc.getPage(p);
  const tc = await page.getTextContent();
  let out = "";
  const items = tc.items.filter((it) => "str" in it);
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    out += it.str;
    const next = items[i + 1];
    if (it.hasEOL) {
      out += "\n";
    } else if (next && next.str !== "" && Math.abs(next.transform[5] - it.transform[5]) >
               Math.max(1, Math.abs(it.transform[3]) * 0.5)) {
      out += "\n";
    }
  }
  pages.push(out.replace(/\n+$/, ""));
  page.cleanup();
}
process.stdout.write(JSON.stringify(pages));
await doc.destroy();
