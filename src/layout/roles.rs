//! Roles read from a paragraph's neighbours once the column flow is rebuilt: kickers set right
//! above their titles, key figures with their captions, lists, summaries, closing notes.

use super::cues::credits;
use super::cues::join;
use super::cues::marks::*;
use super::lines::*;
use super::paragraphs::*;
use crate::text::chars::{ideograph_count, is_ideograph};

/// Roles read from a paragraph's neighbours: kickers, key figures, lists, summaries, closing notes.
pub(super) fn refine_roles(lines: &[Line], paras: &mut [Para]) {
    // A kicker set right above its title may read as text: a speaker's line ends on a colon
    // (`城东街道社区书记李春梅：`), a lead-in on a dash even after a sentence
    // (`盘活闲置厂房，建乡村书屋、展览馆。江南某县乡镇——`, a blank line may follow).
    for p in 0..paras.len().saturating_sub(1) {
        if paras[p].role != Role::Body || paras[p + 1].role != Role::Headline {
            continue;
        }
        let (last, next) = (lines[*paras[p].lines.last().unwrap()].no, lines[paras[p + 1].lines[0]].no);
        if (is_speaker_kicker(lines, &paras[p]) && last + 1 == next)
            || (is_dash_kicker(lines, &paras[p]) && next <= last + 2)
        {
            paras[p].role = Role::Headline;
        }
        // So may a title that asks or exclaims (`怎样科学储存过冬蔬菜？`) over its column tag (`（服务窗）`).
        let tag_below = bracket_inner(lines[paras[p + 1].lines[0]].text).is_some_and(|t| t.chars().count() <= 12);
        if tag_below && last + 1 == next && is_question_title(lines, &paras[p]) {
            paras[p].role = Role::Headline;
        }
        // So may a lead-in with clauses, one line set tight between another article's title and its
        // own (`多哈田径世锦赛上，收获3金3银3铜，位列奖牌榜第四`): text never sits alone between two
        // headlines without ending its sentence.
        let line = &lines[paras[p].lines[0]];
        let under_headline = p > 0
            && paras[p - 1].role == Role::Headline
            && lines[*paras[p - 1].lines.last().unwrap()].no + 1 == line.no;
        let lead_in = !join::ends_sentence(line.text) && !credits::is_dateline_start(line.text);
        if under_headline && paras[p].lines.len() == 1 && last + 1 == next && lead_in {
            paras[p].role = Role::Headline;
        }
    }
    // So is a deck under a title (`国庆假期，全国零售和餐饮企业销售额达1.52万亿元，…`): one line,
    // not indented, right under the headline that ends no sentence, over the article's opening
    // (`核心阅读`, a dateline). Text does not break off before its own article opens; an indented
    // line is a paragraph (a summary in web text).
    for p in 1..paras.len().saturating_sub(1) {
        let (above, here, below) = (&paras[p - 1], &paras[p], &paras[p + 1]);
        if above.role != Role::Headline || here.role != Role::Body || below.role != Role::Body || here.lines.len() != 1
        {
            continue;
        }
        let line = &lines[here.lines[0]];
        let right_under = lines[*above.lines.last().unwrap()].no + 1 == line.no;
        let right_over = line.no + 1 == lines[below.lines[0]].no;
        let opening = below.lines.get(1).map_or("", |&i| lines[i].text);
        let deck = !line.indented
            && ideograph_count(line.text) >= 8
            && !join::ends_sentence(line.text)
            && !credits::is_dateline_start(line.text)
            && !is_body_label(line.text);
        if right_under && right_over && deck && opens_article_over(lines[below.lines[0]].text, opening) {
            paras[p].role = Role::Headline;
        }
    }
    // A key figure (`1.5万人`) with its caption right under it is a box of the article's figures,
    // text of the article, not a title over the next one. The caption runs over lines; a title
    // that opens with a figure (`175个` / `“某某之乡”公布`) goes on in one short line.
    for p in 0..paras.len().saturating_sub(1) {
        let (last, next) = (lines[*paras[p].lines.last().unwrap()].no, lines[paras[p + 1].lines[0]].no);
        if is_key_figure(lines, &paras[p]) && last + 1 == next && paras[p + 1].lines.len() > 1 {
            paras[p].role = Role::Body;
            paras[p + 1].role = Role::Body;
        }
    }
    // A heading-like paragraph between two bulleted points is part of the list, and so is a short
    // bulleted point above another point of the list (`◆出门带好雨具` / `◆及时关注天气预报，…`).
    let bulleted = |q: &Para| lines[q.lines[0]].text.starts_with(BULLETS);
    for p in 1..paras.len().saturating_sub(1) {
        let in_list = |q: &Para| q.role == Role::Body && bulleted(q);
        if paras[p].role == Role::Headline && in_list(&paras[p - 1]) && in_list(&paras[p + 1]) {
            paras[p].role = Role::Body;
        }
    }
    for p in (0..paras.len().saturating_sub(1)).rev() {
        let next_in_list = paras[p + 1].role == Role::Body && bulleted(&paras[p + 1]);
        if paras[p].role == Role::Headline && bulleted(&paras[p]) && next_in_list {
            paras[p].role = Role::Body;
        }
    }
    // Short bulleted points on the lines right after a point of the list go on with it, however
    // many end the list (a summary's `■…` points over the text).
    for p in 1..paras.len() {
        let prev_last = lines[*paras[p - 1].lines.last().unwrap()].no;
        let right_after = prev_last + 1 == lines[paras[p].lines[0]].no;
        let prev_in_list = paras[p - 1].role == Role::Body && bulleted(&paras[p - 1]);
        if paras[p].role == Role::Headline && bulleted(&paras[p]) && prev_in_list && right_after {
            paras[p].role = Role::Body;
        }
    }
    // What follows a summary label (`核心阅读`) is the summary, however short its first line.
    for p in 1..paras.len() {
        let label = &paras[p - 1];
        if paras[p].role == Role::Headline && label.lines.len() == 1 && is_body_label(lines[label.lines[0]].text) {
            paras[p].role = Role::Body;
        }
    }
    // `（本报开罗电）`, `（作者为…）` close a body; a bracketed column tag right under a headline
    // line (`（今日谈）`) stays with the headline.
    for p in 1..paras.len() {
        let first = paras[p].lines[0];
        let last = *paras[p].lines.last().unwrap();
        let (text, end) = (lines[first].text, lines[last].text);
        let bracketed = text.starts_with('（') && end.ends_with('）') && !lines[first].doubled;
        let prev_last = *paras[p - 1].lines.last().unwrap();
        let under_headline = paras[p - 1].role == Role::Headline && lines[prev_last].no + 1 == lines[first].no;
        if paras[p].role == Role::Headline && bracketed && !under_headline {
            paras[p].role = Role::Body;
        }
    }
}

