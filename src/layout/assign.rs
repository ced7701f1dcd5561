//! Which headlines and credits belong to which body: evidence, item scores and the dynamic
//! programming over the gaps between bodies (cut, or join across intertitles).

use super::affinity::Affinity;
use super::lines::*;
use super::paragraphs::*;
use super::segments::*;
use crate::credits;
use crate::headline;
use crate::join;

/// What an item is made of: the segments before its body, the body, the segments after.
pub(super) struct Assembly<'s> {
    pub(super) prefix: &'s [Seg],
    /// From the first body to the last, with any intertitles between.
    pub(super) body: &'s [Seg],
    pub(super) suffix: &'s [Seg],
    /// Index of the first prefix segment in the page's segments.
    pub(super) at: usize,
}

impl Assembly<'_> {
    pub(super) fn body_paras(&self) -> impl Iterator<Item = usize> + '_ {
        self.body.iter().filter_map(|s| if let Seg::Body(ps) = s { Some(ps) } else { None }).flatten().copied()
    }
}

pub(super) struct Evidence {
    pub(super) headlines: usize,
    pub(super) bylines: usize,
    pub(super) photo_credits: usize,
    pub(super) headline_after: bool,
    pub(super) headline_before: bool,
    /// Headline groups of two or more blocks and three or more lines with no `——` marking a
    /// kicker or subtitle: a headline is a kicker and a title, so the third line is more likely a
    /// neighbour's.
    pub(super) crowded_headlines: usize,
}

pub(super) fn evidence(a: &Assembly, lines: &[Line], paras: &[Para]) -> Evidence {
    let mut e = Evidence {
        headlines: 0,
        bylines: 0,
        photo_credits: 0,
        headline_after: false,
        headline_before: false,
        crowded_headlines: 0,
    };
    for (segs, after) in [(a.prefix, false), (a.suffix, true)] {
        let mut previous: Option<&Seg> = None;
        let (mut blocks, mut group_lines, mut marked, mut crowded) = (0, 0, false, false);
        for seg in segs {
            let is_headline = matches!(seg, Seg::Headline(_));
            let starts_group = is_headline && !previous.is_some_and(|p| same_headline_group(p, seg, lines, paras));
            previous = Some(seg);
            if starts_group {
                (blocks, group_lines, marked, crowded) = (0, 0, false, false);
            }
            if is_headline {
                let (first, last) = seg_bounds(seg, paras);
                blocks += 1;
                group_lines += last + 1 - first;
                marked |= has_dash_marker(&lines[first..=last]);
                if !crowded && !marked && blocks >= 2 && group_lines >= 3 {
                    crowded = true;
                    e.crowded_headlines += 1;
                }
            }
            match seg {
                Seg::Headline(_) if !starts_group => {}
                Seg::Headline(_) => {
                    e.headlines += 1;
                    if after {
                        e.headline_after = true
                    } else {
                        e.headline_before = true
                    }
                }
                Seg::Credit(p) => {
                    if let LineKind::Credit(credits) = &lines[paras[*p].lines[0]].kind {
                        if credits.iter().any(|c| credits::is_photo_role(&c.role)) {
                            e.photo_credits += 1;
                        } else if credits.iter().all(|c| credits::is_layout_role(&c.role)) {
                            // neither a byline nor a photo credit
                        } else {
                            e.bylines += 1;
                        }
                    }
                }
                _ => {}
            }
        }
    }
    if a.body_paras().any(|p| ends_with_photo_credit(lines, &paras[p])) {
        e.photo_credits += 1;
    }
    if let Some(first) = a.body_paras().next() {
        if !dateline_credits_of(lines, &paras[first]).is_empty() {
            e.bylines += 1;
        }
    }
    e
}

/// An article gives its dateline at the start (`本报北京2月9日电`) or in a note at the end
/// (`（本报某地3月2日电）`), never both (none of the People's Daily gold articles does): a body
/// with both is two articles.
fn opens_and_closes_with_dateline(a: &Assembly, lines: &[Line], paras: &[Para]) -> bool {
    let mut opens = false;
    for p in a.body_paras() {
        let para = &paras[p];
        if opens && is_closing_dateline(lines, para) {
            return true;
        }
        opens |= opens_with_dateline(lines, para);
    }
    false
}

