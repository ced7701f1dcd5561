// Issue 14's reliability in node: the settings' schema (a corrupt store falls back field by
// field), and the page's link to the worker (app/worker-link.js) with a stand-in Worker: a big
// report put together from its parts, the session named instead of sent (and sent when the worker
// no longer has it), a cancel that replaces the worker and sends the other requests again, and a
// newer analysis superseding one that has run over a second.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FromWorker, STALE, ToWorker } from '../src/lib/protocol.js';

const storage = new Map();
globalThis.localStorage = {
  getItem: (key) => storage.get(key) ?? null,
  setItem: (key, value) => storage.set(key, String(value)),
};
let fresh = 0;
const loadSettings = () => import(`../src/app/settings.js?reliability=${fresh++}`);

test('a corrupt settings store falls back to the defaults field by field; valid fields stay', async () => {
  for (const stored of ['{"pos":5,"hmm":"yes"}', '5', '"pos"', 'null', '[1,2]', '{not json', 'true']) {
    storage.set('dubao.settings.v1', stored);
    storage.set('dubao.ui.v1', stored);
    const { settings, defaults, options, ui } = await loadSettings();
    assert.deepEqual(settings, defaults, stored);
    assert.deepEqual(ui, { lang: 'zh', theme: 'auto' }, stored);
    const o = options();
    assert.ok(Array.isArray(o.pos_filter) && typeof o.hmm === 'boolean' && Number.isInteger(o.top_n), stored);
  }
  storage.set(
    'dubao.settings.v1',
    '{"topN":7,"minLen":0,"pos":["n",7],"weighting":"tfidf","hmm":"yes","stopwords":"平湖"}',
  );
  storage.set('dubao.ui.v1', '{"lang":"en","theme":"purple"}');
  const { settings, ui, saveSettings } = await loadSettings();
  assert.equal(settings.topN, 7);
  assert.equal(settings.minLen, 2, 'out of range');
  assert.deepEqual(settings.pos, [], 'not a list of tags');
  assert.equal(settings.weighting, 'tfidf');
  assert.equal(settings.hmm, true, 'not a boolean');
  assert.equal(settings.stopwords, '平湖');
  assert.deepEqual(ui, { lang: 'en', theme: 'auto' });
  settings.topN = 'many'; // a bad value set in the page is not stored either
  saveSettings();
  assert.deepEqual(JSON.parse(storage.get('dubao.settings.v1')), { weighting: 'tfidf', stopwords: '平湖' });
});

test('validFields keeps only what the schema accepts', async () => {
  const { validFields, SCHEMA } = await loadSettings();
  assert.deepEqual(validFields({ topN: 600, minLen: 3, pos: ['nr', 'ns'], extra: 1 }, SCHEMA), {
    minLen: 3,
    pos: ['nr', 'ns'],
  });
  assert.deepEqual(validFields(Object.create({ topN: 5 }), SCHEMA), {}, 'own fields only');
  assert.deepEqual(validFields([5], SCHEMA), {});
});

/** A stand-in Worker: records what it is sent; `answer(msg)` answers as the worker would. */
class FakeWorker {
  static all = [];
  constructor() {
    this.sent = [];
    this.terminated = false;
    FakeWorker.all.push(this);
  }
  postMessage(msg) {
    this.sent.push(msg);
  }
  terminate() {
    this.terminated = true;
  }
  reply(msg) {
    this.onmessage({ data: msg });
  }
}

const link = await import('../src/app/worker-link.js');
const others = [];
const restarts = [];
const first = new FakeWorker();
link.attach(
  first,
  (msg) => others.push(msg),
  () => new FakeWorker(),
  (reason) => restarts.push(reason),
);
const current = () => FakeWorker.all.at(-1);
const lastSent = () => current().sent.at(-1);

test('a large report comes in parts and is put together in order; other messages pass through', async () => {
  const { reply } = link.send(ToWorker.ANALYZE, { text: 'T1', options: {} }, { cancellable: true });
  const { id } = lastSent();
  current().reply({ type: FromWorker.PROGRESS, id, stage: 'words', done: 1, total: 3 });
  current().reply({ type: FromWorker.PART, id, items: [{ index: 0 }, { index: 1 }] });
  current().reply({ type: FromWorker.PART, id, items: [{ index: 2 }] });
  current().reply({
    type: FromWorker.RESULT,
    id,
    report: { items: [{ index: 3 }], keywords: [] },
    rev: 'r1',
    parts: 2,
  });
  const msg = await reply;
  assert.deepEqual(
    msg.report.items.map((i) => i.index),
    [0, 1, 2, 3],
  );
  assert.equal(others.at(-1).type, FromWorker.PROGRESS);
  assert.equal(link.pendingCount(), 0);
});

