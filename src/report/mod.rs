//! The analysis result: stable, serializable types (JSON contract documented in README.md).

use serde::{Deserialize, Serialize};

pub mod csv;

/// What kind of item a block of the page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ItemKind {
    /// A titled article with a body.
    Article,
    /// A photo caption (with its 摄影 credit), titled or not.
    Photo,
    /// A short untitled item such as the weather.
    Brief,
}

/// One credit line entry: a role (记者, 通讯员, 摄影 …) and the names under it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credit {
    pub role: String,
    pub names: Vec<String>,
}

/// A keyword with its raw count, its weight under the chosen weighting, and its POS tag.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Keyword {
    pub word: String,
    pub count: u32,
    pub weight: f64,
    pub pos: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemStats {
    /// Characters in the joined body (Unicode scalar values; paragraph breaks not counted).
    pub chars: usize,
    /// Word tokens in the body (punctuation and spaces excluded).
    pub words: usize,
}

/// One item of the issue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// 0-based position in reading order.
    pub index: usize,
    pub kind: ItemKind,
    pub title: Option<String>,
    /// 引题: the line above (or, in PDF text, around) the main title.
    pub kicker: Option<String>,
    /// 副题: usually starts with `——`.
    pub subtitle: Option<String>,
    pub credits: Vec<Credit>,
    /// Every source line of the item as 1-based inclusive ranges.
    pub spans: Vec<[usize; 2]>,
    /// Source lines of the body / title (kicker, title, subtitle) / credits.
    pub body_spans: Vec<[usize; 2]>,
    pub title_spans: Vec<[usize; 2]>,
    pub credit_spans: Vec<[usize; 2]>,
    /// The body with column breaks joined (paragraphs separated by `\n`).
    pub body: String,
    pub stats: ItemStats,
    pub keywords: Vec<Keyword>,
    /// The page the item starts on (read by geometry from positioned lines; absent for text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<usize>,
    /// Where its parts are on the pages (headline, columns, credits); empty for text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub boxes: Vec<PageBox>,
}

/// A box on a page: points from the page's top-left corner.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct PageBox {
    pub page: usize,
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
}

/// Page furniture (page headers, editor lines …): kept aside, not analyzed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Furniture {
    pub spans: Vec<[usize; 2]>,
    pub text: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssueStats {
    pub lines: usize,
    pub chars: usize,
    pub words: usize,
    pub items: usize,
}

/// The whole analysis of one issue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub items: Vec<Item>,
    pub furniture: Vec<Furniture>,
    /// Issue-wide keywords (all items together).
    pub keywords: Vec<Keyword>,
    pub stats: IssueStats,
}

/// Characters of a joined body, paragraph breaks not counted.
pub fn body_chars(body: &str) -> usize {
    body.chars().filter(|&c| c != '\n').count()
}

/// Collapses a sorted list of 1-based line numbers into inclusive ranges.
pub fn to_spans(lines: impl IntoIterator<Item = usize>) -> Vec<[usize; 2]> {
    let mut spans: Vec<[usize; 2]> = Vec::new();
    for line in lines {
        match spans.last_mut() {
            Some(last) if last[1] + 1 == line => last[1] = line,
            _ => spans.push([line, line]),
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_collapse_runs() {
        assert_eq!(to_spans([1, 2, 3, 5, 7, 8]), vec![[1, 3], [5, 5], [7, 8]]);
        assert!(to_spans([]).is_empty());
    }
}
