//! Native throughput of `Analyzer::analyze` (split + segment + keywords) on whole issues.
//! `cargo run --release --example throughput -- FILE…` (default: the bundled sample).

use std::time::Instant;

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    let texts: Vec<(String, String)> = if files.is_empty() {
        vec![("bundled sample".into(), dubao::SAMPLE_ISSUE.to_string())]
    } else {
        files.iter().map(|f| (f.clone(), std::fs::read_to_string(f).expect("readable UTF-8 file"))).collect()
    };
    let started = Instant::now();
    let mut analyzer = dubao::Analyzer::new();
    let options = dubao::Options::default();
    analyzer.analyze("预热。", &options); // loads lazy tables
    println!("analyzer ready in {:.0} ms", started.elapsed().as_secs_f64() * 1e3);
    for (name, text) in &texts {
        let rounds = (2_000_000 / text.len().max(1)).clamp(3, 200);
        let t = Instant::now();
        let mut items = 0;
        for _ in 0..rounds {
            items = analyzer.analyze(text, &options).items.len();
        }
        let secs = t.elapsed().as_secs_f64() / rounds as f64;
        // The fastest of ten: single runs on a shared VM vary by half.
        let mut split_ms = f64::INFINITY;
        let mut laid = dubao::layout::Layout::default();
        for _ in 0..10 {
            let t = Instant::now();
            laid = dubao::layout::split(&dubao::text::normalize::normalize(text));
            split_ms = split_ms.min(t.elapsed().as_secs_f64() * 1e3);
        }
        let t = Instant::now();
        let segmented: usize = laid.items.iter().map(|i| analyzer.segmenter().cut(&i.body, true).len()).sum();
        println!(
            "  of which: split {split_ms:.1} ms (fastest of 10); plain jieba cut of all bodies {:.1} ms ({segmented} tokens)",
            t.elapsed().as_secs_f64() * 1e3
        );
        println!(
            "{name}: {:.0} KB, {items} items, {:.1} ms per analysis, {:.1} MB/s ({rounds} rounds)",
            text.len() as f64 / 1e3,
            secs * 1e3,
            text.len() as f64 / secs / 1e6
        );
    }
}
