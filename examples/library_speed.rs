//! The page's library import natively, stage by stage: analyze, then the issue's token index
//! (`issue_index` right after the analysis: built from the analysis's own tokens, kept for it).
//! Checks on the way that the index counts each of the issue's top keywords as the concordance
//! does (tokens tagged afresh, one item at a time). `examples/analysis_stages.rs` breaks the
//! analysis itself down.
//! `cargo run --release --example library_speed -- FILE...`
use std::time::Instant;
fn main() {
    let mut analyzer = dubao::Analyzer::new();
    let options = dubao::Options::default();
    let (mut analyze, mut index, mut bytes) = (0.0, 0.0, 0);
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(path).unwrap();
        bytes += text.len();
        let t = Instant::now();
        let report = analyzer.analyze(&text, &options);
        analyze += t.elapsed().as_secs_f64();
        let t = Instant::now();
        let issue = analyzer.issue_index(&report, &options);
        index += t.elapsed().as_secs_f64();
        for k in &report.keywords {
            let counted: u32 = issue.term_counts(&[k.word.as_str()]).iter().map(|c| c[0]).sum();
            let found = analyzer.concordance(&report, &k.word, None, 1, 0, &options).total;
            assert_eq!((counted, counted), (found, k.count), "{}", k.word);
        }
    }
    let mb = bytes as f64 / 1e6;
    println!("{mb:.1} MB: analyze {:.0} ms, issue index {:.0} ms", analyze * 1e3, index * 1e3);
}
