//! The keyword table as CSV, the one writer for the CLI and the page: UTF-8 with a BOM (so Excel
//! reads it as UTF-8), CRLF line ends and quoting as RFC 4180 says, and cells that a spreadsheet
//! would run as a formula escaped as OWASP recommends.

use std::fmt::Write;

use super::Report;

/// The header row: `item` is 1-based (`all` for the issue-wide rows), `kind` the JSON kind
/// (`issue` for the issue-wide rows).
pub const HEADER: [&str; 8] = ["item", "kind", "title", "rank", "word", "count", "weight", "pos"];

/// Keyword rows per item, then the issue's.
pub fn keywords_csv(report: &Report) -> String {
    let mut out = String::from("\u{feff}");
    push_row(&mut out, HEADER.iter().map(|s| s.to_string()));
    for item in &report.items {
        let kind =
            serde_json::to_value(item.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        for (rank, k) in item.keywords.iter().enumerate() {
            push_row(
                &mut out,
                [
                    (item.index + 1).to_string(),
                    kind.clone(),
                    item.title.clone().unwrap_or_default(),
                    (rank + 1).to_string(),
                    k.word.clone(),
                    k.count.to_string(),
                    weight(k.weight),
                    k.pos.clone(),
                ],
            );
        }
    }
    for (rank, k) in report.keywords.iter().enumerate() {
        push_row(
            &mut out,
            [
                "all".into(),
                "issue".into(),
                String::new(),
                (rank + 1).to_string(),
                k.word.clone(),
                k.count.to_string(),
                weight(k.weight),
                k.pos.clone(),
            ],
        );
    }
    out
}

/// The document × term matrix: one row per item (its number, kind and title), one column per
/// term, each cell the item's token count of the term (`counts[item][term]`, as
/// [`crate::Analyzer::term_counts`] gives them).
pub fn term_matrix_csv(report: &Report, terms: &[&str], counts: &[Vec<u32>]) -> String {
    let mut out = String::from("\u{feff}");
    push_row(
        &mut out,
        ["item", "kind", "title"].iter().map(|s| s.to_string()).chain(terms.iter().map(|t| t.to_string())),
    );
    for (item, row) in report.items.iter().zip(counts) {
        let kind =
            serde_json::to_value(item.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        push_row(
            &mut out,
            [(item.index + 1).to_string(), kind, item.title.clone().unwrap_or_default()]
                .into_iter()
                .chain(row.iter().map(u32::to_string)),
        );
    }
    out
}

/// Any table with a header, by the same rules (BOM, CRLF, quoting, formula cells escaped).
pub fn table_csv(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut out = String::from("\u{feff}");
    push_row(&mut out, header.iter().map(|s| s.to_string()));
    for row in rows {
        push_row(&mut out, row);
    }
    out
}

/// A weight with at most six decimals, trailing zeros dropped (`12`, `0.031415`).
fn weight(w: f64) -> String {
    let s = format!("{w:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

fn push_row(out: &mut String, cells: impl IntoIterator<Item = String>) {
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let _ = write!(out, "{}", cell_text(&cell));
    }
    out.push_str("\r\n");
}

/// One cell: a text that opens with `=`, `+`, `-`, `@`, a tab or a CR is read by spreadsheets as
/// a formula, so it gets a leading `'` (a plain number such as `-1.5` is left as it is); a cell
/// with a comma, quote or line end is quoted.
pub fn cell_text(value: &str) -> String {
    let formula = value.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_plain_number(value);
    let value = if formula { format!("'{value}") } else { value.to_string() };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// `-12`, `-0.5`: digits with at most a leading minus and one point.
fn is_plain_number(value: &str) -> bool {
    let digits = value.strip_prefix('-').unwrap_or(value);
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.chars().filter(|&c| c == '.').count() <= 1
        && digits.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{IssueStats, Item, ItemKind, ItemStats, Keyword};

    fn keyword(word: &str, count: u32, weight: f64) -> Keyword {
        Keyword { word: word.into(), count, weight, pos: "n".into() }
    }

    fn report(title: &str, words: &[&str]) -> Report {
        let item = Item {
            index: 0,
            kind: ItemKind::Article,
            title: Some(title.into()),
            kicker: None,
            subtitle: None,
            credits: vec![],
            spans: vec![[1, 2]],
            body_spans: vec![[2, 2]],
            title_spans: vec![[1, 1]],
            credit_spans: vec![],
            body: String::new(),
            stats: ItemStats::default(),
            keywords: words.iter().map(|w| keyword(w, 2, 0.5)).collect(),
            page: None,
            boxes: vec![],
        };
        Report {
            items: vec![item],
            furniture: vec![],
            keywords: vec![keyword("电梯", 12, 12.0)],
            stats: IssueStats::default(),
        }
    }

    #[test]
    fn bom_header_crlf_and_one_based_items() {
        let csv = keywords_csv(&report("加装电梯, 惠民", &["电梯"]));
        assert_eq!(
            csv,
            "\u{feff}item,kind,title,rank,word,count,weight,pos\r\n1,article,\"加装电梯, 惠民\",1,电梯,2,0.5,n\r\nall,issue,,1,电梯,12,12,n\r\n"
        );
    }

    #[test]
    fn no_cell_starts_a_formula() {
        let hostile = ["=HYPERLINK(\"http://x\")", "+1", "-cmd", "@SUM(A1)", "\tx", "\rx"];
        let csv = keywords_csv(&report(hostile[0], &hostile));
        for line in csv.trim_start_matches('\u{feff}').split("\r\n").filter(|l| !l.is_empty()) {
            for cell in line.split(',') {
                let cell = cell.trim_start_matches('"');
                assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{cell:?} in {line:?}");
            }
        }
        assert_eq!(cell_text("-cmd"), "'-cmd");
        assert_eq!(cell_text("-1+2"), "'-1+2");
        assert_eq!(cell_text("-195.209"), "-195.209");
        assert_eq!(cell_text("=A1,B1"), "\"'=A1,B1\"");
    }

    #[test]
    fn the_term_matrix_has_a_row_per_item_and_a_column_per_term() {
        let report = report("=1+1", &["电梯"]);
        let csv = term_matrix_csv(&report, &["电梯", "-x"], &[vec![3, 0]]);
        assert_eq!(csv, "\u{feff}item,kind,title,电梯,'-x\r\n1,article,'=1+1,3,0\r\n");
    }

    #[test]
    fn weights_print_short() {
        assert_eq!(weight(12.0), "12");
        assert_eq!(weight(0.0314159), "0.031416");
        assert_eq!(weight(0.0), "0");
    }
}
