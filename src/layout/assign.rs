//! Which headlines and credits belong to which body: evidence, item scores and the dynamic
//! programming over the gaps between bodies (cut, or join across intertitles).

use super::affinity::Affinity;
use super::blocks::*;
use super::cues::credits;
use super::cues::headline;
use super::cues::join;
use super::cues::marks::*;
use super::evidence::*;
use super::lines::*;
use super::paragraphs::*;
use super::weights::*;

/// What the item score reads besides the item: the headlines' word leans, the page's prior
/// (`orientation` > 0 favours headlines after their body, as on pages whose PDF text puts them
/// there; < 0 before) and the weights.
pub(super) struct Scoring<'a> {
    pub affinity: &'a Affinity,
    pub orientation: f32,
    pub weights: &'a Weights,
    /// The text is tight ([`super::tight::is_tight`]): no blank lines anywhere, so none between
    /// two bodies says nothing.
    pub tight: bool,
}

/// How plausible an item is.
/// `body` is [`BodyEvidence::of`] `a`.
pub(super) fn score(a: &Assembly, body: &BodyEvidence, lines: &[Line], paras: &[Para], scoring: &Scoring) -> f32 {
    let Scoring { affinity, orientation, weights: w, .. } = *scoring;
    let e = evidence_with(a, body, lines, paras);
    let mut s = 0.0;
    let photo = e.photo_credits > 0;
    // A series of briefs has the banner and its first brief's title around it (`新闻速递` after
    // the series, the first title before it).
    let headlines = if body.series && e.headlines >= 2 { e.headlines - 1 } else { e.headlines };
    match headlines {
        0 if photo => s += w.no_headline_photo,
        0 if body.short => s += w.no_headline_short,
        0 => s += w.no_headline,
        1 => {}
        n => s += w.extra_headline * (n - 1) as f32,
    }
    if e.bylines > 1 {
        s += w.extra_byline * (e.bylines - 1) as f32;
    }
    if e.photo_credits > 1 {
        s += w.extra_photo_credit * (e.photo_credits - 1) as f32;
    }
    if photo && e.bylines > 0 {
        s += w.photo_with_byline;
    }
    s += w.crowded_headlines * e.crowded_headlines as f32;
    if body.two_datelines {
        s += w.two_datelines;
    }
    // A headline shares words with its own body, seldom with a neighbour's: one that shares more
    // with the body on its other side is probably that body's.
    let body_end = a.at + a.prefix.len() + a.body.len();
    for i in a.at..a.at + a.prefix.len() {
        s -= w.affinity * (-affinity.lean(i)).max(0.0);
    }
    for i in body_end..body_end + a.suffix.len() {
        s -= w.affinity * affinity.lean(i).max(0.0);
    }
    if e.headline_after {
        s += orientation;
    }
    if e.headline_before {
        s -= orientation;
    }
    // A headline sits tight against its own body more often than against a neighbour's.
    let (Some(first_block), Some(last_block)) = (a.body.first(), a.body.last()) else { return s };
    let (body_first, body_last) = (block_bounds(first_block, paras).0, block_bounds(last_block, paras).1);
    if let Some(h) = a.prefix.iter().rev().find(|block| matches!(block, Block::Headline(_))) {
        let h_last = block_bounds(h, paras).1;
        if lines[body_first].no > lines[h_last].no + 1
            && !a.prefix.iter().any(|block| matches!(block, Block::Credit(_)))
        {
            s += w.headline_set_apart;
        }
    }
    if let Some(h) = a.suffix.iter().find(|block| matches!(block, Block::Headline(_))) {
        let h_first = block_bounds(h, paras).0;
        if lines[h_first].no > lines[body_last].no + 1 {
            s += w.headline_set_apart;
        }
    }
    // Layout credits (制图, 版式) close an article.
    if a.prefix.iter().any(|block| is_layout_credit(block, lines, paras)) {
        s += w.layout_credit_before;
    }
    // A byline sits under its headline or over its body, not over its headline: one above the
    // headline is the article's above (set after that one's headline).
    let first_headline = a.prefix.iter().position(|block| matches!(block, Block::Headline(_)));
    if first_headline.is_some_and(|h| {
        a.prefix[..h].iter().any(|block| matches!(block, Block::Credit(_)) && !is_layout_credit(block, lines, paras))
    }) {
        s += w.byline_over_headline;
    }
    // A write-up credit (`本报记者 王五整理`) closes the told story above it.
    if a.prefix.iter().any(|block| is_writeup_credit(block, lines, paras)) {
        s += w.writeup_credit_before;
    }
    // A photo credit sits after its caption, not before it.
    if a.prefix.iter().any(|block| is_photo_credit(block, lines, paras)) {
        s += w.photo_credit_before;
    }
    if !photo && !body.photo_credit && a.prefix.iter().chain(a.suffix).any(|block| labels_photo(block, lines, paras)) {
        s += w.photo_label_without_photo;
    }
    s
}

