//! Building a [`LaidItem`] from its blocks: title parts, credits, body text and line spans.

use super::blocks::*;
use super::cues::credits;
use super::cues::headline;
use super::cues::join;
use super::cues::marks::*;
use super::headline_paras;
use super::headline_sizes;
use super::item::LaidItem;
use super::lines::*;
use super::paragraphs::*;
use crate::report::{to_spans, Credit, ItemKind};

/// Builds one item from its blocks.
pub(super) fn assemble(blocks: &[Block], lines: &[Line], paras: &[Para]) -> LaidItem {
    let mut all_lines = Vec::new();
    let mut body_lines = Vec::new();
    let mut title_lines = Vec::new();
    let mut credit_lines = Vec::new();
    let mut credits: Vec<Credit> = Vec::new();
    let mut paragraphs: Vec<String> = Vec::new();
    let (mut kicker, mut title, mut subtitle) = (None, None, None);

    let (first_body, last_body) = body_range(blocks).unwrap_or((usize::MAX, 0));
    let brief_title_above = first_brief_titled(blocks, first_body, last_body, lines, paras);
    // The units of the item's (first) headline group: consecutive headline blocks.
    let mut title_units: Vec<Vec<usize>> = Vec::new();
    let mut title_group_open = false;
    for (n, block) in blocks.iter().enumerate() {
        let seg_is_intertitle = n > first_body && n < last_body;
        if !matches!(block, Block::Headline(_)) || seg_is_intertitle {
            title_group_open = false;
        }
        match block {
            Block::Headline(units) if seg_is_intertitle => {
                for &p in units.iter().flatten() {
                    paragraphs.push(headline_text(&paras[p], lines));
                    body_lines.extend(paras[p].lines.iter().map(|&i| lines[i].no));
                }
            }
            Block::Body(ps) => {
                for &p in ps {
                    let para = &paras[p];
                    let once = para.lines.iter().map(|&i| &lines[i]).filter(|l| !l.copy);
                    paragraphs.push(join::join_lines(once.map(|l| l.running_text())));
                    for &i in &para.lines {
                        body_lines.push(lines[i].no);
                        if let LineKind::Text { credit: Some(c), .. } = &lines[i].kind {
                            credits.extend(c.iter().cloned());
                            credit_lines.push(lines[i].no);
                        }
                    }
                }
                if let (Some(&p), true) = (ps.first(), n == first_body) {
                    let dateline = dateline_credits_of(lines, &paras[p]);
                    if credits.is_empty() {
                        credits.extend(dateline);
                    }
                }
            }
            Block::Headline(units) if n + 1 == first_body && brief_title_above => {
                // A series of briefs: the title right above the first brief is that brief's; the
                // banner is the item's.
                let (brief, banner) = units.split_last().unwrap();
                if !banner.is_empty() && title_units.is_empty() {
                    title_units.extend(banner.iter().cloned());
                }
                for &p in brief {
                    paragraphs.push(headline_text(&paras[p], lines));
                    body_lines.extend(paras[p].lines.iter().map(|&i| lines[i].no));
                }
                title_lines.extend(banner.iter().flatten().flat_map(|&p| paras[p].lines.iter().map(|&i| lines[i].no)));
            }
            Block::Headline(units) => {
                let continues_group = n > 0
                    && (same_headline_group(&blocks[n - 1], block, lines, paras)
                        || kicker_set_after(&blocks[n - 1], block, lines, paras));
                if title_units.is_empty() || (title_group_open && continues_group) {
                    title_units.extend(units.iter().cloned());
                    title_group_open = true;
                } else {
                    title_group_open = false;
                }
                title_lines.extend(units.iter().flatten().flat_map(|&p| paras[p].lines.iter().map(|&i| lines[i].no)));
            }
            Block::Credit(p) => {
                title_group_open = false;
                let i = paras[*p].lines[0];
                if let LineKind::Credit(c) = &lines[i].kind {
                    credits.extend(c.iter().cloned());
                }
                credit_lines.push(lines[i].no);
            }
            Block::Furniture(_) => {}
        }
    }
    for block in blocks {
        let ps: Vec<usize> = match block {
            Block::Body(ps) => ps.clone(),
            Block::Headline(units) => units.iter().flatten().copied().collect(),
            Block::Credit(p) | Block::Furniture(p) => vec![*p],
        };
        all_lines.extend(ps.iter().flat_map(|&p| paras[p].lines.iter().map(|&i| lines[i].no)));
    }
    if !title_units.is_empty() {
        (kicker, title, subtitle) = headline_parts(&title_units, lines, paras);
    }
    all_lines.sort_unstable();
    body_lines.sort_unstable();
    title_lines.sort_unstable();
    credit_lines.sort_unstable();
    credit_lines.dedup();

    let photo = credits.iter().any(|c| credits::is_photo_role(&c.role));
    let kind = if photo {
        ItemKind::Photo
    } else if title.is_none() {
        ItemKind::Brief
    } else {
        ItemKind::Article
    };
    LaidItem {
        kind,
        title,
        kicker,
        subtitle,
        credits: merge_credits(credits),
        body: paragraphs.join("\n"),
        spans: to_spans(all_lines),
        body_spans: to_spans(body_lines),
        title_spans: to_spans(title_lines),
        credit_spans: to_spans(credit_lines),
    }
}

