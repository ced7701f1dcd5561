//! Native segmentation throughput: `cargo run --release --example segspeed -- FILE`.
//! Times `Segmenter::cut` (words as slices) and `cut_utf16_ends` (what the wasm `segment_offsets`
//! returns), HMM on and off; medians of 21 runs.
use std::time::Instant;

fn main() {
    let f = std::env::args().nth(1).expect("file");
    let text = std::fs::read_to_string(f).unwrap();
    let a = dubao::Analyzer::new();
    let seg = a.segmenter();
    let median_ms = |run: &dyn Fn() -> usize| {
        run();
        let mut ms: Vec<f64> = (0..21)
            .map(|_| {
                let t = Instant::now();
                run();
                t.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        ms.sort_by(f64::total_cmp);
        (ms[ms.len() / 2], run())
    };
    for hmm in [true, false] {
        for (name, (ms, n)) in [
            ("cut", median_ms(&|| seg.cut(&text, hmm).len())),
            ("cut_utf16_ends", median_ms(&|| seg.cut_utf16_ends(&text, hmm).len())),
        ] {
            println!("hmm={hmm} {name}: {n} words, {ms:.1} ms, {:.1} MB/s", text.len() as f64 / ms / 1e3);
        }
    }
}
