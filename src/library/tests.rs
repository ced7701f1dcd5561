use super::*;
use crate::{Analyzer, Options};

fn entry(id: &str, date: &str, items: Vec<Vec<(&'static str, bool)>>) -> Entry {
    let metas = (0..items.len()).map(|i| ItemMeta { title: format!("{id}-{i}"), ..ItemMeta::default() }).collect();
    Entry {
        id: id.into(),
        paper: Some("人民日报".into()),
        date: Some(date.into()),
        items: metas,
        index: IssueIndex::from_items(items),
    }
}

fn library() -> Library {
    let mut library = Library::default();
    library.insert(entry("a", "2019-10-01", vec![vec![("国庆", true), ("国庆", true)], vec![("经济", true)]]));
    library.insert(entry("b", "2019-10-02", vec![vec![("国庆", true)], vec![("经济", true)], vec![("经济", true)]]));
    library.insert(entry("c", "2019-10-09", vec![vec![("阅兵", true)], vec![("国庆", true)]]));
    library
}

#[test]
fn trends_articles_and_periods() {
    let library = library();
    let rows = library.trends(&["国庆", "国庆+阅兵"], Period::Week);
    assert_eq!(library.periods(Period::Week), ["2019-W40", "2019-W41"]);
    assert_eq!((rows[0].articles, rows[0].total_articles, rows[0].tokens), (2, 5, 3));
    assert_eq!((rows[3].term.as_str(), rows[3].articles, rows[3].total_articles), ("国庆+阅兵", 2, 2));
    let found = library.articles("国庆", "2019-10-02", Period::Day);
    assert_eq!(found.len(), 1);
    assert_eq!((found[0].id.as_str(), found[0].item, found[0].title.as_str()), ("b", 0, "b-0"));
    assert_eq!(library.articles("国庆", "2019-W40", Period::Week).len(), 2);
    assert_eq!(library.ids_in("2019-W40", Period::Week), ["a", "b"]);
}

#[test]
fn hot_words_compare_and_edits() {
    let mut library = library();
    let hot = library.hot_words(Period::Week, None, 1, 10);
    assert_eq!((hot.period.as_deref(), hot.previous.as_deref()), (Some("2019-W41"), Some("2019-W40")));
    assert_eq!(hot.words.iter().map(|w| w.word.as_str()).collect::<Vec<_>>(), ["阅兵", "国庆"]);
    assert!(library.hot_words(Period::Month, None, 1, 10).words.is_empty());
    let comparison = library.compare(&["a"], &["b"], 5, 1);
    assert_eq!(comparison.a[0].word, "国庆");
    assert_eq!(comparison.b[0].word, "经济");
    assert_eq!((comparison.articles_a, comparison.articles_b), (2, 3));
    assert_eq!(library.top_words(1), ["国庆"]); // 3 articles each: ties by word
    assert!(library.set_meta("c", None, Some("2019-11-01".into())));
    assert_eq!(library.periods(Period::Month), ["2019-10", "2019-11"]);
    library.remove("c");
    assert_eq!(library.len(), 2);
}

#[test]
fn exports_have_one_row_per_item_and_per_used_term() {
    let library = library();
    let matrix = library.matrix_csv(&["国庆", "经济"]);
    let lines: Vec<&str> = matrix.trim_end().split("\r\n").collect();
    assert_eq!(lines[0], "\u{feff}issue,paper,date,page,item,kind,title,国庆,经济");
    assert_eq!(lines.len(), 1 + 7);
    assert_eq!(lines[1], "a,人民日报,2019-10-01,,1,,a-0,2,0");
    let long = library.long_csv(&["国庆", "经济"]);
    assert_eq!(long.trim_end().split("\r\n").count(), 1 + 6);
    assert!(long.contains("\r\na,人民日报,2019-10-01,,1,国庆,2\r\n"));
}

#[test]
fn the_index_counts_what_term_counts_and_word_counts_count() {
    let mut analyzer = Analyzer::new();
    let options = Options::default();
    let report = analyzer.analyze(crate::SAMPLE_ISSUE, &options);
    let index = analyzer.issue_index(&report, &options);
    let words: Vec<String> = report.keywords.iter().map(|k| k.word.clone()).collect();
    let terms: Vec<&str> = words.iter().map(String::as_str).collect();
    assert_eq!(index.term_counts(&terms), analyzer.term_counts(&report, &terms, &options));
    for k in &report.keywords {
        let total: u32 = index.term_counts(&[k.word.as_str()]).iter().map(|c| c[0]).sum();
        assert_eq!(total, k.count, "{}", k.word);
    }
    assert_eq!(index.word_counts()[0], (report.keywords[0].word.clone(), report.keywords[0].count));
    let jsonl = export::items_jsonl("x.txt", &crate::issue::IssueMeta::read(crate::SAMPLE_ISSUE, None), &report);
    assert_eq!(jsonl.lines().count(), report.items.len());
    let first: serde_json::Value = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
    assert_eq!(first["file"], "x.txt");
    assert_eq!(first["title"], serde_json::to_value(&report.items[0].title).unwrap());
}
