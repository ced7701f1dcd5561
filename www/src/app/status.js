// The status line (loading / busy with elapsed time / ready / error) and the progress bar.
import { t } from '../lib/i18n.js';
import { $ } from './dom.js';
import { state } from './state.js';
import { isReady } from './worker-client.js';

let busySince = 0;
let busyTimer = 0;

export function setStatus(kind, text) {
  const status = $('status');
  status.dataset.state = kind;
  $('status-text').textContent = text;
}

/** Busy: progress bar and elapsed time; not busy: ready (with the last analysis time). */
export function setBusy(on) {
  clearInterval(busyTimer);
  $('progress').hidden = !on;
  document.documentElement.dataset.busy = on ? 'true' : 'false';
  if (on) {
    busySince = performance.now();
    setStatus('busy', t('analyzing'));
    busyTimer = setInterval(() => {
      const s = ((performance.now() - busySince) / 1000).toFixed(1);
      const base = $('status-text').textContent.replace(/ \u00b7 .*$/, '');
      if (performance.now() - busySince > 400) $('status-text').textContent = `${base} · ${t('elapsed', { s })}`;
    }, 100);
  } else if (isReady()) {
    setStatus(
      'ready',
      state.analyzedMs !== null
        ? `${t('ready')} · ${t('analyzedIn', { ms: Math.round(state.analyzedMs) })}`
        : t('ready'),
    );
  }
}

/** A failure the user should see (the worker, a request, a file). */
export const showFailure = (message) => setStatus('error', `${t('failed')}: ${message}`);

/** The status hooks of worker-client.js's startWorker. */
export const workerStatusHooks = {
  onReady() {
    document.documentElement.dataset.ready = 'true';
    setStatus('ready', t('ready'));
  },
  onTrack: () => setBusy(true),
  onPhase: (phase) => setStatus('busy', t(`phase_${phase}`)),
  onFailure: showFailure,
};
