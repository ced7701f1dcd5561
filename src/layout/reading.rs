//! The paragraph stage: paragraphs rebuilt from the column flow with their own roles, the passes
//! of the text's convention (tight text, ad boxes), then roles read from their neighbours.

use super::ads::set_aside_ad_copy;
use super::lines::Line;
use super::paragraphs::{flow_paragraphs, Para};
use super::roles::refine_roles;
use super::tight;

/// All paragraphs of the line table, with their roles.
pub(super) fn build_paragraphs(lines: &[Line]) -> Vec<Para> {
    let tight = tight::is_tight(lines);
    let mut paras = flow_paragraphs(lines, tight);
    if tight {
        paras = tight::part_unpunctuated_runs(lines, paras);
    }
    set_aside_ad_copy(lines, &mut paras);
    if tight {
        tight::part_at_column_changes(lines, &mut paras);
    }
    refine_roles(lines, &mut paras);
    paras
}
