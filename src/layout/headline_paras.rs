//! Headline paragraphs mended by their marks before their words are weighed. Text copied out of a
//! PDF sets one article's headline (drawn after its body) right against the next one's, with no
//! blank between: `感恩“后备箱的爱”（纵横）` / `对症下药，破解“入` / `园难”（人民时评）`. A column tag
//! ends a title; a bracket or quote left open goes on in the next line; a dash line opens the
//! subtitle of the title above; a word or two under a wrapped title (`不负嘱托 决战东` / `京`) is its end.

use super::cues::headline::clean_headline_line;
use super::cues::join;
use super::cues::marks::{closing_note_text, is_column_tag, is_photo_label, opens_subtitle, BULLETS};
use super::lines::Line;
use super::paragraphs::{Para, Role};
use crate::text::chars::ideograph_count;

/// How far brackets, quotes and book-title marks are left open after `text` (never below 0).
fn open_depth(depth: i32, text: &str) -> i32 {
    text.chars().fold(depth, |d, c| match c {
        '（' | '“' | '《' | '(' => d + 1,
        '）' | '”' | '》' | ')' => (d - 1).max(0),
        _ => d,
    })
}

/// The headline lines of a paragraph as a reader sees them (fake bold read once).
fn clean_texts(lines: &[Line], para: &Para) -> Vec<String> {
    para.lines.iter().map(|&l| clean_headline_line(lines[l].text)).collect()
}

/// How far brackets and quotes are left open at the end of headline paragraph `para`.
fn open_after(lines: &[Line], para: &Para) -> i32 {
    clean_texts(lines, para).iter().fold(0, |d, t| open_depth(d, t))
}

/// Whether paragraph `b` starts on the line right under paragraph `a`'s last line.
fn right_under(lines: &[Line], a: &Para, b: &Para) -> bool {
    lines[*a.lines.last().unwrap()].no + 1 == lines[b.lines[0]].no
}

/// Whether a headline may part before line `next`, with brackets and quotes `depth` deep before it.
/// A column tag on a line of its own (`（人民时评）`) ends the title above it, however its words
/// lean (`人民` is in many a body).
fn may_part_before(depth: i32, next: &str) -> bool {
    depth == 0 && !opens_subtitle(next) && !is_column_tag(next.trim())
}

/// Whether the headline text up to here ends on a column tag (`…（人民时评）`, `…（守初心 担使命
/// 找差距 抓落实）`): a short bracket group, closed, that is no closing note.
pub(super) fn ends_title_with_tag(text_so_far: &str) -> bool {
    if !text_so_far.ends_with('）') || open_depth(0, text_so_far) != 0 {
        return false;
    }
    let Some(open) = text_so_far.rfind('（') else { return false };
    let tag = &text_so_far[open..];
    tag.chars().count() <= 24
        && !tag.contains(['，', '。'])
        && closing_note_text(tag).is_none()
        && ideograph_count(&text_so_far[..open]) >= 4
}

/// For each line of a headline paragraph but the first, whether the paragraph may part before it:
/// not inside an open bracket or quote, not before a subtitle's dash.
pub(super) fn part_points(texts: &[String]) -> Vec<bool> {
    let mut depth = 0;
    let mut allowed = vec![false; texts.len()];
    for k in 0..texts.len() {
        if k > 0 {
            allowed[k] = may_part_before(depth, &texts[k]);
        }
        depth = open_depth(depth, &texts[k]);
    }
    allowed
}

/// Whether a paragraph may part from the headline paragraph before it by the same marks.
pub(super) fn may_part_between(lines: &[Line], before: &Para, after: &Para) -> bool {
    may_part_before(open_after(lines, before), &clean_headline_line(lines[after.lines[0]].text))
}

/// Mends headline paragraphs by their marks (see the module doc): joins a headline paragraph left
/// open to the headline paragraph right under it, takes a word or two under a wrapped title into
/// it, and parts a paragraph after a column tag that another headline follows.
pub(super) fn mend_headline_paragraphs(lines: &[Line], paras: &mut Vec<Para>) {
    let mut p = 0;
    while p + 1 < paras.len() {
        let (head, next) = (&paras[p], &paras[p + 1]);
        let joins_open = head.role == Role::Headline
            && next.role == Role::Headline
            && right_under(lines, head, next)
            && open_after(lines, head) > 0;
        if joins_open || wraps_title_end(lines, paras, p) {
            let rest = paras.remove(p + 1);
            paras[p].lines.extend(rest.lines);
            continue;
        }
        p += 1;
    }
    let mut p = 0;
    while p < paras.len() {
        if paras[p].role == Role::Headline {
            let texts = clean_texts(lines, &paras[p]);
            if let Some(k) = tag_end(&texts).or_else(|| photo_label_edge(&texts)) {
                let rest = paras[p].lines.split_off(k);
                paras.insert(p + 1, Para { lines: rest, role: Role::Headline, weakly_parted: false });
            }
        }
        p += 1;
    }
}

