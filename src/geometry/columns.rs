//! Stacks and bodies: a page's text lines stacked into columns (one size, one line pitch, one
//! x-range), stacks marked as headline or body by size against what lies under them, and body
//! columns side by side joined into bodies.

use crate::layout::cues::credits::parse_credit_line;

use super::lines::PageLines;

/// Lines stacked one under another: one column of a body, or the lines of a headline.
#[derive(Debug, Clone)]
pub(crate) struct Stack {
    /// Line indices, top to bottom.
    pub lines: Vec<usize>,
    pub size: f32,
    /// Baseline to baseline, from the first two lines (`None` for one line).
    pub pitch: Option<f32>,
    pub x0: f32,
    pub x1: f32,
    pub y0: f32,
    pub y1: f32,
    /// The column's width: the upper quartile of its lines' widths (see `column_width`).
    pub width: f32,
    pub head: bool,
}

impl Stack {
    fn last_base(&self, page: &PageLines) -> f32 {
        page.lines[*self.lines.last().unwrap()].base()
    }

    pub fn overlaps_x(&self, x0: f32, x1: f32) -> f32 {
        (self.x1.min(x1) - self.x0.max(x0)).max(0.0)
    }
}

/// A page's stacks and the credit lines that continue none (bylines: placed by the blocks).
pub(crate) struct Stacks {
    pub stacks: Vec<Stack>,
    pub credits: Vec<usize>,
}

/// A first line may sit this far (in sizes, baseline to baseline) under the one above it.
const FIRST_PITCH: f32 = 1.75;
/// Later lines keep the stack's pitch within this share of the size, or skip one line (a gap).
const PITCH_TOL: f32 = 0.08;
/// A line under a stack overlaps it by at least this much (in sizes).
const X_SLACK: f32 = 0.5;
/// A paragraph's first line is indented by up to this much (in sizes) from the column's edge.
const INDENT: f32 = 2.5;
/// Marks a line may hang into the gutter at its end.
const HANGING: [char; 10] = ['，', '。', '、', '；', '：', '”', '’', '）', '》', '！'];
/// A headline standing alone (nothing under it) has lines of at most this many characters.
const LONE_HEAD_CHARS: usize = 24;

/// Stacks the text lines of a page.
pub(crate) fn stack_lines(page: &PageLines) -> Stacks {
    let mut order: Vec<usize> = (0..page.lines.len()).filter(|&i| page.is_text(i)).collect();
    order.sort_by(|&a, &b| {
        page.lines[a].y0.total_cmp(&page.lines[b].y0).then(page.lines[a].x0.total_cmp(&page.lines[b].x0))
    });
    let mut stacks: Vec<Stack> = Vec::new();
    let mut credits = Vec::new();
    let text_size = most_common_size(page, &order);
    for i in order {
        let l = &page.lines[i];
        // A headline that reads like a place and name signing a letter (`我国海拔最高乡 群众全部`)
        // is no credit: signatures are set in the text's size or smaller.
        let credit = l.text.chars().count() <= 40
            && parse_credit_line(&l.text)
                .is_some_and(|c| l.size <= 1.2 * text_size || c.iter().all(|c| c.role != "作者"));
        let mut best: Option<(usize, (f32, f32))> = None;
        for (k, s) in stacks.iter().enumerate() {
            if (s.size - l.size).abs() > 0.02 * l.size {
                continue;
            }
            let step = l.base() - s.last_base(page);
            let fits = match s.pitch {
                None => step > 0.5 * l.size && step <= FIRST_PITCH * l.size,
                Some(p) => {
                    let tol = PITCH_TOL * l.size;
                    (step - p).abs() <= tol || (step - 2.0 * p).abs() <= tol
                }
            };
            // Under the stack: starting before its right end and ending after its left edge (a
            // paragraph's first line is indented, an intertitle centred, its last line short).
            let overlap = l.x1.min(s.x1) - l.x0.max(s.x0);
            // Starting near the stack's left edge: under or over a paragraph's indent.
            let indented = (l.x0 - s.x0).abs() <= INDENT * l.size;
            let inside = l.x1 > s.x0 + X_SLACK * l.size
                && (indented || l.x0 < s.x1 - X_SLACK * l.size && overlap >= 0.5 * (l.x1 - l.x0).min(s.x1 - s.x0));
            // The nearest stack above, then the one it overlaps most.
            let key = ((step / l.size * 10.0).round(), -overlap);
            if fits && inside && best.is_none_or(|(_, b)| key.0 < b.0 || key.0 == b.0 && key.1 < b.1) {
                best = Some((k, key));
            }
        }
        match best {
            Some((k, _)) => {
                let step = l.base() - stacks[k].last_base(page);
                let s = &mut stacks[k];
                if s.pitch.is_none() {
                    s.pitch = Some(step);
                }
                s.lines.push(i);
                s.x0 = s.x0.min(l.x0);
                s.x1 = s.x1.max(l.x1);
                s.y1 = s.y1.max(l.y1);
            }
            // A credit line that does not continue a column (a byline under a headline) is
            // placed with its block later; it never starts a column.
            None if credit => credits.push(i),
            None => stacks.push(Stack {
                lines: vec![i],
                size: l.size,
                pitch: None,
                x0: l.x0,
                x1: l.x1,
                y0: l.y0,
                y1: l.y1,
                width: l.x1 - l.x0,
                head: false,
            }),
        }
    }
    let mut stacks = join_heads_of_columns(stacks, page);
    for s in &mut stacks {
        s.width = column_width(s, page);
    }
    mark_heads(&mut stacks, &credits, page);
    Stacks { stacks, credits }
}