/// A headline paragraph as a line of body text (an intertitle, a brief's title in a series).
fn headline_text(para: &Para, lines: &[Line]) -> String {
    let once = para.lines.iter().map(|&i| &lines[i]).filter(|l| !l.copy);
    let cleaned: Vec<String> = once.map(|l| headline::clean_headline_line(l.text)).collect();
    headline::join_headline_lines(&cleaned)
}

/// Whether the item is a series of briefs or readers' letters with a banner (`财经短波`, `新闻速递`,
/// `建议`) as well as the first one's title: then the last unit of the headline block right above
/// the first brief is that brief's title.
fn first_brief_titled(blocks: &[Block], first_body: usize, last_body: usize, lines: &[Line], paras: &[Para]) -> bool {
    if first_body == usize::MAX || first_body == 0 {
        return false;
    }
    let body =
        blocks[first_body..=last_body].iter().filter_map(|s| if let Block::Body(ps) = s { Some(ps) } else { None });
    let signed =
        |s: &Block| matches!(s, Block::Credit(p) if credits::is_letter_signature(lines[paras[*p].lines[0]].text));
    let letters = blocks.iter().filter(|s| signed(s)).count() >= 2;
    if !letters && !is_brief_series(body.flatten().copied(), lines, paras) {
        return false;
    }
    let Block::Headline(units) = &blocks[first_body - 1] else { return false };
    // The banner: another unit of that block, or another headline before or after the series.
    let is_headline = |s: &Block| matches!(s, Block::Headline(_));
    units.len() > 1
        || blocks[..first_body - 1].iter().any(is_headline)
        || blocks[last_body + 1..].iter().any(is_headline)
}

/// Merges repeated roles (`通讯员` on two lines) keeping first-seen order.
pub(super) fn merge_credits(credits: Vec<Credit>) -> Vec<Credit> {
    let mut merged: Vec<Credit> = Vec::new();
    for credit in credits {
        match merged.iter_mut().find(|c| c.role == credit.role) {
            Some(c) => {
                for name in credit.names {
                    if !c.names.contains(&name) {
                        c.names.push(name);
                    }
                }
            }
            None => merged.push(credit),
        }
    }
    merged
}

/// A kicker ends on a dash, a speaker's colon, or the verb that reports a speech (`赵乐际在海南调研时
/// 强调`, `陈希在全国干部监督工作会议上指出`): what was said is the title under it.
fn ends_kicker(line: &str) -> bool {
    let reports_speech = ["强调", "指出"].iter().any(|v| line.ends_with(v)) && line.chars().count() >= 8;
    line.ends_with("——") || line.ends_with('：') || reports_speech
}

