// CSV written by the page (pure, tested in node), in the core's format (src/report/csv.rs):
// UTF-8 with a BOM, CRLF line ends, RFC 4180 quoting, and a cell that a spreadsheet would run as a
// formula (opening with = + - @, a tab or a CR) escaped by a leading '. The keyword CSV is the
// core's; the page writes the document × term matrix, whose counts come from the core.

/** One cell, escaped and quoted as the core's `cell_text` does. */
export function csvCell(value) {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[,"\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Rows of cells as CSV text: BOM, CRLF after every row. */
export const csvText = (rows) => `\uFEFF${rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('')}`;

/**
 * The document × term matrix: one row per item (1-based number, kind, title), one column per term,
 * each cell the term's token count in the item, `counts[item * terms.length + term]` (the core's
 * term_counts). The same table, byte for byte, as the core's `term_matrix_csv` (src/report/csv.rs).
 */
export function termMatrixCsv(items, terms, counts) {
  const header = ['item', 'kind', 'title', ...terms];
  const rows = items.map((item, i) => [
    String(item.index + 1),
    item.kind,
    item.title ?? '',
    ...terms.map((_, j) => String(counts[i * terms.length + j] ?? 0)),
  ]);
  return csvText([header, ...rows]);
}
