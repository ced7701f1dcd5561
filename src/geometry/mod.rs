//! Reading a page by its geometry: positioned lines (text with its box, font size, font and drawing
//! order, as pdf.js gives a PDF's text) into the same items the text path makes ([`Layout`]), each
//! with its page and boxes.
//!
//! Where the pasted-text splitter must guess from line lengths and blank lines, here the page
//! says it: text drawn twice at a small offset is fake bold, kept once (`lines`); the page header,
//! the editor line and ads are furniture (`lines`); body lines stack into columns with one size and
//! one line pitch, and columns side by side with tops aligned and the same pitch are one body
//! (`columns`); lines larger than the body are headlines, stacked into groups whose largest lines
//! are the title, smaller ones above the kicker and below the subtitle (`blocks`); a headline group
//! goes with the body right under it, bylines with the body they touch, and a body without a
//! headline at the top of a page continues the last article of the page before (`blocks`). Items
//! are then written with the text path's cues (`assign`: credits and datelines, fake-bold undoing,
//! column-break joining from `layout::cues`). Every line ends in exactly one item or in the
//! furniture.
//!
//! Input: the positioned-lines JSON (`{pages: [{page, width, height, lines: [{text, x0, y0, x1, y1,
//! size, font, order}]}]}`, y from the top of the page), made by
//! `www/src/lib/position-lines.js` from pdf.js. Lines are numbered 1, 2, … across the pages
//! in the file's order; items' spans refer to those numbers.

mod assign;
mod blocks;
mod columns;
mod lines;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

use crate::layout::{LaidItem, Layout};
use crate::report::{Furniture, PageBox};
use crate::text::normalize::normalize;
pub use lines::PositionedLine;

use lines::Line;

/// One page of positioned lines.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PositionedPage {
    pub page: usize,
    pub width: f32,
    pub height: f32,
    pub lines: Vec<PositionedLine>,
}

/// A document's positioned lines, page by page.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Positions {
    pub pages: Vec<PositionedPage>,
}

impl Positions {
    /// Reads the positioned-lines JSON.
    pub fn from_json(text: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// Every line's text, in the numbering the items' spans use (1-based: `lines()[n - 1]`).
    pub fn lines(&self) -> Vec<&str> {
        self.pages.iter().flat_map(|p| p.lines.iter().map(|l| l.text.as_str())).collect()
    }
}

/// Items with where they are on the pages: `boxes[i]` are `layout.items[i]`'s.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GeoLayout {
    pub layout: Layout,
    /// Per item, its first page and the boxes of its parts (headline, columns, credits).
    pub places: Vec<(usize, Vec<PageBox>)>,
}

/// Reads the positioned pages into items and furniture.
pub fn read(positions: &Positions) -> GeoLayout {
    let mut number = 0;
    let mut out = GeoLayout::default();
    let mut pages_blocks = Vec::new();
    for page in &positions.pages {
        let lines: Vec<Line> = page
            .lines
            .iter()
            .map(|l| {
                number += 1;
                Line {
                    number,
                    page: page.page,
                    copy_of: None,
                    at: PositionedLine {
                        text: normalize(l.text.trim()),
                        x1: l.x1.max(l.x0),
                        y1: l.y1.max(l.y0),
                        size: if l.size > 0.0 { l.size } else { (l.y1 - l.y0).abs().max(1.0) },
                        ..l.clone()
                    },
                }
            })
            .collect();
        let page_lines = lines::prepare(lines, page.height);
        for f in &page_lines.furniture {
            out.layout.furniture.push(Furniture {
                spans: crate::report::to_spans(f.iter().map(|&i| page_lines.lines[i].number)),
                text: f.iter().map(|&i| page_lines.lines[i].text.as_str()).collect::<Vec<_>>().join(" "),
            });
        }
        let blocks = blocks::page_blocks(&page_lines);
        pages_blocks.push((page_lines, blocks));
    }
    let items = blocks::join_continued(&pages_blocks);
    for parts in items {
        let (item, place) = assign::item(&parts, &pages_blocks);
        out.layout.items.push(item);
        out.places.push(place);
    }
    out
}

/// A laid item's lines as one list, for checks: every number in its spans.
pub fn item_lines(item: &LaidItem) -> Vec<usize> {
    item.spans.iter().flat_map(|&[a, b]| a..=b).collect()
}
