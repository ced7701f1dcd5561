//! The evidence of a candidate item: what it is made of ([`Assembly`]: blocks before its body, the
//! body, blocks after) and what those say ([`Evidence`]: headlines, bylines, photo credits and
//! their sides), read by the item score in [`super::assign`] and by the orientation count.

use super::blocks::*;
use super::cues::credits;
use super::lines::*;
use super::paragraphs::*;
use super::weights::SHORT_BODY_CHARS;

/// What an item is made of: the blocks before its body, the body, the blocks after.
pub(super) struct Assembly<'s> {
    pub(super) prefix: &'s [Block],
    /// From the first body to the last, with any intertitles between.
    pub(super) body: &'s [Block],
    pub(super) suffix: &'s [Block],
    /// Index of the first prefix block in the page's blocks.
    pub(super) at: usize,
}

impl Assembly<'_> {
    pub(super) fn body_paras(&self) -> impl Iterator<Item = usize> + '_ {
        self.body.iter().filter_map(|s| if let Block::Body(ps) = s { Some(ps) } else { None }).flatten().copied()
    }
}

pub(super) struct Evidence {
    pub(super) headlines: usize,
    pub(super) bylines: usize,
    pub(super) photo_credits: usize,
    pub(super) headline_after: bool,
    pub(super) headline_before: bool,
    /// Headline groups of two or more units and three or more lines with no `——` marking a
    /// kicker or subtitle: a headline is a kicker and a title, so the third line is more likely a
    /// neighbour's.
    pub(super) crowded_headlines: usize,
}

/// What an item's body says whatever headlines and credits go with it. The DP scores each span
/// of bodies with many prefixes and suffixes, so it reads this once per span.
#[derive(Clone, Copy)]
pub(super) struct BodyEvidence {
    /// A paragraph ends with a photo credit.
    pub(super) photo_credit: bool,
    /// The first paragraph's dateline names its reporters: a byline.
    pub(super) dateline_byline: bool,
    /// A series of briefs ([`is_brief_series`]).
    pub(super) series: bool,
    /// Shorter than [`SHORT_BODY_CHARS`].
    pub(super) short: bool,
    /// [`opens_and_closes_with_dateline`].
    pub(super) two_datelines: bool,
}

impl BodyEvidence {
    pub(super) fn of(a: &Assembly, lines: &[Line], paras: &[Para]) -> Self {
        BodyEvidence {
            photo_credit: a.body_paras().any(|p| ends_with_photo_credit(lines, &paras[p])),
            dateline_byline: a.body_paras().next().is_some_and(|p| !dateline_credits_of(lines, &paras[p]).is_empty()),
            series: is_brief_series(a.body_paras(), lines, paras),
            short: body_shorter_than(a, lines, paras, SHORT_BODY_CHARS),
            two_datelines: opens_and_closes_with_dateline(a, lines, paras),
        }
    }
}

pub(super) fn evidence(a: &Assembly, lines: &[Line], paras: &[Para]) -> Evidence {
    evidence_with(a, &BodyEvidence::of(a, lines, paras), lines, paras)
}

/// [`evidence`] with the body's own already read.
pub(super) fn evidence_with(a: &Assembly, body: &BodyEvidence, lines: &[Line], paras: &[Para]) -> Evidence {
    let mut e = Evidence {
        headlines: 0,
        bylines: 0,
        photo_credits: 0,
        headline_after: false,
        headline_before: false,
        crowded_headlines: 0,
    };
    for (blocks, after) in [(a.prefix, false), (a.suffix, true)] {
        let mut previous: Option<&Block> = None;
        let (mut units, mut group_lines, mut marked, mut crowded) = (0, 0, false, false);
        for block in blocks {
            let is_headline = matches!(block, Block::Headline(_));
            let starts_group = is_headline && !previous.is_some_and(|p| same_headline_group(p, block, lines, paras));
            previous = Some(block);
            if starts_group {
                (units, group_lines, marked, crowded) = (0, 0, false, false);
            }
            if is_headline {
                let (first, last) = block_bounds(block, paras);
                units += 1;
                group_lines += last + 1 - first;
                marked |= has_dash_marker(&lines[first..=last]);
                if !crowded && !marked && units >= 2 && group_lines >= 3 {
                    crowded = true;
                    e.crowded_headlines += 1;
                }
            }
            match block {
                Block::Headline(_) if !starts_group => {}
                Block::Headline(_) => {
                    e.headlines += 1;
                    if after {
                        e.headline_after = true
                    } else {
                        e.headline_before = true
                    }
                }
                Block::Credit(p) => {
                    if let LineKind::Credit(credits) = &lines[paras[*p].lines[0]].kind {
                        if credits.iter().any(|c| credits::is_photo_role(&c.role)) {
                            e.photo_credits += 1;
                        } else if credits.iter().all(|c| credits::is_layout_role(&c.role)) {
                            // neither a byline nor a photo credit
                        } else {
                            e.bylines += 1;
                        }
                    }
                }
                _ => {}
            }
        }
    }
    e.photo_credits += usize::from(body.photo_credit);
    e.bylines += usize::from(body.dateline_byline);
    e
}

/// An article gives its dateline at the start (`本报北京2月9日电`) or in a note at the end
/// (`（本报某地3月2日电）`), never both (none of the People's Daily gold articles does): a body
/// with both is two articles.
pub(super) fn opens_and_closes_with_dateline(a: &Assembly, lines: &[Line], paras: &[Para]) -> bool {
    let mut opens = false;
    for p in a.body_paras() {
        let para = &paras[p];
        if opens && is_closing_dateline(lines, para) {
            return true;
        }
        opens |= opens_with_dateline(lines, para);
    }
    false
}

/// Whether a headline's lines have one starting or ending with a dash (a subtitle or kicker).
fn has_dash_marker(headline: &[Line]) -> bool {
    headline.iter().any(|l| l.text.starts_with('—') || l.text.ends_with("——"))
}

/// Whether an item's body has fewer than `limit` characters. Counting stops at the limit: the
/// DP asks this of every candidate item, and whole bodies are long.
pub(super) fn body_shorter_than(a: &Assembly, lines: &[Line], paras: &[Para], limit: usize) -> bool {
    let mut chars = 0;
    for &i in a.body_paras().flat_map(|p| &paras[p].lines) {
        chars += lines[i].running_text().chars().count();
        if chars >= limit {
            return false;
        }
    }
    true
}

/// Whether a block is a credit line all of whose roles are layout roles (`版式设计`, `制图`).
pub(super) fn is_layout_credit(block: &Block, lines: &[Line], paras: &[Para]) -> bool {
    let Block::Credit(p) = block else { return false };
    let LineKind::Credit(list) = &lines[paras[*p].lines[0]].kind else { return false };
    list.iter().all(|c| credits::is_layout_role(&c.role))
}

/// A reporter's write-up credit under a told story (`本报记者 王五整理`).
pub(super) fn is_writeup_credit(block: &Block, lines: &[Line], paras: &[Para]) -> bool {
    matches!(block, Block::Credit(p) if lines[paras[*p].lines[0]].text.ends_with("整理"))
}
