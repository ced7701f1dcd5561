//! Words: jieba's dictionary ([`dictionary`], loaded whole or as texts need it), segmentation and
//! POS tags ([`Segmenter`]), and the issue's own terms kept whole: credited and titled names
//! ([`names`]), recurring quoted phrases and unknown proper nouns ([`discovery`]).
//!
//! Files, bottom up: `token` (a tagged word), `numbers` (number + unit joined), `cut_points`
//! (where jieba's input may be cut), `user_dict`, `dictionary`, `discovery`, `names`, `char_set`
//! (which characters open a term), `terms` (the issue-term index), `segmenter` (ties them to
//! jieba).

mod char_set;
mod cut_points;
pub mod dictionary;
mod discovery;
mod names;
mod numbers;
mod segmenter;
mod terms;
mod token;
mod user_dict;

pub use segmenter::Segmenter;
pub use terms::{IssueTerms, IssueWords};
pub use token::{is_word, Tagged, Word};
