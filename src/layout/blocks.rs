//! Blocks: runs of body paragraphs, headline units and credit lines, in page order.

use super::cues::credits;
use super::cues::join;
use super::cues::marks::*;
use super::lines::*;
use super::paragraphs::*;

/// A run of the page between bodies, in reading order.
#[derive(Debug, Clone)]
pub(super) enum Block {
    /// Body paragraphs (indices into `paras`).
    Body(Vec<usize>),
    /// A headline group: units of consecutive headline lines, separated by blanks.
    Headline(Vec<Vec<usize>>),
    /// A byline or photo-credit line.
    Credit(usize),
    Furniture(usize),
}

pub(super) fn build_blocks(lines: &[Line], paras: &[Para]) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    for (p, para) in paras.iter().enumerate() {
        match para.role {
            Role::Furniture => blocks.push(Block::Furniture(p)),
            Role::Credit => {
                // A photo credit on its own line closes a caption: the paragraph above it is the
                // caption, not the end of the article before (the assignment may still join them;
                // a caption with its credit trailing on its last line is split off the same way).
                let is_photo = credits_a_photo(&lines[para.lines[0]]);
                if let (true, Some(Block::Body(body))) = (is_photo, blocks.last_mut()) {
                    if body.len() > 1 {
                        let caption = body.pop().unwrap();
                        blocks.push(Block::Body(vec![caption]));
                    }
                }
                blocks.push(Block::Credit(p))
            }
            Role::Headline => {
                // Consecutive headline lines form one unit; a blank line starts another block,
                // so the assignment may give two units to two articles (A's title after its body,
                // B's before its own).
                let first_line = &lines[para.lines[0]];
                let above = |units: &[Vec<usize>]| &lines[*paras[*units[0].last().unwrap()].lines.last().unwrap()];
                // A photo's short title, under its credit or over its caption, is a headline of
                // its own whatever title PDF frame order set beside it. (A short kicker over a
                // quoted or book title, `中办国办印发` / `《关于…的若干意见》`, still opens it, and
                // two short lines are one photo title: `春耕备耕` / `不误农时`.)
                let under_photo_credit = blocks.len() >= 2 && is_photo_credit(&blocks[blocks.len() - 2], lines, paras);
                let photo_title_above = |units: &[Vec<usize>]| {
                    under_photo_credit
                        && units[0].len() == 1
                        && is_short_title(lines, &paras[units[0][0]])
                        && first_line.width > PHOTO_TITLE_WIDTH
                        && !first_line.text.starts_with(['《', '“'])
                };
                match blocks.last_mut() {
                    Some(Block::Headline(units))
                        if first_line.no == above(units).no + 1
                            && !closes_headline(above(units).text, first_line.text)
                            && !photo_title_above(units)
                            && !heads_photo_below(p, lines, paras) =>
                    {
                        units[0].push(p)
                    }
                    _ => blocks.push(Block::Headline(vec![vec![p]])),
                }
            }
            Role::Body => {
                let first = &lines[para.lines[0]];
                let second = para.lines.get(1).map_or("", |&i| lines[i].text);
                let starts_article = opens_article_over(first.text, second);
                let above = |body: &[usize]| &paras[*body.last().unwrap()];
                match blocks.last_mut() {
                    Some(Block::Body(body))
                        if !starts_article
                            && !ends_with_photo_credit(lines, above(body))
                            && !ends_with_photo_credit(lines, para)
                            && !soft_break(lines, above(body), para)
                            && !weak_break(lines, above(body), para)
                            && !para.weakly_parted =>
                    {
                        body.push(p)
                    }
                    _ => blocks.push(Block::Body(vec![p])),
                }
            }
        }
    }
    part_between_datelines(blocks, lines, paras)
}

/// Whether a block is a photo's credit (`新华社记者 徐 昱摄`, `影像中国`).
pub(super) fn is_photo_credit(block: &Block, lines: &[Line], paras: &[Para]) -> bool {
    matches!(block, Block::Credit(p) if credits_a_photo(&lines[paras[*p].lines[0]]))
}

/// Whether a credit line credits a photo (any of its credits has a photographer's role).
fn credits_a_photo(line: &Line) -> bool {
    matches!(&line.kind, LineKind::Credit(c) if c.iter().any(|c| credits::is_photo_role(&c.role)))
}

/// A photo's title is a few words on one line (`夏荷春拾`, `养护`, `寒露至白鹭迁`); a column tag
/// on a line of its own (`（微言）`) ends the title above it.
fn is_short_title(lines: &[Line], para: &Para) -> bool {
    let line = &lines[para.lines[0]];
    para.lines.len() == 1 && line.width <= PHOTO_TITLE_WIDTH && !line.text.trim_start().starts_with('（')
}

/// How wide a photo's title runs at most, in ideographs.
const PHOTO_TITLE_WIDTH: f32 = 8.0;

