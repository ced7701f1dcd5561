//! The browser binding (wasm32 only): a thin wasm-bindgen layer over [`Analyzer`] and the report's
//! pure functions (decoding, CSV, hand edits), so the page writes none of those rules again.
//!
//! The page creates one [`DubaoAnalyzer`] in a Web Worker (jieba's dictionary loads once) and
//! reuses it. Reports cross into JS through serde-wasm-bindgen; bulk token output for the
//! benchmark is one joined string, which is several times cheaper than a `string[]`.

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::analyze::Analyzer;
use crate::edit::{self, Edit};
use crate::error::Error;
use crate::geometry::Positions;
use crate::issue::IssueMeta;
use crate::library::{export::items_jsonl, Entry, IssueIndex, ItemMeta, Library};
use crate::options::Options;
use crate::report::csv::{keywords_csv, term_matrix_csv};
use crate::report::Report;
use crate::text::{decode, normalize};
use crate::trends::Period;

/// Plain JS objects (not `Map`s) for structs, so the page can read `report.items[0].title`.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    value.serialize(&serializer).map_err(|e| JsError::new(&format!("结果无法传给页面：{e}")))
}

fn from_js<T: DeserializeOwned>(value: JsValue, what: &str) -> Result<T, JsError> {
    serde_wasm_bindgen::from_value(value).map_err(|e| JsError::new(&format!("{what}无效：{e}")))
}

/// Reads options from a partial JS object; `undefined`/`null` means all defaults.
fn options_from_js(options: JsValue) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    from_js(options, "分析选项")
}

/// A core error as a JS `Error` whose `code` names it (`binary`, `pdf`, `user-dict` …).
fn js_error(error: Error) -> JsValue {
    let js = js_sys::Error::new(&error.to_string());
    let _ = js_sys::Reflect::set(&js, &"code".into(), &error.code().into());
    js.into()
}

/// One long-lived analyzer (holds jieba and the keyword tables).
#[wasm_bindgen]
pub struct DubaoAnalyzer {
    inner: Analyzer,
}

#[wasm_bindgen]
impl DubaoAnalyzer {
    /// Ready at once: jieba's dictionary is loaded as texts need it, and `index_dictionary`
    /// (while the page is idle) files the rest so that later texts load theirs quickly. Create it once.
    #[wasm_bindgen(constructor)]
    pub fn new() -> DubaoAnalyzer {
        DubaoAnalyzer { inner: Analyzer::new_deferred() }
    }

    /// Files up to `max_words` more pending dictionary words; returns whether all are filed.
    pub fn index_dictionary(&mut self, max_words: usize) -> bool {
        self.inner.index_dictionary(max_words)
    }

    /// Analyzes an issue; `options` is a partial `Options` object. Returns the `Report` as a JS
    /// object. `on_progress`, if given, is called with `{stage: "layout"|"words", done, total}`
    /// as the analysis goes (the worker posts it on to the page).
    pub fn analyze(
        &mut self,
        text: &str,
        options: JsValue,
        on_progress: Option<js_sys::Function>,
    ) -> Result<JsValue, JsError> {
        let options = options_from_js(options)?;
        let report = match on_progress {
            None => self.inner.analyze(text, &options),
            Some(callback) => self.inner.analyze_with_progress(text, &options, &mut |progress| {
                if let Ok(value) = to_js(&progress) {
                    let _ = callback.call1(&JsValue::NULL, &value);
                }
            }),
        };
        to_js(&report)
    }

    /// Analyzes a PDF's positioned lines (the JSON `dubao analyze --positions` reads, made by
    /// `www/src/lib/position-lines.js` from pdf.js): the same call as the CLI's, so the items carry
    /// their `page` and `boxes`. Spans number the lines 1, 2, … across the pages; a JSON that is
    /// not positioned lines is an `Error` with `code` `positions`.
    pub fn analyze_positions(&mut self, json: &str, options: JsValue) -> Result<JsValue, JsValue> {
        let options = options_from_js(options).map_err(JsValue::from)?;
        let positions = Positions::from_json(json).map_err(|e| js_error(Error::Positions { detail: e.to_string() }))?;
        to_js(&self.inner.analyze_positions(&positions, &options)).map_err(JsValue::from)
    }

    /// The occurrences of `word` as tokens of the analysis (the count the keywords use) in
    /// `report`'s items, or only in item `item`: `{word, total, counts: [{index, count}], lines:
    /// [{index, at, left, word, right}], truncated}`; `at` is a UTF-16 offset into the body.
    pub fn concordance(
        &mut self,
        report: JsValue,
        word: &str,
        item: Option<usize>,
        width: usize,
        limit: usize,
        options: JsValue,
    ) -> Result<JsValue, JsError> {
        let options = options_from_js(options)?;
        let report: Report = from_js(report, "报告")?;
        to_js(&self.inner.concordance(&report, word, item, width, limit, &options))
    }

