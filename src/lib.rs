//! dubao (读报): read a Chinese newspaper issue by its words.
//!
//! The pipeline: [`normalize`] the raw text → [`layout`] splits it into items
//! (articles, photos, briefs, page furniture), using [`headline`] to repair
//! fake-bold titles, [`credits`] to read bylines and [`join`] to undo column
//! breaks → [`segment`] cuts words with jieba-rs → [`keywords`] counts and
//! weighs them → a [`report::Report`]. [`analyze::Analyzer`] ties it together.

pub mod analyze;
pub mod credits;
pub mod dictionary;
pub mod headline;
pub mod join;
pub mod keywords;
pub mod layout;
mod names;
pub mod normalize;
mod normalize_tables;
pub mod report;
pub mod segment;
mod segment_terms;
pub mod stopwords;
mod textrank;
mod tfidf;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analyze::{Analyzer, Options, Weighting};
pub use report::{Credit, Furniture, Item, ItemKind, Keyword, Report};

/// The sample issue the product ships with and opens on (Pinghu Daily, 2023-02-09, page 1).
pub const SAMPLE_ISSUE: &str = include_str!("../samples/pinghu-2023-02-09.txt");
