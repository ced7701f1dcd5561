//! Native start-up costs: what `Analyzer::new()` (and the browser's `Analyzer::new_deferred()`)
//! and the first analyses pay once.
//! `cargo run --release --example startup`

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
    let jieba = dubao::dictionary::default_jieba();
    println!("dictionary::default_jieba()   {}", ms(t));
    let t = Instant::now();
    let _ = jieba.cut("艾本德集团", true);
    println!("first cut (hmm)               {}", ms(t));
    let t = Instant::now();
    let _ = jieba.tag("艾本德集团", true);
    println!("first tag (posseg tables)     {}", ms(t));
    drop(jieba);
    let t = Instant::now();
    let _ = dubao::stopwords::Stopwords::new();
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
    while !deferred.load_deferred(20_000) {
        steps += 1;
    }
    println!("  rest in {steps} steps of 20000   {}", ms(t));
    drop(deferred);
    let t = Instant::now();
    analyzer.keyword_counter().preload_idf();
    println!("preload_idf()                 {}", ms(t));
    let tfidf = dubao::Options { weighting: dubao::Weighting::Tfidf, ..Default::default() };
    let t = Instant::now();
    analyzer.analyze(dubao::SAMPLE_ISSUE, &tfidf);
    println!("analyze (sample, tfidf)       {}", ms(t));
}
