// The PDF reader for the single file (build time): the reader worker (src/pdf/main.js, pdf.js
// inside) bundled, and the Adobe-GB1 CMaps that Chinese PDFs without a ToUnicode map need, packed
// into one gzip, base64 text in a <script type="application/octet-stream"> that nothing reads until
// the first PDF is opened (app/pdf-client.js unpacks it).
// Pack: [u32 script length][script][per CMap: u8 name length, name, u32 length, bcmap bytes], little-endian.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';
import { resolve } from 'node:path';

/** Simplified Chinese CMaps: Adobe-GB1 (CID → Unicode and the GB encodings), horizontal and vertical. */
const CMAP = /^(Adobe-GB1-.*|UniGB-.*|GB.*)\.bcmap$/;

export function pdfPack(here, script) {
  const dir = resolve(here, 'node_modules/pdfjs-dist/cmaps');
  const names = readdirSync(dir)
    .filter((f) => CMAP.test(f))
    .sort();
  const parts = [];
  const u32 = (n) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n);
    return b;
  };
  const code = Buffer.from(script, 'utf8');
  parts.push(u32(code.length), code);
  let cmapBytes = 0;
  for (const file of names) {
    const name = Buffer.from(file.replace(/\.bcmap$/, ''), 'ascii');
    const data = readFileSync(resolve(dir, file));
    cmapBytes += data.length;
    parts.push(Buffer.from([name.length]), name, u32(data.length), data);
  }
  const raw = Buffer.concat(parts);
  const gz = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION });
  const html = `<script type="application/octet-stream" id="dubao-pdf" data-bytes="${gz.length}">${gz.toString('base64')}</script>`;
  return { html, note: `pdf reader ${code.length} B + ${names.length} CMaps ${cmapBytes} B → gzip ${gz.length} B` };
}
