//! Article blocks: headline groups (kicker, title, subtitle stacked) matched with the body right
//! under them (or right beside them), bylines with the block they touch, the page's blocks in
//! reading order, and a headline-less body at the top of a page joined to the article it continues.

use super::columns::{bodies, stack_lines, Body, Stack};
use super::lines::PageLines;

/// One article block on a page: its headline stacks, its body, its credit lines.
#[derive(Debug, Clone, Default)]
pub(crate) struct Block {
    /// Headline stacks, top to bottom.
    pub heads: Vec<usize>,
    pub body: Option<usize>,
    /// Credit lines (bylines, photo credits standing alone), top to bottom.
    pub credits: Vec<usize>,
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
    /// The foot of its headline and the top of its body (where a byline under the headline sits
    /// between).
    pub head_y1: Option<f32>,
    pub body_y0: Option<f32>,
}

/// A page read into blocks (in reading order).
pub(crate) struct PageBlocks {
    pub stacks: Vec<Stack>,
    pub bodies: Vec<Body>,
    pub blocks: Vec<Block>,
}

/// A headline over its body: at most this many of its sizes above the body's top (a byline and
/// some space may sit between).
const HEAD_REACH: f32 = 3.5;
/// A headline over a body overlaps it across this share of the narrower of the two at least (a
/// centred title may run a little over the block beside).
const MIN_OVERLAP: f32 = 0.3;

/// Reads a page's blocks.
pub(crate) fn page_blocks(page: &PageLines) -> PageBlocks {
    let found = stack_lines(page);
    let stacks = found.stacks;
    let groups = head_groups(&stacks);
    let head_over: Vec<Option<usize>> =
        (0..stacks.len()).map(|k| if stacks[k].head { None } else { head_above(&stacks, &groups, k) }).collect();
    let bodies = bodies(&stacks, &head_over);

    // Headline groups and bodies matched, nearest first.
    let mut pairs: Vec<(f32, usize, usize)> = Vec::new();
    for (g, group) in groups.iter().enumerate() {
        let (gx0, gy0, gx1, gy1) = extent(group.iter().map(|&k| &stacks[k]));
        let size = group.iter().map(|&k| stacks[k].size).fold(0.0, f32::max);
        for (b, body) in bodies.iter().enumerate() {
            let overlap = body.x1.min(gx1) - body.x0.max(gx0);
            let drop = body.y0 - gy1;
            if overlap > MIN_OVERLAP * (body.x1 - body.x0).min(gx1 - gx0)
                && drop >= -0.3 * size
                && drop <= HEAD_REACH * size + 40.0
            {
                pairs.push((drop.max(0.0), g, b));
            } else if (body.y0 - gy0).abs() <= 2.0 * size && body.x0 >= gx1 - size && body.x0 - gx1 <= 4.0 * size {
                // A headline beside its body (left of the columns, tops level).
                pairs.push((1000.0 + body.x0 - gx1, g, b));
            }
        }
    }
    pairs.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut body_of_group: Vec<Option<usize>> = vec![None; groups.len()];
    let mut body_taken = vec![false; bodies.len()];
    for (_, g, b) in pairs {
        if body_of_group[g].is_none() && !body_taken[b] {
            body_of_group[g] = Some(b);
            body_taken[b] = true;
        }
    }
    let mut blocks: Vec<Block> = Vec::new();
    for (g, group) in groups.iter().enumerate() {
        blocks.push(Block { heads: group.clone(), body: body_of_group[g], ..Block::default() });
    }
    for (b, _) in bodies.iter().enumerate().filter(|&(b, _)| !body_taken[b]) {
        blocks.push(Block { body: Some(b), ..Block::default() });
    }
    for block in &mut blocks {
        set_extent(block, &stacks, &bodies);
    }
    for &c in &found.credits {
        let l = &page.lines[c];
        let home = blocks
            .iter()
            .enumerate()
            .map(|(i, b)| (i, distance(b, l.x0, l.y0, l.x1, l.y1)))
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| i);
        match home {
            Some(i) => blocks[i].credits.push(c),
            None => blocks.push(Block { credits: vec![c], x0: l.x0, y0: l.y0, x1: l.x1, y1: l.y1, ..Block::default() }),
        }
    }
    for block in &mut blocks {
        block.credits.sort_by(|&a, &b| page.lines[a].y0.total_cmp(&page.lines[b].y0));
        set_extent(block, &stacks, &bodies);
        for &c in &block.credits {
            let l = &page.lines[c];
            (block.x0, block.y0, block.x1, block.y1) =
                (block.x0.min(l.x0), block.y0.min(l.y0), block.x1.max(l.x1), block.y1.max(l.y1));
        }
    }
    reading_order(&mut blocks);
    PageBlocks { stacks, bodies, blocks }
}