    /// The document × term matrix of `report` for `terms` as CSV (the same writer as the keyword CSV).
    pub fn term_matrix_csv(
        &mut self,
        report: JsValue,
        terms: Vec<String>,
        options: JsValue,
    ) -> Result<String, JsError> {
        let options = options_from_js(options)?;
        let report: Report = from_js(report, "报告")?;
        let terms: Vec<&str> = terms.iter().map(String::as_str).collect();
        let counts = self.inner.term_counts(&report, &terms, &options);
        Ok(term_matrix_csv(&report, &terms, &counts))
    }

    /// Token counts of `terms` in every item of `report`, row by row: `counts[item * terms.length + term]`.
    pub fn term_counts(&mut self, report: JsValue, terms: Vec<String>, options: JsValue) -> Result<Vec<u32>, JsError> {
        let options = options_from_js(options)?;
        let report: Report = from_js(report, "报告")?;
        let terms: Vec<&str> = terms.iter().map(String::as_str).collect();
        Ok(self.inner.term_counts(&report, &terms, &options).into_iter().flatten().collect())
    }

    /// The report's token index for the library: `{words, data}` (a string and a `Uint32Array`,
    /// what `DubaoLibrary.add` takes and the page stores in IndexedDB).
    pub fn issue_index(&mut self, report: JsValue, options: JsValue) -> Result<JsValue, JsError> {
        let options = options_from_js(options)?;
        let report: Report = from_js(report, "报告")?;
        let (words, data) = self.inner.issue_index(&report, &options).to_parts();
        let out = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&out, &"words".into(), &words.into());
        let _ = js_sys::Reflect::set(&out, &"data".into(), &js_sys::Uint32Array::from(&data[..]).into());
        Ok(out.into())
    }

    /// Applies a hand edit (`{op: "merge", item}` or `{op: "split", item, line}`) to `report`, the
    /// analysis of `text`, and counts the words of the edited items again. Returns the new report.
    pub fn edit(&mut self, text: &str, report: JsValue, edit: JsValue, options: JsValue) -> Result<JsValue, JsError> {
        let options = options_from_js(options)?;
        let mut report: Report = from_js(report, "报告")?;
        let edit: Edit = from_js(edit, "修改")?;
        let normalized = normalize::normalize(text);
        let lines = normalize::split_lines(&normalized);
        report.items = edit::apply(&report.items, &lines, edit);
        to_js(&self.inner.recount(report, &options))
    }

    /// Counts the words of `report`'s items again under `options`, keeping its split (hand edits).
    pub fn recount(&mut self, report: JsValue, options: JsValue) -> Result<JsValue, JsError> {
        let options = options_from_js(options)?;
        let report: Report = from_js(report, "报告")?;
        to_js(&self.inner.recount(report, &options))
    }

    /// Replaces the user dictionary (`word [freq] [pos]` a line); returns the number of words.
    pub fn set_user_dict(&mut self, text: &str) -> Result<usize, JsValue> {
        self.inner.set_user_dict(text).map_err(js_error)
    }

    /// Plain segmentation, words joined by one space (for the benchmark).
    pub fn segment(&mut self, text: &str, hmm: bool) -> String {
        self.inner.admit(text);
        let mut out = String::with_capacity(text.len() + text.len() / 3);
        self.inner.segmenter().cut_each(text, hmm, |w| {
            if w.start > 0 {
                out.push(' ');
            }
            out.push_str(&text[w.start..w.end]);
        });
        out
    }

    /// Plain segmentation as UTF-16 end offsets of each word (what JS `slice` needs).
    pub fn segment_offsets(&mut self, text: &str, hmm: bool) -> Vec<u32> {
        self.inner.admit(text);
        self.inner.segmenter().cut_utf16_ends(text, hmm)
    }
}

impl Default for DubaoAnalyzer {
    fn default() -> Self {
        Self::new()
    }
}

/// What `decode_bytes` returns.
#[derive(Serialize)]
struct Decoded {
    text: String,
    encoding: &'static str,
}

/// A file's bytes as text: `{text, encoding}` (UTF-8, UTF-16 with a BOM, GB18030), or an `Error`
/// with `code` `binary`, `pdf` or `undecodable`.
#[wasm_bindgen]
pub fn decode_bytes(bytes: &[u8]) -> Result<JsValue, JsValue> {
    let (text, encoding) = decode::decode(bytes).map_err(js_error)?;
    to_js(&Decoded { text, encoding: encoding.label() }).map_err(JsValue::from)
}

/// The keyword table of a report as CSV (UTF-8 with BOM, CRLF, formula cells escaped).
#[wasm_bindgen]
pub fn report_csv(report: JsValue) -> Result<String, JsError> {
    let report: Report = from_js(report, "报告")?;
    Ok(keywords_csv(&report))
}

/// The lines of the text as the analyzer numbers them (normalised; same count and length per line).
#[wasm_bindgen]
pub fn source_lines(text: &str) -> Vec<String> {
    let normalized = normalize::normalize(text);
    normalize::split_lines(&normalized).into_iter().map(str::to_string).collect()
}

/// The text as the analyzer sees it (same lines, same length per line), for hand edits of the split.
#[wasm_bindgen]
pub fn normalize(text: &str) -> String {
    normalize::normalize(text)
}

