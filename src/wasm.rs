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
use crate::options::Options;
use crate::report::csv::{keywords_csv, term_matrix_csv};
use crate::report::Report;
use crate::text::{decode, normalize};

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

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
