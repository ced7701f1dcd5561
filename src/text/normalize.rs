//! Input normalisation that keeps the text's shape: one output char per input char on every line,
//! so line numbers (and character columns) of the original stay valid.

use super::chars::utf8_len;

/// Strips a UTF-8 BOM and maps characters for analysis; line ends are kept as they are.
pub fn normalize(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Nearly every character stays: runs of them are copied whole, not pushed one by one. No
    // mapping lengthens a character, so the input's length is enough room.
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut at = 0;
    let bytes = text.as_bytes();
    while at < bytes.len() {
        let lead = bytes[at];
        // Only characters with these lead bytes may change (see `normalize_char`): the
        // ideographs (E4–E9) and most other characters are stepped over undecoded.
        if matches!(lead, b'\t' | 0xC2 | 0xE2 | 0xE3 | 0xEF | 0xF0) {
            let c = text[at..].chars().next().unwrap_or_default();
            let mapped = normalize_char(c);
            if mapped != c {
                out.push_str(&text[copied..at]);
                out.push(mapped);
                copied = at + c.len_utf8();
            }
        }
        at += utf8_len(lead);
    }
    out.push_str(&text[copied..]);
    out
}

/// Maps one character:
/// - full-width ASCII (`２０２３`, `ＧＤＰ`) → ASCII, but not full-width punctuation, which Chinese
///   text uses on purpose (`，` `：` `（` stay; only letters and digits are folded);
/// - Kangxi radicals and CJK radicals supplement (PDF extraction emits `⼦` for `子`) and CJK
///   compatibility ideographs → their unified ideographs;
/// - odd spaces (U+3000, NBSP, thin spaces …) → a plain space.
pub fn normalize_char(c: char) -> char {
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' | '\u{00a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\t' => ' ',
        '\u{2e80}'..='\u{2fdf}' | '\u{f900}'..='\u{faff}' | '\u{2f800}'..='\u{2fa1f}' => {
            super::normalize_tables::unify_ideograph(c)
        }
        _ => c,
    }
}

/// Splits on `\r\n`, `\r` and `\n`; a final line end does not make an extra empty line.
pub fn split_lines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                lines.push(&text[start..i]);
                start = i + 1;
            }
            b'\r' => {
                lines.push(&text[start..i]);
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < text.len() {
        lines.push(&text[start..]);
    }
    lines
}

/// How many lines [`split_lines`] gives, without collecting them: one per line end (`\r\n` is
/// one), and one more unless the text is empty or ends with a line end.
pub fn count_lines(text: &str) -> usize {
    let bytes = text.as_bytes();
    let newlines = bytes.iter().filter(|&&b| b == b'\n').count();
    let lone_crs = (0..bytes.len()).filter(|&i| bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n')).count();
    let unended = !matches!(bytes.last(), None | Some(b'\n' | b'\r'));
    newlines + lone_crs + usize::from(unended)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_fullwidth_alnum_but_keeps_chinese_punctuation() {
        assert_eq!(normalize("２０２３年ＧＤＰ增长，（ａ）：好"), "2023年GDP增长，（a）：好");
    }

    #[test]
    fn unifies_kangxi_radicals_and_compat_ideographs() {
        // ⼦ U+2F26 KANGXI RADICAL CHILD, ⾦ U+2FA6 KANGXI RADICAL GOLD, 金 U+F90A compat.
        assert_eq!(normalize("⼦⾦\u{f90a}"), "子金金");
    }

    #[test]
    fn odd_spaces_become_spaces_and_bom_is_dropped() {
        assert_eq!(normalize("\u{feff}\u{3000}\u{3000}本报讯\u{a0}昨天"), "  本报讯 昨天");
    }

    #[test]
    fn copying_unchanged_runs_maps_every_character_as_one_by_one() {
        let edge = "\u{feff}２０２３年\u{3000}⼦金\u{f90a}\u{2f800}𠀀\tＧＤＰ\r\n平湖\u{a0}ａ";
        for text in [edge, crate::SAMPLE_ISSUE, "", "２", "平湖"] {
            let one_by_one: String =
                text.strip_prefix('\u{feff}').unwrap_or(text).chars().map(normalize_char).collect();
            assert_eq!(normalize(text), one_by_one);
        }
    }

    /// Every character that `normalize_char` changes has one of the lead bytes `normalize`
    /// decodes: each character of Unicode on its own and between two ideographs.
    #[test]
    fn every_character_maps_as_normalize_char_says() {
        let mut text = String::new();
        for c in (0..=char::MAX as u32).filter_map(char::from_u32).filter(|&c| c != '\u{feff}') {
            text.clear();
            text.extend(['读', c, '报']);
            let expected: String = ['读', normalize_char(c), '报'].into_iter().collect();
            assert_eq!(normalize(&text), expected, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn keeps_length_in_chars_per_line() {
        let s = "\u{3000}⼦２\r\nＡ";
        assert_eq!(normalize(s).chars().count(), s.chars().count());
    }

    #[test]
    fn splits_all_line_ends() {
        assert_eq!(split_lines("a\r\nb\rc\nd\n"), vec!["a", "b", "c", "d"]);
        assert_eq!(split_lines("a\n\nb"), vec!["a", "", "b"]);
        assert!(split_lines("").is_empty());
        for text in ["", "a", "\n", "\r", "\r\n", "a\r\nb\rc\nd\n", "a\n\nb", "\r\r\n\n", "a\r", "甲\n乙\r"] {
            assert_eq!(count_lines(text), split_lines(text).len(), "{text:?}");
        }
    }
}
