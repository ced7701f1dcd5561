//! Items written from their blocks: headline parts by size (the largest lines the title, smaller
//! ones above the kicker, below the subtitle), the body column by column with paragraphs where a
//! line is indented or the one before ends short, credits from bylines, photo credits and
//! datelines (the text path's cues), and each part's box.

use crate::layout::cues::credits::{dateline_credits, is_bare_dateline, is_photo_role, parse_credit_line};
use crate::layout::cues::headline::join_headline_lines;
use crate::layout::cues::join::join_lines;
use crate::layout::LaidItem;
use crate::report::{to_spans, Credit, ItemKind, PageBox};

use super::blocks::PageBlocks;
use super::columns::Stack;
use super::lines::{Line, PageLines};

/// The item made of `parts` ((page, block) pairs), with its first page and its boxes.
pub(crate) fn item(parts: &[(usize, usize)], pages: &[(PageLines, PageBlocks)]) -> (LaidItem, (usize, Vec<PageBox>)) {
    let mut heads: Vec<Vec<&Stack>> = Vec::new();
    let mut head_page = None;
    let mut paragraphs: Vec<String> = Vec::new();
    let mut open = false;
    let (mut title_lines, mut body_lines, mut credit_lines, mut all) = (vec![], vec![], vec![], vec![]);
    let mut credit_texts: Vec<&str> = Vec::new();
    let mut boxes = Vec::new();
    for &(p, b) in parts {
        let (lines, pb) = &pages[p];
        let block = &pb.blocks[b];
        let page_no = lines.lines.first().map_or(p + 1, |l| l.page);
        let copies = copies_of(lines);
        let take = |i: usize, into: &mut Vec<usize>, all: &mut Vec<usize>| {
            into.push(lines.lines[i].number);
            all.push(lines.lines[i].number);
            all.extend(copies[i].iter().map(|&c| lines.lines[c].number));
        };
        if !block.heads.is_empty() {
            let stacks: Vec<&Stack> = block.heads.iter().map(|&k| &pb.stacks[k]).collect();
            for s in &stacks {
                for &i in &s.lines {
                    take(i, &mut title_lines, &mut all);
                }
            }
            boxes.push(box_of(page_no, stacks.iter().flat_map(|s| s.lines.iter().map(|&i| &lines.lines[i]))));
            if head_page.is_none() {
                head_page = Some(p);
            }
            heads.push(stacks);
        }
        if let Some(body) = block.body {
            let columns = &pb.bodies[body].columns;
            let closing = closing_credits(columns.last().map(|&c| &pb.stacks[c]), lines);
            for &c in columns {
                let col = &pb.stacks[c];
                let text_lines: Vec<usize> = col.lines.iter().copied().filter(|i| !closing.contains(i)).collect();
                for &i in &text_lines {
                    take(i, &mut body_lines, &mut all);
                }
                boxes.push(box_of(page_no, col.lines.iter().map(|&i| &lines.lines[i])));
                column_paragraphs(col, &text_lines, lines, &mut paragraphs, &mut open);
            }
            for &i in &closing {
                take(i, &mut credit_lines, &mut all);
                credit_texts.push(lines.lines[i].text.as_str());
            }
        }
        for &c in &block.credits {
            take(c, &mut credit_lines, &mut all);
            credit_texts.push(lines.lines[c].text.as_str());
            boxes.push(box_of(page_no, [&lines.lines[c]].into_iter()));
        }
    }
    let (kicker, title, subtitle) = heads.first().map_or((None, None, None), |stacks| {
        let p = head_page.unwrap_or(0);
        headline_parts(stacks, &pages[p].0)
    });
    let mut credits: Vec<Credit> = credit_texts.iter().filter_map(|t| parse_credit_line(t)).flatten().collect();
    if let Some(first) = paragraphs.first() {
        // A justified line's letter spacing may come out as spaces (`本 报 北 京 …电`).
        let compact: String = first.chars().filter(|c| !c.is_whitespace()).collect();
        for c in dateline_credits(&compact) {
            if !credits.iter().any(|k| k.names == c.names) {
                credits.push(c);
            }
        }
    }
    let kind = if credits.iter().any(|c| is_photo_role(&c.role)) {
        ItemKind::Photo
    } else if title.is_some() {
        ItemKind::Article
    } else {
        ItemKind::Brief
    };
    for v in [&mut title_lines, &mut body_lines, &mut credit_lines, &mut all] {
        v.sort_unstable();
        v.dedup();
    }
    let first_page = parts.first().map_or(0, |&(p, _)| pages[p].0.lines.first().map_or(p + 1, |l| l.page));
    let item = LaidItem {
        kind,
        title,
        kicker,
        subtitle,
        credits,
        body: paragraphs.join("\n"),
        spans: to_spans(all),
        body_spans: to_spans(body_lines),
        title_spans: to_spans(title_lines),
        credit_spans: to_spans(credit_lines),
    };
    (item, (first_page, boxes))
}

/// The credit lines that close a body: the last lines of its last column that read as credits
/// (a byline set at the foot of the columns, a photo credit under its caption).
fn closing_credits(last: Option<&Stack>, page: &PageLines) -> Vec<usize> {
    let Some(col) = last else { return Vec::new() };
    let mut out: Vec<usize> = col
        .lines
        .iter()
        .rev()
        .take_while(|&&i| {
            let t = &page.lines[i].text;
            t.chars().count() <= 40 && parse_credit_line(t).is_some()
        })
        .copied()
        .collect();
    // A column of credits alone stays text.
    if out.len() == col.lines.len() {
        out.clear();
    }
    out.reverse();
    out
}

