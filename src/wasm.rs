//! The browser binding (wasm32 only): a thin wasm-bindgen layer over [`Analyzer`].
//!
//! The page creates one [`DubaoAnalyzer`] in a Web Worker (jieba's dictionary loads once) and
//! reuses it. Reports cross into JS through serde-wasm-bindgen; bulk token output for the
//! benchmark is one joined string, which is several times cheaper than a `string[]`.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::report::{body_chars, Keyword};
use crate::{Analyzer, Options};

/// Plain JS objects (not `Map`s) for structs, so the page can read `report.items[0].title`.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    value.serialize(&serializer).map_err(|e| JsError::new(&format!("结果无法传给页面：{e}")))
}

/// Reads options from a partial JS object; `undefined`/`null` means all defaults.
fn options_from_js(options: JsValue) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&format!("分析选项无效：{e}")))
}

/// Keywords of one body in [`DubaoAnalyzer::keywords_for`].
#[derive(Serialize)]
struct BodyKeywords {
    words: usize,
    chars: usize,
    keywords: Vec<Keyword>,
}

/// Result of [`DubaoAnalyzer::keywords_for`]: per body, then issue-wide.
#[derive(Serialize)]
struct BodiesKeywords {
    items: Vec<BodyKeywords>,
    keywords: Vec<Keyword>,
    words: usize,
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
        self.inner.index_deferred(max_words)
    }

    /// Analyzes an issue; `options` is a partial `Options` object. Returns the `Report` as a JS object.
    pub fn analyze(&mut self, text: &str, options: JsValue) -> Result<JsValue, JsError> {
        let options = options_from_js(options)?;
        to_js(&self.inner.analyze(text, &options))
    }

    /// Keywords for hand-edited items: `bodies` are the items' texts, `names` credited names kept
    /// whole. Returns `{items: [{words, chars, keywords}], keywords, words}`.
    pub fn keywords_for(
        &mut self,
        bodies: Vec<String>,
        names: Vec<String>,
        options: JsValue,
    ) -> Result<JsValue, JsError> {
        let options = options_from_js(options)?;
        let body_refs: Vec<&str> = bodies.iter().map(String::as_str).collect();
        let name_refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let result = self.inner.words_of_bodies(&body_refs, &name_refs, &options);
        let items: Vec<BodyKeywords> = body_refs
            .iter()
            .zip(result.bodies)
            .map(|(body, words)| BodyKeywords { words: words.words, chars: body_chars(body), keywords: words.keywords })
            .collect();
        let words = items.iter().map(|item| item.words).sum();
        to_js(&BodiesKeywords { items, keywords: result.keywords, words })
    }

    /// Replaces the user dictionary (`word [freq] [pos]` a line); returns the number of words.
    pub fn set_user_dict(&mut self, text: &str) -> Result<usize, JsError> {
        self.inner.set_user_dict(text).map_err(|e| JsError::new(&e))
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

/// The text as the analyzer sees it (same lines, same length per line), for hand edits of the split.
#[wasm_bindgen]
pub fn normalize(text: &str) -> String {
    crate::normalize::normalize(text)
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
