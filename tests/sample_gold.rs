//! The bundled sample issue must be read exactly as its gold reading says.

mod common;

use dubao::{Analyzer, ItemKind, Options};
use serde_json::Value;

fn gold() -> Value {
    serde_json::from_str(include_str!("../samples/pinghu-2023-02-09.gold.json")).unwrap()
}

fn opt_str(v: &Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

#[test]
fn sample_items_match_gold() {
    let report = Analyzer::new().analyze(dubao::SAMPLE_ISSUE, &Options::default());
    let gold = gold();
    let articles = gold["articles"].as_array().unwrap();
    assert_eq!(report.items.len(), articles.len(), "item count");
    for (item, g) in report.items.iter().zip(articles) {
        let ctx = format!("item {} ({:?})", item.index, item.title);
        let kind = match item.kind {
            ItemKind::Article => "article",
            ItemKind::Photo => "photo",
            ItemKind::Brief => "brief",
        };
        assert_eq!(kind, g["kind"], "{ctx}: kind");
        let block = [g["block_lines"][0].as_u64().unwrap() as usize, g["block_lines"][1].as_u64().unwrap() as usize];
        assert_eq!([item.spans[0][0], item.spans.last().unwrap()[1]], block, "{ctx}: block lines");
        assert_eq!(item.title, opt_str(&g["title"]), "{ctx}: title");
        assert_eq!(item.kicker, opt_str(&g["kicker"]), "{ctx}: kicker");
        assert_eq!(item.subtitle, opt_str(&g["subtitle"]), "{ctx}: subtitle");
        let credits: Vec<(String, Vec<String>)> =
            item.credits.iter().map(|c| (c.role.clone(), c.names.clone())).collect();
        let gold_credits: Vec<(String, Vec<String>)> = serde_json::from_value(g["credits"].clone()).unwrap();
        assert_eq!(credits, gold_credits, "{ctx}: credits");
        // Paragraph breaks are kept as `\n` in our body; the gold joins everything.
        assert_eq!(item.body.replace('\n', ""), g["body_text"].as_str().unwrap(), "{ctx}: body");
        assert_eq!(item.stats.chars, g["body_chars"].as_u64().unwrap() as usize, "{ctx}: body chars");
    }
}

#[test]
fn sample_part_line_ranges_match_gold() {
    let report = Analyzer::new().analyze(dubao::SAMPLE_ISSUE, &Options::default());
    for (item, g) in report.items.iter().zip(gold()["articles"].as_array().unwrap()) {
        let first_last = |spans: &[[usize; 2]]| spans.first().map(|f| [f[0], spans.last().unwrap()[1]]);
        let gold_range =
            |v: &Value| v.as_array().map(|a| [a[0].as_u64().unwrap() as usize, a[1].as_u64().unwrap() as usize]);
        assert_eq!(first_last(&item.body_spans), gold_range(&g["body_lines"]), "body lines of {}", item.index);
        assert_eq!(first_last(&item.title_spans), gold_range(&g["title_lines"]), "title lines of {}", item.index);
        let gold_credit: Vec<[usize; 2]> =
            g["credit_lines"].as_array().unwrap().iter().map(|r| gold_range(r).unwrap()).collect();
        assert_eq!(item.credit_spans, gold_credit, "credit lines of {}", item.index);
    }
}

#[test]
fn every_sample_line_is_in_exactly_one_place() {
    let report = Analyzer::new().analyze(dubao::SAMPLE_ISSUE, &Options::default());
    let spans =
        report.items.iter().flat_map(|i| i.spans.iter()).chain(report.furniture.iter().flat_map(|f| f.spans.iter()));
    common::assert_each_line_once(dubao::SAMPLE_ISSUE, spans);
}