/// Whether a headline's lines have one starting or ending with a dash (a subtitle or kicker).
fn has_dash_marker(headline: &[Line]) -> bool {
    headline.iter().any(|l| l.text.starts_with('—') || l.text.ends_with("——"))
}

/// Whether an item's body has fewer than `limit` characters. Counting stops at the limit: the
/// DP asks this of every candidate item, and whole bodies are long.
pub(super) fn body_shorter_than(a: &Assembly, lines: &[Line], paras: &[Para], limit: usize) -> bool {
    let mut chars = 0;
    for &i in a.body_paras().flat_map(|p| &paras[p].lines) {
        chars += lines[i].running_text().chars().count();
        if chars >= limit {
            return false;
        }
    }
    true
}

/// What an item loses for a headline that shares all its bigrams with the body on its other side
/// and none with its own. A comparison of the two sides, not a reward for matching: intertitles
/// match their sections too, and a reward would cut articles at them.
const AFFINITY: f32 = 5.0;

/// How plausible an item is; `orientation` > 0 favours headlines after their body (as on pages
/// whose PDF text puts them there), < 0 before.
pub(super) fn score(a: &Assembly, lines: &[Line], paras: &[Para], affinity: &Affinity, orientation: f32) -> f32 {
    let e = evidence(a, lines, paras);
    let mut s = 0.0;
    let photo = e.photo_credits > 0;
    // A series of briefs has the banner and its first brief's title around it (`新闻速递` after
    // the series, the first title before it).
    let series = is_brief_series(a.body_paras(), lines, paras);
    let headlines = if series && e.headlines >= 2 { e.headlines - 1 } else { e.headlines };
    match headlines {
        0 if photo => s -= 1.0,
        0 if body_shorter_than(a, lines, paras, 80) => s -= 1.5,
        0 => s -= 3.0,
        1 => {}
        n => s -= 6.0 * (n - 1) as f32,
    }
    if e.bylines > 1 {
        s -= 6.0 * (e.bylines - 1) as f32;
    }
    if e.photo_credits > 1 {
        s -= 6.0 * (e.photo_credits - 1) as f32;
    }
    if photo && e.bylines > 0 {
        s -= 3.0;
    }
    s -= 0.3 * e.crowded_headlines as f32;
    if opens_and_closes_with_dateline(a, lines, paras) {
        s -= 6.0;
    }
    // A headline shares words with its own body, seldom with a neighbour's: one that shares more
    // with the body on its other side is probably that body's.
    let body_end = a.at + a.prefix.len() + a.body.len();
    for i in a.at..a.at + a.prefix.len() {
        s -= AFFINITY * (-affinity.lean(i)).max(0.0);
    }
    for i in body_end..body_end + a.suffix.len() {
        s -= AFFINITY * affinity.lean(i).max(0.0);
    }
    if e.headline_after {
        s += orientation;
    }
    if e.headline_before {
        s -= orientation;
    }
    // A headline sits tight against its own body more often than against a neighbour's.
    let (Some(first_seg), Some(last_seg)) = (a.body.first(), a.body.last()) else { return s };
    let (body_first, body_last) = (seg_bounds(first_seg, paras).0, seg_bounds(last_seg, paras).1);
    if let Some(h) = a.prefix.iter().rev().find(|seg| matches!(seg, Seg::Headline(_))) {
        let h_last = seg_bounds(h, paras).1;
        if lines[body_first].no > lines[h_last].no + 1 && !a.prefix.iter().any(|seg| matches!(seg, Seg::Credit(_))) {
            s -= 0.4;
        }
    }
    if let Some(h) = a.suffix.iter().find(|seg| matches!(seg, Seg::Headline(_))) {
        let h_first = seg_bounds(h, paras).0;
        if lines[h_first].no > lines[body_last].no + 1 {
            s -= 0.4;
        }
    }
    // Layout credits (制图, 版式) close an article.
    if a.prefix.iter().any(|seg| is_layout_credit(seg, lines, paras)) {
        s -= 1.0;
    }
    // A byline sits under its headline or over its body, not over its headline: one above the
    // headline is the article's above (set after that one's headline).
    let first_headline = a.prefix.iter().position(|seg| matches!(seg, Seg::Headline(_)));
    if first_headline.is_some_and(|h| {
        a.prefix[..h].iter().any(|seg| matches!(seg, Seg::Credit(_)) && !is_layout_credit(seg, lines, paras))
    }) {
        s -= 1.0;
    }
    // A write-up credit (`本报记者 王五整理`) closes the told story above it.
    if a.prefix.iter().any(|seg| is_writeup_credit(seg, lines, paras)) {
        s -= 1.0;
    }
    // A photo credit sits after its caption, not before it.
    if a.prefix.iter().any(|seg| is_photo_credit(seg, lines, paras)) {
        s -= 2.0;
    }
    s
}

