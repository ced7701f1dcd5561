//! Character classes, in one place for every stage (layout cues, word discovery, keywords).

/// A CJK ideograph: the unified block, extension A, the compatibility ideographs and the
/// supplementary planes' extensions B–H (the blocks jieba-rs treats as Han).
pub fn is_ideograph(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}' | '\u{20000}'..='\u{3134f}')
}

/// The main block of CJK ideographs, where nearly every character of Chinese text is: all
/// letters (category Lo), none numeric. A fast path: `char::is_alphanumeric` and
/// `char::is_numeric` look such characters up in Unicode tables on a slow path.
pub fn is_common_ideograph(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// Punctuation that runs through Chinese text (a token in four or five): the General Punctuation
/// block (`“”—…`), the marks `、。〃`, the brackets `〈〉《》「」『』【】` and the full-width marks
/// (`，：；！？（）`). None is a letter or a number, which `char` finds out on its slow path.
fn is_common_punctuation(c: char) -> bool {
    matches!(
        c,
        '\u{2000}'..='\u{206f}' | '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}' | '\u{ff01}'..='\u{ff0f}'
            | '\u{ff1a}'..='\u{ff20}'
    )
}

/// `char::is_alphanumeric`, fast for ideographs and common punctuation.
pub fn is_alphanumeric(c: char) -> bool {
    is_common_ideograph(c) || (!is_common_punctuation(c) && c.is_alphanumeric())
}

/// `char::is_numeric`, fast for ideographs and common punctuation.
pub fn is_numeric(c: char) -> bool {
    !is_common_ideograph(c) && !is_common_punctuation(c) && c.is_numeric()
}

/// The length in bytes of the UTF-8 character that starts with byte `lead`, for scans that
/// step from character to character over bytes without decoding each one.
pub fn utf8_len(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0x80..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// Number of ideographs in `text`.
pub fn ideograph_count(text: &str) -> usize {
    text.chars().filter(|&c| is_ideograph(c)).count()
}

/// The ASCII symbols jieba keeps inside a word block with letters and digits (its
/// `RE_HAN_DEFAULT` class `[Han a-zA-Z0-9+#&._%-]`).
pub const JIEBA_BLOCK_SYMBOLS: &[char] = &['+', '#', '&', '.', '_', '%', '-'];

/// Whether jieba keeps `c` inside a word block: an ideograph, an ASCII letter or digit, or one of
/// [`JIEBA_BLOCK_SYMBOLS`].
pub fn is_jieba_block_char(c: char) -> bool {
    is_ideograph(c) || c.is_ascii_alphanumeric() || JIEBA_BLOCK_SYMBOLS.contains(&c)
}

/// Characters certainly outside jieba's word blocks: ASCII punctuation and whitespace other
/// than [`JIEBA_BLOCK_SYMBOLS`], and non-ASCII characters that are neither letters nor digits
/// below the CJK ideographs (U+3400) or among the half- and full-width forms (`，`, `（`).
/// Conservative: a character that is not listed here only means jieba segments the gap afresh.
pub fn is_outside_jieba_blocks(c: char) -> bool {
    if c.is_ascii() {
        (c.is_ascii_punctuation() || c.is_ascii_whitespace()) && !JIEBA_BLOCK_SYMBOLS.contains(&c)
    } else {
        !c.is_alphanumeric() && (c < '\u{3400}' || ('\u{FE30}'..='\u{FFEF}').contains(&c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ideographs_of_every_block_and_nothing_else() {
        for c in ['读', '㐀', '豈', '𠀀', '𱍊'] {
            assert!(is_ideograph(c), "{c}");
        }
        for c in ['a', '1', '，', '（', '■', 'ー', '⼦'] {
            assert!(!is_ideograph(c), "{c}");
        }
        assert_eq!(ideograph_count("2月9日，平湖"), 4);
    }

    #[test]
    fn jieba_blocks() {
        assert!("C3.5%".chars().all(is_jieba_block_char));
        assert!(!is_jieba_block_char('·'));
        assert!(is_outside_jieba_blocks('，') && is_outside_jieba_blocks(' ') && is_outside_jieba_blocks('('));
        assert!(!is_outside_jieba_blocks('%') && !is_outside_jieba_blocks('读') && !is_outside_jieba_blocks('a'));
    }

    #[test]
    fn fast_paths_agree_with_std() {
        for c in ['读', 'a', '1', '½', '٣', '，', '㐀', '“', '、', '《', '０', 'Ａ', '〇'] {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c}");
            assert_eq!(is_numeric(c), c.is_numeric(), "{c}");
        }
        // And for every character there is.
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_numeric(c), c.is_numeric(), "{c:?}");
        }
    }
}
