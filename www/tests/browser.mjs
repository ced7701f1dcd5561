// Shared harness: Debian's chromium driven by playwright-core, every non-local request blocked
// and counted, console errors and CSP violations collected.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PAGE = process.env.DUBAO_PAGE || join(ROOT, 'dist/dubao.html'); // DUBAO_PAGE: bench another build
export const PAGE_URL = pathToFileURL(PAGE).href;
export const SHOTS = join(ROOT, 'out/screenshots');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches chromium with a fresh profile; returns {context, blocked, close}. */
export async function launch({
  viewport = { width: 1366, height: 768 },
  colorScheme = 'light',
  allowHttp = false,
} = {}) {
  if (!existsSync(PAGE)) throw new Error(`${PAGE} is missing: run scripts/build_page.sh`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'dubao-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport,
    colorScheme,
    acceptDownloads: true,
    deviceScaleFactor: 1,
  });
  const blocked = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const scheme = url.slice(0, url.indexOf(':'));
    const local = allowHttp && /^http:\/\/127\.0\.0\.1[:/]/.test(url);
    if (scheme === 'file' || scheme === 'data' || scheme === 'blob' || local) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return {
    context,
    blocked,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens the page, collecting errors and CSP violations; waits until the analyzer is ready. */
export async function openPage(context, url = PAGE_URL) {
  const page = context.pages()[0] || (await context.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 20000 });
  return { page, errors };
}

/** Records the page's main-thread tasks over 50 ms (PerformanceObserver 'longtask') in
 * `window.__long` as {start, ms}, from now on: what the benchmarks report. */
export async function watchLongTasks(page) {
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask' });
  });
}

/** Waits until no analysis is running and the item list has rendered. */
export async function idle(page) {
  await page.waitForFunction(() => document.documentElement.dataset.busy === 'false', null, { timeout: 60000 });
}

/**
 * Loads the bundled sample and waits until it is the page's text and its 8 items are listed. Over
 * another text (or hand edits) the page asks first: confirmed. Waiting for the sample itself, not
 * for any item rows, keeps a test from reading the text before it (the sample is decoded async).
 */
export async function loadSample(page) {
  await page.click('#btn-sample');
  // Functions, not strings: the page's CSP refuses eval (a test counts violations).
  await page.waitForFunction(
    () => document.querySelector('#confirm[open]') || document.getElementById('input').value.includes('曹桥街道'),
  );
  if (await page.isVisible('#confirm[open]')) await page.click('#confirm-ok');
  await page.waitForFunction(
    () =>
      document.getElementById('input').value.includes('曹桥街道') &&
      document.querySelectorAll('.item-row').length === 8 &&
      document.documentElement.dataset.busy === 'false',
  );
}

/** Opens the settings dialog and waits for it. */
export async function openSettingsDialog(page) {
  await page.click('#btn-settings');
  await page.waitForSelector('#settings[open]');
}

/** Saves and closes the settings dialog. */
export async function closeSettingsDialog(page) {
  await page.click('#settings footer button[type=submit]');
  await page.waitForSelector('#settings:not([open])', { state: 'attached' });
}

/** Gives `files` to the library's file input and waits until the library holds `n` issues and is idle. */
export async function importToLibrary(page, files, n, timeout = 180000) {
  await page.setInputFiles('#lib-input', files);
  await page.waitForFunction(
    (k) =>
      document.documentElement.dataset.libraryIssues === String(k) &&
      document.documentElement.dataset.libraryBusy === 'false',
    n,
    { timeout, polling: 20 },
  );
}