/// Whether a segment is a credit line all (or any) of whose roles pass `role_test`.
pub(super) fn credit_seg_has(
    seg: &Seg,
    lines: &[Line],
    paras: &[Para],
    all: bool,
    role_test: fn(&str) -> bool,
) -> bool {
    let Seg::Credit(p) = seg else { return false };
    let LineKind::Credit(credits) = &lines[paras[*p].lines[0]].kind else { return false };
    if all {
        credits.iter().all(|c| role_test(&c.role))
    } else {
        credits.iter().any(|c| role_test(&c.role))
    }
}

pub(super) fn is_layout_credit(seg: &Seg, lines: &[Line], paras: &[Para]) -> bool {
    credit_seg_has(seg, lines, paras, true, credits::is_layout_role)
}

pub(super) fn is_photo_credit(seg: &Seg, lines: &[Line], paras: &[Para]) -> bool {
    credit_seg_has(seg, lines, paras, false, credits::is_photo_role)
}

/// A reporter's write-up credit under a told story (`本报记者 王五整理`).
fn is_writeup_credit(seg: &Seg, lines: &[Line], paras: &[Para]) -> bool {
    matches!(seg, Seg::Credit(p) if lines[paras[*p].lines[0]].text.ends_with("整理"))
}

/// How plausible it is that the segments of a gap between two bodies are intertitles inside one
/// article (小标题) rather than a boundary between articles.
pub(super) fn intertitle_score(
    gap: &[Seg],
    before: &Seg,
    after: &Seg,
    lines: &[Line],
    paras: &[Para],
    hard: bool,
) -> f32 {
    if hard {
        return f32::NEG_INFINITY; // a page header ends an article
    }
    if gap.is_empty() {
        return soft_break_cost(before, after, lines, paras);
    }
    let (Seg::Body(b), Seg::Body(a)) = (before, after) else { return f32::NEG_INFINITY };
    let last_para = &paras[*b.last().unwrap()];
    let last_before = *last_para.lines.last().unwrap();
    let first_after = paras[a[0]].lines[0];
    // Readers' letters under one banner (`建议`), each signed with the writer's place and name,
    // are read as one item, each letter under its own title; a banner is a short column name
    // (`身边事`), a letter's title says more.
    if let [Seg::Credit(c), Seg::Headline(units)] = gap {
        let title_chars: usize =
            units.iter().flatten().flat_map(|&p| &paras[p].lines).map(|&i| lines[i].text.chars().count()).sum();
        if units.len() == 1 && title_chars >= 5 && credits::is_letter_signature(lines[paras[*c].lines[0]].text) {
            return SERIES_JOIN;
        }
    }
    // Told stories (`…村民张三讲述` / `本报记者 王五整理`) are sections of one article, each under
    // its own title.
    if let [credit, Seg::Headline(units)] = gap {
        let told = lines[last_before].text.ends_with("讲述");
        // A section's title is one line; a kicker and title over the next body are an article's.
        let one_line = matches!(units.as_slice(), [unit] if unit.len() == 1 && paras[unit[0]].lines.len() == 1);
        if told && one_line && is_writeup_credit(credit, lines, paras) {
            return TOLD_STORY_JOIN;
        }
    }
    // Without evidence a heading between bodies is a headline: merging must be earned.
    let mut s = -0.25;
    // Two short phrases on lines of their own (`办事少跑腿` / `证照送到家`) are one intertitle
    // set in two lines; more is a headline block.
    let short_line = |seg: &Seg| {
        let Seg::Headline(units) = seg else { return false };
        let (first, last) = seg_bounds(seg, paras);
        let text = lines[first].text;
        units.len() == 1 && first == last && text.chars().count() <= 8 && !text.contains(['（', '）'])
    };
    if gap.len() == 2 && gap.iter().all(short_line) {
        s -= 1.0;
    } else if gap.len() > 1 {
        s -= 3.0;
    }
    for seg in gap {
        let Seg::Headline(units) = seg else { return f32::NEG_INFINITY };
        let texts: Vec<&str> = units.iter().flatten().flat_map(|&p| &paras[p].lines).map(|&i| lines[i].text).collect();
        // Kickers (`…——`), subtitles (`——…`) and column tags (`（今日谈）`) belong to headlines.
        if texts.iter().any(|t| t.starts_with('—') || t.ends_with("——")) {
            return f32::NEG_INFINITY;
        }
        if texts.last().is_some_and(|t| t.ends_with('）')) {
            s -= 3.0;
        }
        // A heading wrapped at the body's column width is set in the column: an intertitle.
        // Headlines span columns and break where their phrases do.
        let column = local_column_of(lines, seg_bounds(before, paras).1, true);
        let widths: Vec<f32> = texts.iter().map(|t| join::width(&headline::clean_headline_line(t))).collect();
        let wrapped =
            widths.len() >= 2 && widths[..widths.len() - 1].iter().all(|w| (column - 2.5..=column + 1.0).contains(w));
        if wrapped {
            s += 2.5;
        } else if texts.len() > 2 {
            s -= 2.0;
        }
        if units.len() > 1 {
            s -= 3.0;
        }
        for &p in units.iter().flatten() {
            let line = &lines[paras[p].lines[0]];
            if line.doubled {
                s -= 4.0; // fake bold marks headlines
            }
        }
        let chars: usize =
            units.iter().flatten().flat_map(|&p| &paras[p].lines).map(|&i| lines[i].text.chars().count()).sum();
        if chars > 24 && !wrapped {
            s -= 2.0;
        } else if chars > 16 && texts.len() >= 2 && !wrapped {
            s -= 1.0; // intertitles are short phrases (`找房有推荐 / 在家能签约`)
        }
        // Numbered sections (`一、`, `（二）`, `3.`) are intertitles.
        let first_text = lines[paras[units[0][0]].lines[0]].text;
        if is_numbered_heading(first_text) {
            s += 3.0;
        }
    }
    // Briefs in a series under one banner (`财经短波`) each close with the writer's name
    // (`（林 一）`) and open with a bare `本报电`: the series is read as one item, the briefs'
    // titles inside it.
    if gap.len() == 1 && closes_with_writer_name(lines, last_para) && opens_series_brief(lines[first_after].text) {
        return SERIES_JOIN;
    }
    if opens_article(lines[first_after].text) || is_closing_note(lines, last_para) {
        return f32::NEG_INFINITY;
    }
    // A list of bullet points (`◆`, `●`) is the section under a heading, not an article's start.
    if lines[first_after].text.trim_start().starts_with(['◆', '●']) {
        s += 2.0;
    }
    // The same column width on both sides suggests the same article (unwrapped text tells nothing).
    let (ca, cb) = (local_column_of(lines, last_before, true), local_column_of(lines, first_after, false));
    if ca.max(cb) < 30.0 {
        s += if (ca - cb).abs() <= 0.75 { 1.0 } else { -0.5 };
    }
    // Intertitles sit tight between paragraphs; articles are usually set apart by blank lines.
    let (first_gap, last_gap) =
        (lines[seg_bounds(&gap[0], paras).0].no, lines[seg_bounds(&gap[gap.len() - 1], paras).1].no);
    let blank_before = first_gap > lines[last_before].no + 1;
    let blank_after = lines[first_after].no > last_gap + 1;
    s + match (blank_before, blank_after) {
        (false, false) => 1.5,
        (true, true) => -0.5,
        _ => 0.0,
    }
}