/// Headline stacks grouped: one under the other with little space between, overlapping.
fn head_groups(stacks: &[Stack]) -> Vec<Vec<usize>> {
    let mut heads: Vec<usize> = (0..stacks.len()).filter(|&k| stacks[k].head).collect();
    heads.sort_by(|&a, &b| stacks[a].y0.total_cmp(&stacks[b].y0));
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for k in heads {
        let s = &stacks[k];
        let joins = groups.iter().position(|g| {
            let last = &stacks[*g.last().unwrap()];
            let gap = s.y0 - last.y1;
            // Two parts of a kicker side by side on one row (`砥砺奋进十八载  风劲正是扬帆时`) over
            // one larger title spanning both (two headlines side by side are two articles').
            let beside = (s.size - last.size).abs() <= 0.05 * s.size
                && (s.y0 - last.y0).abs() <= 0.3 * s.size
                && s.x0 >= last.x1
                && s.x0 - last.x1 <= 2.0 * s.size
                && stacks.iter().any(|t| {
                    t.head
                        && t.size >= 1.15 * s.size
                        && t.y0 >= s.y1 - 0.3 * s.size
                        && t.y0 - s.y1 <= 0.6 * t.size
                        && t.x0 <= last.x0 + s.size
                        && t.x1 >= s.x1 - s.size
                });
            beside || gap <= 0.6 * s.size.max(last.size) && gap >= -0.5 * s.size && s.overlaps_x(last.x0, last.x1) > 0.0
        });
        match joins {
            Some(g) => groups[g].push(k),
            None => groups.push(vec![k]),
        }
    }
    groups
}

/// The headline group right over body stack `k` (its nearest, overlapping it), if near enough.
fn head_above(stacks: &[Stack], groups: &[Vec<usize>], k: usize) -> Option<usize> {
    let s = &stacks[k];
    groups
        .iter()
        .enumerate()
        .filter_map(|(g, group)| {
            let (gx0, _, gx1, gy1) = extent(group.iter().map(|&h| &stacks[h]));
            let size = group.iter().map(|&h| stacks[h].size).fold(0.0, f32::max);
            let drop = s.y0 - gy1;
            let over = s.x1.min(gx1) - s.x0.max(gx0) > MIN_OVERLAP * (s.x1 - s.x0).min(gx1 - gx0);
            (over && drop >= -0.3 * size && drop <= HEAD_REACH * size + 40.0).then_some((g, drop))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(g, _)| g)
}

fn extent<'a>(stacks: impl Iterator<Item = &'a Stack>) -> (f32, f32, f32, f32) {
    stacks.fold((f32::MAX, f32::MAX, f32::MIN, f32::MIN), |(x0, y0, x1, y1), s| {
        (x0.min(s.x0), y0.min(s.y0), x1.max(s.x1), y1.max(s.y1))
    })
}

fn set_extent(block: &mut Block, stacks: &[Stack], bodies: &[Body]) {
    let (mut x0, mut y0, mut x1, mut y1) = extent(block.heads.iter().map(|&k| &stacks[k]));
    if let Some(b) = block.body {
        let b = &bodies[b];
        (x0, y0, x1, y1) = (x0.min(b.x0), y0.min(b.y0), x1.max(b.x1), y1.max(b.y1));
    }
    if x0 <= x1 {
        (block.x0, block.y0, block.x1, block.y1) = (x0, y0, x1, y1);
    }
    block.head_y1 = (!block.heads.is_empty()).then(|| extent(block.heads.iter().map(|&k| &stacks[k])).3);
    block.body_y0 = block.body.map(|b| bodies[b].y0);
}

