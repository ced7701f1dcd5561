//! The page's orientation: whether its PDF text puts headlines after their bodies or before them.
//! The first reading of the page votes; where the page starts and ends says more than
//! intertitles mistaken for headlines can.

use super::blocks::*;
use super::evidence::{evidence, Assembly};
use super::lines::*;
use super::paragraphs::*;
use super::weights::{Weights, PAGE_EDGE_VOTES};

/// How many items of a first reading have their headline after / before their body.
pub(super) fn count_orientation(
    blocks: &[Block],
    items: &[(usize, usize)],
    lines: &[Line],
    paras: &[Para],
) -> (usize, usize) {
    let (mut after, mut before) = (0, 0);
    for &(start, end) in items {
        let item = &blocks[start..end];
        let Some((first, last)) = body_range(item) else { continue };
        let a = Assembly { prefix: &item[..first], body: &item[first..=last], suffix: &item[last + 1..], at: start };
        let e = evidence(&a, lines, paras);
        after += e.headline_after as usize;
        before += e.headline_before as usize;
    }
    (after, before)
}

/// The prior for the second reading: > 0 favours headlines after their body, < 0 before, 0 when
/// the votes (with the page's first and last blocks counting 3 each) are even.
pub(super) fn orientation(
    blocks: &[Block],
    items: &[(usize, usize)],
    lines: &[Line],
    paras: &[Para],
    w: &Weights,
) -> f32 {
    let (mut after, mut before) = count_orientation(blocks, items, lines, paras);
    if matches!(blocks.first(), Some(Block::Headline(_))) {
        before += PAGE_EDGE_VOTES;
    }
    let last_text = blocks.iter().rev().find(|s| !matches!(s, Block::Credit(_)));
    if matches!(last_text, Some(Block::Headline(_))) {
        after += PAGE_EDGE_VOTES;
    }
    if std::env::var_os("DUBAO_DEBUG").is_some() {
        eprintln!("orientation: after {after} before {before}");
    }
    match after.cmp(&before) {
        std::cmp::Ordering::Greater => w.orientation,
        std::cmp::Ordering::Less => -w.orientation,
        std::cmp::Ordering::Equal => 0.0,
    }
}
