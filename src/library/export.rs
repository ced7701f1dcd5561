//! The library's research exports, written by the one CSV writer (`report::csv::table_csv`: BOM,
//! CRLF, formula cells escaped) and as JSON Lines like `dubao analyze --format jsonl`.

use super::Library;
use crate::issue::IssueMeta;
use crate::report::csv::table_csv;
use crate::report::Report;

impl Library {
    /// The document × term matrix: one row per item of every issue (issue, paper, date, page, item
    /// 1-based, kind, title), one column of token counts per term.
    pub fn matrix_csv(&self, terms: &[&str]) -> String {
        let mut header = vec!["issue", "paper", "date", "page", "item", "kind", "title"];
        header.extend_from_slice(terms);
        let rows = self.entries.iter().flat_map(|e| {
            e.index.term_counts(terms).into_iter().enumerate().map(move |(i, counts)| {
                let meta = e.items.get(i).cloned().unwrap_or_default();
                let mut row = vec![
                    e.id.clone(),
                    e.paper.clone().unwrap_or_default(),
                    e.date.clone().unwrap_or_default(),
                    meta.page,
                    (i + 1).to_string(),
                    meta.kind,
                    meta.title,
                ];
                row.extend(counts.iter().map(u32::to_string));
                row
            })
        });
        table_csv(&header, rows)
    }

    /// The long table: one row per item and term it uses (issue, paper, date, page, item, term, count).
    pub fn long_csv(&self, terms: &[&str]) -> String {
        let header = ["issue", "paper", "date", "page", "item", "term", "count"];
        let rows = self.entries.iter().flat_map(|e| {
            e.index.term_counts(terms).into_iter().enumerate().flat_map(move |(i, counts)| {
                let page = e.items.get(i).map(|m| m.page.clone()).unwrap_or_default();
                terms.iter().zip(counts).filter(|(_, n)| *n > 0).map(move |(term, n)| {
                    vec![
                        e.id.clone(),
                        e.paper.clone().unwrap_or_default(),
                        e.date.clone().unwrap_or_default(),
                        page.clone(),
                        (i + 1).to_string(),
                        term.to_string(),
                        n.to_string(),
                    ]
                })
            })
        });
        table_csv(&header, rows)
    }
}

/// One JSON object per item and line (`\n` after each): the issue's file, paper and date, then
/// the item's fields (the CLI's `analyze --format jsonl` and the page's export).
pub fn items_jsonl(file: &str, meta: &IssueMeta, report: &Report) -> String {
    let mut out = String::new();
    for item in &report.items {
        let mut line = serde_json::Map::new();
        line.insert("file".into(), file.into());
        line.insert("paper".into(), meta.paper.clone().into());
        line.insert("date".into(), meta.date.clone().into());
        if let Ok(serde_json::Value::Object(fields)) = serde_json::to_value(item) {
            line.extend(fields);
        }
        out.push_str(&serde_json::Value::Object(line).to_string());
        out.push('\n');
    }
    out
}
