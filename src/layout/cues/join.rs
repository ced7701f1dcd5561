//! Joining column-broken lines back into running text, and the line measures the layout uses.

/// Joins a paragraph's lines: nothing between Chinese text (a column break is not a space), one space
/// between Latin words or numbers that the break separated.
pub fn join_lines<'a>(lines: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for line in lines {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let latin = |c: char| c.is_ascii_alphabetic();
        if out.ends_with(latin) && line.starts_with(latin) {
            out.push(' ');
        }
        out.push_str(line);
    }
    out
}

/// Width of a line in em (full-width characters count 1, ASCII and half-width ½).
pub fn width(line: &str) -> f32 {
    line.trim().chars().map(char_width).sum()
}

/// Whether a line holds a character whose width varies between fonts (see [`char_width`]): its
/// width in em is only a guess.
pub fn has_uncertain_width(line: &str) -> bool {
    line.chars().any(width_varies)
}

/// General Punctuation (`“”‘’—…`) and the middle dot: full width in some PDFs, narrow in others.
fn width_varies(c: char) -> bool {
    matches!(c as u32, 0x00b7 | 0x2010..=0x206f)
}

/// Ideographs and CJK punctuation are full width; ASCII is half. The quotes, dashes and ellipsis of
/// General Punctuation (`“”‘’—…`) and the middle dot vary between fonts (full in some PDFs, narrow
/// in others), so they count ¾.
fn char_width(c: char) -> f32 {
    match c as u32 {
        _ if width_varies(c) => 0.75,
        0xff61..=0xffdc => 0.5,
        code if code >= 0x2e80 => 1.0,
        _ => 0.5,
    }
}

/// Whether text ends a sentence: 。！？… possibly followed by closing quotes or brackets.
pub fn ends_sentence(text: &str) -> bool {
    let trimmed = text.trim_end().trim_end_matches(['”', '’', '」', '』', '）', ')', '"', '\'', '》']);
    trimmed.ends_with(['。', '！', '？', '!', '?', '…', '；', ';'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_chinese_without_spaces_and_latin_with_one() {
        assert_eq!(join_lines(["去年，曹桥街道实现规 ", " 上数字制造业产值"]), "去年，曹桥街道实现规上数字制造业产值");
        assert_eq!(join_lines(["the new", "machine"]), "the new machine");
        assert_eq!(join_lines(["增长 50%", "以上"]), "增长 50%以上");
        assert_eq!(join_lines(["", "a"]), "a");
    }

    #[test]
    fn widths_count_ascii_as_half() {
        assert_eq!(width("项目 9月"), 4.0);
        assert_eq!(width(" 本报讯 "), 3.0);
        assert_eq!(width("“给力”……"), 5.0);
        assert!(has_uncertain_width("“人民论坛”“人民时评”"));
        assert!(!has_uncertain_width("许多读者询问2018年"));
    }

    #[test]
    fn sentence_ends() {
        assert!(ends_sentence("开好局、起好步。"));
        assert!(ends_sentence("“……我们也要准备大干一场……”"));
        assert!(ends_sentence("实现双赢！"));
        assert!(!ends_sentence("曹桥只争朝夕全力冲刺“开门红”"));
        assert!(!ends_sentence("呈现出一派加班加点赶订单的"));
    }
}