/// For each line of a page, the lines that repeat it (fake-bold copies, followed to the first).
pub(crate) fn copies_of(page: &PageLines) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); page.lines.len()];
    for (i, l) in page.lines.iter().enumerate() {
        let mut root = l.copy_of;
        let mut steps = 0;
        while let Some(r) = root {
            match page.lines[r].copy_of {
                Some(next) if steps < page.lines.len() => {
                    root = Some(next);
                    steps += 1;
                }
                _ => break,
            }
        }
        if let Some(r) = root {
            out[r].push(i);
        }
    }
    out
}

/// Kicker, title and subtitle of a headline group: the largest stacks are the title; smaller
/// stacks above it the kicker, below it the subtitle. Dashes say more than sizes: a stack opening
/// with `——` is a subtitle, and a title ending on `——` is a kicker over the stack below it
/// (`远望3号船——` / `首飞无人机 替代信标球`).
fn headline_parts(stacks: &[&Stack], page: &PageLines) -> (Option<String>, Option<String>, Option<String>) {
    let max = stacks.iter().map(|s| s.size).fold(0.0, f32::max);
    let is_title = |k: usize| stacks[k].size >= max * 0.97;
    // The group's lines, each with its stack.
    let lines: Vec<(&str, usize)> = stacks
        .iter()
        .enumerate()
        .flat_map(|(k, s)| s.lines.iter().map(move |&i| (page.lines[i].text.trim(), k)))
        .collect();
    if lines.is_empty() {
        return (None, None, None);
    }
    let mut first = lines.iter().position(|&(_, k)| is_title(k)).unwrap_or(0);
    let mut last = lines.iter().rposition(|&(_, k)| is_title(k)).unwrap_or(0);
    // A subtitle opens on a double dash (`——江苏农村见闻`); one dash may join a wrapped name
    // (`迪亚斯` / `—卡内尔`).
    if let Some(dash) = (first + 1..=last).find(|&j| lines[j].0.starts_with("——")) {
        last = dash - 1;
    }
    // A title line ending on a dash (`…负责10万个井盖——`) ends the kicker, in the title's size too.
    if let Some(dash) = (first..last).find(|&j| lines[j].0.ends_with("——") && !lines[j + 1].0.starts_with("——"))
    {
        first = dash + 1;
    }
    if last + 1 < lines.len() && lines[last].0.ends_with("——") && !lines[last + 1].0.starts_with("——") {
        let next = lines[last + 1].1;
        first = last + 1;
        last = lines.iter().rposition(|&(_, k)| k == next).unwrap_or(first);
    }
    let text = |part: &[(&str, usize)]| {
        let texts: Vec<String> = part.iter().map(|(t, _)| t.to_string()).collect();
        (!texts.is_empty()).then(|| join_headline_lines(&texts))
    };
    (text(&lines[..first]), text(&lines[first..=last]), text(&lines[last + 1..]))
}

/// A column's lines as paragraphs: a line indented from the column's left edge, or one after a
/// line that ends short of the column's width or after a skipped line, opens a paragraph. The
/// column's first line continues the paragraph before (`open`: the column before ended on a full
/// line) unless it is indented.
fn column_paragraphs(col: &Stack, text_lines: &[usize], page: &PageLines, out: &mut Vec<String>, open: &mut bool) {
    let mut run: Vec<&str> = Vec::new();
    let right = col.x0 + col.width;
    for (n, &i) in text_lines.iter().enumerate() {
        let l = &page.lines[i];
        let indented = l.x0 >= col.x0 + 0.9 * l.size;
        // A dateline alone on its line (`本报北京2月14日电`) runs on into the line below.
        let after_short = n > 0 && {
            let prev = &page.lines[text_lines[n - 1]];
            prev.x1 < right - 0.9 * l.size && !is_bare_dateline(&prev.text)
        };
        let after_gap = n > 0 && col.pitch.is_some_and(|p| l.base() - page.lines[text_lines[n - 1]].base() > 1.5 * p);
        if indented || after_short || after_gap {
            flush(&mut run, open, out);
        }
        run.push(l.text.as_str());
    }
    flush(&mut run, open, out);
    *open = text_lines.last().is_some_and(|&i| page.lines[i].x1 >= right - 0.9 * page.lines[i].size);
}

/// Ends the current paragraph: appended to the open paragraph before it (a column break), or a
/// new one.
fn flush(run: &mut Vec<&str>, open: &mut bool, out: &mut Vec<String>) {
    if run.is_empty() {
        *open = false;
        return;
    }
    let text = join_lines(run.drain(..));
    match out.last_mut() {
        Some(last) if *open => {
            let joined = join_lines([last.as_str(), text.as_str()]);
            *last = joined;
        }
        _ => out.push(text),
    }
    *open = false;
}

fn box_of<'a>(page: usize, lines: impl Iterator<Item = &'a Line>) -> PageBox {
    let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    for l in lines {
        (x0, y0, x1, y1) = (x0.min(l.x0), y0.min(l.y0), x1.max(l.x1), y1.max(l.y1));
    }
    PageBox { page, x0, y0, x1, y1 }
}
