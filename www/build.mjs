// Bundles the page into ONE self-contained HTML file: CSS, the main script, the worker script and
// the wasm (gzip + base64 / 7-bit text, in pieces) are inlined; a strict CSP allows exactly the inlined script (by hash).
// Usage: node build.mjs [out.html]   (expects www/pkg from wasm-pack; see scripts/build_page.sh)
import { build } from 'esbuild';
import { encode } from './src/lib/bin7.js';
import { FromWorker, ToWorker } from './src/lib/protocol.js';
import { splitForPage } from './wasm_split.mjs';
import { pdfPack, pdfWorkerPlugin } from './pdf_pack.mjs';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] || resolve(here, '../dist/dubao.html'));

const common = {
  bundle: true,
  write: false,
  minify: true,
  format: 'iife',
  target: ['chrome110', 'firefox115', 'safari16.4'],
  legalComments: 'none',
  charset: 'ascii', // \u escapes: the page after the markup stays pure ASCII (see README)
  define: { 'process.env.NODE_ENV': '"production"', 'import.meta.url': '"about:blank"' },
  loader: { '.txt': 'text' },
  logLevel: 'warning',
};

async function bundle(entry, plugins = []) {
  const result = await build({ ...common, entryPoints: [resolve(here, entry)], plugins });
  const code = result.outputFiles[0].text;
  if (/<\/script/i.test(code)) throw new Error(`${entry}: bundle contains "</script"`);
  return code;
}

const [main, worker, pdfWorker] = await Promise.all([
  bundle('src/app/main.js'),
  bundle('src/worker/main.js'),
  process.env.DUBAO_PDF === 'off' ? '' : bundle('src/pdf/main.js', [pdfWorkerPlugin]),
]);
// The PDF reader (pdf.js + CMaps), gzip + bin7, read only when the first PDF is opened: after the
// wasm, before the main script (src/index.html says why).
// DUBAO_PDF=off leaves it out (no PDF reading): only for measuring what the pack costs the page
// (bench/ready_cost.mjs), never shipped.
const withPdf = process.env.DUBAO_PDF !== 'off';
const pdf = withPdf ? pdfPack(here, pdfWorker) : { html: '', note: 'no PDF reader (DUBAO_PDF=off)' };
// Boot: starts the worker before the wasm is parsed; `__dubaoFeed()`, the script after each wasm
// piece, hands every piece to the worker at once (and drops it from the DOM; the worker decodes
// it); a blob piece's text is also kept for the main script, which keeps it to start a fresh
// worker after a cancel. The boot script queues the worker's messages until the main script takes
// the worker over. Message names: src/lib/protocol.js.
const boot = `(()=>{const w=new Worker(URL.createObjectURL(new Blob([document.getElementById('dubao-worker').textContent],{type:'text/javascript'})),{name:'dubao-analyzer'});const q=[];w.onmessage=(e)=>q.push(e.data);w.onerror=(e)=>q.push({type:'${FromWorker.FATAL}',message:e.message||'worker'});const b=window.__dubaoBoot={worker:w,queue:q,at:performance.now(),chunks:[],blobs:[]};window.__dubaoFeed=()=>{const d=document.currentScript.previousElementSibling,s=d.dataset,last='last'in s,m={type:'${ToWorker.CHUNK}',text:d.textContent,bytes:+s.bytes,b64:'b64'in s,at:'at'in s?+s.at:null,end:'end'in s,last};w.postMessage(m);if(m.at!==null)b.blobs.push(m);d.textContent='';b.chunks.push(performance.now());if('end'in s)b.moduleFedAt=performance.now();if(last)b.fedAt=performance.now();};})();`;
// The same tiny script after every piece: one CSP hash covers them all.
const feed = '__dubaoFeed()';
const css = readFileSync(resolve(here, 'src/style.css'), 'utf8');
const wasm = readFileSync(resolve(here, 'pkg/dubao_bg.wasm'));
// The module without the blobs it does not need to start (wasm_split.mjs): they come after it.
const split = splitForPage(wasm);
// The module is gzipped (DecompressionStream undoes it); the blobs are zstd already and stay as
// they are. Both are cut into pieces of about CHUNK bytes, each in its own <script
// type="application/octet-stream"> (not executed): data-bytes = its length, data-end = the
// module's last piece, data-at = the memory address a blob piece belongs at, data-last = the last
// piece of all. Module pieces are base64 (data-b64): the worker decodes them with the browser's
// native Uint8Array.fromBase64 (a few ms for the module, against ~45 ms for bin7 in JS, and that
// decoding is on the way to the compiled module). Blob pieces stay 7 characters per 6 bytes
// (src/bin7.js, 1.17× instead of 1.33×): the worker decodes them while it waits for the rest of
// the page (README: ready waits for the main thread, not for the worker).
const CHUNK = 6 * 87382; // about 512 KB, whole 6-byte groups of the encoding
const wasmGz = gzipSync(split.module, { level: constants.Z_BEST_COMPRESSION });
const cut = (bytes) => {
  const n = Math.max(1, Math.round(bytes.length / CHUNK));
  const size = Math.ceil(bytes.length / n / 6) * 6;
  return Array.from({ length: n }, (_, k) => [
    k * size,
    bytes.subarray(k * size, Math.min((k + 1) * size, bytes.length)),
  ]);
};
const pieces = [
  ...cut(wasmGz).map(([, bytes], k, all) => ({
    bytes,
    b64: true,
    attrs: ` data-b64${k === all.length - 1 ? ' data-end' : ''}`,
  })),
  ...split.blobs.flatMap((blob) =>
    cut(blob.bytes).map(([offset, bytes]) => ({ bytes, attrs: ` data-at="${blob.address + offset}"` })),
  ),
];
pieces[pieces.length - 1].attrs += ' data-last';
const wasmText = pieces
  .map(
    ({ bytes, b64, attrs }) =>
      `<script type="application/octet-stream" class="dubao-wasm" data-bytes="${bytes.length}"${attrs}>${b64 ? Buffer.from(bytes).toString('base64') : encode(bytes)}</script><script>${feed}</script>`,
  )
  .join('\n');

const sha = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
// default-src 'none': no fetch, no images from anywhere but data:/blob:, no fonts, no frames.
const csp = [
  "default-src 'none'",
  `script-src ${sha(boot)} ${sha(feed)} ${sha(main)} 'wasm-unsafe-eval'`,
  'worker-src blob:',
  `style-src ${sha(css)}`,
  'img-src data: blob:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const template = readFileSync(resolve(here, 'src/index.html'), 'utf8');
const parts = { CSP: csp, CSS: css, WASM: wasmText, WORKER: worker, BOOT: boot, MAIN: main, PDF: pdf.html };
const html = template.replace(/\{\{(CSP|CSS|WASM|WORKER|BOOT|MAIN|PDF)\}\}/g, (_, key) => parts[key]);

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
const inlined = Buffer.byteLength(wasmText);
console.log(
  `${out}  ${mb(statSync(out).size)}  (wasm ${mb(wasm.length)}: module ${mb(split.module.length)} → gzip ${mb(wasmGz.length)}, ${split.note}; inlined ${mb(inlined)} in ${pieces.length} pieces; main ${mb(main.length)}, worker ${mb(worker.length)}; ${pdf.note})`,
);
