//! Where words occur, counted the one way the keywords are: as tokens of the analysis (the same
//! segmentation, the same issue terms), never as substrings. `中国` inside `中国人` is no hit; a
//! credited name kept whole is one. The page's KWIC, heatmap and term matrix read these.

use serde::{Deserialize, Serialize};

use crate::analyze::{fingerprint, Analyzer};
use crate::library::IssueIndex;
use crate::options::Options;
use crate::report::Report;
use crate::words::Tagged;

/// One occurrence with its context: `at` is the UTF-16 offset of the word in the item's body
/// (what the page's `String.slice` needs), `left` and `right` up to `width` characters each,
/// line ends as spaces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hit {
    pub index: usize,
    pub at: usize,
    pub left: String,
    pub word: String,
    pub right: String,
}

/// How often an item uses the word.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemCount {
    pub index: usize,
    pub count: u32,
}

/// A word's occurrences over a report's items (or one item's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Concordance {
    pub word: String,
    pub total: u32,
    pub counts: Vec<ItemCount>,
    pub lines: Vec<Hit>,
    /// More hits than `limit`: `lines` holds the first `limit`.
    pub truncated: bool,
}

impl Analyzer {
    /// The tokens of the items `wanted` picks (by index), tagged as the analysis tagged them; the
    /// others are `None`. The issue's terms are found over all items once per report and kept,
    /// so asking about one item again tags that item only.
    fn with_item_tokens<R>(
        &mut self,
        report: &Report,
        options: &Options,
        wanted: impl Fn(usize) -> bool,
        f: impl FnOnce(Vec<Option<Vec<Tagged>>>) -> R,
    ) -> R {
        let (bodies, names) = bodies_and_names(report);
        let key = fingerprint(&(&bodies, &names, options.quoted_terms)); // what the issue terms depend on
        self.segmenter_for(bodies.iter().chain(&names).copied());
        if self.terms_cache.as_ref().is_none_or(|(k, _)| *k != key) {
            let terms = self.segmenter().issue_terms(&bodies, &names, options.quoted_terms);
            self.terms_cache = Some((key, terms));
        }
        let (segmenter, terms) = (self.segmenter(), &self.terms_cache.as_ref().expect("just set").1);
        let tokens = bodies
            .iter()
            .enumerate()
            .map(|(i, body)| wanted(i).then(|| segmenter.tag(body, options.hmm, terms)))
            .collect();
        f(tokens)
    }

    /// The issue's token index: per item, every word's tokens and how many of them the keyword
    /// filters accept (the many-issue views count with it; `term_counts` and `word_counts` too).
    /// Its tokens are the analysis's own, made the way `analyze` makes them: the issue's words
    /// found once over all bodies, whose jieba tags each body's tagging reuses (about half the
    /// time of finding the terms and tagging every body afresh).
    pub fn issue_index(&mut self, report: &Report, options: &Options) -> IssueIndex {
        let (bodies, names) = bodies_and_names(report);
        // Right after the analysis of this report: its own tokens, kept.
        if let Some(index) = self.last_issue_index(&bodies, &names, options) {
            return index;
        }
        let filter = self.keyword_options(options);
        let segmenter = self.segmenter_for(bodies.iter().chain(&names).copied());
        let words = segmenter.issue_words(&bodies, &names, options.quoted_terms);
        IssueIndex::from_items((0..bodies.len()).map(|i| {
            let tokens = segmenter.tag_body(&words, i, options.hmm);
            tokens.iter().map(|t| (t.word, filter.accepts(t))).collect::<Vec<_>>()
        }))
    }

    /// Token counts of `terms` in each item: `counts[item][term]`; a term `疫情+肺炎` is a group
    /// (its words' tokens together).
    pub fn term_counts(&mut self, report: &Report, terms: &[&str], options: &Options) -> Vec<Vec<u32>> {
        self.issue_index(report, options).term_counts(terms)
    }

    /// Every word the keyword filters accept (stopwords, numbers, length, POS), with its token
    /// count over all the report's items, most frequent first: a corpus's vocabulary for keyness.
    pub fn word_counts(&mut self, report: &Report, options: &Options) -> Vec<(String, u32)> {
        self.issue_index(report, options).word_counts()
    }

