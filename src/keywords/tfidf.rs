//! IDF weights for our own tokens from jieba-rs's IDF table.
//!
//! jieba-rs 0.11 keeps the table private inside [`TfIdf`]: its only query is
//! `extract_keywords(jieba, text, …)`, which segments `text` with the given `jieba` and returns
//! `tf × idf / total` for each word. We hand it a throw-away [`Jieba`] whose dictionary holds
//! exactly the words we ask about, all with the same frequency, and a text of those words one a
//! line. jieba's route then keeps every line whole (one word scores better than two or more, and
//! ties go to the longer word), each word has tf 1, and its weight times the number of words is
//! its IDF. This reuses the table jieba-rs already embeds (no second 6 MB copy in the wasm) and
//! works for issue terms that jieba itself would never produce. Cost: building the table once
//! (about 0.1 s native) and, per query, a small dictionary of the distinct words.

use std::collections::{BTreeSet, HashMap};

use jieba_rs::{Jieba, KeywordExtract, KeywordExtractConfig, TfIdf};

use crate::text::chars;

/// Separates the words of a query; made a stopword so that it is never counted.
const SEPARATOR: &str = "\n";

/// A word that is certainly not in the IDF table: jieba gives it the median IDF.
const NOT_IN_TABLE: &str = "qqzxidfmedianprobe";

pub struct Idf {
    tfidf: TfIdf,
}

impl Default for Idf {
    fn default() -> Self {
        Self::new()
    }
}

impl Idf {
    /// Loads jieba-rs's IDF table (decompressed and hashed: do this once).
    pub fn new() -> Self {
        let mut tfidf = TfIdf::default();
        *tfidf.config_mut() = KeywordExtractConfig::builder()
            .set_stop_words(BTreeSet::from([SEPARATOR.to_string()]))
            .min_keyword_length(1)
            .build();
        Idf { tfidf }
    }

    /// The IDF of each of `words`; words not in the table get the table's median, as in jieba.
    pub fn weights<'w>(&self, words: impl IntoIterator<Item = &'w str>) -> HashMap<&'w str, f64> {
        let mut queried: Vec<&str> = words.into_iter().collect();
        queried.sort_unstable();
        queried.dedup();
        let (lookup, other): (Vec<&str>, Vec<&str>) = queried.into_iter().partition(|w| stays_whole(w));

        let mut vocabulary = Jieba::empty();
        let mut text = String::with_capacity(lookup.iter().map(|w| w.len() + 1).sum::<usize>() + 32);
        for word in lookup.iter().copied().chain([NOT_IN_TABLE]) {
            vocabulary.add_word(word, Some(1), None);
            text.push_str(word);
            text.push_str(SEPARATOR);
        }
        let total = (lookup.len() + 1) as f64;
        let found: HashMap<String, f64> = self
            .tfidf
            .extract_keywords(&vocabulary, &text, lookup.len() + 1, Vec::new())
            .into_iter()
            .map(|k| (k.keyword, k.weight * total))
            .collect();
        let median = found.get(NOT_IN_TABLE).copied().unwrap_or(0.0);
        lookup
            .into_iter()
            .map(|w| (w, found.get(w).copied().unwrap_or(median)))
            .chain(other.into_iter().map(|w| (w, median)))
            .collect()
    }
}

/// Whether jieba keeps `word` in one block (its `[\u4E00-\u9FD5a-zA-Z0-9+#&._%-]` class);
/// other words (`C3·膜材料`) would be split before the dictionary is consulted, and are not
/// in the IDF table anyway.
fn stays_whole(word: &str) -> bool {
    !word.is_empty() && word.chars().all(chars::is_jieba_block_char)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words_weigh_less_than_rare_ones_and_unknown_get_the_median() {
        let idf = Idf::new();
        let w = idf.weights(["发展", "工作", "离心机", "双招双引", "仲旭东", "C3·膜"]);
        assert!(w["离心机"] > w["发展"] + 3.0, "{w:?}");
        assert!(w["工作"] < 5.0, "{w:?}");
        // Not in the table: the median, for whole-looking and split-looking words alike.
        assert_eq!(w["双招双引"], w["仲旭东"]);
        assert_eq!(w["双招双引"], w["C3·膜"]);
        assert!((10.0..13.0).contains(&w["双招双引"]), "median {w:?}");
    }

    #[test]
    fn a_word_and_its_parts_each_get_their_own_idf() {
        // The query dictionary holds both 电梯 and 加装电梯; each line must stay whole.
        let idf = Idf::new();
        let w = idf.weights(["加装", "电梯", "加装电梯", "电梯"]);
        assert_eq!(w.len(), 3);
        assert!(w["电梯"] < w["加装电梯"], "{w:?}");
        let alone = idf.weights(["电梯"]);
        assert_eq!(alone["电梯"], w["电梯"]);
    }
}
