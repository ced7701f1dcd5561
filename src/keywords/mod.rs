//! Keywords: tokens filtered ([`filter`]), counted, then weighted by count, TF-IDF ([`tfidf`]) or
//! TextRank ([`textrank`]) and ranked.

use std::sync::OnceLock;

mod filter;
mod issue_tally;
pub mod stopwords;
mod tally;
mod textrank;
mod tfidf;

pub use filter::KeywordOptions;
pub use issue_tally::IssueTally;
pub use stopwords::Stopwords;
pub use tally::Tally;

use crate::options::Weighting;
use crate::report::Keyword;
use crate::words::Tagged;
use tally::Candidate;
use tfidf::Idf;

/// Ranks keywords; holds the tables (IDF) that are loaded once.
#[derive(Default)]
pub struct KeywordCounter {
    /// jieba-rs's IDF table, loaded on first TF-IDF use: it costs about 0.1 s (native) that
    /// count and TextRank weighting never need to pay.
    idf: OnceLock<Idf>,
}

impl KeywordCounter {
    pub fn new() -> Self {
        KeywordCounter { idf: OnceLock::new() }
    }

    /// Loads the IDF table now rather than on the first TF-IDF ranking.
    pub fn preload_idf(&self) {
        self.idf();
    }

    fn idf(&self) -> &Idf {
        self.idf.get_or_init(Idf::new)
    }

    /// The top keywords of a token sequence, by `options.weighting`; ties go to the more
    /// frequent, then the alphabetically first word, so results are stable.
    pub fn top(&self, tokens: &[Tagged], options: &KeywordOptions) -> Vec<Keyword> {
        self.rank(Tally::of(tokens, |t| options.accepts(t)), tokens, options)
    }

    /// [`KeywordCounter::top`] of the tokens `tally` counted: `tokens` are those tokens (only
    /// TextRank reads them; the other weightings rank the tally alone, so a caller that merged
    /// the tallies of several bodies may pass no tokens unless the weighting is TextRank).
    pub fn rank<'a>(&self, tally: Tally<'a>, tokens: &[Tagged<'a>], options: &KeywordOptions) -> Vec<Keyword> {
        let mut candidates = tally.candidates;
        for c in &mut candidates {
            c.weight = f64::from(c.count);
        }
        match options.weighting {
            Weighting::Count => keep_top_counts(&mut candidates, options.top_n),
            Weighting::Tfidf => {
                let total: u32 = candidates.iter().map(|c| c.count).sum();
                let idf = self.idf().weights(candidates.iter().map(|c| c.word));
                for c in &mut candidates {
                    c.weight = f64::from(c.count) / f64::from(total) * idf[c.word];
                }
            }
            Weighting::Textrank => {
                let scores = textrank::rank(tokens, |t| options.textrank_candidate(t));
                candidates.retain_mut(|c| match scores.get(c.word) {
                    Some(&score) => {
                        c.weight = score;
                        true
                    }
                    None => false,
                });
            }
        }
        // A total order (the words are distinct), so picking the top N before sorting them gives
        // the same list as sorting all; an issue has thousands of candidates for 20 keywords.
        let by_rank = |a: &Candidate, b: &Candidate| {
            b.weight.total_cmp(&a.weight).then(b.count.cmp(&a.count)).then_with(|| a.word.cmp(b.word))
        };
        if options.top_n == 0 {
            candidates.clear();
        } else if candidates.len() > options.top_n {
            candidates.select_nth_unstable_by(options.top_n - 1, by_rank);
            candidates.truncate(options.top_n);
        }
        candidates.sort_unstable_by(by_rank);
        candidates
            .into_iter()
            .map(|c| Keyword { word: c.word.to_string(), count: c.count, weight: c.weight, pos: c.pos.to_string() })
            .collect()
    }
}