/// The size most characters of the page's lines are set in.
fn most_common_size(page: &PageLines, lines: &[usize]) -> f32 {
    modal_size(lines.iter().map(|&i| (page.lines[i].size, page.lines[i].text.chars().count())))
}

/// A short stack (a centred intertitle opening a column) joins the column right under it: same
/// size, one pitch (or two) above its first line, within its x-range.
fn join_heads_of_columns(mut stacks: Vec<Stack>, page: &PageLines) -> Vec<Stack> {
    let mut k = 0;
    while k < stacks.len() {
        let a = &stacks[k];
        let under = (a.lines.len() <= 2)
            .then(|| {
                let a_base = a.last_base(page);
                stacks.iter().position(|b| {
                    let step = page.lines[b.lines[0]].base() - a_base;
                    let tol = PITCH_TOL * a.size;
                    (b.size - a.size).abs() <= 0.02 * a.size
                        && b.lines.len() > a.lines.len()
                        && b.pitch.is_some_and(|p| (step - p).abs() <= tol || (step - 2.0 * p).abs() <= tol)
                        && a.x0 >= b.x0 - X_SLACK * a.size
                        && a.x1 <= b.x1 + X_SLACK * a.size
                })
            })
            .flatten();
        match under {
            Some(j) => {
                let a = stacks.remove(k);
                let j = if j > k { j - 1 } else { j };
                let b = &mut stacks[j];
                b.lines.splice(0..0, a.lines);
                (b.x0, b.y0) = (b.x0.min(a.x0), b.y0.min(a.y0));
                b.x1 = b.x1.max(a.x1);
                k = 0;
            }
            None => k += 1,
        }
    }
    stacks
}

/// The width of a stack's full lines: the upper quartile of its lines' widths (a column of short
/// paragraphs and centred headings has fewer full lines), leaving out lines that end on
/// punctuation when others are left: hung into the gutter, one or two marks may reach the next
/// column.
fn column_width(s: &Stack, page: &PageLines) -> f32 {
    let hangs = |i: usize| page.lines[i].text.ends_with(HANGING);
    let unhung = s.lines.iter().filter(|&&i| !hangs(i)).count();
    let mut w: Vec<f32> =
        s.lines.iter().filter(|&&i| unhung < 2 || !hangs(i)).map(|&i| page.lines[i].x1 - page.lines[i].x0).collect();
    w.sort_by(f32::total_cmp);
    if w.len() <= 2 {
        return w.last().copied().unwrap_or(0.0);
    }
    w[w.len() * 3 / 4]
}

/// A stack whose nearest stack below (overlapping it) is smaller is a headline (a title over its
/// body, a subtitle over a byline); so is one just over a headline (a kicker over its title) when
/// it is larger than the page's body text, one far larger than the body text, and a short one
/// somewhat larger with nothing under it (a picture's title, `图片报道`, over its photo).
fn mark_heads(stacks: &mut [Stack], credits: &[usize], page: &PageLines) {
    let body = body_size(stacks);
    let n = stacks.len();
    let below: Vec<Option<usize>> = (0..n).map(|k| nearest_below(stacks, k)).collect();
    for k in 0..n {
        let s = &stacks[k];
        let smaller_below = below[k].is_some_and(|b| {
            let t = &stacks[b];
            t.size < s.size / 1.08 && t.y0 - s.y1 <= 4.0 * s.size
        });
        // Over nothing but a smaller credit line: a banner over its layout credit (`版式设计：…`).
        let over_credit = below[k].is_none()
            && credits.iter().any(|&c| {
                let l = &page.lines[c];
                l.size < s.size / 1.08
                    && l.y0 >= s.y1 - 0.3 * l.size
                    && l.y0 - s.y1 <= 4.0 * s.size
                    && l.x1 > s.x0
                    && l.x0 < s.x1
            });
        let alone = below[k].is_none_or(|b| stacks[b].y0 - s.y1 > 4.0 * s.size);
        let short =
            s.lines.len() <= 2 && s.lines.iter().all(|&i| page.lines[i].text.chars().count() <= LONE_HEAD_CHARS);
        stacks[k].head =
            smaller_below || over_credit || s.size >= 1.3 * body || alone && short && s.size >= 1.15 * body;
    }
    // Kickers: up the stack of headline lines, as long as each is just over a headline.
    for _ in 0..3 {
        for k in 0..n {
            let s = &stacks[k];
            if s.head || s.size <= 1.05 * body || s.lines.len() > 3 {
                continue;
            }
            if let Some(b) = below[k] {
                let t = &stacks[b];
                if t.head && t.y0 - s.y1 <= 0.45 * t.size.max(s.size) {
                    stacks[k].head = true;
                }
            }
        }
    }
}

