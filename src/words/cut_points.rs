//! Cut points: places where jieba segments the two sides of a text apart the same as together,
//! so that long texts can be given to jieba in pieces and earlier tags reused.

use std::ops::Range;

use super::token::{offset_in, Tagged};
use crate::text::chars;

/// Whether jieba segments `text` the same as `text[..at]` and `text[at..]` apart: `at` is an end
/// of `text`, or a character next to it is one that jieba never puts in a word. jieba segments
/// runs of CJK ideographs, ASCII letters and digits and `+#&._%-` (jieba's `RE_HAN_DEFAULT`)
/// block by block and emits every other character on its own (except `\r\n`, kept together),
/// so a cut next to such a character is a cut between blocks or single characters.
pub(super) fn is_cut_point(text: &str, at: usize) -> bool {
    let (Some(before), Some(after)) = (text[..at].chars().next_back(), text[at..].chars().next()) else {
        return true;
    };
    (chars::is_outside_jieba_blocks(before) || chars::is_outside_jieba_blocks(after))
        && !(before == '\r' && after == '\n')
}

/// How many bytes of text [`Segmenter::cut_each`] gives jieba at a time (about 2,700 ideographs).
pub(super) const CUT_PIECE_BYTES: usize = 8 << 10;

/// The first cut point (see [`is_cut_point`]) at or after byte `at` (rounded up to a char
/// boundary), or the end of `text`.
pub(super) fn next_cut_point(text: &str, at: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    let at = (at..text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(text.len());
    text[at..].char_indices().map(|(i, _)| at + i).find(|&i| is_cut_point(text, i)).unwrap_or(text.len())
}

/// The tokens of `discovered` (jieba's tags of all of `text`) that cover `text[range]`, if
/// they are what jieba gives for `text[range]` alone: when the range is not empty, both its
/// ends are cut points (see [`is_cut_point`]) and tokens start and end there.
pub(super) fn reusable_tokens<'t, 'a>(
    text: &str,
    range: Range<usize>,
    discovered: &'t [Tagged<'a>],
) -> Option<&'t [Tagged<'a>]> {
    if range.is_empty() || !is_cut_point(text, range.start) || !is_cut_point(text, range.end) {
        return None;
    }
    let start_of = |t: &Tagged| offset_in(text, t.word);
    let first = discovered.partition_point(|t| start_of(t) < range.start);
    let end = discovered.partition_point(|t| start_of(t) < range.end);
    let tokens = &discovered[first..end];
    let starts_there = tokens.first().is_some_and(|t| start_of(t) == range.start);
    let ends_there = tokens.last().is_some_and(|t| start_of(t) + t.word.len() == range.end);
    (starts_there && ends_there).then_some(tokens)
}