/// A headline that only labels a photo (`图片报道`).
fn labels_photo(block: &Block, lines: &[Line], paras: &[Para]) -> bool {
    let Block::Headline(units) = block else { return false };
    let (first, last) = block_bounds(block, paras);
    units.len() == 1 && first == last && is_photo_label(lines[first].text)
}

/// How plausible it is that the blocks of a gap between two bodies are intertitles inside one
/// article (小标题) rather than a boundary between articles.
pub(super) fn intertitle_score(
    gap: &[Block],
    before: &Block,
    after: &Block,
    lines: &[Line],
    paras: &[Para],
    hard: bool,
    scoring: &Scoring,
) -> f32 {
    let Scoring { weights: w, tight, .. } = *scoring;
    if hard {
        return f32::NEG_INFINITY; // a page header ends an article
    }
    if gap.is_empty() {
        return soft_break_cost(before, after, lines, paras, w);
    }
    let (Block::Body(b), Block::Body(a)) = (before, after) else { return f32::NEG_INFINITY };
    let last_para = &paras[*b.last().unwrap()];
    let last_before = *last_para.lines.last().unwrap();
    let first_after = paras[a[0]].lines[0];
    // Readers' letters under one banner (`建议`), each signed with the writer's place and name,
    // are read as one item, each letter under its own title; a banner is a short column name
    // (`身边事`), a letter's title says more.
    if let [Block::Credit(c), Block::Headline(units)] = gap {
        let title_chars: usize =
            units.iter().flatten().flat_map(|&p| &paras[p].lines).map(|&i| lines[i].text.chars().count()).sum();
        if units.len() == 1 && title_chars >= 5 && credits::is_letter_signature(lines[paras[*c].lines[0]].text) {
            return w.series_join;
        }
    }
    // Told stories (`…村民张三讲述` / `本报记者 王五整理`) are sections of one article, each under
    // its own title.
    if let [credit, Block::Headline(units)] = gap {
        let told = lines[last_before].text.ends_with("讲述");
        // A section's title is one line; a kicker and title over the next body are an article's.
        let one_line = matches!(units.as_slice(), [unit] if unit.len() == 1 && paras[unit[0]].lines.len() == 1);
        if told && one_line && is_writeup_credit(credit, lines, paras) {
            return w.told_story_join;
        }
    }
    // Without evidence a heading between bodies is a headline: merging must be earned.
    let mut s = w.intertitle_prior;
    // Two short phrases on lines of their own (`办事少跑腿` / `证照送到家`) are one intertitle
    // set in two lines; more is a headline block.
    let short_line = |block: &Block| {
        let Block::Headline(units) = block else { return false };
        let (first, last) = block_bounds(block, paras);
        let text = lines[first].text;
        units.len() == 1 && first == last && text.chars().count() <= 8 && !text.contains(['（', '）'])
    };
    if gap.len() == 2 && gap.iter().all(short_line) {
        s += w.two_short_lines;
    } else if gap.len() > 1 {
        s += w.several_blocks;
    }
    for block in gap {
        let Block::Headline(units) = block else { return f32::NEG_INFINITY };
        // A photo's label heads its photo, never a section of an article.
        if labels_photo(block, lines, paras) {
            return f32::NEG_INFINITY;
        }
        let texts: Vec<&str> = units.iter().flatten().flat_map(|&p| &paras[p].lines).map(|&i| lines[i].text).collect();
        // Kickers (`…——`), subtitles (`——…`) and column tags (`（今日谈）`) belong to headlines.
        if texts.iter().any(|t| t.starts_with('—') || t.ends_with("——")) {
            return f32::NEG_INFINITY;
        }
        if texts.last().is_some_and(|t| t.ends_with('）')) {
            s += w.ends_with_bracket;
        }
        // A heading wrapped at the body's column width is set in the column: an intertitle.
        // Headlines span columns and break where their phrases do.
        let column = local_column_of(lines, block_bounds(before, paras).1, true);
        let widths: Vec<f32> = texts.iter().map(|t| join::width(&headline::clean_headline_line(t))).collect();
        let wrapped = widths.len() >= 2
            && widths[..widths.len() - 1].iter().all(|w| (column - WRAP_NARROWER..=column + WRAP_WIDER).contains(w));
        if wrapped {
            s += w.wrapped_at_column;
        } else if texts.len() > 2 {
            s += w.many_lines;
        }
        if units.len() > 1 {
            s += w.several_units;
        }
        for &p in units.iter().flatten() {
            let line = &lines[paras[p].lines[0]];
            if line.doubled {
                s += w.fake_bold;
            }
        }
        let chars: usize =
            units.iter().flatten().flat_map(|&p| &paras[p].lines).map(|&i| lines[i].text.chars().count()).sum();
        if chars > LONG_HEADING_CHARS && !wrapped {
            s += w.long_heading;
        } else if chars > MIDDLE_HEADING_CHARS && texts.len() >= 2 && !wrapped {
            s += w.middle_heading; // intertitles are short phrases (`找房有推荐 / 在家能签约`)
        }
        // Numbered sections (`一、`, `（二）`, `3.`) are intertitles.
        let first_text = lines[paras[units[0][0]].lines[0]].text;
        if is_numbered_heading(first_text) {
            s += w.numbered_heading;
        }
    }
    // Briefs in a series under one banner (`财经短波`) each close with the writer's name
    // (`（林 一）`) and open with a bare `本报电`: the series is read as one item, the briefs'
    // titles inside it.
    if gap.len() == 1 && closes_with_writer_name(lines, last_para) && opens_series_brief(lines[first_after].text) {
        return w.series_join;
    }
    if opens_article(lines[first_after].text) || is_closing_note(lines, last_para) {
        return f32::NEG_INFINITY;
    }
    // A list of bullet points (`◆`, `●`) is the section under a heading, not an article's start.
    if lines[first_after].text.trim_start().starts_with(['◆', '●']) {
        s += w.bullets_after;
    }
    // The same column width on both sides suggests the same article (unwrapped text tells nothing).
    let (ca, cb) = (local_column_of(lines, last_before, true), local_column_of(lines, first_after, false));
    if ca.max(cb) < NARROW_COLUMN {
        s += if (ca - cb).abs() <= SAME_COLUMN_TOLERANCE { w.same_column } else { w.other_column };
    }
    // Intertitles sit tight between paragraphs; articles are usually set apart by blank lines
    // (where the text has any).
    if tight {
        return s + w.gap_in_tight_text;
    }
    let (first_gap, last_gap) =
        (lines[block_bounds(&gap[0], paras).0].no, lines[block_bounds(&gap[gap.len() - 1], paras).1].no);
    let blank_before = first_gap > lines[last_before].no + 1;
    let blank_after = lines[first_after].no > last_gap + 1;
    s + match (blank_before, blank_after) {
        (false, false) => w.tight_both_sides,
        (true, true) => w.apart_both_sides,
        _ => 0.0,
    }
}

