//! A page's lines made ready: fake-bold copies found (kept once) and the page furniture set aside
//! (page header, editor line, ads). Also the input's line type.

use rustc_hash::FxHashMap;

/// One line of text on a page, as the positioned-lines JSON gives it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PositionedLine {
    pub text: String,
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
    /// Font size in points.
    pub size: f32,
    #[serde(default)]
    pub font: String,
    /// Drawing order of the line's first piece on its page.
    #[serde(default)]
    pub order: usize,
}

/// One line as the reader works with it: the input line (its text normalised), its number and
/// page, and whether it repeats another.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    /// 1-based number across the document.
    pub number: usize,
    pub page: usize,
    /// The line this one repeats for fake bold (an index into the page's lines).
    pub copy_of: Option<usize>,
    pub at: PositionedLine,
}

impl std::ops::Deref for Line {
    type Target = PositionedLine;

    fn deref(&self) -> &PositionedLine {
        &self.at
    }
}

impl Line {
    /// The baseline, from the box (the box's bottom is a little under it).
    pub fn base(&self) -> f32 {
        self.y1 - 0.12 * self.size
    }
}

/// A page's lines with what the first look found.
#[derive(Debug, Clone)]
pub(crate) struct PageLines {
    pub lines: Vec<Line>,
    pub height: f32,
    /// Furniture, each a list of line indices (a page header, an editor line, an ad).
    pub furniture: Vec<Vec<usize>>,
    pub is_furniture: Vec<bool>,
}

impl PageLines {
    /// Whether line `i` is text the items read: not furniture, not a fake-bold copy, not empty.
    pub fn is_text(&self, i: usize) -> bool {
        !self.is_furniture[i] && self.lines[i].copy_of.is_none() && !self.lines[i].text.is_empty()
    }
}

/// Share of the page's height at its top where only the page header sits.
const HEADER_BAND: f32 = 0.045;
/// A line this high up that names the paper, page or date is a page header too.
const HEADER_CUE_BAND: f32 = 0.08;
/// Share of the page's height at its bottom where only the editor line sits.
const FOOTER_BAND: f32 = 0.035;
/// How far (in sizes) a fake-bold copy may be moved from the text it repeats.
const COPY_OFFSET: f32 = 0.15;

/// Finds fake-bold copies and furniture on one page.
pub(crate) fn prepare(mut lines: Vec<Line>, height: f32) -> PageLines {
    mark_copies(&mut lines);
    let n = lines.len();
    let mut is_furniture = vec![false; n];
    let mut furniture: Vec<Vec<usize>> = Vec::new();
    let mut header = Vec::new();
    let mut footer = Vec::new();
    let small = median_size(&lines) * 1.3;
    for (i, l) in lines.iter().enumerate() {
        let cue = l.y0 < HEADER_CUE_BAND * height && l.size <= small && names_page(&l.text);
        if l.y1 <= HEADER_BAND * height || cue {
            header.push(i);
        } else if l.y0 >= (1.0 - FOOTER_BAND) * height || is_editor_line(&l.text) {
            footer.push(i);
        }
    }
    for group in [header, footer] {
        if !group.is_empty() {
            for &i in &group {
                is_furniture[i] = true;
            }
            furniture.push(group);
        }
    }
    for ad in ads(&lines, &is_furniture) {
        for &i in &ad {
            is_furniture[i] = true;
        }
        furniture.push(ad);
    }
    // Lines without text (a producer's empty pieces) are kept aside with the furniture.
    let empty: Vec<usize> = (0..n).filter(|&i| lines[i].text.is_empty() && !is_furniture[i]).collect();
    if !empty.is_empty() {
        for &i in &empty {
            is_furniture[i] = true;
        }
        furniture.push(empty);
    }
    // A fake-bold copy of furniture is furniture.
    for i in 0..n {
        if let Some(j) = lines[i].copy_of {
            if is_furniture[j] && !is_furniture[i] {
                is_furniture[i] = true;
                if let Some(group) = furniture.iter_mut().find(|g| g.contains(&j)) {
                    group.push(i);
                }
            }
        }
    }
    for group in &mut furniture {
        group.sort_by_key(|&i| lines[i].number);
    }
    PageLines { lines, height, furniture, is_furniture }
}

