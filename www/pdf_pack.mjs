// The PDF reader for the single file (build time): the reader worker (src/pdf/main.js, pdf.js
// inside) bundled, and the Adobe-GB1 CMaps that Chinese PDFs without a ToUnicode map need, packed
// into one gzip, written 7 characters per 6 bytes (src/lib/bin7.js) in a <script
// type="application/octet-stream"> that nothing reads until the first PDF is opened
// (app/pdf-client.js unpacks it). Every character of it is parsed before the page is ready, so it
// is kept small: bin7 instead of base64 (1.17× instead of 1.33×), and pdf.js's JPEG 2000 decoder
// (OpenJPEG compiled to wasm, inlined as base64: 0.36 MB of the reader, 0.12 MB of the gzip) is
// cut out of the bundle (`pdfWorkerPlugin`): a JPEG 2000 image is then not drawn; text is read as before.
// The pack's layout: src/lib/pdf-pack.js (which reads it). The four UniGB-*-H maps (Unicode → CID
// in UCS-2, UTF-16, UTF-32, UTF-8: 4 × 43 KB) are much alike but each longer than gzip's 32 KB
// window: interleaved in 1 KB blocks their gzip is 152 → 88 KB. The other CMaps are groups of one,
// alike ones next to each other (GBK-EUC-H beside GBKp-EUC-H).
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';
import { resolve } from 'node:path';
import { encode } from './src/lib/bin7.js';

/** Simplified Chinese CMaps: Adobe-GB1 (CID → Unicode and the GB encodings), horizontal and vertical. */
const CMAP = /^(Adobe-GB1-.*|UniGB-.*|GB.*)\.bcmap$/;

/** CMaps interleaved with each other (see the pack's layout above). */
const TOGETHER = ['UniGB-UCS2-H', 'UniGB-UTF16-H', 'UniGB-UTF32-H', 'UniGB-UTF8-H'];
const BLOCK = 1024;
/** Sort key that puts a CMap beside its near twin: GBKp-EUC-H by GBK-EUC-H, GBTpc-EUC-H by GBT-EUC-H. */
const twin = (name) => name.replace(/^(GB[KT]?)(pc|p)-/, '$1-');

export function pdfPack(here, script) {
  const dir = resolve(here, 'node_modules/pdfjs-dist/cmaps');
  const names = readdirSync(dir)
    .filter((f) => CMAP.test(f))
    .map((f) => f.replace(/\.bcmap$/, ''))
    .sort((a, b) => twin(a).localeCompare(twin(b)) || a.localeCompare(b));
  const parts = [];
  const u32 = (n) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n);
    return b;
  };
  const code = Buffer.from(script, 'utf8');
  parts.push(u32(code.length), code);
  const groups = [TOGETHER, ...names.filter((n) => !TOGETHER.includes(n)).map((n) => [n])];
  let cmapBytes = 0;
  for (const group of groups) {
    const files = group.map((name) => readFileSync(resolve(dir, `${name}.bcmap`)));
    parts.push(Buffer.from([group.length]), u32(BLOCK));
    group.forEach((name, i) =>
      parts.push(Buffer.from([name.length]), Buffer.from(name, 'ascii'), u32(files[i].length)),
    );
    const longest = Math.max(...files.map((f) => f.length));
    for (let at = 0; at < longest; at += BLOCK)
      for (const f of files) if (at < f.length) parts.push(f.subarray(at, at + BLOCK));
    cmapBytes += files.reduce((sum, f) => sum + f.length, 0);
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