/// The length in characters of a gap that is one short heading on one line, of ideographs
/// and spaces only (`问题导向找症结`, `湖南长沙`); `None` for any other gap.
pub(super) fn short_heading(gap: &[Block], lines: &[Line], paras: &[Para]) -> Option<usize> {
    let [Block::Headline(units)] = gap else { return None };
    let [unit] = units.as_slice() else { return None };
    let [p] = unit.as_slice() else { return None };
    let [i] = paras[*p].lines.as_slice() else { return None };
    let text = lines[*i].text.trim();
    let len = text.chars().filter(|c| !c.is_whitespace()).count();
    let plain = text.chars().all(|c| crate::text::chars::is_ideograph(c) || c.is_whitespace());
    (plain && (3..=SHORT_HEADING_CHARS).contains(&len)).then_some(len)
}

/// How long a heading of a series of intertitles runs at most.
const SHORT_HEADING_CHARS: usize = 10;

/// How many headings of one length in a row make a series (two titles of one length over two
/// articles are common enough).
const SERIES_MIN: usize = 3;

/// The cost of reading a soft break between two bodies as one article after all; a dateline or a
/// photo credit is a hard break.
pub(super) fn soft_break_cost(before: &Block, after: &Block, lines: &[Line], paras: &[Para], w: &Weights) -> f32 {
    let (Block::Body(b), Block::Body(a)) = (before, after) else { return f32::NEG_INFINITY };
    let (pb, pa) = (&paras[*b.last().unwrap()], &paras[a[0]]);
    if ends_with_photo_credit(lines, pb) || is_body_label(lines[pa.lines[0]].text) {
        return f32::NEG_INFINITY;
    }
    // A dateline opens an article, or a second story of a brief that reports from two places.
    if credits::is_dateline_start(lines[pa.lines[0]].text) {
        return w.dateline_join;
    }
    if !soft_break(lines, pb, pa) {
        // No break at all: the two were parted only so that a caption may go to the photo credit
        // below it. Together, unless the evidence says otherwise, more firmly than across a break.
        if !weak_break(lines, pb, pa) {
            // Parted where two headlines' words meet: as weak as a change of column.
            let join = if pa.weakly_parted { w.weak_break_join } else { w.unbroken_join };
            // Where a run was parted at several paragraph ends (between two datelines), the
            // column's width changing a little marks the likelier end of an article.
            let (last, first) = (*pb.lines.last().unwrap(), pa.lines[0]);
            if lines[first].no == lines[last].no + 2 {
                let drift = (local_column_of(lines, last, true) - local_column_of(lines, first, false)).abs();
                return join + w.column_drift * drift.min(MAX_DRIFT);
            }
            return join;
        }
        // A weak break: one article unless its headlines say otherwise; less surely so when the
        // two paragraphs are set at very different widths (an article's column, then a caption
        // across a photo).
        let widest = |p: &Para| p.lines.iter().map(|&i| lines[i].width).fold(0.0, f32::max);
        let (wb, wa) = (widest(pb), widest(pa));
        return if wb.max(wa) > CAPTION_WIDTH_RATIO * wb.min(wa) {
            w.weak_break_join + w.weak_break_width_change
        } else {
            w.weak_break_join
        };
    }
    let last = *pb.lines.last().unwrap();
    let first = pa.lines[0];
    let mut cost = w.soft_break;
    if lines[first].no - lines[last].no > 2 {
        cost += w.several_blanks;
    }
    if column_changes(lines, last, first) {
        cost += w.column_change;
    }
    if is_closing_note(lines, pb) {
        cost += w.after_closing_note;
    }
    cost
}

