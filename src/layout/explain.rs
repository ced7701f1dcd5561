//! `dubao explain FILE`: the splitter's reading of stages 1–3, one line per paragraph.

use super::lines::classify_lines;
use super::paragraphs::local_column;
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
