// Analysis settings and UI preferences, kept in localStorage; `options()` turns the settings into
// the analyzer's options.

export const DEFAULTS = {
  topN: 20,
  minLen: 2,
  pos: [],
  weighting: 'count',
  hmm: true,
  quotedTerms: true,
  userDict: '',
  stopwords: '',
};
export const STORE = 'dubao.settings.v1';
export const UI_STORE = 'dubao.ui.v1';

function loadJson(key) {
  try {
    return JSON.parse(localStorage.getItem(key) || '{}') || {};
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

export const settings = { ...DEFAULTS, ...loadJson(STORE) };
/** Page language and theme ('auto' follows the system). */
export const ui = { lang: 'zh', theme: 'auto', ...loadJson(UI_STORE) };

/** The analyzer's options (wasm `Options`) from the settings, numbers clamped. */
export function options() {
  return {
    top_n: Math.max(1, Math.min(500, Number(settings.topN) || DEFAULTS.topN)),
    min_len: Math.max(1, Math.min(10, Number(settings.minLen) || DEFAULTS.minLen)),
    pos_filter: settings.pos,
    weighting: settings.weighting,
    hmm: settings.hmm,
    quoted_terms: settings.quotedTerms,
    extra_stopwords: settings.stopwords,
  };
}
