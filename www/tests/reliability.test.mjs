// Issue 14's reliability in node: the settings' schema (a corrupt store falls back field by
// field).
import { test } from 'node:test';
import assert from 'node:assert/strict';

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
