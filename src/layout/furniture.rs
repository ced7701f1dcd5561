//! Page furniture (page headers, ad labels) set aside: not part of any item, and the block after
//! it starts a new article for sure.

use super::blocks::Block;
use super::lines::Line;
use super::paragraphs::Para;
use crate::report::{to_spans, Furniture};

/// The page's blocks without its furniture, and for each kept block whether furniture came right
/// before it (a hard break).
pub(super) struct Kept {
    pub(super) blocks: Vec<Block>,
    pub(super) hard: Vec<bool>,
}

/// Moves the furniture blocks into `furniture`.
pub(super) fn set_aside(blocks: Vec<Block>, lines: &[Line], paras: &[Para], furniture: &mut Vec<Furniture>) -> Kept {
    let mut kept = Kept { blocks: Vec::with_capacity(blocks.len()), hard: Vec::with_capacity(blocks.len()) };
    let mut after_furniture = false;
    for block in blocks {
        if let Block::Furniture(p) = block {
            // One line mostly (a page header); an ad's copy may run over several.
            let own = &paras[p].lines;
            let text = own.iter().map(|&i| lines[i].text).collect::<Vec<_>>().join("\n");
            furniture.push(Furniture { spans: to_spans(own.iter().map(|&i| lines[i].no)), text });
            after_furniture = true;
        } else {
            kept.hard.push(after_furniture);
            kept.blocks.push(block);
            after_furniture = false;
        }
    }
    // Furniture inside a paragraph comes last among the blocks (`paragraphs::bridges`).
    furniture.sort_by_key(|f| f.spans[0][0]);
    kept
}
