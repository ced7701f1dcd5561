//! Splits an issue's lines into items (article, photo, brief) and page furniture.
//!
//! PDF text puts an article's parts in any order: byline before the body or after the headline,
//! headline after the body or before it. So the splitter does not walk the page with one rule per
//! marker. It (1) classifies lines (blank, furniture, credit, text), (2) rebuilds paragraphs by
//! following the column flow (a full-width line without a sentence end continues, even across a
//! column-break blank), (3) labels paragraphs body or headline, (4) cuts bodies at datelines and
//! photo credits into blocks, and (5) decides, with dynamic programming over the gaps between
//! bodies, which headlines and credits belong to which body, scoring each item by the evidence
//! together: one headline, at most one byline, photo credits on photos, a headline's words found
//! in its own body rather than its neighbour's, and the page's prevailing orientation.
//!
//! Files, in pipeline order: `cues/` (what a line's text says on its own), `lines` (1),
//! `reading` (2, 3: `paragraphs` from the column flow, the passes of `tight` text — no blank
//! lines, as PDFium copies — and of `ads`, then roles from neighbours), `blocks` (4), `affinity` (headline words against bodies,
//! `key_filter` passing over the body bigrams no headline has), `furniture`,
//! `evidence` + `assign` (5, the item score and the DP), `orientation` (the page's prior),
//! `banners`, `assemble` (items from blocks), `packages` (a page's package of pieces under one
//! banner made one item), `item` (what comes out). `explain` prints stages 1–3 (`dubao explain`).

mod ads;
mod affinity;
mod assemble;
mod assign;
mod banners;
mod blocks;
pub(crate) mod cues;
mod evidence;
mod explain;
mod fitted;
mod furniture;
mod headline_paras;
mod headline_sizes;
mod item;
mod key_filter;
mod lines;
mod orientation;
mod packages;
mod paragraphs;
mod reading;
mod roles;
#[cfg(test)]
mod tests;
mod tight;
mod weights;

pub use explain::explain;
pub use item::{LaidItem, Layout};
pub use weights::Weights;

use affinity::{Affinity, HeadlineKeys, Words};
use assemble::assemble;
use assign::{choose_items, Scoring};
use blocks::{build_blocks, Block};
use lines::classify_lines;
use paragraphs::Role;
use reading::build_paragraphs;

/// Splits normalised issue text into items and furniture.
pub fn split(text: &str) -> Layout {
    split_with(text, &Weights::FITTED)
}

/// [`split`] with another weight table (the fitter tries many).
pub fn split_with(text: &str, w: &Weights) -> Layout {
    let lines = classify_lines(text);
    let mut paras = build_paragraphs(&lines);
    headline_paras::mend_headline_paragraphs(&lines, &mut paras);
    affinity::part_headline_paragraphs(&lines, &mut paras);
    let mut blocks = build_blocks(&lines, &paras);
    let mut layout = Layout::default();

    // With no running text at all, headline-like lines are the text (a pasted title, a list).
    if !blocks.iter().any(|s| matches!(s, Block::Body(_))) {
        for para in paras.iter_mut().filter(|p| p.role == Role::Headline) {
            para.role = Role::Body;
        }
        blocks = build_blocks(&lines, &paras);
    }
    let headline_keys = HeadlineKeys::new(&blocks, &lines, &paras);
    let blocks = affinity::part_bodies_between_headlines(blocks, &lines, &mut paras, &headline_keys);
    let words = Words::new(&blocks, &lines, &paras, headline_keys);
    let blocks = affinity::part_headlines_by_words(blocks, &lines, &paras, &words);
    let furniture::Kept { blocks, hard } = furniture::set_aside(blocks, &lines, &paras, &mut layout.furniture);

    let bodies: Vec<usize> =
        blocks.iter().enumerate().filter(|(_, s)| matches!(s, Block::Body(_))).map(|(i, _)| i).collect();
    if bodies.is_empty() {
        // Only credits: keep them as one brief so no line is lost.
        if !blocks.is_empty() {
            layout.items.push(assemble(&blocks, &lines, &paras));
        }
        return layout;
    }

    // First pass without a prior; then favour the orientation most items chose.
    let affinity = Affinity::new(&blocks, &words);
    let mut scoring = Scoring { affinity: &affinity, orientation: 0.0, weights: w, tight: tight::is_tight(&lines) };
    let mut items = choose_items(&blocks, &bodies, &hard, &lines, &paras, &scoring);
    if std::env::var_os("DUBAO_DEBUG").is_some() {
        eprint!("{}", explain::blocks_with_leans(&blocks, &lines, &paras, &affinity));
    }
    scoring.orientation = orientation::orientation(&blocks, &items, &lines, &paras, w);
    if scoring.orientation != 0.0 {
        items = choose_items(&blocks, &bodies, &hard, &lines, &paras, &scoring);
    }
    let ranges = banners::part_banners(items, &blocks, &lines, &paras);
    let items: Vec<LaidItem> =
        ranges.iter().map(|&(start, end)| assemble(&blocks[start..end], &lines, &paras)).collect();
    let page_starts: Vec<bool> = ranges.iter().map(|&(start, _)| hard[start]).collect();
    let joined = packages::join_packages(&items, &page_starts);
    let mut items: Vec<Option<LaidItem>> = items.into_iter().map(Some).collect();
    for packages::Joined { items: parts, banner } in joined {
        if parts.len() == 1 {
            layout.items.push(items[parts.start].take().unwrap());
            continue;
        }
        let mut item = assemble(&blocks[ranges[parts.start].0..ranges[parts.end - 1].1], &lines, &paras);
        // A package's title is its banner's; the pieces' headlines are its text.
        if let Some(banner) = banner {
            let title = items[banner].as_ref().and_then(|b| b.title.clone());
            (item.kicker, item.title, item.subtitle) = (None, title, None);
        }
        layout.items.push(item);
    }
    layout
}
