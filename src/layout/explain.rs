//! `dubao explain FILE`: the splitter's reading of stages 1–3, one line per paragraph; with
//! `DUBAO_DEBUG` set, `split` also prints the blocks the DP reads and their headlines' leans.

use super::affinity::Affinity;
use super::blocks::{block_bounds, Block};
use super::lines::{classify_lines, Line};
use super::paragraphs::local_column;
use super::paragraphs::Para;
use super::reading::build_paragraphs;

/// A developer's view of the splitter's intermediate reading: one line per paragraph with its role
/// and line range (`dubao explain FILE`).
pub fn explain(text: &str) -> String {
    let lines = classify_lines(text);
    let paras = build_paragraphs(&lines);
    let mut out = String::new();
    for para in &paras {
        let first = &lines[para.lines[0]];
        let last = &lines[*para.lines.last().unwrap()];
        let col = local_column(&lines, para.lines[0]);
        let preview: String = first.text.chars().take(24).collect();
        out.push_str(&format!(
            "{:>5}-{:<5} {:<9} col {:>4.1}  {}\n",
            first.no,
            last.no,
            format!("{:?}", para.role),
            col,
            preview
        ));
    }
    out
}

/// The blocks the DP reads, one a line: index, kind (`H+`: a headline of several units), line
/// numbers, the headline's lean (> 0: its words are the body's below) and the first line.
pub(super) fn blocks_with_leans(blocks: &[Block], lines: &[Line], paras: &[Para], affinity: &Affinity) -> String {
    let mut out = String::new();
    for (i, block) in blocks.iter().enumerate() {
        let (first, last) = block_bounds(block, paras);
        let kind = match block {
            Block::Body(_) => "B",
            Block::Headline(units) if units.len() > 1 => "H+",
            Block::Headline(_) => "H",
            Block::Credit(_) => "C",
            Block::Furniture(_) => "F",
        };
        let (from, to, lean) = (lines[first].no, lines[last].no, affinity.lean(i));
        out.push_str(&format!("{i:5} {kind:2} {from:6}-{to:<6} lean {lean:+.2} {}\n", lines[first].text));
    }
    out
}
