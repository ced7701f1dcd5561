fn main() {
    let analyzer = dubao::Analyzer::new();
    let report = analyzer.analyze(dubao::SAMPLE_ISSUE, &dubao::Options::default());
    println!("{}", serde_json::to_string_pretty(&report).unwrap());
}
