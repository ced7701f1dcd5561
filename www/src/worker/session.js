// The worker's session: the page's last analysed text and its report (as analysed, or edited by
// hand), with where the text came from and the settings. Requests may name it by `rev` instead of
// sending the text or report again (lib/protocol.js STALE), and every new session is saved
// (persist.js) so that a reload, or a fresh worker after a cancel, finds it.
import { version } from '../../pkg/dubao.js';
import { FromWorker, STALE } from '../lib/protocol.js';
import * as persist from './persist.js';

let session = null; // {rev, text, positions, report, source, settings, edited}
let unsaved = null; // the newest record not yet being written (an older one waiting is dropped)
let writing = false;

/** A new session id: unique across workers and page loads (a restarted worker adopts it by id). */
const newRev = () => `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 10)}`;

const stale = () => Object.assign(new Error('the session changed'), { code: STALE });

/** The request's text: its own, or the session's if it names the session. */
export function textOf(msg) {
  if (typeof msg.text === 'string') return msg.text;
  if (session && msg.session === session.rev) return session.text;
  throw stale();
}

/** The request's report: its own, or the session's if it names the session. */
export function reportOf(msg) {
  if (msg.report) return msg.report;
  if (session?.report && msg.session === session.rev) return session.report;
  throw stale();
}

/** The session's PDF positioned lines (JSON) if `text` is its text, else null. */
export const positionsOf = (text) => (session?.text === text ? session.positions : null);

/**
 * A new session (the page's own analysis, or a hand edit / recount of the last one); saved in
 * the background (SAVED reports the outcome; a session replaced before its write began is not
 * written). Returns its rev.
 */
export function keep({ text, positions, report, source, settings, edited }) {
  const rev = newRev();
  // A PDF's positioned lines stay with its session (an edit or recount keeps the last ones).
  positions ??= session?.text === text ? session.positions : null;
  session = {
    rev,
    text,
    positions: positions ?? null,
    report,
    source: source ?? null,
    settings: settings ?? null,
    edited,
  };
  unsaved = { ...session, version: version(), savedAt: Date.now() };
  if (!writing) writeAll();
  return rev;
}

/** Writes the newest record, then the one that came meanwhile, if any (one write at a time). */
async function writeAll() {
  writing = true;
  while (unsaved) {
    const record = unsaved;
    unsaved = null;
    const outcome = await persist.save(record);
    postMessage({ type: FromWorker.SAVED, rev: record.rev, ...outcome });
  }
  writing = false;
}

/** The saved session, which becomes this worker's; its report only if this core made it. */
export async function restore() {
  const record = await persist.load();
  if (!record || typeof record.text !== 'string' || typeof record.rev !== 'string') return null;
  const sameCore = record.version === version() && Array.isArray(record.report?.items);
  session = {
    rev: record.rev,
    text: record.text,
    positions: typeof record.positions === 'string' ? record.positions : null,
    report: sameCore ? record.report : null,
    source: record.source ?? null,
    settings: record.settings ?? null,
    edited: sameCore && record.edited === true,
  };
  return session;
}

/** A restarted worker takes the saved session if it is `rev` (the page's current one). */
export async function adopt(rev) {
  if (session?.rev === rev) return true;
  const record = await persist.load();
  if (record?.rev !== rev || record.version !== version()) return false;
  session = { ...record };
  return true;
}
