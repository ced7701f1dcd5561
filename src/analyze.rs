//! The analyzer: one long-lived object (jieba's dictionary loads once) that turns issue text into a
//! [`Report`] under a set of [`Options`].

use std::sync::{Arc, Mutex};

use serde::Serialize;

use crate::error::Result;
use crate::geometry::{self, Positions};
use crate::keywords::{IssueTally, KeywordCounter, KeywordOptions, Stopwords};
use crate::layout::{self, Layout};
use crate::library::IssueIndex;
use crate::options::{Options, Weighting};
use crate::report::{body_chars, IssueStats, Item, ItemStats, Keyword, PageBox, Report};
use crate::text::normalize;
use crate::words::{is_word, Segmenter};

/// Which part of an analysis is under way (see [`Analyzer::analyze_with_progress`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    /// The split into items (done in one step).
    Layout,
    /// Words and keywords, item by item.
    Words,
}

/// How far an analysis is: `done` of `total` steps of `stage`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Progress {
    pub stage: Stage,
    pub done: usize,
    pub total: usize,
}

/// Words and keywords of one body (see [`Analyzer::words_of_bodies`]).
#[derive(Debug, Clone, PartialEq)]
struct BodyWords {
    pub words: usize,
    pub keywords: Vec<Keyword>,
}

/// Per-body results and the keywords of all bodies together.
#[derive(Debug, Clone, PartialEq)]
struct BodiesWords {
    pub bodies: Vec<BodyWords>,
    pub keywords: Vec<Keyword>,
}

/// Holds the segmenter (jieba + user dictionary) and keyword tables; reuse it across analyses.
pub struct Analyzer {
    segmenter: Segmenter,
    counter: KeywordCounter,
    /// The stopword set of the last extra-stopwords text, so that analyses with the same
    /// settings share one set instead of hashing the ISO list again each time.
    stopwords: Mutex<Option<(String, Arc<Stopwords>)>>,
    /// The issue terms of the last report asked about (by a fingerprint of its bodies, names and
    /// settings), so that KWIC and counts for one item tag that item only.
    pub(crate) terms_cache: Option<(u64, crate::words::IssueTerms)>,
    /// The tokens of the last analysis or recount, for [`Analyzer::last_issue_index`].
    last_tokens: Option<LastTokens>,
}

/// The tokens of an analysis as the issue's token index needs them: each token's byte range in
/// its body and whether the keyword filters accept it, with a [`fingerprint`] of what they depend
/// on (the analyzer's dictionary aside: a new user dictionary drops the tokens). The page indexes
/// every issue it imports right after analysing it; with these it need not segment the issue a
/// second time.
struct LastTokens {
    key: u64,
    /// `(start, end, accepted)` of every token of every body, in order; body `i`'s are
    /// `spans[ends[i - 1]..ends[i]]`.
    spans: Vec<(u32, u32, bool)>,
    ends: Vec<usize>,
}

/// What an analysis's tokens and their acceptance depend on: the bodies, the credited names and
/// the settings that segment and filter (not those that rank).
fn tokens_key(bodies: &[&str], names: &[&str], o: &Options) -> u64 {
    fingerprint(&(bodies, names, (o.hmm, o.quoted_terms, o.min_len, o.keep_numbers, &o.pos_filter, &o.extra_stopwords)))
}

/// A 64-bit fingerprint of what a cached result depends on: equal fingerprints are taken as equal
/// inputs.
pub(crate) fn fingerprint(what: &impl std::hash::Hash) -> u64 {
    use std::hash::Hasher;
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    what.hash(&mut hasher);
    hasher.finish()
}

/// [`body_chars`] of a body, counted faster: its chars (std counts them over whole words of
/// bytes) less its line ends (each one byte).
fn chars_of(body: &str) -> usize {
    let chars = body.chars().count() - body.bytes().filter(|&b| b == b'\n').count();
    debug_assert_eq!(chars, body_chars(body));
    chars
}

impl Default for Analyzer {
    fn default() -> Self {
        Self::new()
    }
}

impl Analyzer {
    pub fn new() -> Self {
        Self::with_segmenter(Segmenter::new())
    }

    fn with_segmenter(segmenter: Segmenter) -> Self {
        Analyzer {
            segmenter,
            counter: KeywordCounter::new(),
            stopwords: Mutex::new(None),
            terms_cache: None,
            last_tokens: None,
        }
    }