/// Groups the page's blocks into items. An item is one or more bodies (joined by intertitles)
/// with the headlines and credits around them. Each gap between bodies is either cut (its first
/// `c` blocks go to the item before) or internal. Dynamic programming over bodies: the best
/// total for bodies `0..=k` with gap `k` cut at `c`.
pub(super) fn choose_items(
    blocks: &[Block],
    bodies: &[usize],
    hard: &[bool],
    lines: &[Line],
    paras: &[Para],
    scoring: &Scoring,
) -> Vec<(usize, usize)> {
    let Scoring { affinity, weights: w, .. } = *scoring;
    const MAX_BODIES_PER_ITEM: usize = 24;
    let n = bodies.len();
    // The blocks after body k up to the next body (or the end).
    let gap_end = |k: usize| if k + 1 < n { bodies[k + 1] } else { blocks.len() };
    let cuts_of = |k: usize| {
        if k + 1 < n {
            0..=gap_end(k) - bodies[k] - 1
        } else {
            let all = blocks.len() - bodies[k] - 1;
            all..=all
        }
    };
    let internal = |k: usize| -> f32 {
        let gap = bodies[k] + 1..bodies[k + 1];
        let s = intertitle_score(
            &blocks[gap.clone()],
            &blocks[bodies[k]],
            &blocks[bodies[k + 1]],
            lines,
            paras,
            hard[bodies[k] + 1..=bodies[k + 1]].iter().any(|&h| h),
            scoring,
        );
        // A heading whose words are the body above's and not the one below's is that article's
        // headline set after it (`习近平向…致贺信` under its brief), not an intertitle: an
        // intertitle names the section it opens.
        let closes_above = gap.clone().any(|i| affinity.lean(i) <= -CLOSING_LEAN);
        if closes_above {
            s + w.headline_of_body_above
        } else {
            s
        }
    };
    let mut internal_scores: Vec<f32> = (0..n.saturating_sub(1)).map(internal).collect();
    // Intertitles come in series, each as long as the next (`观念之变` / `方式之变` / `机制之变`):
    // three or more gaps in a row that may be joined, each one short heading of one length.
    let headings: Vec<Option<usize>> = (0..internal_scores.len())
        .map(|k| {
            let gap = &blocks[bodies[k] + 1..bodies[k + 1]];
            internal_scores[k].is_finite().then(|| short_heading(gap, lines, paras)).flatten()
        })
        .collect();
    let mut k = 0;
    while k < headings.len() {
        let run = headings[k..].iter().take_while(|&&h| h.is_some() && h == headings[k]).count().max(1);
        if run >= SERIES_MIN {
            internal_scores[k..k + run].iter_mut().for_each(|s| *s += w.parallel_headings);
        }
        k += run;
    }

    // best[k][c] and how it was reached: (first body j of the last item, cut of gap j-1).
    let mut best: Vec<Vec<f32>> = Vec::with_capacity(n);
    let mut back: Vec<Vec<(usize, usize)>> = Vec::with_capacity(n);
    for k in 0..n {
        let mut row = Vec::new();
        let mut brow = Vec::new();
        // A page header between two bodies is where one article ends and the next begins.
        let forced_cut = if k + 1 < n { (bodies[k] + 1..=bodies[k + 1]).position(|i| hard[i]) } else { None };
        let mut spans_read: [Option<BodyEvidence>; MAX_BODIES_PER_ITEM] = [None; MAX_BODIES_PER_ITEM];
        for c in cuts_of(k) {
            if forced_cut.is_some_and(|r| r != c) {
                row.push(f32::NEG_INFINITY);
                brow.push((k, 0));
                continue;
            }
            let suffix_to = bodies[k] + 1 + c;
            let (mut top, mut arg) = (f32::NEG_INFINITY, (k, 0));
            // The span of bodies j..=k reads the same for every cut around it.
            let mut span_evidence = |j: usize| {
                *spans_read[k - j].get_or_insert_with(|| {
                    let body = &blocks[bodies[j]..=bodies[k]];
                    BodyEvidence::of(&Assembly { prefix: &[], body, suffix: &[], at: bodies[j] }, lines, paras)
                })
            };
            let mut inner = 0.0; // sum of internal gap scores j..k-1
            for j in (k.saturating_sub(MAX_BODIES_PER_ITEM - 1)..=k).rev() {
                if j < k {
                    inner += internal_scores[j];
                    if inner == f32::NEG_INFINITY {
                        break;
                    }
                }
                let body_evidence = span_evidence(j);
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
                        prefix: &blocks[prefix_from..bodies[j]],
                        body: &blocks[bodies[j]..=bodies[k]],
                        suffix: &blocks[bodies[k] + 1..suffix_to],
                        at: prefix_from,
                    };
                    let total = prev + inner + score(&a, &body_evidence, lines, paras, scoring);
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
    // Walk back: item ranges as (first block, end block).
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