/// What joining two bodies across a weak break (one blank line, the column width changes) is worth:
/// less than the penalty for an item with two headlines.
const WEAK_BREAK_JOIN: f32 = 2.0;
/// Joining two paragraphs with no break between them (parted only for a photo credit below).
const UNBROKEN_JOIN: f32 = 3.0;
/// Reading a dateline as the second story of one brief rather than a new article.
const DATELINE_JOIN: f32 = -2.5;

/// Reading the next told story under its title as a section of the same article.
const TOLD_STORY_JOIN: f32 = 1.0;
/// Reading the next brief of a series under one banner as part of it.
const SERIES_JOIN: f32 = 1.0;

/// The cost of reading a soft break between two bodies as one article after all; a dateline or a
/// photo credit is a hard break.
pub(super) fn soft_break_cost(before: &Seg, after: &Seg, lines: &[Line], paras: &[Para]) -> f32 {
    let (Seg::Body(b), Seg::Body(a)) = (before, after) else { return f32::NEG_INFINITY };
    let (pb, pa) = (&paras[*b.last().unwrap()], &paras[a[0]]);
    if ends_with_photo_credit(lines, pb) || is_body_label(lines[pa.lines[0]].text) {
        return f32::NEG_INFINITY;
    }
    // A dateline opens an article, or a second story of a brief that reports from two places.
    if credits::is_dateline_start(lines[pa.lines[0]].text) {
        return DATELINE_JOIN;
    }
    if !soft_break(lines, pb, pa) {
        // No break at all: the two were parted only so that a caption may go to the photo credit
        // below it. Together, unless the evidence says otherwise, more firmly than across a break.
        if !weak_break(lines, pb, pa) {
            // Parted where two headlines' words meet: as weak as a change of column.
            let join = if pa.parted_by_words { WEAK_BREAK_JOIN } else { UNBROKEN_JOIN };
            // Where a run was parted at several paragraph ends (between two datelines), the
            // column's width changing a little marks the likelier end of an article.
            let (last, first) = (*pb.lines.last().unwrap(), pa.lines[0]);
            if lines[first].no == lines[last].no + 2 {
                let drift = (local_column_of(lines, last, true) - local_column_of(lines, first, false)).abs();
                return join - 0.5 * drift.min(2.0);
            }
            return join;
        }
        // A weak break: one article unless its headlines say otherwise; less surely so when the
        // two paragraphs are set at very different widths (an article's column, then a caption
        // across a photo).
        let widest = |p: &Para| p.lines.iter().map(|&i| lines[i].width).fold(0.0, f32::max);
        let (wb, wa) = (widest(pb), widest(pa));
        return if wb.max(wa) > 2.0 * wb.min(wa) { WEAK_BREAK_JOIN - 0.5 } else { WEAK_BREAK_JOIN };
    }
    let last = *pb.lines.last().unwrap();
    let first = pa.lines[0];
    let mut cost = -0.5;
    if lines[first].no - lines[last].no > 2 {
        cost -= 1.0;
    }
    if column_changes(lines, last, first) {
        cost -= 1.5;
    }
    if is_closing_note(lines, pb) {
        cost -= 2.5;
    }
    cost
}

