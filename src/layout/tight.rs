//! Tight text: no blank lines and no indents, as PDFium, pdf.js and `pdftotext -raw` copy an
//! e-paper page. Recognised once per text; its own passes over the paragraphs read headlines
//! stacked on each other and bodies of two articles that touch.

use super::cues::join;
use super::cues::marks::{BULLETS, CLAUSE_MARKS};
use super::lines::*;
use super::paragraphs::*;
use crate::text::chars::ideograph_count;

/// Whether the text sets its paragraphs and articles tight, with no blank line between them (as
/// PDFium, pdf.js and `pdftotext -raw` copy an e-paper page), rather than blank lines at column
/// and article breaks (as the sample's viewer and poppler's reading order do). Without blank lines
/// and indents, a headline set over its body reads like a paragraph's first line: in tight text
/// the paragraph builder takes the title's own marks as the break instead.
pub(super) fn is_tight(lines: &[Line]) -> bool {
    let text = lines.iter().filter(|l| l.is_text()).count();
    let blank = lines.iter().filter(|l| l.kind == LineKind::Blank).count();
    text >= TIGHT_MIN_LINES && blank * TIGHT_BLANK_RATIO < text
}

/// A text of at least this many lines with under one blank line in this many text lines is tight.
const TIGHT_MIN_LINES: usize = 40;
const TIGHT_BLANK_RATIO: usize = 100;

/// Runs of lines joined by width alone, too long for one headline but without one clause mark in
/// them, are headline lines stacked on each other, not running text: prose of three lines always
/// has a comma or a full stop. With no blank lines and no indents (text copied by PDFium or pdf.js), a headline as
/// wide as the column above it would otherwise run on into the next article's headline.
pub(super) fn part_unpunctuated_runs(lines: &[Line], paras: Vec<Para>) -> Vec<Para> {
    let mut out = Vec::with_capacity(paras.len());
    for para in paras {
        let unpunctuated = para.role == Role::Body
            && para.lines.len() >= 3
            && !lines[para.lines[0]].indented
            && !lines[para.lines[0]].text.starts_with(BULLETS)
            && para.lines.iter().all(|&i| !lines[i].text.contains(CLAUSE_MARKS))
            && para.lines.iter().map(|&i| ideograph_count(lines[i].text)).sum::<usize>() >= 8;
        if unpunctuated {
            for &i in &para.lines {
                let mut line = Para { lines: vec![i], role: Role::Body, weakly_parted: false };
                if looks_like_headline(lines, &line) {
                    line.role = Role::Headline;
                }
                out.push(line);
            }
        } else {
            out.push(para);
        }
    }
    out
}

/// In tight text two articles' bodies may touch with no blank and no headline between them (one
/// headline above the pair, the other's below). Where a finished paragraph gives way to one set
/// in a column of another width, the body is parted weakly: the assignment cuts there only when
/// the headlines around ask for it.
pub(super) fn part_at_column_changes(lines: &[Line], paras: &mut [Para]) {
    for p in 1..paras.len() {
        let (before, after) = (&paras[p - 1], &paras[p]);
        if before.role != Role::Body || after.role != Role::Body {
            continue;
        }
        let (last, first) = (*before.lines.last().unwrap(), after.lines[0]);
        // Column estimates are noisy near a short paragraph (an article's last lines): weigh
        // only paragraphs of some length on both sides.
        let long = |para: &Para| para.lines.len() >= 3;
        let touching = lines[first].no == lines[last].no + 1 && long(before) && long(after);
        if touching && join::ends_sentence(lines[last].running_text()) && column_changes(lines, last, first) {
            paras[p].weakly_parted = true;
        }
    }
}