/// The size most characters are set in (the page's body text).
pub(crate) fn body_size(stacks: &[Stack]) -> f32 {
    modal_size(stacks.iter().map(|s| (s.size, s.lines.len())))
}

/// The size with the most weight (sizes within 0.01 are one); 10 when there is none.
fn modal_size(weighted: impl Iterator<Item = (f32, usize)>) -> f32 {
    let mut weight: Vec<(f32, usize)> = Vec::new();
    for (size, n) in weighted {
        match weight.iter_mut().find(|(s, _)| (*s - size).abs() < 0.01) {
            Some((_, w)) => *w += n,
            None => weight.push((size, n)),
        }
    }
    weight.iter().max_by_key(|(_, w)| *w).map_or(10.0, |(s, _)| *s)
}

/// The stack right under stack `k` that overlaps it across at least a third of the narrower.
pub(crate) fn nearest_below(stacks: &[Stack], k: usize) -> Option<usize> {
    let s = &stacks[k];
    stacks
        .iter()
        .enumerate()
        .filter(|&(j, t)| {
            j != k && t.y0 >= s.y1 - 0.3 * s.size.min(t.size) && {
                let ov = t.overlaps_x(s.x0, s.x1);
                ov > 0.0 && ov >= 0.33 * (t.x1 - t.x0).min(s.x1 - s.x0)
            }
        })
        .min_by(|a, b| a.1.y0.total_cmp(&b.1.y0))
        .map(|(j, _)| j)
}

/// Tops level: the same, or one line lower (a column that opens on a paragraph's gap).
fn level(first: &Stack, t: &Stack) -> bool {
    let d = (t.y0 - first.y0).abs();
    d <= 0.6 * t.size || first.pitch.or(t.pitch).is_some_and(|p| (d - p).abs() <= 0.6 * t.size)
}

/// A body: columns side by side, left to right (indices into the stacks).
#[derive(Debug, Clone)]
pub(crate) struct Body {
    pub columns: Vec<usize>,
    pub x0: f32,
    pub x1: f32,
    pub y0: f32,
    pub y1: f32,
}

/// Joins body columns side by side into bodies: same size and pitch, tops level, the next
/// column starting a gutter to the right of the previous one's width, and not two different
/// headlines over them (`head_over[k]`: the headline group over column `k`, if any).
pub(crate) fn bodies(stacks: &[Stack], head_over: &[Option<usize>]) -> Vec<Body> {
    let mut cols: Vec<usize> = (0..stacks.len()).filter(|&k| !stacks[k].head).collect();
    cols.sort_by(|&a, &b| stacks[a].x0.total_cmp(&stacks[b].x0));
    let mut bodies: Vec<Body> = Vec::new();
    let mut used = vec![false; stacks.len()];
    for &k in &cols {
        if used[k] {
            continue;
        }
        used[k] = true;
        let mut body = vec![k];
        let mut head = head_over[k];
        loop {
            let last = &stacks[*body.last().unwrap()];
            let first = &stacks[body[0]];
            let next = cols.iter().copied().filter(|&j| !used[j]).find(|&j| {
                let t = &stacks[j];
                let same_pitch = match (first.pitch.or(last.pitch), t.pitch) {
                    (Some(a), Some(b)) => (a - b).abs() <= 0.005 * t.size + 0.03,
                    _ => true,
                };
                // Columns of one body share a width (one column of short paragraphs may seem
                // narrow); a column of short centred lines (a listing) is as wide as its widest.
                let gap = t.x0 - (last.x0 + last.width.max(first.width));
                let gap_to_widest = t.x0 - last.x1;
                (t.size - last.size).abs() < 0.01 * t.size
                    && same_pitch
                    && level(first, t)
                    && gap >= -0.5 * t.size
                    && gap.min(gap_to_widest) <= 3.5 * t.size
                    && t.y1 <= first.y1 + 1.5 * first.pitch.unwrap_or(2.0 * t.size)
                    && !matches!((head_over[j], head), (Some(a), Some(b)) if a != b)
            });
            match next {
                Some(j) => {
                    used[j] = true;
                    body.push(j);
                    head = head.or(head_over[j]);
                }
                None => break,
            }
        }
        let (mut x0, mut x1, mut y0, mut y1) = (f32::MAX, f32::MIN, f32::MAX, f32::MIN);
        for &c in &body {
            let s = &stacks[c];
            (x0, x1, y0, y1) = (x0.min(s.x0), x1.max(s.x1), y0.min(s.y0), y1.max(s.y1));
        }
        bodies.push(Body { columns: body, x0, x1, y0, y1 });
    }
    bodies
}
