// Destructive actions ask first, in an in-page modal dialog (not window.confirm: it is styled,
// translated, and keyboard and screen-reader friendly): Cancel has the focus, Escape cancels.
// 打开示例 over another text asks in input.js; 恢复自动分篇 (discarding hand edits) asks here, before
// edits.js's own click handler runs.
import { t } from '../lib/i18n.js';
import { $ } from './dom.js';

let asking = null;

/** Shows the dialog; resolves true if the user confirms, false on Cancel or Escape. */
export function confirmAction({ title, body, ok }) {
  if (asking) return asking;
  const dialog = $('confirm');
  const back = document.activeElement;
  $('confirm-title').textContent = title;
  $('confirm-body').textContent = body;
  $('confirm-ok').textContent = ok;
  $('confirm-cancel').textContent = t('cancel');
  dialog.returnValue = '';
  dialog.showModal();
  $('confirm-cancel').focus();
  asking = new Promise((resolve) => {
    dialog.addEventListener(
      'close',
      () => {
        asking = null;
        back?.focus?.({ preventScroll: true });
        resolve(dialog.returnValue === 'ok');
      },
      { once: true },
    );
  });
  return asking;
}

/** 恢复自动分篇 asks first: the click reaches edits.js's handler only once confirmed. */
export function wireConfirmations() {
  const button = $('btn-reset-split');
  let confirmed = false;
  button.addEventListener(
    'click',
    (e) => {
      if (confirmed) {
        confirmed = false;
        return;
      }
      e.stopImmediatePropagation();
      confirmAction({ title: t('confirmReset'), body: t('confirmResetBody'), ok: t('resetSplit') }).then((ok) => {
        if (!ok) return;
        confirmed = true;
        button.click();
      });
    },
    { capture: true },
  );
}
