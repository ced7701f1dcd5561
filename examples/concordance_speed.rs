//! KWIC for one item of a whole issue, first and later asks (the issue terms are kept per report).
//! `cargo run --release --example concordance_speed -- FILE`
use std::time::Instant;
fn main() {
    let path = std::env::args().nth(1).expect("an issue file");
    let text = std::fs::read_to_string(path).unwrap();
    let mut analyzer = dubao::Analyzer::new();
    let options = dubao::Options::default();
    let report = analyzer.analyze(&text, &options);
    let word = report.keywords[0].word.clone();
    for (what, item) in
        [("issue-wide, first ask", None), ("one item, first ask of it", Some(3)), ("another item", Some(7))]
    {
        let t = Instant::now();
        let found = analyzer.concordance(&report, &word, item, 15, 1000, &options);
        println!("{what:<28} {:>7.1} ms  ({} hits of {word})", t.elapsed().as_secs_f64() * 1e3, found.total);
    }
}
