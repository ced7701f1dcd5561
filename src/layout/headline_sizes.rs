//! Where a headline's lines change type size. Text copied out of a PDF that drew its bold once
//! (PDFium, pdf.js) gives kicker, title and subtitle as lines alike, one under another:
//! `江西针对赣江生态保护开展试点` / `按流域设置环境监管和执` / `法机构`. A headline wraps a line only
//! when it is full, so within one part every line but the last is as wide as the first; a line
//! wider than the one before it, or a line wider than a full wrapped line under it, is set in
//! another size: another part (kicker, title or subtitle) begins there.

use super::cues::join::width;
use super::headline_paras::{ends_title_with_tag, part_points};

/// How much wider (in ideographs) a line must be to tell another type size: hung punctuation and
/// half-width digits make one size's lines differ by a character.
const SIZE_STEP: f32 = 1.5;

/// A line at least this wide is no wrapped line of a title that ends on a column tag (on the
/// training draws, wrapped titles broke at 11 ideographs at most; kickers over them ran 12.5–35).
const KICKER_OVER_TAG: f32 = 12.0;

/// For each line of one headline unit but the first, whether another part begins there because
/// the type size changes. Never inside an open bracket or quote, nor before a column tag
/// (`（今日谈）` on a line of its own ends the title above it).
pub(super) fn size_changes(texts: &[String]) -> Vec<bool> {
    let allowed = part_points(texts);
    let widths: Vec<f32> = texts.iter().map(|t| width(t)).collect();
    let mut changes = vec![false; texts.len()];
    for k in 1..texts.len() {
        let next = texts[k].trim_start();
        if !allowed[k] || next.starts_with(['（', '：', '）', '”', '》', '，', '。']) {
            continue;
        }
        if continues_short_phrase(&texts[k - 1], next) {
            continue;
        }
        let (above, here) = (widths[k - 1], widths[k]);
        // The line above was not full: the one here is in a smaller size. Between lines of
        // ideographs only (no hung punctuation, no digits) one character tells
        // (`乒乓球世界杯团体赛` / `中国队十人大名单公布`); a column tag does not count.
        let wider_here = (here >= above + SIZE_STEP && above >= 2.0)
            || (above >= 4.0 && all_ideographs(&texts[k - 1]) && {
                let words = untagged(next);
                ideographs_and_digits(words) && width(words) >= above + 1.0
            });
        // A full line here, wrapped onto the next, is narrower than the line above: that one was
        // in a smaller size (a kicker over a wrapped title).
        let full_here_narrower = texts.get(k + 1).is_some_and(|after| {
            let step = if all_ideographs(&texts[k - 1]) && all_ideographs(next) && !kept_together(after) {
                1.0
            } else {
                SIZE_STEP
            };
            above >= here + step
                && widths[k + 1] <= here + 0.5
                && !after.trim_start().starts_with('（')
                && allowed[k + 1]
        });
        // A long line over a line that ends on a column tag after words of its own: the tagged
        // title (`发展中国家助力世界多极化（势所必然）`) is set larger than a line that wide.
        let kicker_over_tagged = above >= KICKER_OVER_TAG && ends_title_with_tag(next) && !next.starts_with('（');
        changes[k] = wider_here || full_here_narrower || kicker_over_tagged || opens_own_phrase(&texts[k - 1], next);
    }
    changes
}

fn all_ideographs(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty() && text.chars().all(crate::text::chars::is_ideograph)
}

/// Ideographs with half-width digits or letters among them (`丁俊晖赵心童晋级16强`): no hung
/// punctuation to make a line's width uncertain.
fn ideographs_and_digits(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty() && text.chars().all(|c| crate::text::chars::is_ideograph(c) || c.is_ascii_alphanumeric())
}

/// Whether a line begins with what a line break may not part: an opening bracket or quote moved
/// down from the line above, or a character moved down to go with the punctuation after it. Either
/// makes the line above one character short of full in the same type size.
fn kept_together(line: &str) -> bool {
    let mut chars = line.trim_start().chars();
    let first = chars.next();
    let second = chars.next();
    first.is_some_and(|c| "“‘（《〈「『【".contains(c))
        || second.is_some_and(|c| "，。、；：？！”’）》〉」』】…—".contains(c))
}

/// A title's words without the column tag it ends on (`共享湾区旅游迈出第一步（微言）`).
fn untagged(text: &str) -> &str {
    let text = text.trim();
    match text.rfind('（') {
        Some(open) if ends_title_with_tag(text) => &text[..open],
        _ => text,
    }
}

/// Whether `next` opens a headline part of its own by how it is phrased: two phrases set apart by
/// a space (`教与学 更智能`, a title's style) under a line without one, or a quote under a line of
/// eight ideographs or more that is no quote itself (`推动中华文明与世界文化的交流互鉴` /
/// `“有熊猫·青年艺术家世界行”启动`). A wrapped line does not begin so.
fn opens_own_phrase(above: &str, next: &str) -> bool {
    let spaced = |t: &str| {
        let pieces: Vec<&str> = t.split_whitespace().collect();
        pieces.len() > 1 && pieces.iter().all(|p| crate::text::chars::ideograph_count(p) >= 2)
    };
    let above = above.trim();
    let phrases = spaced(next) && !above.contains(char::is_whitespace) && width(above) >= 4.0;
    let quote = next.starts_with('“') && !above.starts_with('“') && width(above) >= 8.0;
    phrases || quote
}