    /// An analyzer that is ready at once and loads jieba's dictionary as texts need it (the
    /// browser's): each analysis loads the words its texts may need, and [`Analyzer::index_dictionary`]
    /// files the others while there is nothing else to do, so that later texts are admitted quickly.
    pub fn new_deferred() -> Self {
        Self::with_segmenter(Segmenter::deferred())
    }

    /// Makes ready to segment `text` as it is with [`Analyzer::segmenter`] (the analyses admit
    /// their own texts): loads the dictionary words that may occur in it.
    pub fn admit(&mut self, text: &str) {
        self.segmenter.admit([text]);
    }

    /// The segmenter, ready for `texts` (their dictionary words loaded).
    pub(crate) fn segmenter_for<'t>(&mut self, texts: impl IntoIterator<Item = &'t str>) -> &Segmenter {
        self.segmenter.admit(texts);
        &self.segmenter
    }

    /// Files up to `max_words` more pending dictionary words; returns whether all are filed.
    pub fn index_dictionary(&mut self, max_words: usize) -> bool {
        self.segmenter.index_dictionary(max_words)
    }

    /// The keyword settings of `options`, with the stopword set built once per distinct
    /// `extra_stopwords` text (the last one is kept).
    pub fn keyword_options(&self, options: &Options) -> KeywordOptions {
        let mut cached = self.stopwords.lock().unwrap_or_else(|e| e.into_inner());
        let stopwords = match &*cached {
            Some((extra, set)) if *extra == options.extra_stopwords => Arc::clone(set),
            _ => {
                let set = Arc::new(Stopwords::with_extra(&options.extra_stopwords));
                *cached = Some((options.extra_stopwords.clone(), Arc::clone(&set)));
                set
            }
        };
        KeywordOptions::with_stopwords(options, stopwords)
    }

    /// Replaces the user dictionary (lines of `word [freq] [pos]`); returns the number of words.
    pub fn set_user_dict(&mut self, dict: &str) -> Result<usize> {
        // Tokens and terms found with the old dictionary no longer hold.
        self.terms_cache = None;
        self.last_tokens = None;
        self.segmenter.set_user_dict(dict)
    }

    /// The issue's token index (see [`Analyzer::issue_index`]) from the tokens of the last
    /// analysis or recount, if it was of these `bodies` and credited `names` under `options`'s
    /// segmentation and filter settings (the ranking settings do not matter).
    pub(crate) fn last_issue_index(&self, bodies: &[&str], names: &[&str], options: &Options) -> Option<IssueIndex> {
        let last = self.last_tokens.as_ref().filter(|last| last.key == tokens_key(bodies, names, options))?;
        Some(IssueIndex::from_items(bodies.iter().enumerate().map(|(i, body)| {
            let start = if i == 0 { 0 } else { last.ends[i - 1] };
            last.spans[start..last.ends[i]].iter().map(|&(s, e, accepted)| (&body[s as usize..e as usize], accepted))
        })))
    }

    pub fn segmenter(&self) -> &Segmenter {
        &self.segmenter
    }

    pub fn keyword_counter(&self) -> &KeywordCounter {
        &self.counter
    }

    /// Splits the issue into items and computes their words and keywords.
    pub fn analyze(&mut self, text: &str, options: &Options) -> Report {
        self.analyze_with_progress(text, options, &mut |_| {})
    }

    /// [`Analyzer::analyze`], telling `progress` how far it is: after the layout, then after each
    /// item's words (the long part of a big issue).
    pub fn analyze_with_progress(
        &mut self,
        text: &str,
        options: &Options,
        progress: &mut dyn FnMut(Progress),
    ) -> Report {
        let normalized = normalize::normalize(text);
        let laid = layout::split(&normalized);
        progress(Progress { stage: Stage::Layout, done: 1, total: 1 });
        let lines = normalize::count_lines(text);
        self.report_of(laid, Vec::new(), (lines, text.chars().count()), options, progress)
    }

    /// Reads positioned lines (a PDF's text with its geometry, see [`crate::geometry`]) into items
    /// and computes their words and keywords; the items carry their page and boxes. Spans number
    /// the lines across the pages in the input's order.
    pub fn analyze_positions(&mut self, positions: &Positions, options: &Options) -> Report {
        let read = geometry::read(positions);
        let lines = positions.pages.iter().map(|p| p.lines.len()).sum();
        let chars = positions.pages.iter().flat_map(|p| &p.lines).map(|l| l.text.chars().count()).sum();
        self.report_of(read.layout, read.places, (lines, chars), options, &mut |_| {})
    }

    /// The report of laid-out items (with their places when read by geometry): words and keywords
    /// counted; `size` is the input's lines and characters.
    fn report_of(
        &mut self,
        laid: Layout,
        places: Vec<(usize, Vec<PageBox>)>,
        size: (usize, usize),
        options: &Options,
        progress: &mut dyn FnMut(Progress),
    ) -> Report {
        let mut places = places.into_iter();
        let mut items: Vec<Item> = laid
            .items
            .into_iter()
            .enumerate()
            .map(|(index, laid_item)| {
                let (page, boxes) = places.next().map_or((None, Vec::new()), |(p, b)| (Some(p), b));
                Item {
                    index,
                    kind: laid_item.kind,
                    title: laid_item.title,
                    kicker: laid_item.kicker,
                    subtitle: laid_item.subtitle,
                    credits: laid_item.credits,
                    spans: laid_item.spans,
                    body_spans: laid_item.body_spans,
                    title_spans: laid_item.title_spans,
                    credit_spans: laid_item.credit_spans,
                    // Both counted by `count_words` below.
                    stats: ItemStats::default(),
                    body: laid_item.body,
                    keywords: Vec::new(),
                    page,
                    boxes,
                }
            })
            .collect();

        let (keywords, total_words) = self.count_words(&mut items, options, progress);
        let stats = IssueStats { lines: size.0, chars: size.1, words: total_words, items: items.len() };
        Report { items, furniture: laid.furniture, keywords, stats }
    }

    /// The words and keywords of items as they are (after hand edits, or under other settings):
    /// the split is kept, the words are counted again.
    pub fn recount(&mut self, report: Report, options: &Options) -> Report {
        let Report { mut items, furniture, stats, .. } = report;
        let (keywords, words) = self.count_words(&mut items, options, &mut |_| {});
        let stats = IssueStats { words, items: items.len(), ..stats };
        Report { items, furniture, keywords, stats }
    }

    /// Fills in each item's word count and keywords; returns the issue's keywords and words.
    fn count_words(
        &mut self,
        items: &mut [Item],
        options: &Options,
        progress: &mut dyn FnMut(Progress),
    ) -> (Vec<Keyword>, usize) {
        let bodies: Vec<&str> = items.iter().map(|item| item.body.as_str()).collect();
        let credit_names: Vec<&str> = items
            .iter()
            .flat_map(|item| item.credits.iter().flat_map(|c| c.names.iter().map(String::as_str)))
            .collect();
        let BodiesWords { bodies: per_body, keywords } =
            self.words_of_bodies(&bodies, &credit_names, options, progress);
        let mut total_words = 0;
        for (item, body) in items.iter_mut().zip(per_body) {
            item.stats.words = body.words;
            item.stats.chars = chars_of(&item.body);
            item.keywords = body.keywords;
            total_words += body.words;
        }
        (keywords, total_words)
    }

    /// Word counts and keywords of an issue's bodies, each on its own and all together. Issue-wide
    /// terms (quoted phrases, credited `names`, titled names) are found once over all bodies, and
    /// that pass's jieba tags are reused for tagging. Also serves hand-edited splits in the page.
    fn words_of_bodies(
        &mut self,
        bodies: &[&str],
        names: &[&str],
        options: &Options,
        progress: &mut dyn FnMut(Progress),
    ) -> BodiesWords {
        self.segmenter.admit(bodies.iter().chain(names).copied());
        let kw_options = self.keyword_options(options);
        let issue_words = self.segmenter.issue_words(bodies, names, options.quoted_terms);
        // Each token is judged once: its body's tally, the issue's (the bodies' tallies merged)
        // and the index's tokens take the one verdict. Only TextRank needs all the tokens again.
        let textrank = kw_options.weighting == Weighting::Textrank;
        let mut all_tokens = Vec::new();
        // About one distinct word in 30 bytes of an issue's text.
        let mut tally = IssueTally::with_capacity(bodies.iter().map(|b| b.len()).sum::<usize>() / 30);
        let mut spans = Vec::with_capacity(bodies.iter().map(|b| b.len()).sum::<usize>() / 4);
        let mut ends = Vec::with_capacity(bodies.len());
        let mut per_body = Vec::with_capacity(bodies.len());
        for (i, body) in bodies.iter().enumerate() {
            let tokens = self.segmenter.tag_body(&issue_words, i, options.hmm);
            let mut words = 0;
            for t in &tokens {
                words += usize::from(is_word(t.word));
                let accepted = tally.count(t, &kw_options);
                let start = t.word.as_ptr() as usize - body.as_ptr() as usize;
                spans.push((start as u32, (start + t.word.len()) as u32, accepted));
            }
            ends.push(spans.len());
            let body_tally = tally.end_body();
            per_body.push(BodyWords { words, keywords: self.counter.rank(body_tally, &tokens, &kw_options) });
            if textrank {
                all_tokens.extend(tokens);
            }
            progress(Progress { stage: Stage::Words, done: i + 1, total: bodies.len() });
        }
        let keywords = self.counter.rank(tally.into_issue(), &all_tokens, &kw_options);
        self.last_tokens = Some(LastTokens { key: tokens_key(bodies, names, options), spans, ends });
        BodiesWords { keywords, bodies: per_body }
    }

    /// Segments one line: normalised for jieba, returned as slices of the original line.
    pub fn segment_line<'a>(&mut self, line: &'a str, hmm: bool) -> Vec<&'a str> {
        let normalized = normalize::normalize(line);
        self.segmenter.admit([normalized.as_str()]);
        let line = line.strip_prefix('\u{feff}').unwrap_or(line);
        // Normalisation maps char to char, so char offsets carry over to the original line.
        let byte_at: Vec<usize> = line.char_indices().map(|(i, _)| i).chain([line.len()]).collect();
        let mut words = Vec::new();
        let mut chars = 0;
        for word in self.segmenter.cut(&normalized, hmm) {
            let n = word.chars().count();
            words.push(&line[byte_at[chars]..byte_at[chars + n]]);
            chars += n;
        }
        words
    }

    /// Top keywords of one document (no layout: the whole text is the body).
    pub fn keywords_for_text(&mut self, text: &str, options: &Options) -> Vec<Keyword> {
        let normalized = normalize::normalize(text);
        self.segmenter.admit([normalized.as_str()]);
        let kw_options = self.keyword_options(options);
        let words = self.segmenter.issue_words(&[normalized.as_str()], &[], options.quoted_terms);
        let tokens = self.segmenter.tag_body(&words, 0, options.hmm);
        self.counter.top(&tokens, &kw_options)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Weighting;

    #[test]
    fn progress_reports_the_layout_then_every_item_and_changes_nothing() {
        let mut analyzer = Analyzer::new();
        let mut seen = Vec::new();
        let report = analyzer.analyze_with_progress(crate::SAMPLE_ISSUE, &Options::default(), &mut |p| seen.push(p));
        assert_eq!(seen[0], Progress { stage: Stage::Layout, done: 1, total: 1 });
        let items = report.items.len();
        assert_eq!(seen.len(), 1 + items);
        assert_eq!(*seen.last().unwrap(), Progress { stage: Stage::Words, done: items, total: items });
        assert_eq!(report, analyzer.analyze(crate::SAMPLE_ISSUE, &Options::default()));
    }

    /// Reports as JSON, for comparing two analyzers' results whole.
    fn report_json(analyzer: &mut Analyzer, text: &str, options: &Options) -> String {
        serde_json::to_string(&analyzer.analyze(text, options)).unwrap()
    }

    /// A deferred analyzer gives the same reports as one with the whole dictionary, for each
    /// weighting, with HMM off, for a text with full-width digits and a Kangxi radical (segmented
    /// as normalised), one with a word wrapped across two lines (segmented as joined), the
    /// sample, and after a user dictionary is set.
    #[test]
    fn deferred_analyzer_reports_like_the_whole_dictionary() {
        let mut whole = Analyzer::new();
        let mut deferred = Analyzer::new_deferred();
        let invented = "本报讯 ２０２３年，⼤学城的研究生命名了“梦想小镇”。\n\n“梦想小镇”吸引青年创业者。";
        let wrapped = "本报讯 昨天，一批来自新疆乌鲁木\n齐的客商到平湖考察，并签下了三\n个合作项目，总投资超过十亿元。";
        let settings = [
            Options::default(),
            Options { weighting: Weighting::Tfidf, hmm: false, ..Options::default() },
            Options { weighting: Weighting::Textrank, ..Options::default() },
        ];
        for text in [invented, wrapped, crate::SAMPLE_ISSUE] {
            for options in &settings {
                assert_eq!(report_json(&mut deferred, text, options), report_json(&mut whole, text, options));
            }
        }
        // 研究生 is a default word: both keep its default tag and take the user's frequency.
        let user_dict = "研究生命 5000 nz\n研究生 10 vn\n梦想小镇";
        let mut deferred = Analyzer::new_deferred();
        for analyzer in [&mut whole, &mut deferred] {
            analyzer.set_user_dict(user_dict).unwrap();
        }
        let graduates = "研究生毕业后来到梦想小镇。";
        deferred.admit(graduates);
        let terms = crate::words::IssueTerms::default();
        let tags = |a: &Analyzer| {
            a.segmenter()
                .tag(graduates, true, &terms)
                .iter()
                .map(|t| format!("{}/{}", t.word, t.pos))
                .collect::<Vec<_>>()
        };
        assert_eq!(tags(&deferred), tags(&whole));
        assert_eq!(report_json(&mut deferred, invented, &settings[0]), report_json(&mut whole, invented, &settings[0]));
        assert_eq!(deferred.segment_line(invented, true), whole.segment_line(invented, true));
    }

    /// The index made from the analysis's own tokens is the index made by segmenting the issue
    /// afresh, under each setting; it serves only the report and settings it was made for.
    #[test]
    fn the_analysis_tokens_index_like_a_fresh_segmentation() {
        let mut analyzer = Analyzer::new();
        let settings = [
            Options::default(),
            Options { hmm: false, quoted_terms: false, top_n: 3, ..Options::default() },
            Options { weighting: Weighting::Textrank, min_len: 1, keep_numbers: true, ..Options::default() },
            Options { pos_filter: vec!["n".into()], extra_stopwords: "平湖".into(), ..Options::default() },
        ];
        for options in &settings {
            let report = analyzer.analyze(crate::SAMPLE_ISSUE, options);
            let (bodies, names) = crate::concordance::bodies_and_names(&report);
            let kept = analyzer.last_issue_index(&bodies, &names, options).expect("the analysis's tokens");
            analyzer.last_tokens = None;
            assert_eq!(kept, analyzer.issue_index(&report, options));
            // Other ranking settings share the tokens; other filters or bodies do not.
            analyzer.analyze(crate::SAMPLE_ISSUE, options);
            let ranked = Options { top_n: 7, weighting: Weighting::Tfidf, ..options.clone() };
            assert!(analyzer.last_issue_index(&bodies, &names, &ranked).is_some());
            let filtered = Options { min_len: 3, ..options.clone() };
            assert!(analyzer.last_issue_index(&bodies, &names, &filtered).is_none());
            let mut edited = report.clone();
            edited.items[1].body.push('。');
            let (bodies, names) = crate::concordance::bodies_and_names(&edited);
            assert!(analyzer.last_issue_index(&bodies, &names, options).is_none());
        }
        // A recount keeps its own tokens; a new user dictionary drops them.
        let report = analyzer.analyze(crate::SAMPLE_ISSUE, &Options::default());
        let mut edited = report.clone();
        edited.items.swap(0, 1);
        let edited = analyzer.recount(edited, &Options::default());
        let (bodies, names) = crate::concordance::bodies_and_names(&edited);
        assert!(analyzer.last_issue_index(&bodies, &names, &Options::default()).is_some());
        analyzer.set_user_dict("平湖新闻 10 nz").unwrap();
        assert!(analyzer.last_issue_index(&bodies, &names, &Options::default()).is_none());
    }

    #[test]
    fn stopword_set_is_built_once_per_extra_text() {
        let analyzer = Analyzer::new();
        let plain = Options::default();
        let a = analyzer.keyword_options(&plain).stopwords;
        let b = analyzer.keyword_options(&plain).stopwords;
        assert!(Arc::ptr_eq(&a, &b), "same settings share one set");
        let extra = Options { extra_stopwords: "招商、项目".into(), ..Options::default() };
        let c = analyzer.keyword_options(&extra).stopwords;
        assert!(c.contains("招商") && c.contains("项目") && !a.contains("招商"));
        assert!(Arc::ptr_eq(&c, &analyzer.keyword_options(&extra).stopwords));
        // Back to no extra words: a set without them again.
        assert!(!analyzer.keyword_options(&plain).stopwords.contains("招商"));
    }
}
