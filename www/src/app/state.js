// The page's state: the text, the analyzer's last report (possibly edited by hand) and its items,
// and what is selected. Modules read and write it directly.

export const state = {
  text: '',
  hiddenText: false, // the text is too long to show in the textarea (input.js)
  source: null, // {kind: 'sample'|'paste'|'file'|'pdf'|'library', name?, encoding?, pages?}
  positions: null, // a PDF's positioned lines (JSON string, lib/position-lines.js), analysed by geometry
  pdf: null, // {name, pages: [{page, width, height}], open (the reader has it: pages can be drawn), notes, dropped: [{page, lines, chars}] (lines in fonts without a Unicode mapping)}
  report: null, // the current Report from the analyzer (analysed, or edited by hand)
  reportText: '', // the text `report` is the analysis of (edits and source lines use it, not a newer text)
  items: [], // the report's items
  keywords: [], // the report's issue-wide keywords
  edited: false, // the report's split was edited by hand
  meta: null, // {paper, date} of the issue (the core's IssueMeta::read, or the library's as dated by hand)
  rev: null, // the worker's session id of `report` (saved under it for the next visit)
  lines: null, // {text, lines}: the text's lines as the analyzer numbers them (split picker), on demand
  selected: -1,
  view: 'overview',
  kwicWord: null,
  analyzedMs: null,
};
