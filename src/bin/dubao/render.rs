//! The human-readable text rendering of a report (JSON is serde's, CSV the core's).

use std::io::{self, Write};

use dubao::{ItemKind, Report};

fn kind_label(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Article => "文章",
        ItemKind::Photo => "图片",
        ItemKind::Brief => "简讯",
    }
}

/// `12` or `12–80`: the first and last line (the JSON output lists every range).
fn spans_label(spans: &[[usize; 2]]) -> String {
    match (spans.first(), spans.last()) {
        (Some(first), Some(last)) if first[0] == last[1] => first[0].to_string(),
        (Some(first), Some(last)) => format!("{}–{}", first[0], last[1]),
        _ => String::new(),
    }
}

/// A readable summary: one block per item, then the furniture and the keywords.
pub fn text(out: &mut impl Write, report: &Report) -> io::Result<()> {
    let s = &report.stats;
    writeln!(out, "{} 条稿件 · {} 行 · {} 字 · {} 词", s.items, s.lines, s.chars, s.words)?;
    for item in &report.items {
        writeln!(out)?;
        let title = item.title.as_deref().unwrap_or("（无标题）");
        let page = item.page.map(|p| format!("第 {p} 页, ")).unwrap_or_default();
        writeln!(
            out,
            "[{}] {} {}  ({page}行 {})",
            item.index + 1,
            kind_label(item.kind),
            title,
            spans_label(&item.spans)
        )?;
        if let Some(kicker) = &item.kicker {
            writeln!(out, "    引题: {kicker}")?;
        }
        if let Some(subtitle) = &item.subtitle {
            writeln!(out, "    副题: {subtitle}")?;
        }
        for credit in &item.credits {
            writeln!(out, "    {}: {}", credit.role, credit.names.join("、"))?;
        }
        writeln!(out, "    {} 字 · {} 词", item.stats.chars, item.stats.words)?;
        let keywords: Vec<String> = item.keywords.iter().map(|k| format!("{}({})", k.word, k.count)).collect();
        if !keywords.is_empty() {
            writeln!(out, "    关键词: {}", keywords.join(" "))?;
        }
    }
    if !report.furniture.is_empty() {
        writeln!(out, "\n版面信息:")?;
        for f in &report.furniture {
            writeln!(out, "    (行 {}) {}", spans_label(&f.spans), f.text)?;
        }
    }
    let keywords: Vec<String> = report.keywords.iter().map(|k| format!("{}({})", k.word, k.count)).collect();
    writeln!(out, "\n全版关键词: {}", keywords.join(" "))
}
