// Actions that views trigger but cannot import: opening an item renders the views, and the views
// have buttons that open items (and KWIC, and splits). main.js binds them once at start; views call
// `actions.openItem(i)` etc., so imports stay one-way (no cycles).

export const actions = {
  /** (index) → shows item `index` (navigation.js) */
  openItem: null,
  /** (word, focus = true) → shows the contexts of `word` (kwic.js) */
  showKwic: null,
  /** (line) → splits the selected item so that source line `line` starts a new one (edits.js) */
  splitAt: null,
  /** (record) → shows an issue of the library in the issue views (input.js) */
  openRecord: null,
  /** (page) → shows page `page` of a PDF in the 版面 tab (pages-tab.js) */
  showPages: null,
};

export function bindActions(bound) {
  Object.assign(actions, bound);
}
