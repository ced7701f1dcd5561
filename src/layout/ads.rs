//! Ad boxes in the text: a hotline line and the copy around it read as headlines; they are page
//! furniture.

use super::cues::marks::{is_ad_hotline, is_ad_label};
use super::lines::*;
use super::paragraphs::*;

/// An ad box's copy (`百年老店 匠心传承`) reads as headlines. Set tight around its hotline line it is
/// the box's text, page furniture, not a title for the article next to it: the copy above the
/// hotline up to the box's `广告` label, and the copy below it when nothing but furniture or a
/// break follows (a headline line tight below it may be the next article's title).
pub(super) fn set_aside_ad_copy(lines: &[Line], paras: &mut [Para]) {
    let is_hotline = |p: &Para| p.role == Role::Furniture && is_ad_hotline(lines[p.lines[0]].text);
    let is_label = |p: &Para| p.role == Role::Furniture && is_ad_label(lines[p.lines[0]].text);
    let touches = |a: &Para, b: &Para| lines[*a.lines.last().unwrap()].no + 1 == lines[b.lines[0]].no;
    for at in 0..paras.len() {
        if !is_hotline(&paras[at]) {
            continue;
        }
        // Up to the label.
        let mut p = at;
        while p > 0 && paras[p - 1].role == Role::Headline && touches(&paras[p - 1], &paras[p]) {
            p -= 1;
        }
        if p > 0 && is_label(&paras[p - 1]) && touches(&paras[p - 1], &paras[p]) {
            paras[p..at].iter_mut().for_each(|q| q.role = Role::Furniture);
        }
        // Down to furniture or a break.
        let mut q = at;
        while q + 1 < paras.len() && paras[q + 1].role == Role::Headline && touches(&paras[q], &paras[q + 1]) {
            q += 1;
        }
        let ends_box = paras.get(q + 1).is_none_or(|next| next.role == Role::Furniture || !touches(&paras[q], next));
        if ends_box {
            paras[at + 1..=q].iter_mut().for_each(|r| r.role = Role::Furniture);
        }
    }
}
