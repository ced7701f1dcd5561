// The page's state: the text, the analyzer's last report and the items shown (the report's, or
// hand-edited), and what is selected. Modules read and write it directly.

export const state = {
  text: '',
  hiddenText: false, // the text is too long to show in the textarea (input.js)
  source: null, // {kind: 'sample'|'paste'|'file', name?, encoding?}
  report: null, // the last full Report from the analyzer
  items: [], // current items (the report's, or hand-edited)
  keywords: [], // issue-wide keywords for the current items
  edited: false,
  lines: null, // normalized lines (for hand edits), computed on demand
  selected: -1,
  view: 'overview',
  kwicWord: null,
  analyzedMs: null,
};
