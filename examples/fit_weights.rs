//! Fits the splitter's weight table (`src/layout/weights.rs`) on training texts by coordinate
//! ascent: each weight in turn is tried at a few other values, and a value is kept when the
//! training objective (mean over texts of exact-article rate + line B-cubed F1, the figures
//! `scripts/eval/score_split.py` prints) rises; texts marked `must` (the bundled sample) have to
//! stay all exact. Writes the table as Rust (`src/layout/fitted.rs`).
//!
//! Why coordinate ascent: the DP's decisions are not differentiable, the table is small (≈45
//! weights) and one evaluation of all training texts takes well under a second.
//!
//! Usage (normally through `scripts/eval/pdf/fit_weights.py`, which makes the manifest):
//!     cargo run --release --example fit_weights -- --manifest M.tsv [--out src/layout/fitted.rs]
//!         [--passes 3] [--minutes 30] [--only name,name] [--score-only]
//! Manifest lines: `group<TAB>must|fit<TAB>text path<TAB>gold path`.

use dubao::layout::{split_with, Weights};
use dubao::text::normalize;
use rustc_hash::FxHashMap;
use std::collections::HashSet;
use std::time::{Duration, Instant};

/// One training text with its gold, read once.
struct Sample {
    group: String,
    must: bool,
    text: String,
    /// The gold cluster of each non-blank line (index = line number); `None` for blank lines.
    gold: Vec<Option<usize>>,
    /// Gold articles' line sets (sorted), for the exact count.
    articles: Vec<Vec<usize>>,
}

/// A text's figures under one table.
#[derive(Clone, Copy, Default)]
struct Figures {
    exact: usize,
    articles: usize,
    f1: f64,
}

fn ranges(value: &serde_json::Value) -> Vec<(usize, usize)> {
    value
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| Some((r.get(0)?.as_u64()? as usize, r.get(1)?.as_u64()? as usize)))
        .collect()
}

fn load(group: &str, must: bool, text_path: &str, gold_path: &str) -> Sample {
    let text = std::fs::read_to_string(text_path).unwrap_or_else(|e| panic!("{text_path}: {e}"));
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(gold_path).unwrap_or_else(|e| panic!("{gold_path}: {e}")))
            .unwrap_or_else(|e| panic!("{gold_path}: {e}"));
    let source_lines = normalize::split_lines(&text);
    let n = gold["n_lines"].as_u64().map_or(source_lines.len(), |n| n as usize);
    let blank: HashSet<usize> = match gold.get("blank_lines") {
        Some(b) => b.as_array().unwrap().iter().map(|v| v.as_u64().unwrap() as usize).collect(),
        None => (1..=source_lines.len()).filter(|&l| source_lines[l - 1].trim().is_empty()).collect(),
    };
    // Cluster ids: articles 0..k, then one singleton per furniture or unlabelled line.
    let mut labels: Vec<Option<usize>> =
        (0..=n).map(|l| (l >= 1 && !blank.contains(&l)).then_some(usize::MAX)).collect();
    let mut articles = Vec::new();
    for (i, article) in gold["articles"].as_array().unwrap().iter().enumerate() {
        let spans = match article.get("lines") {
            Some(lines) => ranges(lines),
            None => ranges(&serde_json::json!([article["block_lines"]])),
        };
        let mut set = Vec::new();
        for (a, b) in spans {
            for (l, label) in labels.iter_mut().enumerate().take(b + 1).skip(a) {
                if label.is_some() {
                    *label = Some(i);
                    set.push(l);
                }
            }
        }
        set.sort_unstable();
        articles.push(set);
    }
    // Furniture and unlabelled lines: singletons.
    for (id, label) in (articles.len()..).zip(labels.iter_mut().flatten().filter(|l| **l == usize::MAX)) {
        *label = id;
    }
    Sample { group: group.to_string(), must, text: normalize::normalize(&text), gold: labels, articles }
}

