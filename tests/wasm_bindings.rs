//! The wasm bindings (`src/wasm.rs`) compiled to wasm32 and run in node by wasm-bindgen-test:
//! `wasm-pack test --node --release --mode no-install -- --test wasm_bindings` (scripts/test.sh).
//! What crosses into JS: reports as plain objects equal to the core's, errors as `Error`s with
//! Chinese messages, word offsets in UTF-16 units. `www/tests/bindings.test.mjs` calls the same
//! API through the generated JS glue, as the page does.
#![cfg(target_arch = "wasm32")]

use dubao::wasm::DubaoAnalyzer;
use dubao::{Analyzer, Options, Report, Weighting};
use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn field(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &key.into()).expect("an object")
}

fn error_message(error: wasm_bindgen::JsError) -> String {
    let error: JsValue = error.into();
    error.dyn_into::<js_sys::Error>().expect("a JS Error").message().into()
}

fn options(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

#[wasm_bindgen_test]
fn a_report_reaches_js_as_plain_objects_equal_to_the_cores() {
    let mut analyzer = DubaoAnalyzer::new();
    let js = analyzer.analyze(dubao::SAMPLE_ISSUE, JsValue::UNDEFINED).unwrap();
    let items = js_sys::Array::from(&field(&js, "items"));
    assert_eq!(items.length(), 8);
    // Plain objects, so that the page can write `report.items[1].title`.
    assert_eq!(
        field(&items.get(1), "title").as_string().as_deref(),
        Some("誓师出征 全军出击 奋力推动“双招双引”取得新突破")
    );
    let report: Report = serde_wasm_bindgen::from_value(js).unwrap();
    assert_eq!(report, Analyzer::new().analyze(dubao::SAMPLE_ISSUE, &Options::default()));
}

#[wasm_bindgen_test]
fn partial_options_fill_in_defaults_and_bad_ones_are_errors() {
    let mut analyzer = DubaoAnalyzer::new();
    let js = analyzer.analyze(dubao::SAMPLE_ISSUE, options(r#"{"top_n": 3, "weighting": "textrank"}"#)).unwrap();
    let report: Report = serde_wasm_bindgen::from_value(js).unwrap();
    let expected = Options { top_n: 3, weighting: Weighting::Textrank, ..Options::default() };
    assert_eq!(report, Analyzer::new().analyze(dubao::SAMPLE_ISSUE, &expected));
    assert!(report.keywords.len() <= 3);
    let error = analyzer.analyze("文本", options(r#"{"weighting": "nope"}"#)).unwrap_err();
    assert!(error_message(error).starts_with("分析选项无效"));
}

#[wasm_bindgen_test]
fn word_offsets_are_utf16_ends_of_the_joined_words() {
    let mut analyzer = DubaoAnalyzer::new();
    let text = "平湖日报😀记者胡佳英报道，2023年2月9日。";
    let ends = analyzer.segment_offsets(text, true);
    let utf16: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(*ends.last().unwrap() as usize, utf16.len());
    let mut start = 0;
    let words: Vec<String> = ends
        .iter()
        .map(|&end| {
            let word = String::from_utf16(&utf16[start..end as usize]).unwrap();
            start = end as usize;
            word
        })
        .collect();
    assert_eq!(words.join(" "), analyzer.segment(text, true));
    assert!(words.iter().any(|w| w == "😀") && words.iter().any(|w| w == "2023年"), "{words:?}");
}

#[wasm_bindgen_test]
fn a_user_dictionary_word_is_one_token_and_a_bad_dictionary_an_error() {
    let mut analyzer = DubaoAnalyzer::new();
    assert_ne!(analyzer.segment("吉瑞弗产业园区", false), "吉瑞弗产业园区");
    assert_eq!(analyzer.set_user_dict("吉瑞弗产业园区 1000 nz\n# 注释\n").unwrap(), 1);
    assert_eq!(analyzer.segment("吉瑞弗产业园区", false), "吉瑞弗产业园区");
    assert!(analyzer.set_user_dict("词 12x").is_err());
}

#[wasm_bindgen_test]
fn filing_the_dictionary_in_steps_keeps_the_words() {
    let mut analyzer = DubaoAnalyzer::new();
    let first = analyzer.segment(dubao::SAMPLE_ISSUE, true);
    let mut steps = 1;
    while !analyzer.index_dictionary(100_000) {
        steps += 1;
    }
    assert_eq!(steps, 4, "349k words in steps of 100k");
    assert_eq!(analyzer.segment(dubao::SAMPLE_ISSUE, true), first);
    assert_eq!(analyzer.segment("乌鲁木齐", true), "乌鲁木齐");
}

#[wasm_bindgen_test]
fn keywords_for_hand_edited_bodies_come_per_body_and_for_all() {
    let mut analyzer = DubaoAnalyzer::new();
    let bodies = vec!["项目很好，项目很多。".to_string(), "招商引资，招商。".to_string()];
    let js = analyzer.keywords_for(bodies, vec![], options(r#"{"top_n": 3}"#)).unwrap();
    let items = js_sys::Array::from(&field(&js, "items"));
    assert_eq!(items.length(), 2);
    let first_keyword = js_sys::Array::from(&field(&items.get(0), "keywords")).get(0);
    assert_eq!(field(&first_keyword, "word").as_string().as_deref(), Some("项目"));
    assert_eq!(field(&items.get(1), "chars").as_f64(), Some(8.0));
}