/// The analysis options' defaults, the only ones (the page's settings start from them).
#[wasm_bindgen]
pub fn default_options() -> Result<JsValue, JsError> {
    to_js(&Options::default())
}

/// The paper and date of an issue (`{paper, date}`, each a string or null) from its first lines'
/// page headers, else its file name: the CLI's rule.
#[wasm_bindgen]
pub fn issue_meta(text: &str, file_name: Option<String>) -> Result<JsValue, JsError> {
    to_js(&IssueMeta::read(text, file_name.as_deref()))
}

/// A report's items as JSON Lines, each with the issue's `file`, `paper` and `date` (the CLI's
/// `analyze --format jsonl`).
#[wasm_bindgen]
pub fn items_json_lines(
    report: JsValue,
    file: &str,
    paper: Option<String>,
    date: Option<String>,
) -> Result<String, JsError> {
    let report: Report = from_js(report, "报告")?;
    Ok(items_jsonl(file, &IssueMeta { paper, date }, &report))
}

fn period(by: &str) -> Result<Period, JsError> {
    by.parse().map_err(|e: String| JsError::new(&e))
}

/// The page's library of issues (kept in IndexedDB by the worker, loaded into this on start):
/// the many-issue figures of `crate::library`, the same functions the CLI's `trends` uses.
#[wasm_bindgen]
#[derive(Default)]
pub struct DubaoLibrary {
    inner: Library,
}

#[wasm_bindgen]
impl DubaoLibrary {
    #[wasm_bindgen(constructor)]
    pub fn new() -> DubaoLibrary {
        DubaoLibrary::default()
    }

    /// Adds (or replaces) an issue: `items` `[{title, kind, page}]`, its index's `words` and `data`.
    pub fn add(
        &mut self,
        id: String,
        paper: Option<String>,
        date: Option<String>,
        items: JsValue,
        words: &str,
        data: &[u32],
    ) -> Result<(), JsError> {
        let items: Vec<ItemMeta> = from_js(items, "条目")?;
        let index = IssueIndex::from_parts(words, data).map_err(|e| JsError::new(&e))?;
        self.inner.insert(Entry { id, paper, date, items, index });
        Ok(())
    }

    pub fn remove(&mut self, id: &str) {
        self.inner.remove(id);
    }

    pub fn clear(&mut self) {
        self.inner.clear();
    }

    pub fn size(&self) -> usize {
        self.inner.len()
    }

    pub fn set_meta(&mut self, id: &str, paper: Option<String>, date: Option<String>) -> bool {
        self.inner.set_meta(id, paper, date)
    }

    /// `[{period, term, articles, total_articles, share, tokens}]` (`by`: day, week, month).
    pub fn trends(&self, terms: Vec<String>, by: &str) -> Result<JsValue, JsError> {
        let terms: Vec<&str> = terms.iter().map(String::as_str).collect();
        to_js(&self.inner.trends(&terms, period(by)?))
    }

    /// The articles of `period` using `term`: `[{id, paper, date, item, title, page, count}]`.
    pub fn articles(&self, term: &str, period_name: &str, by: &str) -> Result<JsValue, JsError> {
        to_js(&self.inner.articles(term, period_name, period(by)?))
    }

    /// The ids of the issues dated in `period_name`.
    pub fn ids_in(&self, period_name: &str, by: &str) -> Result<Vec<String>, JsError> {
        Ok(self.inner.ids_in(period_name, period(by)?))
    }

    pub fn periods(&self, by: &str) -> Result<Vec<String>, JsError> {
        Ok(self.inner.periods(period(by)?))
    }

    /// `{period, previous, words: [{word, articles, total, share, prev_articles, prev_total, prev_share, g2}]}`.
    pub fn hot_words(
        &self,
        by: &str,
        period_name: Option<String>,
        min_count: u32,
        top: usize,
    ) -> Result<JsValue, JsError> {
        to_js(&self.inner.hot_words(period(by)?, period_name.as_deref(), min_count, top))
    }

    /// `{a, b, shared: [{word, count_a, count_b, g2}], articles_a, articles_b}` between issue ids.
    pub fn compare(&self, a: Vec<String>, b: Vec<String>, top: usize, min_count: u32) -> Result<JsValue, JsError> {
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        let b: Vec<&str> = b.iter().map(String::as_str).collect();
        to_js(&self.inner.compare(&a, &b, top, min_count))
    }

    pub fn top_words(&self, n: usize) -> Vec<String> {
        self.inner.top_words(n)
    }

    /// The document × term matrix CSV (one row per item of every issue).
    pub fn matrix_csv(&self, terms: Vec<String>) -> String {
        let terms: Vec<&str> = terms.iter().map(String::as_str).collect();
        self.inner.matrix_csv(&terms)
    }

    /// The long CSV: issue, paper, date, page, item, term, count.
    pub fn long_csv(&self, terms: Vec<String>) -> String {
        let terms: Vec<&str> = terms.iter().map(String::as_str).collect();
        self.inner.long_csv(&terms)
    }
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
