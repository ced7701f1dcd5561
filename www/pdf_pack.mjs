// The PDF reader for the single file (build time): the reader worker (src/pdf/main.js, pdf.js
// inside) bundled, and the Adobe-GB1 CMaps that Chinese PDFs without a ToUnicode map need, packed
// into one gzip, written 7 characters per 6 bytes (src/lib/bin7.js) in a <script
// type="application/octet-stream"> that nothing reads until the first PDF is opened
// (app/pdf-client.js unpacks it). Every character of it is parsed before the page is ready, so it
// is kept small: bin7 instead of base64 (1.17× instead of 1.33×), and pdf.js's JPEG 2000 decoder
// (OpenJPEG compiled to wasm, inlined as base64: 0.36 MB of the reader, 0.12 MB of the gzip) is
// cut out of the bundle (`pdfWorkerPlugin`): a JPEG 2000 image is then not drawn; text is read as before.
// Pack: [u32 script length][script][per CMap: u8 name length, name, u32 length, bcmap bytes], little-endian.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';
import { resolve } from 'node:path';
import { encode } from './src/lib/bin7.js';

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
  const html = `<script type="application/octet-stream" id="dubao-pdf" data-bytes="${gz.length}">${encode(gz)}</script>`;
  return { html, note: `pdf reader ${code.length} B + ${names.length} CMaps ${cmapBytes} B → gzip ${gz.length} B` };
}

/** Cuts the section `from` … up to the section `to` out of pdf.js's bundled worker source (pdf.js
 * marks each of its modules with a `;// ./path` line), putting `stub` in its place; throws if the
 * markers are not there (another pdf.js version: look again at what is cut). */
function cutSection(source, from, to, stub) {
  const a = source.indexOf(`;// ${from}\n`);
  const b = source.indexOf(`;// ${to}\n`);
  if (a < 0 || b < a) throw new Error(`pdf_pack: pdf.worker.mjs has no section ${from} before ${to}`);
  return `${source.slice(0, a)}${stub}\n${source.slice(b)}`;
}

/** esbuild plugin for the reader's bundle: pdf.js's parser without its JPEG 2000 decoder. pdf.js
 * calls `openjpeg(...).decode(...)` only for a JPXDecode image; the stub's answer (a string) is
 * what pdf.js takes for a decoder error: it warns and draws the page without that image. */
export const pdfWorkerPlugin = {
  name: 'dubao-pdf-worker',
  setup(build) {
    build.onLoad({ filter: /pdfjs-dist[\\/]build[\\/]pdf\.worker\.mjs$/ }, (args) => ({
      loader: 'js',
      contents: cutSection(
        readFileSync(args.path, 'utf8'),
        './external/openjpeg/openjpeg.js',
        './src/core/jpx.js',
        "const openjpeg = () => ({ decode: () => 'JPEG 2000 images are not included in this page' });",
      ),
    }));
  },
};
