//! Where a whole analysis spends its time, stage by stage, on real issues (issue 16's speed
//! goal): normalise, split into items, find the issue's words (jieba's tags of every body and
//! the terms found on them), tag each body (reusing those tags), keywords per body and per issue,
//! and, for the page's library, the issue's token index. Each stage is timed over all files, the
//! fastest of `N` rounds (other processes only ever slow a run down); ms and ms per MB printed.
//! `cargo run --release --example analysis_stages -- [--rounds N] FILE...`

use std::time::Instant;

use dubao::keywords::IssueTally;
use dubao::text::normalize;
use dubao::words::is_word;
use dubao::{Analyzer, Options};

const STAGES: [&str; 10] = [
    "normalize",
    "split",
    "issue words",
    "tag bodies",
    "keywords",
    "analyze (whole)",
    "issue index",
    "json",
    "(jieba cut)",
    "(jieba tag)",
];

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut rounds = 3;
    if let Some(at) = args.iter().position(|a| a == "--rounds") {
        rounds = args[at + 1].parse().expect("--rounds N");
        args.drain(at..at + 2);
    }
    let texts: Vec<String> = args.iter().map(|f| std::fs::read_to_string(f).expect("readable UTF-8 file")).collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut analyzer = Analyzer::new();
    let options = Options::default();
    analyzer.analyze("预热。艾本德集团", &options); // lazy tables (HMM models)
    let kw = analyzer.keyword_options(&options);
    let mut best = [f64::INFINITY; STAGES.len()];
    for _ in 0..rounds {
        let mut spent = [0.0; STAGES.len()];
        let mut lap = |stage: usize, t: &mut Instant| {
            spent[stage] += t.elapsed().as_secs_f64() * 1e3;
            *t = Instant::now();
        };
        for text in &texts {
            let mut t = Instant::now();
            let normalized = normalize::normalize(text);
            lap(0, &mut t);
            let laid = dubao::layout::split(&normalized);
            lap(1, &mut t);
            let bodies: Vec<&str> = laid.items.iter().map(|i| i.body.as_str()).collect();
            let names: Vec<&str> = laid
                .items
                .iter()
                .flat_map(|i| i.credits.iter().flat_map(|c| c.names.iter().map(String::as_str)))
                .collect();
            let seg = analyzer.segmenter();
            let words = seg.issue_words(&bodies, &names, options.quoted_terms);
            lap(2, &mut t);
            let tagged: Vec<_> = (0..bodies.len()).map(|i| seg.tag_body(&words, i, options.hmm)).collect();
            lap(3, &mut t);
            // As the analysis ranks: each body's tally, and the tallies merged for the issue.
            let counter = analyzer.keyword_counter();
            let (mut n, mut tally) = (0, IssueTally::default());
            for tokens in &tagged {
                n += tokens.iter().filter(|t| is_word(t.word)).count();
                for t in tokens {
                    tally.count(t, &kw);
                }
                std::hint::black_box(counter.rank(tally.end_body(), tokens, &kw));
            }
            std::hint::black_box((counter.rank(tally.into_issue(), &[], &kw), n));
            lap(4, &mut t);
            let report = analyzer.analyze(text, &options);
            lap(5, &mut t);
            std::hint::black_box(analyzer.issue_index(&report, &options));
            lap(6, &mut t);
            std::hint::black_box(serde_json::to_string(&report).unwrap());
            lap(7, &mut t);
            // For reference: plain segmentation and jieba's tags (no issue terms) of the bodies.
            let seg = analyzer.segmenter();
            std::hint::black_box(bodies.iter().map(|b| seg.cut(b, true).len()).sum::<usize>());
            lap(8, &mut t);
            let none = dubao::words::IssueTerms::default();
            std::hint::black_box(bodies.iter().map(|b| seg.tag(b, true, &none).len()).sum::<usize>());
            lap(9, &mut t);
        }
        for (b, s) in best.iter_mut().zip(spent) {
            *b = b.min(s);
        }
    }
    let mb = bytes as f64 / 1e6;
    println!("{} files, {mb:.2} MB, fastest of {rounds} rounds per stage:", texts.len());
    for (name, ms) in STAGES.iter().zip(best) {
        println!("  {name:<16} {ms:>8.1} ms {:>7.1} ms/MB {:>7.1} MB/s", ms / mb, mb / ms * 1e3);
    }
}
