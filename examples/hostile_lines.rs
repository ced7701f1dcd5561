//! Hostile single lines against same-size control lines: the analysis must stay linear in the
//! text however a line opens (fake-bold doubling, dash runs, one character repeated).
//! `cargo run --release --example hostile_lines` prints each case's time and its ratio to the
//! control (the goal: under 2x).

use std::time::Instant;

/// The sample's text on one line (no line ends), repeated to at least `bytes`.
fn one_line_of(bytes: usize) -> String {
    let flat: String = dubao::SAMPLE_ISSUE.chars().filter(|c| !matches!(c, '\n' | '\r')).collect();
    let mut out = String::with_capacity(bytes + flat.len());
    while out.len() < bytes {
        out.push_str(&flat);
    }
    out
}

fn time_ms(analyzer: &mut dubao::Analyzer, text: &str) -> f64 {
    let options = dubao::Options::default();
    // The fastest of three: single runs on a shared VM vary.
    (0..3)
        .map(|_| {
            let t = Instant::now();
            analyzer.analyze(text, &options);
            t.elapsed().as_secs_f64() * 1e3
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let mut analyzer = dubao::Analyzer::new();
    let mb = one_line_of(1 << 20);
    let cases: Vec<(&str, String, String)> = vec![
        ("32,000 repeated characters", "誓".repeat(32_000), "誓师出征全军出击".chars().cycle().take(32_000).collect()),
        ("—— + 1 MB line", format!("——{mb}"), format!("—{mb}")),
        ("誓师出征誓师出征 + 1 MB line", format!("誓师出征誓师出征{mb}"), format!("誓师出征全军出击{mb}")),
    ];
    println!("{:<30} {:>10} {:>12} {:>7}", "case", "hostile ms", "control ms", "ratio");
    for (name, hostile, control) in &cases {
        let (h, c) = (time_ms(&mut analyzer, hostile), time_ms(&mut analyzer, control));
        println!("{name:<30} {h:>10.1} {c:>12.1} {:>6.2}x", h / c);
    }
}
