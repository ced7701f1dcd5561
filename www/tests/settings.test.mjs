// The page's settings (www/src/app/settings.js) in node, with a stand-in localStorage: the analysis
// defaults come from the core (the worker's ready message), and a value stored before still loads.
import { test } from 'node:test';
import assert from 'node:assert/strict';

const STORE = 'dubao.settings.v1';
const storage = new Map();
globalThis.localStorage = {
  getItem: (key) => storage.get(key) ?? null,
  setItem: (key, value) => storage.set(key, String(value)),
};

let fresh = 0;
/** settings.js loaded anew (a page load) over what is stored now. */
const load = () => import(`../src/app/settings.js?load=${fresh++}`);

test('a value stored by the page before (every setting, DEFAULTS merged in) still loads', async () => {
  const before = {
    topN: 7,
    minLen: 2,
    pos: ['n', 'v'],
    weighting: 'tfidf',
    hmm: false,
    quotedTerms: true,
    userDict: '双招双引 1000 nz',
    stopwords: '平湖',
  };
  storage.set(STORE, JSON.stringify(before));
  const { settings, options, setAnalysisDefaults } = await load();
  assert.deepEqual(settings, before);
  setAnalysisDefaults({ top_n: 30, min_len: 3, pos_filter: [], weighting: 'count', hmm: true, quoted_terms: true });
  assert.deepEqual(settings, before, 'settings the user stored stay');
  assert.deepEqual(options(), {
    top_n: 7,
    min_len: 2,
    pos_filter: ['n', 'v'],
    weighting: 'tfidf',
    hmm: false,
    quoted_terms: true,
    extra_stopwords: '平湖',
  });
});

test("the core's defaults apply to what the user has not chosen; only choices are stored", async () => {
  storage.set(STORE, JSON.stringify({ topN: 7 }));
  const { settings, defaults, setAnalysisDefaults, saveSettings, resetSettings, options } = await load();
  assert.equal(settings.topN, 7);
  assert.equal(settings.minLen, 2, 'the fallback until the worker is ready');
  const core = {
    hmm: true,
    quoted_terms: false,
    top_n: 20,
    min_len: 3,
    keep_numbers: false,
    pos_filter: ['n'],
    weighting: 'textrank',
    extra_stopwords: '',
  };
  setAnalysisDefaults(core);
  assert.equal(settings.topN, 7);
  assert.equal(settings.minLen, 3);
  assert.equal(settings.quotedTerms, false);
  assert.deepEqual(settings.pos, ['n']);
  assert.equal(settings.weighting, 'textrank');
  assert.equal(defaults.userDict, '', 'the page keeps its own defaults');
  assert.equal(options().min_len, 3);
  settings.pos.push('v'); // the defaults are not shared with the settings
  assert.deepEqual(defaults.pos, ['n']);
  saveSettings();
  assert.deepEqual(JSON.parse(storage.get(STORE)), { topN: 7, pos: ['n', 'v'] });
  resetSettings();
  assert.equal(settings.topN, 20);
  assert.deepEqual(JSON.parse(storage.get(STORE)), {});
});

test('a broken stored value is ignored', async () => {
  storage.set(STORE, '{not json');
  const { settings } = await load();
  assert.equal(settings.topN, 20);
  assert.equal(settings.weighting, 'count');
});