/// Exact articles and line B-cubed F1 of one split (as score_split.py counts them).
fn score(sample: &Sample, weights: &Weights) -> Figures {
    let layout = split_with(&sample.text, weights);
    let n = sample.gold.len();
    let mut pred: Vec<Option<usize>> = vec![None; n];
    let mut item_sets: HashSet<Vec<usize>> = HashSet::new();
    for (j, item) in layout.items.iter().enumerate() {
        let mut set = Vec::new();
        for &[a, b] in &item.spans {
            for (l, p) in pred.iter_mut().enumerate().take(b + 1).skip(a) {
                if sample.gold[l].is_some() {
                    set.push(l);
                    p.get_or_insert(j);
                }
            }
        }
        set.sort_unstable();
        set.dedup();
        item_sets.insert(set);
    }
    // Furniture and uncovered lines are singletons, ids past the items'.
    let mut next = layout.items.len();
    for (l, p) in pred.iter_mut().enumerate() {
        if sample.gold[l].is_some() && p.is_none() {
            *p = Some(next);
            next += 1;
        }
    }
    let (mut gsize, mut psize, mut both) =
        (FxHashMap::default(), FxHashMap::default(), FxHashMap::<(usize, usize), usize>::default());
    let lines: Vec<(usize, usize)> = (0..n).filter_map(|l| Some((sample.gold[l]?, pred[l].unwrap()))).collect();
    for &(g, p) in &lines {
        *gsize.entry(g).or_insert(0) += 1;
        *psize.entry(p).or_insert(0) += 1;
        *both.entry((g, p)).or_insert(0) += 1;
    }
    let (mut precision, mut recall) = (0.0, 0.0);
    for &(g, p) in &lines {
        let k = both[&(g, p)] as f64;
        precision += k / psize[&p] as f64;
        recall += k / gsize[&g] as f64;
    }
    let count = lines.len().max(1) as f64;
    let (precision, recall) = (precision / count, recall / count);
    let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
    let exact = sample.articles.iter().filter(|a| !a.is_empty() && item_sets.contains(*a)).count();
    Figures { exact, articles: sample.articles.len(), f1 }
}

/// Every sample's figures, on all cores.
fn score_all(samples: &[Sample], weights: &Weights) -> Vec<Figures> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(samples.len().max(1));
    let mut out = vec![Figures::default(); samples.len()];
    std::thread::scope(|scope| {
        for (chunk_out, chunk) in
            out.chunks_mut(samples.len().div_ceil(threads)).zip(samples.chunks(samples.len().div_ceil(threads)))
        {
            scope.spawn(move || {
                for (o, s) in chunk_out.iter_mut().zip(chunk) {
                    *o = score(s, weights);
                }
            });
        }
    });
    out
}

/// The training objective; `None` when a `must` text is not all exact.
fn objective(samples: &[Sample], figures: &[Figures]) -> Option<f64> {
    let mut total = 0.0;
    let mut count = 0;
    for (s, f) in samples.iter().zip(figures) {
        if s.must {
            if f.exact < f.articles {
                return None;
            }
            continue;
        }
        total += f.exact as f64 / f.articles.max(1) as f64 + f.f1;
        count += 1;
    }
    Some(total / count.max(1) as f64)
}

fn report(samples: &[Sample], figures: &[Figures]) {
    let mut groups: Vec<&str> = Vec::new();
    for s in samples {
        if !groups.contains(&s.group.as_str()) {
            groups.push(&s.group);
        }
    }
    for g in groups {
        let rows: Vec<&Figures> = samples.iter().zip(figures).filter(|(s, _)| s.group == g).map(|(_, f)| f).collect();
        let exact: f64 =
            rows.iter().map(|f| f.exact as f64 / f.articles.max(1) as f64).sum::<f64>() / rows.len() as f64;
        let f1: f64 = rows.iter().map(|f| f.f1).sum::<f64>() / rows.len() as f64;
        eprintln!("  {g:<16} {:>2} texts  exact {:5.1} %  F1 {f1:.3}", rows.len(), exact * 100.0);
    }
}

