//! Native start-up costs: what `Analyzer::new()` (and the browser's `Analyzer::new_deferred()`)
//! and the first analyses pay once.
//! `cargo run --release --example startup [-- ISSUE.txt]` (a second issue to admit once the
//! deferred dictionary's words are filed; the sample reversed line by line if none)

use std::time::Instant;

fn ms(t: Instant) -> String {
    format!("{:.1} ms", t.elapsed().as_secs_f64() * 1e3)
}

fn main() {
    let t = Instant::now();
    let jieba = jieba_rs::Jieba::new();
    println!("Jieba::new()                  {}", ms(t));
    drop(jieba);
    let t = Instant::now();
    let jieba = jieba_rs::Jieba::new();
    println!("Jieba::new() again            {}", ms(t));
    drop(jieba);
    let t = Instant::now();
    let jieba = dubao::words::dictionary::default_jieba();
    println!("dictionary::default_jieba()   {}", ms(t));
    let t = Instant::now();
    let _ = jieba.cut("艾本德集团", true);
    println!("first cut (hmm)               {}", ms(t));
    let t = Instant::now();
    let _ = jieba.tag("艾本德集团", true);
    println!("first tag (posseg tables)     {}", ms(t));
    drop(jieba);
    let t = Instant::now();
    let _ = dubao::keywords::stopwords::Stopwords::new();
    println!("Stopwords::new()              {}", ms(t));
    let t = Instant::now();
    let mut analyzer = dubao::Analyzer::new();
    println!("Analyzer::new()               {}", ms(t));
    let options = dubao::Options::default();
    let t = Instant::now();
    analyzer.analyze(dubao::SAMPLE_ISSUE, &options);
    println!("first analyze (sample)        {}", ms(t));
    let t = Instant::now();
    analyzer.analyze(dubao::SAMPLE_ISSUE, &options);
    println!("second analyze (sample)       {}", ms(t));
    let t = Instant::now();
    let mut deferred = dubao::Analyzer::new_deferred();
    println!("Analyzer::new_deferred()      {}", ms(t));
    let t = Instant::now();
    deferred.admit(dubao::SAMPLE_ISSUE);
    println!("  admit(sample)               {}", ms(t));
    let t = Instant::now();
    let mut steps = 1;
    while !deferred.index_dictionary(20_000) {
        steps += 1;
    }
    println!("  file the rest ({steps} steps)  {}", ms(t));
    let other = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(path).expect("readable UTF-8 issue"),
        None => dubao::SAMPLE_ISSUE.lines().rev().collect::<Vec<_>>().join("\n"),
    };
    let t = Instant::now();
    deferred.admit(&other);
    println!("  admit(second text), filed   {}", ms(t));
    let t = Instant::now();
    deferred.admit("乌鲁木齐和哈尔滨的冰雪旅游");
    println!("  admit(a short new text)     {}", ms(t));
    drop(deferred);
    let t = Instant::now();
    analyzer.keyword_counter().preload_idf();
    println!("preload_idf()                 {}", ms(t));
    let tfidf = dubao::Options { weighting: dubao::Weighting::Tfidf, ..Default::default() };
    let t = Instant::now();
    analyzer.analyze(dubao::SAMPLE_ISSUE, &tfidf);
    println!("analyze (sample, tfidf)       {}", ms(t));
}
