//! Many issues through the CLI: JSON Lines per item, trends over days against counts made
//! independently from the shared month's article files, keyness between two corpora.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

fn dubao(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_dubao")).args(args).output().expect("dubao runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The shared October 2019 month (internal evaluation data beside the repo, as in CI).
fn month() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/peoples-daily/month-2019-10")
}

/// Articles of a day's `*_articles.jsonl` whose text contains `term`: counted without dubao.
fn articles_with(day: &str, term: &str) -> usize {
    let jsonl = std::fs::read_to_string(month().join(format!("{day}_articles.jsonl"))).unwrap();
    jsonl
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["text"].as_str().unwrap().contains(term))
        .count()
}

#[test]
fn a_terms_articles_per_day_equal_an_independent_count_from_the_article_files() {
    if !month().exists() {
        eprintln!("skipped: {} is not here", month().display());
        return;
    }
    let days = ["20191001", "20191015"];
    let files: Vec<String> =
        days.iter().map(|d| month().join(format!("{d}_issue.txt")).display().to_string()).collect();
    let mut args = vec!["trends", "--terms", "国庆,女排", "--by", "day", "--format", "json", "--jobs", "2"];
    args.extend(files.iter().map(String::as_str));
    let rows: serde_json::Value = serde_json::from_str(&dubao(&args)).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 4);
    for row in rows {
        let day = row["period"].as_str().unwrap().replace('-', "");
        let term = row["term"].as_str().unwrap();
        assert_eq!(row["articles"].as_u64().unwrap() as usize, articles_with(&day, term), "{row}");
        let share = row["articles"].as_f64().unwrap() / row["total_articles"].as_f64().unwrap();
        assert!((row["share"].as_f64().unwrap() - share).abs() < 1e-9);
    }
}

#[test]
fn jsonl_gives_one_item_a_line_with_its_issue_in_file_order_whatever_the_jobs() {
    if !month().exists() {
        eprintln!("skipped: {} is not here", month().display());
        return;
    }
    let files: Vec<String> =
        ["20191002", "20191001"].iter().map(|d| month().join(format!("{d}_issue.txt")).display().to_string()).collect();
    let run = |jobs: &str| {
        let mut args = vec!["analyze", "--format", "jsonl", "--jobs", jobs, "--top", "3"];
        args.extend(files.iter().map(String::as_str));
        dubao(&args)
    };
    let one = run("1");
    assert_eq!(one, run("2"));
    let lines: Vec<serde_json::Value> = one.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(lines.len() > 50);
    assert_eq!(lines[0]["date"], "2019-10-02");
    assert_eq!(lines.last().unwrap()["date"], "2019-10-01");
    assert!(lines.iter().all(|l| l["title"].is_string() || l["title"].is_null()) && lines[0]["index"] == 0);
}

#[test]
fn compare_ranks_each_sides_own_words_first() {
    let dir = std::env::temp_dir().join(format!("dubao-compare-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let a = dir.join("a.txt");
    let b = dir.join("b.txt");
    let body = |word: &str| {
        format!("本报讯 {}。\n", format!("{word}工作会议召开，与会代表讨论了{word}的进展，经济形势稳定。").repeat(6))
    };
    std::fs::write(&a, body("春耕")).unwrap();
    std::fs::write(&b, body("防汛")).unwrap();
    let out = dubao(&[
        "compare",
        "--limit",
        "3",
        "--min-count",
        "2",
        "--format",
        "json",
        a.to_str().unwrap(),
        "--",
        b.to_str().unwrap(),
    ]);
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(value["a"][0]["word"], "春耕");
    assert_eq!(value["b"][0]["word"], "防汛");
    assert!(value["shared"].as_array().unwrap().iter().any(|k| k["word"] == "召开"));
    assert!(value["a"].as_array().unwrap().iter().all(|k| k["word"] != "召开"));
}