/// Whether headline paragraph `p` is a short title over a caption: body of a few lines, then a
/// photo's credit. PDF frame order may set it right under another article's title (after that
/// article's body); it heads the photo, so it starts a headline of its own.
fn heads_photo_below(p: usize, lines: &[Line], paras: &[Para]) -> bool {
    if !is_short_title(lines, &paras[p]) {
        return false;
    }
    let mut caption_lines = 0;
    for para in &paras[p + 1..] {
        match para.role {
            Role::Body => caption_lines += para.lines.len(),
            Role::Credit => return caption_lines > 0 && credits_a_photo(&lines[para.lines[0]]),
            Role::Furniture => {}
            Role::Headline => return false,
        }
        if caption_lines > CAPTION_LINES {
            return false;
        }
    }
    false
}

/// How many lines a photo's caption runs at most.
const CAPTION_LINES: usize = 6;

/// An article opens with a dateline or closes with one, never both: a run of body paragraphs
/// from one that opens with a dateline to a closing dateline note holds two articles. Part it at
/// each paragraph end in between (one blank line, end of sentence) and let the assignment choose
/// where.
fn part_between_datelines(blocks: Vec<Block>, lines: &[Line], paras: &[Para]) -> Vec<Block> {
    let mut out = Vec::with_capacity(blocks.len());
    for block in blocks {
        let Block::Body(body) = &block else {
            out.push(block);
            continue;
        };
        let opening = body.iter().position(|&p| opens_with_dateline(lines, &paras[p]));
        let closing = body.iter().rposition(|&p| is_closing_dateline(lines, &paras[p]));
        let (Some(opening), Some(closing)) = (opening, closing) else {
            out.push(block);
            continue;
        };
        if closing <= opening {
            out.push(block);
            continue;
        }
        let mut part: Vec<usize> = Vec::new();
        for (k, &p) in body.iter().enumerate() {
            if k > opening && k < closing && !part.is_empty() {
                let last = *paras[*part.last().unwrap()].lines.last().unwrap();
                let first = paras[p].lines[0];
                if lines[first].no == lines[last].no + 2 && join::ends_sentence(lines[last].running_text()) {
                    out.push(Block::Body(std::mem::take(&mut part)));
                }
            }
            part.push(p);
        }
        out.push(Block::Body(part));
    }
    out
}

/// Whether a headline line ending in a column tag (`（民生观）`) closes its headline, so that the
/// title-like line right under it starts another one. A `——` subtitle or a long deck with a
/// clause (`防汛备汛既要…，也要…`) still belongs to it. A photo's label is a headline of its own
/// on either side.
fn closes_headline(line: &str, next: &str) -> bool {
    // A photo's label (`图片报道`) is a headline of its own, the photo's.
    if is_photo_label(line) || is_photo_label(next) {
        return true;
    }
    line.ends_with('）') && !next.starts_with('—') && !next.contains('，') && next.chars().count() <= 24
}

pub(super) fn ends_with_photo_credit(lines: &[Line], para: &Para) -> bool {
    matches!(lines[*para.lines.last().unwrap()].kind, LineKind::Text { credit: Some(_), .. })
}

/// Whether headline block `b` continues the headline of `a` (kicker → title → subtitle) rather
/// than starting another article's headline.
pub(super) fn same_headline_group(a: &Block, b: &Block, lines: &[Line], paras: &[Para]) -> bool {
    let (Block::Headline(_), Block::Headline(_)) = (a, b) else { return false };
    let ((a_first, a_last), (b_first, _)) = (block_bounds(a, paras), block_bounds(b, paras));
    // More than one blank line between them: two headlines.
    if lines[b_first].no > lines[a_last].no + 2 {
        return false;
    }
    let b_is_subtitle = lines[b_first].text.starts_with('—');
    // A subtitle or a column tag (`（今日谈）`) ends a headline; only a subtitle may follow a tag.
    if opens_subtitle(lines[a_first].text) || opens_subtitle(lines[a_last].text) {
        return false;
    }
    if lines[a_last].text.ends_with('）') && !b_is_subtitle {
        return false;
    }
    // Fake bold marks a main title; two of them are two headlines.
    let doubled = |block: &Block| {
        let (first, last) = block_bounds(block, paras);
        lines[first..=last].iter().any(|l| l.is_text() && l.doubled)
    };
    !(doubled(a) && doubled(b))
}

/// Whether headline block `b`, right under a title that ends on its column tag, is that title's
/// kicker set after it by the PDF's frame order (`用体育传递精神力量（最美奋斗者）` /
/// `…原副主任许海峰——`, or a short plain line: `培养涉外知识产权高端人才（有的放矢）` /
/// `适应国际竞争新形势`). Read for the item's title parts only: the assignment still weighs the two
/// as two headline groups.
pub(super) fn kicker_set_after(a: &Block, b: &Block, lines: &[Line], paras: &[Para]) -> bool {
    let (Block::Headline(_), Block::Headline(_)) = (a, b) else { return false };
    let ((_, a_last), (b_first, b_last)) = (block_bounds(a, paras), block_bounds(b, paras));
    let short_plain = || {
        let text: String = lines[b_first..=b_last].iter().filter(|l| l.is_text()).map(|l| l.text.trim()).collect();
        b_last - b_first < 2 && reads_as_kicker_after_tag(&text)
    };
    lines[b_first].no == lines[a_last].no + 1
        && lines[a_last].text.ends_with('）')
        && (lines[b_last].text.trim_end().ends_with("——") || short_plain())
}