/// A line that is a figure and its unit alone (`1.5万人`, `459个`, `86%`), not in fake bold (a
/// doubled figure is a headline).
fn is_key_figure(lines: &[Line], para: &Para) -> bool {
    let [i] = para.lines[..] else { return false };
    let text = lines[i].text.trim();
    let unit_at = text.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(text.len());
    let (number, unit) = text.split_at(unit_at);
    !lines[i].doubled
        && number.starts_with(|c: char| c.is_ascii_digit())
        && unit.chars().count() <= 3
        && unit.chars().all(|c| is_ideograph(c) || c == '%')
}

/// One unindented line of 4–24 ideographs that ends on one of `ends` and has none of `clause`
/// before it.
fn is_short_line_ending_on(lines: &[Line], para: &Para, ends: &[char], clause: &[char]) -> bool {
    let line = &lines[para.lines[0]];
    let Some(rest) = line.text.strip_suffix(ends) else { return false };
    para.lines.len() == 1 && !line.indented && (4..=24).contains(&ideograph_count(rest)) && !rest.contains(clause)
}

/// A line naming a speaker, ending on a colon, with no clause inside.
fn is_speaker_kicker(lines: &[Line], para: &Para) -> bool {
    is_short_line_ending_on(lines, para, &['：', ':'], &['，', '。', '；', '“', '：'])
}

/// A title that asks or exclaims, with no clause inside.
fn is_question_title(lines: &[Line], para: &Para) -> bool {
    is_short_line_ending_on(lines, para, &['？', '！'], &['，', '。', '；', '？', '！'])
}

/// One unindented line of a lead-in that ends on a dash (`…江南某县乡镇——`).
fn is_dash_kicker(lines: &[Line], para: &Para) -> bool {
    let line = &lines[para.lines[0]];
    para.lines.len() == 1
        && !line.indented
        && line.text.ends_with("——")
        && !line.text.starts_with('—')
        && line.text.chars().count() <= 40
}
