//! Text marks the layout reads: labels, brackets, bullets, dashes, numbered headings, the
//! characters that open or never open a sentence. Plain string tests, no line context.

use super::credits;
use crate::text::chars::{ideograph_count, is_ideograph};

/// Labels that open a source note.
/// A photo's label, a headline line of its own over the photo or after its credit.
pub const PHOTO_LABELS: &[&str] = &["图片报道", "图片新闻", "新闻图片", "摄影报道"];

pub fn is_photo_label(text: &str) -> bool {
    PHOTO_LABELS.contains(&text.trim())
}

pub const SOURCE_LABELS: &[&str] = &["资料来源：", "数据来源：", "来源："];

/// Characters that do not open a sentence: a line starting with one continues the line before.
pub const CONTINUATION_STARTS: &[char] = &[
    '的', '了', '着', '过', '地', '得', '之', '们', '性', '化', '者', '等', '和', '与', '及', '并', '而', '也', '都',
    '就', '还', '又', '却', '被', '所', '其', '，', '、', '。', '；', '：', '！', '？', '”', '）', '》',
];

/// A line that starts with the last character of a word split off the line above and a list or
/// sentence mark (`免、讲座和亲子活动…`): no paragraph or heading starts so, save a numbered
/// point (`一、`).
pub fn ends_a_word(text: &str) -> bool {
    let mut chars = text.chars();
    let (Some(first), Some(second)) = (chars.next(), chars.next()) else { return false };
    matches!(second, '、' | '。') && is_ideograph(first) && !"一二三四五六七八九十".contains(first)
}

/// A column tag on a line of its own (`（走访·街坊生活）`): one short bracket group without a
/// clause, unlike a closing note (`（作者为某大学教授，…）`).
pub fn is_column_tag(text: &str) -> bool {
    is_one_bracket_group(text) && text.chars().count() <= 16 && !text.contains(['，', '。'])
}

/// A line of dashes alone: the end of the headline line above, wrapped (`某院护士林一—` / `—`).
pub fn is_wrapped_dash(text: &str) -> bool {
    text.chars().all(|c| c == '—')
}

/// A headline line that opens a subtitle (`——记某村的年味`), not a wrapped dash.
pub fn opens_subtitle(text: &str) -> bool {
    text.starts_with('—') && !is_wrapped_dash(text)
}

/// The text inside `（…）` when `text` is wrapped in full-width brackets.
pub fn bracket_inner(text: &str) -> Option<&str> {
    text.strip_prefix('（').and_then(|t| t.strip_suffix('）'))
}

/// The inside of a closing note's brackets when the whole text is one (`（作者为某高校文学院教授）`,
/// `（新华社南宁3月5日电）`, `（记者 张三）`, `（…采访整理）`, `（相关报道见第四版）`).
pub fn closing_note_text(text: &str) -> Option<&str> {
    let inner = note_inner(text)?;
    let is_note = ["作者", "记者", "本报记者", "摘编自", "摘自", "来源", "原载"].iter().any(|p| inner.starts_with(p))
        || inner.ends_with('电')
        || inner.ends_with("整理")
        || (inner.contains("见第") && inner.ends_with('版'));
    is_note.then_some(inner)
}

/// A bracketed dateline with its reporters (`（新华社北京10月2日电 记者王镜宇）`): it closes an
/// article, or a brief inside a compilation (which [`closing_note_text`] must not cut).
pub fn is_dateline_note(text: &str) -> bool {
    note_inner(text).is_some_and(|inner| {
        inner.contains("记者") && inner.split([' ', '\u{3000}']).next().is_some_and(|dateline| dateline.ends_with('电'))
    })
}

/// The inside of a text that is one short bracketed note: at most 40 characters, no brackets
/// inside and no full stop.
fn note_inner(text: &str) -> Option<&str> {
    bracket_inner(text).filter(|inner| inner.chars().count() <= 40 && !inner.contains(['（', '）', '。']))
}

/// Whether `text` ends a closing note begun at the start of the line `above` (`（新华社北京10月2`
/// / `日电 记者王镜宇）`).
pub fn closes_wrapped_note(above: &str, text: &str) -> bool {
    let note = format!("{}{}", above.trim_end(), text.trim_end());
    above.starts_with('（') && note.ends_with('）') && (closing_note_text(&note).is_some() || is_dateline_note(&note))
}

/// Whether the whole text is one bracketed group, brackets nested inside allowed
/// (`（法规问答·新规落地满月谈（二））`), not two (`（上）…（下）`).
pub fn is_one_bracket_group(text: &str) -> bool {
    let Some(inner) = bracket_inner(text) else { return false };
    let mut depth = 0usize;
    for c in inner.chars() {
        match c {
            '（' => depth += 1,
            '）' if depth == 0 => return false,
            '）' => depth -= 1,
            _ => {}
        }
    }
    depth == 0
}

/// Labels that open a summary box or a note at the top of an article's body (`核心阅读` and its
/// summary, then the text): part of the body, never a headline of their own.
pub const BODY_LABELS: &[&str] = &["核心阅读", "阅读提示", "编者的话", "导读"];