/// The first line after a column tag that another headline line (no subtitle, no summary point)
/// follows.
fn tag_end(texts: &[String]) -> Option<usize> {
    let allowed = part_points(texts);
    let mut so_far = String::new();
    for k in 0..texts.len().saturating_sub(1) {
        so_far.push_str(&texts[k]);
        // A bulleted point under a tagged title is its summary (`■我们将继续奉行…`).
        if allowed[k + 1] && !texts[k + 1].starts_with(BULLETS) && ends_title_with_tag(&so_far) {
            return Some(k + 1);
        }
    }
    None
}

/// Where a photo's label (`图片报道`) set right over or under another headline parts from it:
/// the label is the photo's, the headline an article's.
fn photo_label_edge(texts: &[String]) -> Option<usize> {
    match texts {
        [first, _, ..] if is_photo_label(first) => Some(1),
        [.., _, last] if is_photo_label(last) => Some(texts.len() - 1),
        _ => None,
    }
}

/// Whether paragraph `p + 1` is a word or two read as text that ends the wrapped title `p`
/// above it: one line of at most three ideographs that ends no sentence (a paragraph of text
/// does), right under a headline line that does not end a phrase.
fn wraps_title_end(lines: &[Line], paras: &[Para], p: usize) -> bool {
    let (head, tail) = (&paras[p], &paras[p + 1]);
    if head.role != Role::Headline || tail.role != Role::Body || tail.lines.len() != 1 {
        return false;
    }
    let above = clean_headline_line(lines[*head.lines.last().unwrap()].text);
    let text = lines[tail.lines[0]].text;
    let short = (1..=3).contains(&ideograph_count(text)) && text.chars().count() <= 5;
    let phrase_open = !above.ends_with(['）', '”', '》', '—', '！', '？', '：', '，', '。']);
    short && phrase_open && right_under(lines, head, tail) && !join::ends_sentence(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[&str]) -> Vec<String> {
        lines.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_headline_does_not_part_inside_an_open_bracket_or_before_its_subtitle() {
        assert_eq!(part_points(&texts(&["抓时效 见实效（守初心 担使命 找差距 抓落", "实）"])), [false, false]);
        assert_eq!(part_points(&texts(&["对症下药，破解“入", "园难”（人民时评）"])), [false, false]);
        assert_eq!(part_points(&texts(&["不负嘱托 决战东京", "——习近平会见中国女排代表回访"])), [false, false]);
        assert_eq!(part_points(&texts(&["感恩“后备箱的爱”（纵横）", "对症下药"])), [false, true]);
        assert_eq!(
            part_points(&texts(&["好的营商环境就是生产力", "（人民时评）", "建设德才兼备的高素"])),
            [false, false, true]
        );
    }

    #[test]
    fn a_column_tag_ends_a_title_unless_a_subtitle_or_nothing_follows() {
        let meeting = texts(&["感恩“后备箱的爱”（纵横）", "对症下药，破解“入", "园难”（人民时评）"]);
        assert_eq!(tag_end(&meeting), Some(1));
        let wrapped = texts(&["小叶丹：与红军歃血为盟的彝族英", "雄（为了民族复兴·英雄烈士谱）", "新春走基层"]);
        assert_eq!(tag_end(&wrapped), Some(2));
        assert_eq!(tag_end(&texts(&["牢记嘱托加油干（新时代新作为）", "——西藏落实讲话精神纪实"])), None);
        assert_eq!(tag_end(&texts(&["对症下药，破解“入", "园难”（人民时评）"])), None);
        assert_eq!(tag_end(&texts(&["中菲携手 再谱新篇（大使随笔）", "■我们将继续奉行亲诚惠容理念"])), None);
        assert_eq!(tag_end(&texts(&["一场报告会（本报记者 张三）", "另一行"])), None, "a closing note is no tag");
    }
}
