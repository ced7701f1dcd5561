//! A page's banner: a headline over the layout credit (`版式设计：…`) in front of an article with a
//! headline of its own is an item of its own with no body.

use super::blocks::*;
use super::evidence::is_layout_credit;
use super::lines::*;
use super::paragraphs::*;

/// Sets a page's banner apart: a headline over the layout credit (`版式设计：…`) in front of an
/// article that has a headline of its own (further on, or after its body) is the page's banner, an
/// item of its own with no body (the gold reads it so), not a second headline of the article.
pub(super) fn part_banners(
    items: Vec<(usize, usize)>,
    blocks: &[Block],
    lines: &[Line],
    paras: &[Para],
) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(items.len());
    for (start, end) in items {
        let item = &blocks[start..end];
        let Some((first_body, last_body)) = body_range(item) else {
            out.push((start, end));
            continue;
        };
        let prefix = &item[..first_body];
        // The article's own headline: further on in front of its body, or after it.
        let headline_after = item[last_body + 1..].iter().any(|s| matches!(s, Block::Headline(_)));
        let banner_end = (1..prefix.len()).find(|&k| {
            matches!(prefix[k - 1], Block::Headline(_))
                && is_layout_credit(&prefix[k], lines, paras)
                && (headline_after || prefix[k + 1..].iter().any(|s| matches!(s, Block::Headline(_))))
        });
        match banner_end {
            Some(k) => {
                out.push((start, start + k + 1));
                out.push((start + k + 1, end));
            }
            None => out.push((start, end)),
        }
    }
    out
}
