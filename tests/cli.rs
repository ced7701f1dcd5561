//! The `dubao` command line: output contract and clear failures.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn dubao(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dubao"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dubao runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("dubao-cli-test-{}-{name}", std::process::id()));
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn analyze_json_of_the_bundled_sample_follows_the_contract() {
    let out = dubao(&["analyze", "--format", "json", "--top", "5"], b"");
    assert!(out.status.success());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let items = report["items"].as_array().unwrap();
    assert_eq!(items.len(), 8);
    for key in ["index", "kind", "title", "kicker", "subtitle", "credits", "spans", "body", "stats", "keywords"] {
        assert!(items[1].get(key).is_some(), "missing {key}");
    }
    assert_eq!(items[1]["kicker"], "仲旭东在全市“双招双引”暨“招大育强”专项行动工作推进会上强调");
    assert!(items[1]["keywords"].as_array().unwrap().len() <= 5);
    assert!(report["keywords"].as_array().unwrap().iter().any(|k| k["word"] == "双招双引"));
}

#[test]
fn csv_has_a_bom_a_header_and_crlf_rows() {
    let out = dubao(&["analyze", "--format", "csv", "--top", "3"], b"");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("\u{feff}item,kind,title,rank,word,count,weight,pos\r\n"));
    assert!(text.split("\r\n").any(|l| l.starts_with("1,article,")));
    assert!(text.split("\r\n").any(|l| l.starts_with("all,issue,,1,")));
    assert!(!text.replace("\r\n", "").contains('\n'));
}

#[test]
fn utf16_with_a_bom_is_read_and_pdf_is_refused() {
    let utf16: Vec<u8> =
        [0xFF, 0xFE].into_iter().chain(dubao::SAMPLE_ISSUE.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let path = temp_file("utf16.txt", &utf16);
    let out = dubao(&["analyze", path.to_str().unwrap(), "--format", "json"], b"");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["items"].as_array().unwrap().len(), 8);

    let path = temp_file("issue.pdf", b"%PDF-1.7\n1 0 obj\n");
    let out = dubao(&["analyze", path.to_str().unwrap()], b"");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("PDF"));
}

#[test]
fn gbk_file_and_stdin_are_read() {
    let (gbk, _, _) = encoding_rs::GBK.encode("本报讯 昨天上午，我市召开推进会。\n");
    let path = temp_file("gbk.txt", &gbk);
    let out = dubao(&["analyze", path.to_str().unwrap(), "--format", "json"], b"");
    std::fs::remove_file(&path).ok();
    assert!(out.status.success());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["items"][0]["body"], "本报讯 昨天上午，我市召开推进会。");

    let out = dubao(&["analyze", "-", "--format", "json"], "本报讯 今天天气好。".as_bytes());
    assert!(out.status.success());
}

#[test]
fn bad_input_fails_clearly_without_a_panic() {
    let path = temp_file("binary.bin", b"\x89PNG\r\n\x1a\n\0\0\0");
    let out = dubao(&["analyze", path.to_str().unwrap()], b"");
    std::fs::remove_file(&path).ok();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("binary") && !err.contains("panicked"), "{err}");

    let out = dubao(&["analyze", "/no/such/file.txt"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"));

    let dict = temp_file("dict.txt", "双招双引 12.5x".as_bytes());
    let out = dubao(&["segment", "--dict", dict.to_str().unwrap()], b"");
    std::fs::remove_file(&dict).ok();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("用户词典第 1 行"));
}

#[test]
fn empty_input_is_zero_items_not_an_error() {
    let out = dubao(&["analyze", "-", "--format", "json"], b"");
    assert!(out.status.success());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["items"].as_array().unwrap().len(), 0);
}

#[test]
fn segment_keeps_original_characters_and_keywords_prints_one_line_per_document() {
    let out = dubao(&["segment"], "２０２３年ＧＤＰ增长\r\n市委书记仲旭东强调\n".as_bytes());
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0].replace(' ', ""), "２０２３年ＧＤＰ增长");

    let out = dubao(&["keywords", "--top", "3"], "项目 项目 项目 招商 招商\n电梯 电梯\n".as_bytes());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().collect::<Vec<_>>(), vec!["项目 招商", "电梯"]);
}