/// Whether `next` goes on with a title that a short phrase `above` opens: a title of two phrases
/// set in two lines ends on its column tag (`人工智能` / `产业集群初步形成（纵深）`), or its second
/// phrase is a quote or a book title (`中办国办印发` / `《关于…的若干意见》`).
fn continues_short_phrase(above: &str, next: &str) -> bool {
    let plain = !above.trim().contains(|c: char| !crate::text::chars::is_ideograph(c) && !c.is_whitespace());
    let short = width(above);
    plain && ((short <= 8.0 && ends_title_with_tag(next)) || (short <= 6.0 && next.starts_with(['《', '“'])))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[&str]) -> Vec<String> {
        lines.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_kicker_over_a_wrapped_title_is_set_apart_by_its_width() {
        let head = texts(&["江西针对赣江生态保护开展试点", "按流域设置环境监管和执", "法机构"]);
        assert_eq!(size_changes(&head), [false, true, false]);
    }

    #[test]
    fn a_line_wider_than_the_one_above_is_another_part() {
        assert_eq!(
            size_changes(&texts(&["春耕由南向北渐次展开", "今年粮食产量将确保稳定在2018年水平"])),
            [false, true]
        );
        assert_eq!(size_changes(&texts(&["中职篮常规赛", "北控队打出一场翻身仗"])), [false, true]);
        // Lines of ideographs only: one character wider tells, the column tag aside.
        assert_eq!(size_changes(&texts(&["乒乓球世界杯团体赛", "中国队十人大名单公布"])), [false, true]);
        assert_eq!(size_changes(&texts(&["港澳导游可到横琴执业", "共享湾区旅游迈出第一步（微言）"])), [false, true]);
        assert_eq!(size_changes(&texts(&["习近平回信问候勉励澳门退休", "老人"])), [false, false], "a wrap");
        assert_eq!(size_changes(&texts(&["国际象棋男子世界杯赛", "中国棋手丁立人获得亚军"])), [false, true]);
        // Half-width digits count half: 9 ideographs and two digits are wider than 9 ideographs.
        assert_eq!(size_changes(&texts(&["斯诺克威尔士公开赛", "丁俊晖赵心童晋级16强"])), [false, true]);
        assert_eq!(size_changes(&texts(&["斯诺克威尔士公开赛", "丁俊晖赵心童晋级16"])), [false, false]);
    }

    #[test]
    fn a_full_line_one_ideograph_narrower_is_set_larger() {
        let head = texts(&["国际象棋男子世界杯赛", "中国棋手丁立人获得", "亚军"]);
        assert_eq!(size_changes(&head), [false, true, false]);
        let head = texts(&["江西针对赣江生态保护开展试点", "按流域设置环境监管和执法机", "构"]);
        assert_eq!(size_changes(&head), [false, true, false]);
        // One short because a character went down with the comma after it, or a book title's bracket went down.
        let comma = texts(&["让中华优秀传统文化在新时代", "焕发光彩生生不息绽放出了", "新，更加璀璨"]);
        assert_eq!(size_changes(&comma), [false, false, false]);
        let quote = texts(&["让中华优秀传统文化在新时代", "焕发光彩生生不息绽放出了", "《新》光彩"]);
        assert_eq!(size_changes(&quote), [false, false, false]);
    }

    #[test]
    fn a_wrapped_title_and_its_column_tag_stay_one_part() {
        assert_eq!(size_changes(&texts(&["林心平：慷慨赴死的秋瑾式女英", "雄（为了民族复兴）"])), [false, false]);
        assert_eq!(size_changes(&texts(&["为民服务不妨多想一步", "（今日谈）"])), [false, false]);
        assert_eq!(size_changes(&texts(&["对症下药，破解“入", "园难”（人民时评）"])), [false, false]);
        assert_eq!(size_changes(&texts(&["那一刻，我们光荣接受检", "阅（强军思想引领新征程）"])), [false, false]);
    }

    #[test]
    fn a_title_of_two_phrases_stays_one_part() {
        assert_eq!(size_changes(&texts(&["人工智能", "产业集群初步形成（纵深·广东新动能观察④）"])), [false, false]);
        assert_eq!(size_changes(&texts(&["中办国办印发", "《关于加强金融服务民营企业的若干意见》"])), [false, false]);
        assert_eq!(size_changes(&texts(&["中职篮常规赛", "北控队打出一场翻身仗"])), [false, true], "no tag: a kicker");
    }

    #[test]
    fn a_long_line_over_a_tagged_title_is_its_kicker() {
        let head = texts(&["世界和平与发展的力量不断壮大", "发展中国家助力世界多极化（势所必然）"]);
        assert_eq!(size_changes(&head), [false, true]);
        assert_eq!(size_changes(&texts(&["警惕“纸螃蟹”的隐", "性危害（人民时评）"])), [false, false], "a wrap");
    }

    #[test]
    fn a_title_of_two_spaced_phrases_or_a_quote_opens_its_own_part() {
        assert_eq!(size_changes(&texts(&["猿辅导以科技创新推动教育发展", "教与学 更智能"])), [false, true]);
        let quote = texts(&["推动中华文明与世界文化的交流互鉴", "“有熊猫·青年艺术家世界行”启动"]);
        assert_eq!(size_changes(&quote), [false, true]);
        // A space before a lone character is the copy's, not a phrase's.
        assert_eq!(size_changes(&texts(&["我国向世界贸易组织提交加入", "政府采购协定出价清 单"])), [false, false]);
    }

    #[test]
    fn a_long_kicker_over_a_short_unwrapped_title_is_not_told_by_width() {
        // One line each: nothing to compare a full line with (the order says which is which).
        assert_eq!(size_changes(&texts(&["距2019年第七届世界军人运动会开幕还有10天", "武汉欢迎您"])), [false, false]);
    }
}
