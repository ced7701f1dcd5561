//! Tokens: a tagged word borrowed from the text, a cut word's offsets, what counts as a word.

use crate::text::chars;

/// A word and its POS tag, both borrowed (from the text and from jieba's tag table).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tagged<'a> {
    pub word: &'a str,
    pub pos: &'a str,
}

/// A word of [`Segmenter::cut_each`]: its byte range in the text and the char offset of its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    pub char_end: usize,
}

/// A token that counts as a word: it has at least one letter, digit or ideograph.
pub fn is_word(token: &str) -> bool {
    token.chars().any(chars::is_alphanumeric)
}

/// Byte offset of `part`, a slice of `text`, within `text` (tokens are slices of the text).
pub(super) fn offset_in(text: &str, part: &str) -> usize {
    part.as_ptr() as usize - text.as_ptr() as usize
}
