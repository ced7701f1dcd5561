//! dubao (读报): read a Chinese newspaper issue by its words.
//!
//! The pipeline, one module a stage: [`text`] (bytes decoded, characters normalised) →
//! [`layout`] (the issue split into items and page furniture; [`geometry`] reads a PDF's positioned
//! lines into the same items) → [`words`] (jieba-rs segmentation,
//! POS tags, the issue's own terms) → [`keywords`] (filters and weights) → a [`report::Report`]
//! (with its CSV and hand [`edit`]s). [`analyze::Analyzer`] ties the stages together under
//! [`options::Options`]; the bindings (the CLI in `src/bin/dubao`, [`wasm`] for the page) are
//! thin layers on top.

pub mod analyze;
pub mod concordance;
pub mod edit;
pub mod error;
pub mod geometry;
pub mod issue;
pub mod keywords;
pub mod layout;
pub mod library;
pub mod options;
pub mod report;
pub mod text;
pub mod trends;
pub mod words;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analyze::Analyzer;
pub use error::Error;
pub use options::{Options, Weighting};
pub use report::{Credit, Furniture, Item, ItemKind, Keyword, PageBox, Report};

/// The sample issue the product ships with and opens on (Pinghu Daily, 2023-02-09, page 1).
pub const SAMPLE_ISSUE: &str = include_str!("../samples/pinghu-2023-02-09.txt");