test("the worker's session is named instead of sent; a stale name is answered by sending the data", async () => {
  const { reply } = link.send(ToWorker.LINES, { text: 'T1' });
  const sent = lastSent();
  assert.equal(sent.text, null, 'T1 is the session text');
  assert.equal(sent.session, 'r1');
  current().reply({ type: FromWorker.ERROR, id: sent.id, code: STALE, message: 'stale' });
  const again = lastSent();
  assert.equal(again.id, sent.id);
  assert.equal(again.text, 'T1', 'sent itself the second time');
  current().reply({ type: FromWorker.RESULT, id: sent.id, lines: ['a'] });
  assert.deepEqual((await reply).lines, ['a']);
  link.send(ToWorker.LINES, { text: 'T2' });
  assert.equal(lastSent().text, 'T2', 'another text is sent');
  current().reply({ type: FromWorker.RESULT, id: lastSent().id, lines: [] });
});

test('cancel replaces the worker: analyses reject with cancelled, other requests are sent again', async () => {
  link.setStart({ fake: 'module' }, [{ at: 8, data: new ArrayBuffer(2) }]);
  const analysis = link.send(ToWorker.ANALYZE, { text: 'T3', options: {} }, { cancellable: true });
  const lines = link.send(ToWorker.LINES, { text: 'T3' });
  assert.equal(link.analysing(), true);
  const old = current();
  assert.equal(link.cancel(), true);
  assert.equal(old.terminated, true);
  assert.equal(restarts.at(-1), 'cancelled');
  const fresh = current();
  assert.notEqual(fresh, old);
  assert.deepEqual(
    fresh.sent.map((m) => m.type),
    [ToWorker.START, ToWorker.ADOPT, ToWorker.LINES],
  );
  assert.deepEqual(fresh.sent[0].module, { fake: 'module' });
  assert.equal(fresh.sent[1].rev, 'r1', 'the new worker adopts the saved session');
  await assert.rejects(analysis.reply, { code: 'cancelled' });
  fresh.reply({ type: FromWorker.RESULT, id: fresh.sent[1].id, adopted: true });
  fresh.reply({ type: FromWorker.RESULT, id: fresh.sent[2].id, lines: ['x'] });
  assert.deepEqual((await lines.reply).lines, ['x']);
  assert.equal(link.cancel(), false, 'nothing left to cancel');
});

test('a newer analysis supersedes one that has run over SUPERSEDE_MS (a fresh worker), not a recent one', async () => {
  const old = link.send(ToWorker.ANALYZE, { text: 'slow', options: {} }, { cancellable: true, supersedes: true });
  const before = current();
  await new Promise((r) => setTimeout(r, link.SUPERSEDE_MS + 50));
  const newer = link.send(ToWorker.ANALYZE, { text: 'quick', options: {} }, { cancellable: true, supersedes: true });
  assert.equal(before.terminated, true);
  await assert.rejects(old.reply, { code: 'superseded' });
  const w = current();
  const sent = w.sent.find((m) => m.type === ToWorker.ANALYZE);
  assert.equal(sent.text, 'quick');
  w.reply({ type: FromWorker.RESULT, id: sent.id, report: { items: [] }, rev: 'r2' });
  await newer.reply;
  // A recent one is waited for (and superseded only when it reaches the age).
  const recent = link.send(ToWorker.ANALYZE, { text: 'a', options: {} }, { cancellable: true, supersedes: true });
  const behind = link.send(ToWorker.ANALYZE, { text: 'b', options: {} }, { cancellable: true, supersedes: true });
  const superseded = assert.rejects(recent.reply, { code: 'superseded' });
  assert.equal(current(), w, 'no restart yet');
  await new Promise((r) => setTimeout(r, link.SUPERSEDE_MS + 50));
  assert.equal(w.terminated, true, 'restarted when the first reached the age');
  await superseded;
  const again = current().sent.find((m) => m.type === ToWorker.ANALYZE);
  assert.equal(again.text, 'b');
  current().reply({ type: FromWorker.RESULT, id: again.id, report: { items: [] }, rev: 'r3' });
  await behind.reply;
});