pub fn is_body_label(text: &str) -> bool {
    BODY_LABELS.contains(&text.trim())
}

/// Whether a body paragraph starting with this line opens an article: a dateline (`本报讯`,
/// `新华社北京2月9日电`) or a summary label (`核心阅读`).
pub fn opens_article(text: &str) -> bool {
    credits::is_dateline_start(text) || is_body_label(text)
}

/// [`opens_article`], or a dateline wrapped onto the next line (`据新华社伦敦2月14` / `日电 （记者…）`).
pub fn opens_article_over(text: &str, next: &str) -> bool {
    // The line holds the agency, the place and the date and nothing else; the next one starts
    // with the date's end and 电 or 讯.
    let wrapped_dateline = || {
        let text = text.trim();
        credits::starts_with_agency(text)
            && text.chars().count() <= 16
            && text.chars().all(|c| c.is_alphanumeric())
            && next.trim_start().trim_start_matches(|c: char| c.is_ascii_digit() || c == '日').starts_with(['电', '讯'])
            && credits::is_dateline_start(&format!("{text}{}", next.trim_start()))
    };
    opens_article(text) || wrapped_dateline()
}

/// A brief of a series opens with `本报电`, no place or date.
pub fn opens_series_brief(text: &str) -> bool {
    text.trim_start().strip_prefix("本报电").is_some_and(|rest| rest.starts_with([' ', '\u{3000}']) || rest.is_empty())
}

/// Bullet marks that open a point in a body or a bulleted subtitle.
pub const BULLETS: &[char] = &['■', '●', '◆', '▲', '★', '□', '◇', '◎'];

/// Characters that never open a paragraph: particles and closing or clause punctuation.
pub const MID_SENTENCE_STARTS: &[char] =
    &['的', '了', '着', '地', '得', '们', '，', '、', '。', '；', '：', '！', '？', '”', '）', '》'];

/// A space between two CJK characters: headlines separate their phrases with spaces, text does not.
pub fn has_inner_space(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(3).any(|w| w[1] == ' ' && !w[0].is_ascii() && !w[2].is_ascii())
}

/// `一、总体要求`, `（二）基本原则`, `3. …`: a numbered section heading.
pub fn is_numbered_heading(text: &str) -> bool {
    let numerals = |c: char| "一二三四五六七八九十".contains(c) || c.is_ascii_digit();
    let rest = text.strip_prefix('（').unwrap_or(text);
    let digits: String = rest.chars().take_while(|&c| numerals(c)).collect();
    !digits.is_empty() && rest[digits.len()..].starts_with(['、', '）', '.', '．'])
}

/// Labels of a column's or page's contact line.
pub const CONTACT_LABELS: &[&str] = &["栏目投稿邮箱", "投稿邮箱", "电子信箱"];

/// The label an e-paper prints over an advertisement (`广告`, letter-spaced `广 告`).
pub fn is_ad_label(text: &str) -> bool {
    matches!(text.trim(), "广告" | "广 告")
}

/// An advertisement's call line: a hotline or phone label and a number (`服务热线：400-000-0000`,
/// `订购电话 010-12345678`). Articles print numbers inside sentences; an ad box sets one alone.
pub fn is_ad_hotline(text: &str) -> bool {
    const LABELS: &[&str] = &["热线", "电话", "垂询", "咨询"];
    let text = text.trim();
    // Asked of every line: the length first, in bytes before characters (at most 4 bytes each).
    text.len() <= 4 * 32
        && text.chars().count() <= 32
        && !text.contains(['。', '，'])
        && LABELS.iter().any(|l| text.contains(l))
        && text.chars().filter(char::is_ascii_digit).count() >= 7
        && text.contains('-')
}

/// Marks that only running text has (a headline may hold a `、` list or a `——`, but a comma,
/// a stop or a colon belong to sentences).
pub const CLAUSE_MARKS: &[char] = &['，', '。', '；', '：', '！', '？', '、', ',', ';', ':', '!', '?', '…'];

/// Whether the `、` in a title's words, if any, list words only: at most two, with no comma and no
/// bracket beside them (`数据分析、人文思维与“慢变量”（新知）`, `广泛、真实、管用的民主（解码）`);
/// `针对市（州）、县（市、区）` is text.
fn enumerates_words_only(words: &str) -> bool {
    let lists = words.matches('、').count();
    lists == 0 || (lists <= 2 && !words.contains(['，', '（', '）']))
}

/// A line of a few words and a column tag after them (`传递体育的正能量（体坛观澜）`), no clause
/// mark before the tag but one comma between a title's two phrases (`变化，不是等出来的（一线行走）`)
/// or a list of words (`数据分析、人文思维与“慢变量”（新知）`).
pub fn ends_with_column_tag(text: &str) -> bool {
    let Some(open) = text.rfind('（') else { return false };
    let (words, tag) = text.split_at(open);
    is_column_tag(tag)
        && ideograph_count(words) >= 4
        && !words.contains(|c: char| c != '，' && c != '、' && CLAUSE_MARKS.contains(&c))
        && words.matches('，').count() <= 1
        && enumerates_words_only(words)
        && !credits::starts_with_agency(words)
        && !tag.contains("记者")
}