/// Drops the candidates that cannot be among the `n` with the highest counts (those counted
/// less often than the `n`th most frequent), so that ranking by count compares only the rest:
/// most words of a body occur once and would be told apart by their text alone.
fn keep_top_counts(candidates: &mut Vec<Candidate>, n: usize) {
    if n == 0 || candidates.len() <= n {
        return;
    }
    let mut counts: Vec<u32> = candidates.iter().map(|c| c.count).collect();
    let (_, &mut nth, _) = counts.select_nth_unstable_by(n - 1, |a, b| b.cmp(a));
    candidates.retain(|c| c.count >= nth);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;
    use crate::words::Segmenter;

    const ELEVATOR: &str = "既有住宅加装电梯，看似事小，其实是关系到百姓福祉的民生大事。\
        2019年12月，我市出台了通知，实施3年以来，我市共有54幢房屋实施了加装电梯。\
        政府按照电梯加装费用50%的比例给予补助，给予加装电梯所在社区每台0.8万元的经费补助。\
        未来既有住宅加装电梯，社区也将发挥引导作用。";

    fn options(weighting: Weighting) -> KeywordOptions {
        KeywordOptions::from_options(&Options { weighting, ..Options::default() })
    }

    fn top_words(seg: &Segmenter, counter: &KeywordCounter, text: &str, opts: &KeywordOptions) -> Vec<String> {
        let terms = seg.issue_terms(&[text], &[], true);
        counter.top(&seg.tag(text, true, &terms), opts).into_iter().map(|k| k.word).collect()
    }

    #[test]
    fn counts_after_stopwords_punctuation_numbers_and_single_chars() {
        let seg = Segmenter::new();
        let counter = KeywordCounter::new();
        let opts = options(Weighting::Count);
        let terms = seg.issue_terms(&[ELEVATOR], &[], true);
        let keywords = counter.top(&seg.tag(ELEVATOR, true, &terms), &opts);
        // 加装/电梯 occur together four times out of five: one issue term.
        assert_eq!(keywords[0].word, "加装电梯", "{keywords:?}");
        assert_eq!(keywords[0].count, 4);
        let words: Vec<&str> = keywords.iter().map(|k| k.word.as_str()).collect();
        for gone in ["的", "我市", "了", "，", "2019", "54", "0.8", "每台", "其实"] {
            assert!(!words.contains(&gone), "{gone} in {words:?}");
        }
        assert!(words.iter().all(|w| w.chars().count() >= 2));
    }

    /// The tallies of an issue's bodies merged in order rank as the tally of all their tokens:
    /// the same counts, the same first POS, the same keywords (count and TF-IDF weighting).
    #[test]
    fn merged_body_tallies_rank_like_all_tokens() {
        let seg = Segmenter::new();
        let counter = KeywordCounter::new();
        let text = crate::text::normalize::normalize(crate::SAMPLE_ISSUE);
        let bodies: Vec<&str> = text.split("\n\n").chain([ELEVATOR]).collect();
        let terms = seg.issue_terms(&bodies, &[], true);
        let tagged: Vec<Vec<Tagged>> = bodies.iter().map(|b| seg.tag(b, true, &terms)).collect();
        let all = tagged.concat();
        for weighting in [Weighting::Count, Weighting::Tfidf] {
            let mut opts = options(weighting);
            opts.top_n = 200;
            let mut merged = Tally::default();
            for tokens in &tagged {
                merged.merge(&Tally::of(tokens, |t| opts.accepts(t)));
            }
            assert!(merged.len() > opts.top_n);
            assert_eq!(counter.rank(merged, &[], &opts), counter.top(&all, &opts));
        }
    }

    #[test]
    fn a_tally_made_with_room_counts_as_one_made_empty() {
        let t = |word| Tagged { word, pos: "n" };
        let tokens = [t("电梯"), t("加装"), t("电梯"), t("，")];
        for mut tally in [Tally::with_capacity(0), Tally::with_capacity(100), Tally::default()] {
            for token in &tokens {
                tally.add(token.word, token.pos, 1);
            }
            let counts: Vec<(&str, u32)> = tally.candidates.iter().map(|c| (c.word, c.count)).collect();
            assert_eq!(counts, vec![("电梯", 2), ("加装", 1), ("，", 1)]);
        }
    }

    #[test]
    fn ideograph_shortcuts_agree_with_char_methods() {
        for c in '\u{4E00}'..='\u{9FFF}' {
            assert!(c.is_alphanumeric() && !c.is_numeric(), "{c:?}");
        }
    }

    #[test]
    fn numbers_stay_when_asked() {
        let seg = Segmenter::new();
        let counter = KeywordCounter::new();
        let mut opts = options(Weighting::Count);
        opts.top_n = 100;
        assert!(!top_words(&seg, &counter, ELEVATOR, &opts).contains(&"2019".to_string()));
        opts.keep_numbers = true;
        assert!(top_words(&seg, &counter, ELEVATOR, &opts).contains(&"2019".to_string()));
    }

    #[test]
    fn pos_filter_is_a_prefix_match() {
        let seg = Segmenter::new();
        let counter = KeywordCounter::new();
        let mut opts = options(Weighting::Count);
        opts.pos_filter = vec!["n".into()];
        let text = "市委书记仲旭东在会上强调，仲旭东指出，平湖要加快发展。";
        let terms = seg.issue_terms(&[text], &[], true);
        let keywords = counter.top(&seg.tag(text, true, &terms), &opts);
        assert!(keywords.iter().all(|k| k.pos.starts_with('n')), "{keywords:?}");
        assert_eq!((keywords[0].word.as_str(), keywords[0].pos.as_str()), ("仲旭东", "nr"));
        assert!(keywords.iter().any(|k| k.word == "平湖" && k.pos == "ns"), "{keywords:?}");
        assert!(!keywords.iter().any(|k| k.word == "加快"), "a verb passed the n filter");
    }

    #[test]
    fn tfidf_ranks_a_rare_domain_word_above_a_common_one() {
        let seg = Segmenter::new();
        let counter = KeywordCounter::new();
        // 企业 and 离心机 occur equally often; only the IDF tells them apart.
        let text = "企业生产离心机。离心机企业。";
        let by_count = top_words(&seg, &counter, text, &options(Weighting::Count));
        assert_eq!(by_count[..2], ["企业", "离心机"]);
        let by_tfidf = top_words(&seg, &counter, text, &options(Weighting::Tfidf));
        assert_eq!(by_tfidf[0], "离心机", "{by_tfidf:?}");
        // weight = tf / total × idf, as in jieba.
        let keywords = counter.top(&seg.tag(text, true, &Default::default()), &options(Weighting::Tfidf));
        let total: u32 = keywords.iter().map(|k| k.count).sum();
        let idf = counter.idf().weights(["离心机"]);
        let expected = 2.0 / f64::from(total) * idf["离心机"];
        assert!((keywords[0].weight - expected).abs() < 1e-9, "{keywords:?}");
    }

    #[test]
    fn textrank_returns_connected_content_words() {
        let seg = Segmenter::new();
        let counter = KeywordCounter::new();
        let words = top_words(&seg, &counter, ELEVATOR, &options(Weighting::Textrank));
        assert_eq!(words[0], "加装电梯", "{words:?}");
        // Default TextRank candidates are nouns and verbs: no adverbs or idioms.
        assert!(!words.contains(&"看似".to_string()), "{words:?}");
    }

    #[test]
    fn user_dict_word_is_one_keyword() {
        let mut seg = Segmenter::new();
        let counter = KeywordCounter::new();
        let opts = options(Weighting::Count);
        let text = "继续完善吉瑞弗产业园区建设，吉瑞弗产业园区二期开工。";
        assert!(!top_words(&seg, &counter, text, &opts).contains(&"吉瑞弗产业园区".to_string()));
        seg.set_user_dict("吉瑞弗产业园区 1000 nz").unwrap();
        let keywords = counter.top(&seg.tag(text, true, &Default::default()), &opts);
        assert_eq!((keywords[0].word.as_str(), keywords[0].count), ("吉瑞弗产业园区", 2), "{keywords:?}");
    }

    #[test]
    fn top_n_and_stable_order() {
        let seg = Segmenter::new();
        let counter = KeywordCounter::new();
        let mut opts = options(Weighting::Count);
        opts.top_n = 3;
        let a = top_words(&seg, &counter, ELEVATOR, &opts);
        assert_eq!(a.len(), 3);
        assert_eq!(a, top_words(&seg, &counter, ELEVATOR, &opts));
    }
}