    /// Occurrences of `word` in the report's items (only in item `only` if given), with `width`
    /// characters of context, at most `limit` lines.
    pub fn concordance(
        &mut self,
        report: &Report,
        word: &str,
        only: Option<usize>,
        width: usize,
        limit: usize,
        options: &Options,
    ) -> Concordance {
        let wanted = |i: usize| only.is_none_or(|o| o == i);
        self.with_item_tokens(report, options, wanted, |tokens| {
            let mut found =
                Concordance { word: word.to_string(), total: 0, counts: vec![], lines: vec![], truncated: false };
            for (index, item_tokens) in tokens.iter().enumerate() {
                let Some(item_tokens) = item_tokens else { continue };
                let body = report.items[index].body.as_str();
                let mut count = 0;
                for token in item_tokens.iter().filter(|t| t.word == word) {
                    count += 1;
                    if found.lines.len() < limit {
                        let start = token.word.as_ptr() as usize - body.as_ptr() as usize;
                        found.lines.push(hit(index, body, start, start + token.word.len(), width));
                    }
                }
                if count > 0 {
                    found.counts.push(ItemCount { index: report.items[index].index, count });
                    found.total += count;
                }
            }
            found.truncated = (found.total as usize) > found.lines.len();
            found
        })
    }
}

/// The items' bodies and their credited names: what the issue's words are found in.
pub(crate) fn bodies_and_names(report: &Report) -> (Vec<&str>, Vec<&str>) {
    let bodies = report.items.iter().map(|item| item.body.as_str()).collect();
    let names = report
        .items
        .iter()
        .flat_map(|item| item.credits.iter().flat_map(|c| c.names.iter().map(String::as_str)))
        .collect();
    (bodies, names)
}

fn hit(index: usize, body: &str, start: usize, end: usize, width: usize) -> Hit {
    let flat = |s: &str| s.chars().map(|c| if c.is_whitespace() { ' ' } else { c }).collect::<String>();
    let left: String = {
        let mut chars: Vec<char> = body[..start].chars().rev().take(width).collect();
        chars.reverse();
        chars.into_iter().collect()
    };
    let right: String = body[end..].chars().take(width).collect();
    Hit {
        index,
        at: body[..start].encode_utf16().count(),
        left: flat(&left),
        word: body[start..end].to_string(),
        right: flat(&right),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hits_are_the_keyword_counts_tokens_not_substrings() {
        let mut analyzer = Analyzer::new();
        let options = Options::default();
        let report = analyzer.analyze(crate::SAMPLE_ISSUE, &options);
        // Every item keyword's count is the concordance's count for that item.
        for item in &report.items {
            for k in item.keywords.iter().take(5) {
                let c = analyzer.concordance(&report, &k.word, Some(item.index), 10, 1000, &options);
                assert_eq!(c.total, k.count, "{} in item {}", k.word, item.index);
            }
        }
        let top = &report.keywords[0];
        let all = analyzer.concordance(&report, &top.word, None, 10, 3, &options);
        assert_eq!(all.total, top.count);
        assert_eq!(all.lines.len(), 3);
        assert!(all.truncated);
        let counts = analyzer.term_counts(&report, &[top.word.as_str()], &options);
        let vocabulary = analyzer.word_counts(&report, &options);
        assert_eq!(vocabulary[0], (top.word.clone(), top.count));
        assert_eq!(counts.iter().map(|c| c[0]).sum::<u32>(), top.count);
        assert_eq!(all.counts.iter().map(|c| c.count).sum::<u32>(), top.count);
    }

    #[test]
    fn a_word_inside_a_longer_token_is_no_hit() {
        let mut analyzer = Analyzer::new();
        let options = Options::default();
        let report = analyzer.analyze("本报讯 中国人民银行今天发布消息，中国经济稳中向好。\n", &options);
        let c = analyzer.concordance(&report, "中国", None, 4, 10, &options);
        assert_eq!(c.total, 1, "{c:?}");
        let hit = &c.lines[0];
        assert_eq!((hit.left.as_str(), hit.word.as_str(), hit.right.as_str()), ("布消息，", "中国", "经济稳中"));
        let body = &report.items[hit.index].body;
        assert_eq!(hit.at, body[..body.find("，中国").unwrap() + "，".len()].encode_utf16().count());
    }
}
