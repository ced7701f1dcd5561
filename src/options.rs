//! Analysis options: the one place where their defaults live (the CLI's flags and the page's
//! settings start from [`Options::default`]).

use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// How keywords are weighted and ranked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Weighting {
    /// Raw term frequency.
    #[default]
    Count,
    /// Term frequency × jieba's IDF table.
    Tfidf,
    /// TextRank over a co-occurrence window.
    Textrank,
}

/// Analysis options. Every field has a default, so JSON/JS callers may pass a partial object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    /// Use jieba's HMM for words not in the dictionary.
    pub hmm: bool,
    /// Treat short quoted phrases that recur in the issue (`“双招双引”`) as words.
    pub quoted_terms: bool,
    /// Keywords kept per item and for the issue.
    pub top_n: usize,
    /// Shortest keyword in characters (2 drops single characters).
    pub min_len: usize,
    /// Keep numbers and words with digits as keywords.
    pub keep_numbers: bool,
    /// Only keep keywords whose POS tag starts with one of these (empty: keep all).
    pub pos_filter: Vec<String>,
    pub weighting: Weighting,
    /// Extra stopwords, one per line (or separated by spaces/commas).
    pub extra_stopwords: String,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            hmm: true,
            quoted_terms: true,
            top_n: 20,
            min_len: 2,
            keep_numbers: false,
            pos_filter: Vec::new(),
            weighting: Weighting::Count,
            extra_stopwords: String::new(),
        }
    }
}

impl Weighting {
    /// The names the CLI and the page use, in order.
    pub const NAMES: [&'static str; 3] = ["count", "tfidf", "textrank"];
}

impl FromStr for Weighting {
    type Err = String;

    fn from_str(name: &str) -> std::result::Result<Self, String> {
        match name {
            "count" => Ok(Weighting::Count),
            "tfidf" => Ok(Weighting::Tfidf),
            "textrank" => Ok(Weighting::Textrank),
            other => Err(format!("unknown weighting {other:?} (one of {})", Weighting::NAMES.join(", "))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weighting_names_parse_and_serialize_alike() {
        for name in Weighting::NAMES {
            let weighting: Weighting = name.parse().unwrap();
            assert_eq!(serde_json::to_string(&weighting).unwrap(), format!("\"{name}\""));
        }
        assert!("idf".parse::<Weighting>().is_err());
    }

    #[test]
    fn a_partial_object_takes_the_defaults_for_the_rest() {
        let options: Options = serde_json::from_str(r#"{"top_n": 5}"#).unwrap();
        assert_eq!(options, Options { top_n: 5, ..Options::default() });
    }
}
