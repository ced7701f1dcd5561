//! Splits an issue's lines into items and page furniture. (Placeholder: one brief per block.)

use crate::report::{to_spans, Credit, Furniture, ItemKind};

/// An item as laid out on the page, before word analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct LaidItem {
    pub kind: ItemKind,
    pub title: Option<String>,
    pub kicker: Option<String>,
    pub subtitle: Option<String>,
    pub credits: Vec<Credit>,
    pub body: String,
    pub spans: Vec<[usize; 2]>,
    pub body_spans: Vec<[usize; 2]>,
    pub title_spans: Vec<[usize; 2]>,
    pub credit_spans: Vec<[usize; 2]>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    pub items: Vec<LaidItem>,
    pub furniture: Vec<Furniture>,
}

pub fn split(text: &str) -> Layout {
    let lines = crate::normalize::split_lines(text);
    let mut layout = Layout::default();
    let numbered: Vec<usize> =
        lines.iter().enumerate().filter(|(_, l)| !l.trim().is_empty()).map(|(i, _)| i + 1).collect();
    if numbered.is_empty() {
        return layout;
    }
    let body: String = numbered.iter().map(|&n| lines[n - 1].trim()).collect();
    let spans = to_spans(numbered.iter().copied());
    layout.items.push(LaidItem {
        kind: ItemKind::Brief,
        title: None,
        kicker: None,
        subtitle: None,
        credits: Vec::new(),
        body,
        spans: spans.clone(),
        body_spans: spans,
        title_spans: Vec::new(),
        credit_spans: Vec::new(),
    });
    layout
}