/// Whether a plain headline part set after a tagged title is its kicker: kickers so set run up to
/// 20 characters without figures, in whole phrases; subtitles give figures or run longer, and a
/// body's first line read as a headline breaks off (`运动员参与公益活动，是`, `国庆假期，“宠粉”的重庆、点`).
pub(super) fn reads_as_kicker_after_tag(text: &str) -> bool {
    let whole_phrases = text.split('，').all(|clause| clause.chars().count() >= 4)
        && !text.contains('、')
        && text.matches('“').count() == text.matches('”').count();
    whole_phrases && text.chars().count() <= 20 && !text.contains(|c: char| c.is_ascii_digit())
}

/// Where two body paragraphs may belong to two articles with no headline between them (one
/// article's headline above it, the next one's below): two or more blank lines. (A change of
/// column width alone was tried as well: local width estimates are too noisy, it split articles.)
pub(super) fn soft_break(lines: &[Line], before: &Para, after: &Para) -> bool {
    let last = *before.lines.last().unwrap();
    let first = after.lines[0];
    lines[first].no - lines[last].no > 2 || (closes_article(lines, before) && !is_closing_note(lines, after))
}

/// A closing note, or a bracketed dateline with its reporters (`（据新华社电 记者李志浩、何军）`),
/// which closes a brief inside a compilation too: there the next brief has its title between, so
/// text right under one is another article's.
fn closes_article(lines: &[Line], para: &Para) -> bool {
    is_closing_note(lines, para) || bracketed_text(lines, para).is_some_and(|text| is_dateline_note(&text))
}

/// Where two body paragraphs one blank line apart may still be two articles (the first one's
/// headline above it, the next one's below): the column width changes. Widths are noisy, so the
/// assignment joins across a weak break unless the headlines around demand a cut.
pub(super) fn weak_break(lines: &[Line], before: &Para, after: &Para) -> bool {
    let last = *before.lines.last().unwrap();
    let first = after.lines[0];
    lines[first].no - lines[last].no == 2
        && join::ends_sentence(lines[last].running_text())
        && column_changes(lines, last, first)
}

/// A note that closes an article: `（作者为某高校文学院教授）`, `（本报里斯本电）`,
/// `（新华社南宁3月5日电）`, `（记者 张三）`, `（摘编自…《湖畔晚报》…）`, `（…采访整理）`,
/// `（相关报道见第四版）`.
pub(super) fn is_closing_note(lines: &[Line], para: &Para) -> bool {
    is_contact_note(lines, para) || closing_note_inner(lines, para).is_some()
}

/// A closing note that gives the article's dateline (`（本报某地3月2日电）`): an article that
/// ends with one does not also open with one.
pub(super) fn is_closing_dateline(lines: &[Line], para: &Para) -> bool {
    closing_note_inner(lines, para).is_some_and(|inner| inner.ends_with('电'))
}

/// The text inside a closing note's brackets.
fn closing_note_inner(lines: &[Line], para: &Para) -> Option<String> {
    closing_note_text(&bracketed_text(lines, para)?).map(str::to_string)
}

/// A paragraph's lines joined, when it opens on `（` and closes on `）` (a note may wrap).
fn bracketed_text(lines: &[Line], para: &Para) -> Option<String> {
    // Checked for every body paragraph: join its lines only when they can hold a note.
    let last = *para.lines.last().unwrap();
    if !lines[para.lines[0]].text.starts_with('（') || !lines[last].text.ends_with('）') {
        return None;
    }
    Some(para.lines.iter().map(|&i| lines[i].text).collect())
}

/// A column's contact line under an article (`栏目投稿邮箱：lanmu2021@` / `example.com`).
fn is_contact_note(lines: &[Line], para: &Para) -> bool {
    let first = lines[para.lines[0]].text;
    para.lines.len() <= 2 && CONTACT_LABELS.iter().any(|l| first.starts_with(l)) && first.contains('：')
}

/// Line indices of a block.
/// The first and last line index of a block, without collecting its lines (paragraphs and
/// their lines are in page order).
pub(super) fn block_bounds(block: &Block, paras: &[Para]) -> (usize, usize) {
    let (first_para, last_para) = match block {
        Block::Body(ps) => (ps[0], *ps.last().unwrap()),
        Block::Headline(units) => (units[0][0], *units.last().unwrap().last().unwrap()),
        Block::Credit(p) | Block::Furniture(p) => (*p, *p),
    };
    (paras[first_para].lines[0], *paras[last_para].lines.last().unwrap())
}

/// The body range of an item's blocks: from its first body to its last.
pub(super) fn body_range(blocks: &[Block]) -> Option<(usize, usize)> {
    let first = blocks.iter().position(|s| matches!(s, Block::Body(_)))?;
    let last = blocks.iter().rposition(|s| matches!(s, Block::Body(_)))?;
    Some((first, last))
}