/// Groups the page's segments into items. An item is one or more bodies (joined by intertitles)
/// with the headlines and credits around them. Each gap between bodies is either cut (its first
/// `c` segments go to the item before) or internal. Dynamic programming over bodies: the best
/// total for bodies `0..=k` with gap `k` cut at `c`.
pub(super) fn choose_items(
    segs: &[Seg],
    bodies: &[usize],
    hard: &[bool],
    lines: &[Line],
    paras: &[Para],
    affinity: &Affinity,
    orientation: f32,
) -> Vec<(usize, usize)> {
    const MAX_BODIES_PER_ITEM: usize = 24;
    let n = bodies.len();
    // The segments after body k up to the next body (or the end).
    let gap_end = |k: usize| if k + 1 < n { bodies[k + 1] } else { segs.len() };
    let cuts_of = |k: usize| {
        if k + 1 < n {
            0..=gap_end(k) - bodies[k] - 1
        } else {
            let all = segs.len() - bodies[k] - 1;
            all..=all
        }
    };
    let internal = |k: usize| -> f32 {
        intertitle_score(
            &segs[bodies[k] + 1..bodies[k + 1]],
            &segs[bodies[k]],
            &segs[bodies[k + 1]],
            lines,
            paras,
            hard[bodies[k] + 1..=bodies[k + 1]].iter().any(|&h| h),
        )
    };
    let internal_scores: Vec<f32> = (0..n.saturating_sub(1)).map(internal).collect();

    // best[k][c] and how it was reached: (first body j of the last item, cut of gap j-1).
    let mut best: Vec<Vec<f32>> = Vec::with_capacity(n);
    let mut back: Vec<Vec<(usize, usize)>> = Vec::with_capacity(n);
    for k in 0..n {
        let mut row = Vec::new();
        let mut brow = Vec::new();
        // A page header between two bodies is where one article ends and the next begins.
        let forced_cut = if k + 1 < n { (bodies[k] + 1..=bodies[k + 1]).position(|i| hard[i]) } else { None };
        for c in cuts_of(k) {
            if forced_cut.is_some_and(|r| r != c) {
                row.push(f32::NEG_INFINITY);
                brow.push((k, 0));
                continue;
            }
            let suffix_to = bodies[k] + 1 + c;
            let (mut top, mut arg) = (f32::NEG_INFINITY, (k, 0));
            let mut inner = 0.0; // sum of internal gap scores j..k-1
            for j in (k.saturating_sub(MAX_BODIES_PER_ITEM - 1)..=k).rev() {
                if j < k {
                    inner += internal_scores[j];
                    if inner == f32::NEG_INFINITY {
                        break;
                    }
                }
                let starts: Vec<(usize, f32)> = if j == 0 {
                    vec![(0, 0.0)]
                } else {
                    best[j - 1].iter().enumerate().map(|(pc, v)| (bodies[j - 1] + 1 + pc, *v)).collect()
                };
                for (pc, (prefix_from, prev)) in starts.into_iter().enumerate() {
                    if prev == f32::NEG_INFINITY {
                        continue;
                    }
                    let a = Assembly {
                        prefix: &segs[prefix_from..bodies[j]],
                        body: &segs[bodies[j]..=bodies[k]],
                        suffix: &segs[bodies[k] + 1..suffix_to],
                        at: prefix_from,
                    };
                    let total = prev + inner + score(&a, lines, paras, affinity, orientation);
                    if total > top {
                        (top, arg) = (total, (j, pc));
                    }
                }
            }
            row.push(top);
            brow.push(arg);
        }
        best.push(row);
        back.push(brow);
    }
    // Walk back: item ranges as (first segment, end segment).
    let mut items = Vec::new();
    let mut k = n - 1;
    let mut c = 0; // the last gap has a single choice
    loop {
        let (j, pc) = back[k][c];
        let start = if j == 0 { 0 } else { bodies[j - 1] + 1 + pc };
        let end = bodies[k] + 1 + cuts_of(k).start() + c;
        items.push((start, end));
        if j == 0 {
            break;
        }
        k = j - 1;
        c = pc;
    }
    items.reverse();
    items
}

