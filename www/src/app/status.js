// The status line (loading / busy with progress and elapsed time / ready / cancelled / error), the
// progress bar, the cancel button, and the worker's status hooks.
import { t } from '../lib/i18n.js';
import { $ } from './dom.js';
import { state } from './state.js';
import { analysing, cancelAnalysis, isReady } from './worker-client.js';

/** The cancel button shows once an analysis has run this long (a quick one never flashes it). */
const CANCEL_AFTER_MS = 300;
let busySince = 0;
let busyTimer = 0;
let busyLabel = '';
let saveProblem = null; // the last session could not be saved: 'quota' | 'failed' | 'unavailable'

export function setStatus(kind, text) {
  const status = $('status');
  status.dataset.state = kind;
  $('status-text').textContent = text;
}

/** The progress bar: a fraction 0–1, or null (indeterminate: it slides). */
function setProgress(fraction) {
  const bar = $('progress');
  const known = typeof fraction === 'number' && Number.isFinite(fraction);
  bar.dataset.determinate = String(known);
  bar.firstElementChild.style.width = known ? `${(100 * Math.min(1, Math.max(0, fraction))).toFixed(1)}%` : '';
  if (known) bar.setAttribute('aria-valuenow', String(Math.round(100 * fraction)));
  else bar.removeAttribute('aria-valuenow');
}

function showBusy() {
  const ms = performance.now() - busySince;
  const s = (ms / 1000).toFixed(1);
  $('status-text').textContent = ms > 400 ? `${busyLabel} · ${t('elapsed', { s })}` : busyLabel;
  $('btn-cancel').hidden = !(ms >= CANCEL_AFTER_MS && analysing());
}

/** Busy: progress bar, elapsed time and (after a moment) the cancel button; not busy: ready (with
 * the last analysis time, and a warning if the text could not be saved for the next visit). */
export function setBusy(on) {
  clearInterval(busyTimer);
  $('progress').hidden = !on;
  $('btn-cancel').hidden = true;
  setProgress(null);
  document.documentElement.dataset.busy = on ? 'true' : 'false';
  if (on) {
    busySince = performance.now();
    busyLabel = t('analyzing');
    setStatus('busy', busyLabel);
    busyTimer = setInterval(showBusy, 100);
  } else if (isReady()) showReady();
}

function showReady() {
  let text =
    state.analyzedMs !== null ? `${t('ready')} · ${t('analyzedIn', { ms: Math.round(state.analyzedMs) })}` : t('ready');
  if (saveProblem) text += ` · ${t(saveProblem === 'quota' ? 'saveQuota' : 'saveFailed')}`;
  setStatus(saveProblem ? 'warn' : 'ready', text);
}

/** A step before an analysis (reading a PDF): its label and the bar (a fraction 0–1, or null);
 * `null` as the label ends it (the bar hidden). */
export function showStep(label, fraction = null) {
  $('progress').hidden = label === null;
  if (label === null) return;
  setProgress(fraction);
  setStatus('busy', label);
}

/** An analysis was cancelled: the result shown is the one before. */
export function showCancelled() {
  setBusy(false);
  setStatus('ready', t('cancelled'));
}

/** A failure the user should see (the worker, a request, a file). */
export const showFailure = (message) => setStatus('error', `${t('failed')}: ${message}`);

/** The cancel button ends the analysis under way (a fresh worker; the previous result stays). */
export function wireStatus() {
  $('btn-cancel').addEventListener('click', () => {
    if (!cancelAnalysis()) setBusy(false);
  });
}

/** The status hooks of worker-client.js's startWorker. */
export const workerStatusHooks = {
  onReady() {
    document.documentElement.dataset.ready = 'true';
    setStatus('ready', t('ready'));
  },
  onTrack: () => setBusy(true),
  onPhase(phase) {
    // An analysis finds the items first (the core reports its progress from then on).
    busyLabel = phase === 'analyze' ? t('progressLayout') : t(`phase_${phase}`);
    showBusy();
  },
  onProgress({ stage, done, total }) {
    if (document.documentElement.dataset.busy !== 'true') return;
    const words = stage === 'words';
    const pct = words && total ? Math.floor((100 * done) / total) : 0;
    busyLabel = words ? t('progressWords', { done, total, pct }) : t('progressLayout');
    setProgress(words && total ? done / total : null);
    showBusy();
  },
  onSaved({ ok, code }) {
    saveProblem = ok ? null : code;
    if (document.documentElement.dataset.busy !== 'true' && isReady()) showReady();
  },
  onFailure: showFailure,
};