/// Kicker, title and subtitle of a headline group. Units are blocks of consecutive lines; a unit
/// opening with `——` is the subtitle, one ending with `——` the kicker; of the rest, the last is
/// the title and any before it the kicker (the order a page prints them in). Where some lines
/// are fake-bold (doubled) and others not, the bold ones are the title: plain lines before them
/// are the kicker and plain lines after them the subtitle.
pub(super) fn headline_parts(
    units: &[Vec<usize>],
    lines: &[Line],
    paras: &[Para],
) -> (Option<String>, Option<String>, Option<String>) {
    // Blocks of lines that belong to one part, each with whether its lines are bold.
    let mut texts: Vec<(Vec<String>, bool)> = Vec::new();
    for unit in units {
        // A line opening with —— inside a unit starts the subtitle; one ending with —— (or a
        // speaker's colon, `社区书记李春梅：`) ends a kicker; a line of dashes alone ends the line
        // above it; a change between bold and plain lines starts another part.
        let mut current: Vec<String> = Vec::new();
        let mut bold = false;
        let once: Vec<&Line> =
            unit.iter().flat_map(|&p| &paras[p].lines).map(|&i| &lines[i]).filter(|l| !l.copy).collect();
        let texts_of_unit: Vec<String> = once.iter().map(|l| headline::clean_headline_line(l.text)).collect();
        let size_changes = headline_sizes::size_changes(&texts_of_unit);
        for (k, (line, text)) in once.iter().zip(texts_of_unit).enumerate() {
            if is_wrapped_dash(&text) && !current.is_empty() {
                current.last_mut().unwrap().push_str(&text);
                if ends_kicker(current.last().unwrap()) {
                    texts.push((std::mem::take(&mut current), bold));
                }
                continue;
            }
            if !current.is_empty()
                && (opens_subtitle(&text)
                    || text.starts_with(BULLETS)
                    || line.doubled != bold
                    || (size_changes[k] && !line.doubled)
                    || headline_paras::ends_title_with_tag(&current.concat()))
            {
                texts.push((std::mem::take(&mut current), bold));
            }
            bold = line.doubled;
            let ends_kicker = ends_kicker(&text);
            current.push(text);
            if ends_kicker {
                texts.push((std::mem::take(&mut current), bold));
            }
        }
        if !current.is_empty() {
            texts.push((current, bold));
        }
    }
    let mixed = texts.iter().any(|(_, bold)| *bold) && texts.iter().any(|(_, bold)| !*bold);
    let bold_title = if mixed { texts.iter().rposition(|(_, bold)| *bold) } else { None };
    let mut kicker_parts = Vec::new();
    let mut subtitle_parts = Vec::new();
    let mut rest = Vec::new();
    for (i, (t, _)) in texts.iter().enumerate() {
        let joined = headline::join_headline_lines(t);
        // A bulleted point (`■我们将继续…`) is a summary under the title, never the title.
        if joined.starts_with('—') || joined.starts_with(BULLETS) || bold_title.is_some_and(|title| i > title) {
            subtitle_parts.push(joined);
        } else if ends_kicker(&joined) {
            kicker_parts.push(joined);
        } else {
            rest.push((joined, t.len()));
        }
    }
    // A part that ends on a column tag is the title whatever follows it (PDF frame order may set
    // the kicker after the title): the parts after it are its subtitle. Without a tag, the one
    // part that wraps is the title among parts in one line each: it is set in the largest size.
    let tagged = rest.iter().rposition(|(t, _)| headline_paras::ends_title_with_tag(t));
    let wrapped: Vec<usize> = rest.iter().enumerate().filter(|(_, (_, n))| *n > 1).map(|(i, _)| i).collect();
    let only_wrapped = (!mixed && wrapped.len() == 1).then(|| wrapped[0]);
    if let Some(at) = tagged.or(only_wrapped) {
        let after: Vec<String> = rest.drain(at + 1..).map(|(t, _)| t).collect();
        // PDF frame order sets some kickers after their tagged titles: a short plain line after
        // the tag is the kicker (49 kickers against 5 subtitles so on the training draws); a
        // long one, or one with figures (`1—8月，规上轻工企业利润总额同比增长9.79%`), the subtitle.
        let (kickers, subtitles): (Vec<String>, Vec<String>) =
            after.into_iter().partition(|t| tagged.is_some() && reads_as_kicker_after_tag(t));
        kicker_parts.extend(kickers);
        subtitle_parts.splice(0..0, subtitles);
    }
    let mut rest: Vec<String> = rest.into_iter().map(|(t, _)| t).collect();
    let title = rest.pop();
    kicker_parts.extend(rest);
    let kicker = (!kicker_parts.is_empty()).then(|| kicker_parts.join(" "));
    let subtitle = (!subtitle_parts.is_empty()).then(|| subtitle_parts.join(" "));
    (kicker, title, subtitle)
}