/// Sets a page's banner apart: a headline over the layout credit (`版式设计：…`) in front of an
/// article that has a headline of its own (further on, or after its body) is the page's banner, an
/// item of its own with no body (the gold reads it so), not a second headline of the article.
pub(super) fn part_banners(
    items: Vec<(usize, usize)>,
    segs: &[Seg],
    lines: &[Line],
    paras: &[Para],
) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(items.len());
    for (start, end) in items {
        let item = &segs[start..end];
        let Some((first_body, last_body)) = body_range(item) else {
            out.push((start, end));
            continue;
        };
        let prefix = &item[..first_body];
        // The article's own headline: further on in front of its body, or after it.
        let headline_after = item[last_body + 1..].iter().any(|s| matches!(s, Seg::Headline(_)));
        let banner_end = (1..prefix.len()).find(|&k| {
            matches!(prefix[k - 1], Seg::Headline(_))
                && is_layout_credit(&prefix[k], lines, paras)
                && (headline_after || prefix[k + 1..].iter().any(|s| matches!(s, Seg::Headline(_))))
        });
        match banner_end {
            Some(k) => {
                out.push((start, start + k + 1));
                out.push((start + k + 1, end));
            }
            None => out.push((start, end)),
        }
    }
    out
}

pub(super) fn count_orientation(
    segs: &[Seg],
    items: &[(usize, usize)],
    lines: &[Line],
    paras: &[Para],
) -> (usize, usize) {
    let (mut after, mut before) = (0, 0);
    for &(start, end) in items {
        let item = &segs[start..end];
        let Some((first, last)) = body_range(item) else { continue };
        let a = Assembly { prefix: &item[..first], body: &item[first..=last], suffix: &item[last + 1..], at: start };
        let e = evidence(&a, lines, paras);
        after += e.headline_after as usize;
        before += e.headline_before as usize;
    }
    (after, before)
}
