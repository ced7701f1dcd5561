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
    let js = analyzer.analyze(dubao::SAMPLE_ISSUE, JsValue::UNDEFINED, None).unwrap();
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
    let js = analyzer.analyze(dubao::SAMPLE_ISSUE, options(r#"{"top_n": 3, "weighting": "textrank"}"#), None).unwrap();
    let report: Report = serde_wasm_bindgen::from_value(js).unwrap();
    let expected = Options { top_n: 3, weighting: Weighting::Textrank, ..Options::default() };
    assert_eq!(report, Analyzer::new().analyze(dubao::SAMPLE_ISSUE, &expected));
    assert!(report.keywords.len() <= 3);
    let error = analyzer.analyze("文本", options(r#"{"weighting": "nope"}"#), None).unwrap_err();
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
fn progress_is_called_for_the_layout_and_each_item() {
    let mut analyzer = DubaoAnalyzer::new();
    let seen = js_sys::Array::new();
    let push = js_sys::Function::new_with_args("p", "this.push(p.stage + ':' + p.done + '/' + p.total)").bind0(&seen);
    analyzer.analyze(dubao::SAMPLE_ISSUE, JsValue::UNDEFINED, Some(push)).unwrap();
    assert_eq!(seen.length(), 9);
    assert_eq!(seen.get(0).as_string().as_deref(), Some("layout:1/1"));
    assert_eq!(seen.get(8).as_string().as_deref(), Some("words:8/8"));
}

#[wasm_bindgen_test]
fn a_hand_edit_returns_the_recounted_report_as_the_core_makes_it() {
    let mut analyzer = DubaoAnalyzer::new();
    let js = analyzer.analyze(dubao::SAMPLE_ISSUE, JsValue::UNDEFINED, None).unwrap();
    let edited = analyzer
        .edit(dubao::SAMPLE_ISSUE, js.clone(), options(r#"{"op": "merge", "item": 0}"#), JsValue::UNDEFINED)
        .unwrap();
    let edited: Report = serde_wasm_bindgen::from_value(edited).unwrap();
    let mut core = Analyzer::new();
    let report = core.analyze(dubao::SAMPLE_ISSUE, &Options::default());
    let normalized = dubao::text::normalize::normalize(dubao::SAMPLE_ISSUE);
    let lines = dubao::text::normalize::split_lines(&normalized);
    let items = dubao::edit::apply(&report.items, &lines, dubao::edit::Edit::Merge { item: 0 });
    let expected = core.recount(Report { items, ..report }, &Options::default());
    assert_eq!(edited, expected);
    assert_eq!(edited.items.len(), 7);
    let bad = analyzer.edit(dubao::SAMPLE_ISSUE, js, options(r#"{"op": "glue"}"#), JsValue::UNDEFINED).unwrap_err();
    assert!(error_message(bad).starts_with("修改无效"));
}

#[wasm_bindgen_test]
fn decoding_csv_and_concordance_cross_as_the_core_gives_them() {
    let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain("本报讯".encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let decoded = dubao::wasm::decode_bytes(&utf16).unwrap();
    assert_eq!(field(&decoded, "text").as_string().as_deref(), Some("本报讯"));
    assert_eq!(field(&decoded, "encoding").as_string().as_deref(), Some("UTF-16LE"));
    let refused = dubao::wasm::decode_bytes(b"%PDF-1.4\n").unwrap_err();
    assert_eq!(field(&refused, "code").as_string().as_deref(), Some("pdf"));

    let mut analyzer = DubaoAnalyzer::new();
    let js = analyzer.analyze(dubao::SAMPLE_ISSUE, JsValue::UNDEFINED, None).unwrap();
    let csv = dubao::wasm::report_csv(js.clone()).unwrap();
    assert!(csv.starts_with("\u{feff}item,kind,title,rank,word,count,weight,pos\r\n"));
    let report: Report = serde_wasm_bindgen::from_value(js.clone()).unwrap();
    let top = &report.keywords[0];
    let found = analyzer.concordance(js.clone(), &top.word, None, 8, 5, JsValue::UNDEFINED).unwrap();
    assert_eq!(field(&found, "total").as_f64(), Some(f64::from(top.count)));
    assert_eq!(js_sys::Array::from(&field(&found, "lines")).length(), 5);
    let counts = analyzer.term_counts(js, vec![top.word.clone()], JsValue::UNDEFINED).unwrap();
    assert_eq!(counts.len(), 8);
    assert_eq!(counts.iter().sum::<u32>(), top.count);
}

#[wasm_bindgen_test]
fn the_library_counts_as_the_core_and_reads_issue_meta() {
    let meta = dubao::wasm::issue_meta("正文", Some("20191001_issue.txt".into())).unwrap();
    assert_eq!(field(&meta, "date").as_string().as_deref(), Some("2019-10-01"));
    assert!(field(&meta, "paper").as_string().is_none());
    let mut analyzer = DubaoAnalyzer::new();
    let js = analyzer.analyze(dubao::SAMPLE_ISSUE, JsValue::UNDEFINED, None).unwrap();
    let index = analyzer.issue_index(js.clone(), JsValue::UNDEFINED).unwrap();
    let words = field(&index, "words").as_string().unwrap();
    let data = js_sys::Uint32Array::new(&field(&index, "data")).to_vec();
    let mut library = dubao::wasm::DubaoLibrary::new();
    let items = js_sys::JSON::parse("[]").unwrap();
    library.add("a".into(), None, Some("2023-02-09".into()), items, &words, &data).unwrap();
    let rows = library.trends(vec!["平湖".into()], "day").unwrap();
    let row = js_sys::Array::from(&rows).get(0);
    let report: Report = serde_wasm_bindgen::from_value(js).unwrap();
    let counts = Analyzer::new().term_counts(&report, &["平湖"], &Options::default());
    let articles = counts.iter().filter(|c| c[0] > 0).count() as f64;
    assert_eq!(field(&row, "articles").as_f64(), Some(articles));
    assert_eq!(field(&row, "total_articles").as_f64(), Some(report.items.len() as f64));
    assert!(library.matrix_csv(vec!["平湖".into()]).starts_with("\u{feff}issue,paper,date,page,item,kind,title,平湖"));
}

#[wasm_bindgen_test]
fn positioned_lines_reach_the_geometry_reader_as_the_cli_reads_them() {
    // A page: a headline (large) over three body lines in one column.
    let json = r#"{"pages":[{"page":1,"width":595,"height":842,"lines":[
        {"text":"春耕备耕正当时","x0":50,"y0":100,"x1":290,"y1":130,"size":30,"font":"f1","order":0},
        {"text":"本报讯 连日来，各地抓住有利天气，","x0":50,"y0":150,"x1":230,"y1":162,"size":12,"font":"f2","order":1},
        {"text":"组织农民开展春耕生产，确保粮食","x0":50,"y0":166,"x1":230,"y1":178,"size":12,"font":"f2","order":2},
        {"text":"稳产增产。","x0":50,"y0":182,"x1":110,"y1":194,"size":12,"font":"f2","order":3}]}]}"#;
    let mut analyzer = DubaoAnalyzer::new();
    let js = analyzer.analyze_positions(json, JsValue::UNDEFINED).unwrap();
    let items = js_sys::Array::from(&field(&js, "items"));
    assert!(items.length() >= 1);
    assert_eq!(field(&items.get(0), "page").as_f64(), Some(1.0));
    assert!(js_sys::Array::from(&field(&items.get(0), "boxes")).length() >= 1);
    let report: Report = serde_wasm_bindgen::from_value(js).unwrap();
    let positions = dubao::geometry::Positions::from_json(json).unwrap();
    assert_eq!(report, Analyzer::new().analyze_positions(&positions, &Options::default()));
    // Not positioned lines: an Error whose code says so.
    let error = analyzer.analyze_positions("{\"pages\": 3}", JsValue::UNDEFINED).unwrap_err();
    assert_eq!(field(&error, "code").as_string().as_deref(), Some("positions"));
}
