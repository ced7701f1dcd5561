//! Line classes: blank, page furniture, credit line, running text (with a trailing photo credit).

use super::cues::credits;
use crate::report::Credit;

#[derive(Debug, Clone, PartialEq)]
pub(super) enum LineKind {
    Blank,
    Furniture,
    Credit(Vec<Credit>),
    /// Running text; `credit` is a photo credit trailing it (`…好时光。 ■摄影 王 强`).
    Text {
        text_end: usize,
        credit: Option<Vec<Credit>>,
    },
}

#[derive(Debug, Clone)]
pub(super) struct Line<'a> {
    /// 1-based line number.
    pub(super) no: usize,
    /// Trimmed text.
    pub(super) text: &'a str,
    pub(super) indented: bool,
    pub(super) kind: LineKind,
    /// Display width of the running text (see [`super::cues::join::width`]), read often by the column
    /// estimates, so measured once.
    pub(super) width: f32,
    /// Whether the whole line is fake-bold doubled ([`super::cues::headline::undouble`]), asked of most
    /// lines several times, so found once.
    pub(super) doubled: bool,
    /// The line repeats the line (or the run of lines) right above it: fake bold copied as whole
    /// lines (`pdftotext -raw`: `夏荷春拾` / `夏荷春拾`). It stays in its item; titles and text
    /// read it once.
    pub(super) copy: bool,
}

impl Line<'_> {
    pub(super) fn is_text(&self) -> bool {
        matches!(self.kind, LineKind::Text { .. })
    }
    /// The running-text part (without a trailing credit).
    pub(super) fn running_text(&self) -> &str {
        match &self.kind {
            LineKind::Text { text_end, .. } => self.text[..*text_end].trim_end(),
            _ => self.text,
        }
    }
}

pub(super) fn classify(no: usize, raw: &str) -> Line<'_> {
    let text = raw.trim();
    let indented = raw.starts_with(' ') && !text.is_empty();
    let kind = if text.is_empty() {
        LineKind::Blank
    } else if is_furniture(text) {
        LineKind::Furniture
    } else if let Some(credits) = credits::parse_credit_line(text) {
        LineKind::Credit(credits)
    } else if let Some((at, credits)) = credits::split_trailing_credit(text) {
        LineKind::Text { text_end: at, credit: Some(credits) }
    } else {
        LineKind::Text { text_end: text.len(), credit: None }
    };
    let mut line = Line {
        no,
        text,
        indented,
        kind,
        width: 0.0,
        doubled: super::cues::headline::undouble(text).is_some(),
        copy: false,
    };
    line.width = super::cues::join::width(line.running_text());
    line
}

/// Page headers, editorial lines and ad slots: `2023年2月9日 星期四 第3版 要闻`, `责任编辑：张三`,
/// and `广告` alone on its line, which e-paper text puts where an advertisement is.
pub(super) fn is_furniture(text: &str) -> bool {
    const EDITORIAL: &[&str] = &["责任编辑", "本版编辑", "美术编辑", "美编", "校对", "版面设计", "图片编辑", "责编"];
    use super::cues::marks::{is_ad_hotline, is_ad_label};
    if is_ad_label(text) || text.trim() == "（广告）" || is_ad_hotline(text) {
        return true;
    }
    if text.chars().count() > 60 || text.contains(['。', '，']) {
        return false;
    }
    if EDITORIAL.iter().any(|e| text.starts_with(e)) {
        return true;
    }
    let has_date = text.contains('年') && text.contains('月') && text.contains('日');
    let has_page =
        text.contains('版') && text.chars().any(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c));
    (has_date && (text.contains("星期") || has_page))
        || (has_page && text.starts_with('第') && text.chars().count() <= 12)
}

/// Classifies every line of `text` (numbered from 1).
pub(super) fn classify_lines(text: &str) -> Vec<Line<'_>> {
    let mut lines: Vec<Line> = crate::text::normalize::split_lines(text)
        .into_iter()
        .enumerate()
        .map(|(i, raw)| classify(i + 1, raw))
        .collect();
    join_wrapped_photo_credits(&mut lines);
    mark_repeated_lines(&mut lines);
    lines
}

/// The longest run of lines a whole-line fake-bold copy repeats (a title of up to three lines).
const MAX_REPEATED_RUN: usize = 3;

/// Marks fake bold copied as whole lines: a run of 1–3 short text lines repeated right after
/// itself (`A` / `A`, or `A` / `B` / `A` / `B`). Both copies are bold; the second is a copy.
/// Texts are compared first: nearly every line differs from the ones above it, so the lengths
/// (a walk over the characters) are rarely counted.
fn mark_repeated_lines(lines: &mut [Line]) {
    let short = |l: &Line| l.is_text() && !l.copy && l.text.chars().count() <= 40;
    let mut i = 0;
    while i < lines.len() {
        let run = (1..=MAX_REPEATED_RUN).find(|&k| {
            i >= k
                && i + k <= lines.len()
                && (0..k).all(|j| lines[i - k + j].text == lines[i + j].text)
                && (i - k..i + k).all(|j| short(&lines[j]))
        });
        let Some(k) = run else {
            i += 1;
            continue;
        };
        for (j, line) in lines.iter_mut().enumerate().take(i + k).skip(i - k) {
            line.doubled = true;
            line.copy = j >= i;
        }
        i += k;
    }
}

/// A caption's credit wrapped onto a short line of its own: `…长势良好。 新华社记者 李 明` / `摄`, or a
/// cartoon's `…照常进行。 林 一图` / `方 晓文` (drawing by 林一, words by 方晓). The short line is read as
/// the credit, and the names on the line above leave the caption's text.
fn join_wrapped_photo_credits(lines: &mut [Line]) {
    for i in 1..lines.len() {
        let tail = lines[i].text;
        let wrapped = tail.chars().count() <= 8 && tail.ends_with(['摄', '图', '文']);
        if !wrapped || !matches!(lines[i - 1].kind, LineKind::Text { credit: None, .. }) {
            continue;
        }
        let above = lines[i - 1].text;
        // `摄` alone finishes the name's token; a spaced-out tail (`方 晓文`) is tokens of its own.
        let glue = if tail == "摄" { "" } else { " " };
        if let Some((at, credits)) = credits::split_trailing_credit(&format!("{above}{glue}{tail}")) {
            if at > 0 && at < above.len() {
                lines[i - 1].kind = LineKind::Text { text_end: at, credit: None };
                lines[i - 1].width = super::cues::join::width(lines[i - 1].running_text());
                lines[i].kind = LineKind::Credit(credits);
            }
        }
    }
}