/// How far a box is from a block (0 inside it); a line under a block counts a little nearer than
/// one beside it, as bylines close or open a block.
fn distance(b: &Block, x0: f32, y0: f32, x1: f32, y1: f32) -> f32 {
    if b.heads.is_empty() && b.body.is_none() {
        return f32::MAX;
    }
    let dx = (b.x0 - x1).max(x0 - b.x1).max(0.0);
    let dy = (b.y0 - y1).max(y0 - b.y1).max(0.0);
    // Between its headline and its body, across the block: the block's byline.
    let between = match (b.head_y1, b.body_y0) {
        (Some(h), Some(t)) => y0 >= h - 2.0 && y1 <= t + 2.0 && x0 < b.x1 && x1 > b.x0,
        _ => false,
    };
    if between {
        return -1.0;
    }
    // Over a block's headline: a credit closes the block above or beside it (a layout credit at
    // the top of a page ends the article continued there), never opens one from above.
    let over_headline = b.head_y1.is_some() && y1 <= b.y0 + 2.0;
    let dy = if over_headline { dy * 3.0 } else { dy };
    dx * 2.0 + dy + 0.01 * (x0 - b.x0).abs()
}

/// Rows top to bottom (blocks whose tops are within a row's reach), each left to right.
fn reading_order(blocks: &mut [Block]) {
    blocks.sort_by(|a, b| a.y0.total_cmp(&b.y0));
    let mut start = 0;
    while start < blocks.len() {
        let top = blocks[start].y0;
        let mut end = start + 1;
        while end < blocks.len() && blocks[end].y0 - top <= 40.0 {
            end += 1;
        }
        blocks[start..end].sort_by(|a, b| a.x0.total_cmp(&b.x0));
        start = end;
    }
}

/// The items of a document: each a list of (page, block) parts. A body without a headline that
/// opens a page (no headline above its top) continues the block of the page before that reaches
/// lowest when that one reaches the page's foot.
pub(crate) fn join_continued(pages: &[(PageLines, PageBlocks)]) -> Vec<Vec<(usize, usize)>> {
    let mut items: Vec<Vec<(usize, usize)>> = Vec::new();
    // The item holding each block of the page before.
    let mut prev: Vec<(usize, f32)> = Vec::new();
    let mut prev_height = 0.0;
    for (p, (lines, pb)) in pages.iter().enumerate() {
        let mut here = Vec::new();
        let opening = opening_body(pb);
        for (b, block) in pb.blocks.iter().enumerate() {
            let continues = opening == Some(b);
            let target = continues
                .then(|| prev.iter().copied().max_by(|a, b| a.1.total_cmp(&b.1)))
                .flatten()
                .filter(|&(_, y1)| y1 >= 0.85 * prev_height);
            match target {
                Some((item, _)) => {
                    items[item].push((p, b));
                    here.push((item, block.y1));
                }
                None => {
                    items.push(vec![(p, b)]);
                    here.push((items.len() - 1, block.y1));
                }
            }
        }
        prev = here;
        prev_height = lines.height;
    }
    items
}

/// The block that opens a page as a body without a headline: the topmost headless body, when no
/// headline starts above it (a credit beside it may start higher and ride in another block, so
/// the first block in reading order is not enough).
fn opening_body(pb: &PageBlocks) -> Option<usize> {
    let top_head = pb.blocks.iter().flat_map(|b| &b.heads).map(|&k| pb.stacks[k].y0).fold(f32::MAX, f32::min);
    pb.blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.heads.is_empty())
        .filter_map(|(i, b)| Some((i, b.body_y0?)))
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .filter(|&(_, y0)| y0 <= top_head)
        .map(|(i, _)| i)
}