/// Values to try for a weight now at `v`: scaled, shifted and off, on a 0.05 grid.
fn candidates(v: f32) -> Vec<f32> {
    let mut out: Vec<f32> = [0.5, 0.75, 1.25, 1.5, 2.0]
        .iter()
        .map(|k| v * k)
        .chain([v - 1.0, v - 0.5, v + 0.5, v + 1.0, 0.0])
        .map(|x| (x * 20.0).round() / 20.0)
        .filter(|x| (x - v).abs() > 1e-6)
        .collect();
    out.sort_by(f32::total_cmp);
    out.dedup();
    out
}

fn write_table(path: &str, weights: &Weights) {
    let mut rust = String::from(
        "//! The weight table the splitter uses, in the form `examples/fit_weights.rs` writes (a refit\n//! replaces this file).\n\n\
         use super::weights::Weights;\n\nimpl Weights {\n    /// The table the splitter uses.\n    \
         pub const FITTED: Weights = Weights {\n",
    );
    for (name, value) in Weights::NAMES.iter().zip(weights.values()) {
        rust.push_str(&format!("        {name}: {value:?},\n"));
    }
    rust.push_str("    };\n}\n");
    std::fs::write(path, rust).unwrap_or_else(|e| panic!("{path}: {e}"));
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opt = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let manifest = opt("--manifest").expect("--manifest FILE");
    let out = opt("--out");
    let passes: usize = opt("--passes").map_or(3, |p| p.parse().unwrap());
    let budget = Duration::from_secs_f64(opt("--minutes").map_or(30.0, |m| m.parse::<f64>().unwrap()) * 60.0);
    let only: Option<Vec<String>> = opt("--only").map(|o| o.split(',').map(String::from).collect());
    let samples: Vec<Sample> = std::fs::read_to_string(&manifest)
        .unwrap_or_else(|e| panic!("{manifest}: {e}"))
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            load(f[0], f[1] == "must", f[2], f[3])
        })
        .collect();
    let mut weights = Weights::FITTED;
    let t0 = Instant::now();
    let figures = score_all(&samples, &weights);
    let mut best = objective(&samples, &figures).expect("the current table fails a `must` text");
    eprintln!(
        "start: objective {best:.4} ({} texts, {:.2} s an evaluation)",
        samples.len(),
        t0.elapsed().as_secs_f64()
    );
    report(&samples, &figures);
    if args.iter().any(|a| a == "--score-only") {
        return;
    }
    let names: Vec<&str> =
        Weights::NAMES.iter().copied().filter(|n| only.as_ref().is_none_or(|o| o.iter().any(|x| x == n))).collect();
    'passes: for pass in 1..=passes {
        let mut changed = false;
        for name in &names {
            let current = *weights.get_mut(name).unwrap();
            let mut chosen = current;
            for value in candidates(current) {
                if t0.elapsed() > budget {
                    eprintln!("time budget spent");
                    break 'passes;
                }
                *weights.get_mut(name).unwrap() = value;
                if let Some(o) = objective(&samples, &score_all(&samples, &weights)) {
                    if o > best + 1e-4 {
                        (best, chosen) = (o, value);
                    }
                }
            }
            *weights.get_mut(name).unwrap() = chosen;
            if chosen != current {
                changed = true;
                eprintln!(
                    "pass {pass}: {name} {current} -> {chosen}: objective {best:.4} ({:.0} s)",
                    t0.elapsed().as_secs_f64()
                );
                if let Some(path) = &out {
                    write_table(path, &weights); // keep what is won if the run is stopped
                }
            }
        }
        if !changed {
            break;
        }
    }
    eprintln!("end: objective {best:.4}");
    report(&samples, &score_all(&samples, &weights));
    if let Some(path) = &out {
        write_table(path, &weights);
        eprintln!("wrote {path}");
    }
}
