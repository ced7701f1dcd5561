//! What the layout hands on: items as laid out on the page, before word analysis, and the page
//! furniture set aside.

use crate::report::{Credit, Furniture, ItemKind};

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
