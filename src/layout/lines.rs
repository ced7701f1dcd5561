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
    let mut line =
        Line { no, text, indented, kind, width: 0.0, doubled: super::cues::headline::undouble(text).is_some() };
    line.width = super::cues::join::width(line.running_text());
    line
}

/// Page headers, editorial lines and ad slots: `2023年2月9日 星期四 第3版 要闻`, `责任编辑：张三`,
/// and `广告` alone on its line, which e-paper text puts where an advertisement is.
pub(super) fn is_furniture(text: &str) -> bool {
    const EDITORIAL: &[&str] = &["责任编辑", "本版编辑", "美术编辑", "美编", "校对", "版面设计", "图片编辑", "责编"];
    if matches!(text.trim(), "广告" | "广 告" | "（广告）") || super::cues::marks::is_ad_hotline(text) {
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
    lines
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
