// Analysis settings and UI preferences, kept in localStorage; `options()` turns the settings into
// the analyzer's options. The analysis defaults are the core's (`default_options()`, sent with the
// worker's ready message); the page keeps defaults only for what is its own (the user dictionary
// field, language, theme) and a copy of the core's to draw the form with until ready.

/** Setting name (as stored: the localStorage format of `dubao.settings.v1`) → the analyzer's option. */
const OPTION_OF = {
  topN: 'top_n',
  minLen: 'min_len',
  pos: 'pos_filter',
  weighting: 'weighting',
  hmm: 'hmm',
  quotedTerms: 'quoted_terms',
  stopwords: 'extra_stopwords',
};

/** Settings of the analysis options, from the analyzer's options object. */
const fromOptions = (opts) =>
  Object.fromEntries(Object.entries(OPTION_OF).flatMap(([name, key]) => (key in opts ? [[name, opts[key]]] : [])));

/** Until the worker is ready (then `setAnalysisDefaults`): the core's defaults as of this writing. */
const FALLBACK = fromOptions({
  top_n: 20,
  min_len: 2,
  pos_filter: [],
  weighting: 'count',
  hmm: true,
  quoted_terms: true,
  extra_stopwords: '',
});

/** The settings' defaults: the analysis options' (the core's once ready) and the page's own. */
export const defaults = { ...FALLBACK, userDict: '' };
export const STORE = 'dubao.settings.v1';
export const UI_STORE = 'dubao.ui.v1';

// What a stored value may be, field by field (type, range, enum): a field that is not is dropped and
// follows the default, so a corrupt or foreign store never reaches the analyzer or the form.
const int = (min, max) => (v) => Number.isInteger(v) && v >= min && v <= max;
const oneOf = (names) => (v) => names.includes(v);
const text = (max) => (v) => typeof v === 'string' && v.length <= max;
const bool = (v) => typeof v === 'boolean';
/** POS tag prefixes (the form offers n, v, nr, ns, nt; the core takes any prefix). */
const posList = (v) =>
  Array.isArray(v) && v.length <= 32 && v.every((p) => typeof p === 'string' && /^[a-z]{1,4}$/i.test(p));
export const SCHEMA = {
  topN: int(1, 500),
  minLen: int(1, 10),
  pos: posList,
  weighting: oneOf(['count', 'tfidf', 'textrank']),
  hmm: bool,
  quotedTerms: bool,
  stopwords: text(1 << 20),
  userDict: text(8 << 20),
};
const UI_SCHEMA = { lang: oneOf(['zh', 'en']), theme: oneOf(['auto', 'light', 'dark']) };

/** The fields of `value` (any JSON) that `schema` accepts; anything else is left out. */
export function validFields(value, schema) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.keys(schema)
      .filter((name) => Object.hasOwn(value, name) && schema[name](value[name]))
      .map((name) => [name, value[name]]),
  );
}

function loadJson(key) {
  try {
    return JSON.parse(localStorage.getItem(key) || '{}');
  } catch {
    return {};
  }
}

export function saveJson(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    /* private mode or file:// without storage: settings just don't persist */
  }
}

const copy = (value) => (Array.isArray(value) ? [...value] : value);
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** What the user chose (stored, the valid fields only); a setting not in it follows the defaults. */
let chosen = validFields(loadJson(STORE), SCHEMA);
export const settings = {};
for (const name of Object.keys(defaults)) settings[name] = copy(name in chosen ? chosen[name] : defaults[name]);

/** Page language and theme ('auto' follows the system). */
export const ui = { lang: 'zh', theme: 'auto', ...validFields(loadJson(UI_STORE), UI_SCHEMA) };

/** Whether `other` (settings saved with a session) are the settings now. */
export const sameSettings = (other) =>
  !!other && Object.keys(defaults).every((name) => same(settings[name], other[name]));

/** Takes the core's analysis defaults (the worker's `default_options()`); settings the user has
 * not chosen follow them. */
export function setAnalysisDefaults(opts) {
  if (!opts) return;
  Object.assign(defaults, fromOptions(opts));
  for (const name of Object.keys(defaults)) if (!(name in chosen)) settings[name] = copy(defaults[name]);
}

/** Stores the settings that differ from the defaults (same format as before: a name → value object). */
export function saveSettings() {
  for (const name of Object.keys(defaults)) if (!SCHEMA[name](settings[name])) settings[name] = copy(defaults[name]);
  chosen = Object.fromEntries(
    Object.keys(defaults)
      .filter((name) => !same(settings[name], defaults[name]))
      .map((name) => [name, settings[name]]),
  );
  saveJson(STORE, chosen);
}

/** Back to the defaults (stored too). */
export function resetSettings() {
  for (const name of Object.keys(defaults)) settings[name] = copy(defaults[name]);
  saveSettings();
}

/** The analyzer's options (wasm `Options`) from the settings, numbers clamped. */
export function options() {
  return {
    top_n: Math.max(1, Math.min(500, Number(settings.topN) || defaults.topN)),
    min_len: Math.max(1, Math.min(10, Number(settings.minLen) || defaults.minLen)),
    pos_filter: settings.pos,
    weighting: settings.weighting,
    hmm: settings.hmm,
    quoted_terms: settings.quotedTerms,
    extra_stopwords: settings.stopwords,
  };
}
