//! Which tokens may be keywords: stopword, number, length and POS filters, from [`Options`].

use std::sync::Arc;

use super::stopwords::Stopwords;
use crate::options::{Options, Weighting};
use crate::text::chars;
use crate::words::Tagged;

/// TextRank's candidates when the user sets no POS filter: nouns (names, places, terms
/// included) and verbs, as jieba's default `ns, n, vn, v` but by prefix.
const TEXTRANK_POS: &[&str] = &["n", "v"];

/// The keyword settings derived from [`Options`].
#[derive(Debug, Clone)]
pub struct KeywordOptions {
    pub top_n: usize,
    pub min_len: usize,
    pub keep_numbers: bool,
    pub pos_filter: Vec<String>,
    pub weighting: Weighting,
    /// Shared: the [`crate::Analyzer`] builds the set once per extra-stopwords text.
    pub stopwords: Arc<Stopwords>,
}

impl KeywordOptions {
    /// Builds the stopword set (ISO list + news words + `options.extra_stopwords`) afresh; the
    /// analyzer uses [`KeywordOptions::with_stopwords`] with a cached set instead.
    pub fn from_options(options: &Options) -> Self {
        Self::with_stopwords(options, Arc::new(Stopwords::with_extra(&options.extra_stopwords)))
    }

    /// The settings of `options` with an already built stopword set (which must include
    /// `options.extra_stopwords`).
    pub fn with_stopwords(options: &Options, stopwords: Arc<Stopwords>) -> Self {
        KeywordOptions {
            top_n: options.top_n,
            min_len: options.min_len,
            keep_numbers: options.keep_numbers,
            pos_filter: options.pos_filter.clone(),
            weighting: options.weighting,
            stopwords,
        }
    }

    /// Whether a token may be a keyword at all: long enough, not punctuation, not a number
    /// (digits, or jieba's numeral and measure tags `m`, `q`, as in `一季度`, `每台`) unless
    /// numbers are kept, not a stopword, and of an allowed POS (prefix match: `n` allows `nr`,
    /// `ns`, `nz` …).
    pub fn accepts(&self, token: &Tagged) -> bool {
        !self.is_short(token.word) && self.accepts_word(token.word) && self.accepts_pos(token.pos)
    }

    /// Fewer characters than `min_len`.
    pub fn is_short(&self, word: &str) -> bool {
        // A char takes one to four bytes: the byte length settles most words without counting;
        // the others' chars are counted as the bytes that start one, without decoding.
        let chars = || word.bytes().filter(|&b| (b as i8) >= -0x40).count();
        word.len() < self.min_len || (word.len() < self.min_len.saturating_mul(4) && chars() < self.min_len)
    }

    /// The filters on the word alone but its length: a letter, digit or ideograph, no digit
    /// unless numbers are kept, no stopword.
    pub fn accepts_word(&self, word: &str) -> bool {
        word.chars().any(chars::is_alphanumeric)
            && (self.keep_numbers || !word.chars().any(chars::is_numeric))
            && !self.stopwords.contains(word)
    }

    /// The filters on the tag: no numeral or measure word unless numbers are kept, an allowed POS.
    pub fn accepts_pos(&self, pos: &str) -> bool {
        (self.keep_numbers || !pos.starts_with(['m', 'q']))
            && (self.pos_filter.is_empty() || self.pos_filter.iter().any(|p| pos.starts_with(p.as_str())))
    }

    /// TextRank's candidates: accepted tokens, and nouns or verbs unless a POS filter is set.
    pub(super) fn textrank_candidate(&self, token: &Tagged) -> bool {
        self.accepts(token) && (!self.pos_filter.is_empty() || TEXTRANK_POS.iter().any(|p| token.pos.starts_with(p)))
    }
}
