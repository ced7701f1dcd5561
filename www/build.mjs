// Bundles the page into ONE self-contained HTML file: CSS, the main script, the worker script and
// the wasm (gzip + base64) are inlined; a strict CSP allows exactly the inlined script (by hash).
// Usage: node build.mjs [out.html]   (expects www/pkg from wasm-pack; see scripts/build_page.sh)
import { build } from 'esbuild';
import { encode } from './src/bin7.js';
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
  charset: 'utf8',
  define: { 'process.env.NODE_ENV': '"production"', 'import.meta.url': '"about:blank"' },
  loader: { '.txt': 'text' },
  logLevel: 'warning',
};

async function bundle(entry) {
  const result = await build({ ...common, entryPoints: [resolve(here, entry)] });
  const code = result.outputFiles[0].text;
  if (/<\/script/i.test(code)) throw new Error(`${entry}: bundle contains "</script"`);
  return code;
}

const [main, worker] = await Promise.all([bundle('src/main.js'), bundle('src/worker.js')]);
// Boot: starts the worker as soon as the wasm is parsed, before the page's markup and main script;
// it queues the worker's messages until the main script takes the worker over.
const boot = `(()=>{const $=(i)=>document.getElementById(i);const w=new Worker(URL.createObjectURL(new Blob([$('dubao-worker').textContent],{type:'text/javascript'})),{name:'dubao-analyzer'});const q=[];w.onmessage=(e)=>q.push(e.data);w.onerror=(e)=>q.push({type:'fatal',message:e.message||'worker'});const d=$('dubao-wasm');w.postMessage({type:'init',wasm:d.textContent,bytes:+d.dataset.bytes});window.__dubaoBoot={worker:w,queue:q,at:performance.now()};})();`;
const css = readFileSync(resolve(here, 'src/style.css'), 'utf8');
const wasm = readFileSync(resolve(here, 'pkg/dubao_bg.wasm'));
// gzip (DecompressionStream can undo it) then 7 bits per character (src/bin7.js).
const wasmGz = gzipSync(wasm, { level: constants.Z_BEST_COMPRESSION });
const wasmText = encode(wasmGz);

const sha = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
// default-src 'none': no fetch, no images from anywhere but data:/blob:, no fonts, no frames.
const csp = [
  "default-src 'none'",
  `script-src ${sha(boot)} ${sha(main)} 'wasm-unsafe-eval'`,
  'worker-src blob:',
  `style-src ${sha(css)}`,
  'img-src data: blob:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const template = readFileSync(resolve(here, 'src/index.html'), 'utf8');
const parts = { CSP: csp, CSS: css, WASM: wasmText, WASM_BYTES: String(wasmGz.length), WORKER: worker, BOOT: boot, MAIN: main };
const html = template.replace(/\{\{(CSP|CSS|WASM_BYTES|WASM|WORKER|BOOT|MAIN)\}\}/g, (_, key) => parts[key]);

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
console.log(
  `${out}  ${mb(statSync(out).size)}  (wasm ${mb(wasm.length)} → gzip ${mb(wasmGz.length)} → inlined ${mb(Buffer.byteLength(wasmText))}, main ${mb(main.length)}, worker ${mb(worker.length)})`,
);
