//! Native segmentation throughput: `cargo run --release --example segspeed -- FILE`.
use std::time::Instant;
fn main() {
    let f = std::env::args().nth(1).expect("file");
    let text = std::fs::read_to_string(f).unwrap();
    let a = dubao::Analyzer::new();
    let seg = a.segmenter();
    for hmm in [true, false] {
        seg.cut(&text, hmm);
        let t = Instant::now();
        let mut n = 0;
        for _ in 0..20 { n = seg.cut(&text, hmm).len(); }
        let s = t.elapsed().as_secs_f64() / 20.0;
        println!("hmm={hmm}: {n} words, {:.1} ms, {:.1} MB/s", s * 1e3, text.len() as f64 / s / 1e6);
    }
}