/// Marks each line that repeats an earlier one at a small offset (fake bold: the same text drawn
/// twice, ~0.3 pt apart): same size, box moved by at most [`COPY_OFFSET`] sizes, and the same text
/// or a part of it.
fn mark_copies(lines: &mut [Line]) {
    let mut by_text: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    let mut copies = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if l.text.is_empty() {
            continue;
        }
        let near = |o: &Line| {
            let tol = (COPY_OFFSET * l.size).max(0.8);
            (o.size - l.size).abs() <= 0.05 * l.size
                && (o.y0 - l.y0).abs() <= tol
                && (o.x0 - l.x0).abs() <= tol.max(l.size * 0.5)
        };
        let same = by_text.get(l.text.as_str()).and_then(|js| js.iter().copied().find(|&j| near(&lines[j])));
        // A piece of a line drawn again over it (a copy cut into other pieces than the original).
        let part = same.is_none().then(|| {
            lines[..i].iter().position(|o| {
                o.copy_of.is_none()
                    && o.text.len() > l.text.len()
                    && (o.size - l.size).abs() <= 0.05 * l.size
                    && (o.y0 - l.y0).abs() <= (COPY_OFFSET * l.size).max(0.8)
                    && l.x0 >= o.x0 - 1.0
                    && l.x1 <= o.x1 + 1.0
                    && o.text.contains(l.text.as_str())
            })
        });
        match same.or(part.flatten()) {
            Some(j) => copies.push((i, j)),
            None => by_text.entry(l.text.as_str()).or_default().push(i),
        }
    }
    for (i, j) in copies {
        lines[i].copy_of = Some(j);
    }
}

/// The median font size of a page's lines (a page header is not larger than the text).
fn median_size(lines: &[Line]) -> f32 {
    let mut sizes: Vec<f32> = lines.iter().map(|l| l.size).collect();
    sizes.sort_by(f32::total_cmp);
    sizes.get(sizes.len() / 2).copied().unwrap_or(0.0)
}

/// A page header's words: the paper, the page number, the date.
fn names_page(text: &str) -> bool {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    // `第3版`, `第03版`, `第十二版`: 第, a number of up to three characters, 版.
    let chars: Vec<char> = t.chars().collect();
    let numeral = |c: &char| c.is_ascii_digit() || "一二三四五六七八九十".contains(*c);
    let page_no = chars.iter().enumerate().any(|(i, &c)| {
        c == '第' && (2..=4).any(|n| chars.get(i + n) == Some(&'版') && chars[i + 1..i + n].iter().all(numeral))
    });
    let date = t.contains('年') && t.contains('月') && t.contains('日') && t.chars().count() <= 40;
    page_no && t.chars().count() <= 40 || date || t.contains("星期") && t.chars().count() <= 40
}

fn is_editor_line(text: &str) -> bool {
    let t = text.trim();
    ["责任编辑", "本版编辑", "责编："].iter().any(|p| t.starts_with(p)) && t.chars().count() <= 60
}

/// Ads: a `广告` label and the large lines drawn right after it, under it.
fn ads(lines: &[Line], is_furniture: &[bool]) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    let mut taken = is_furniture.to_vec();
    for (i, label) in lines.iter().enumerate() {
        if taken[i] || label.copy_of.is_some() || label.text.replace(char::is_whitespace, "") != "广告" {
            continue;
        }
        taken[i] = true;
        let mut group = vec![i];
        let mut last = label.order;
        let mut order: Vec<usize> = (0..lines.len()).filter(|&j| lines[j].order > label.order).collect();
        order.sort_by_key(|&j| lines[j].order);
        for j in order {
            let l = &lines[j];
            let after = l.order <= last + 2;
            let under = l.y0 > label.y0 && l.y0 < label.y0 + 40.0 * label.size;
            if !after || !under || l.size < 1.5 * label.size || taken[j] {
                break;
            }
            taken[j] = true;
            group.push(j);
            last = l.order;
        }
        out.push(group);
    }
    out
}
