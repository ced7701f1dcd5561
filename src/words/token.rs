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
    // Most tokens start with an ideograph of U+5000–U+9FFF (lead bytes E5–E9): a word at once.
    matches!(token.as_bytes().first(), Some(0xE5..=0xE9)) || token.chars().any(chars::is_alphanumeric)
}

/// Byte offset of `part`, a slice of `text`, within `text` (tokens are slices of the text).
pub(super) fn offset_in(text: &str, part: &str) -> usize {
    part.as_ptr() as usize - text.as_ptr() as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcut for tokens that start with a lead byte E5–E9 agrees with the char test.
    #[test]
    fn words_as_the_char_test_says() {
        let ends = ["", "，", "a", "1", "字"];
        for c in ('\u{3000}'..='\u{A000}').chain(['a', '，', '1', ' ', '—']) {
            for end in ends {
                let token = format!("{c}{end}");
                assert_eq!(is_word(&token), token.chars().any(chars::is_alphanumeric), "{token}");
            }
        }
        assert!(!is_word(""));
    }
}
