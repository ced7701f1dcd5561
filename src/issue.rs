//! Which issue a text is: its paper and date, read from its page headers (the first lines and
//! the furniture) or its file name. Used to name exports and to order a library of issues.

use serde::{Deserialize, Serialize};

/// A paper and a date (`YYYY-MM-DD`), either of which may be unknown.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssueMeta {
    pub paper: Option<String>,
    pub date: Option<String>,
}

/// File-name stems that name a paper (pinyin abbreviations as archives use them).
const PAPER_ALIASES: &[(&str, &str)] =
    &[("rmrb", "人民日报"), ("pinghu", "平湖日报"), ("gmrb", "光明日报"), ("jjrb", "经济日报")];

/// How many lines from the top a page header is looked for in.
const HEADER_LINES: usize = 12;

impl IssueMeta {
    /// Reads the paper and date from the text's first lines, then from `file_name`.
    pub fn read(text: &str, file_name: Option<&str>) -> IssueMeta {
        let head: Vec<&str> = text.lines().take(HEADER_LINES).collect();
        let stem = file_name.map(|name| name.rsplit(['/', '\\']).next().unwrap_or(name));
        IssueMeta {
            paper: head.iter().find_map(|l| paper_in(l)).or_else(|| stem.and_then(paper_of_file)),
            date: head
                .iter()
                .filter(|l| is_page_header(l))
                .find_map(|l| date_in_text(l))
                .or_else(|| stem.and_then(date_in_digits)),
        }
    }

    /// `平湖日报-2023-02-09`, `人民日报`, `2019-10-01` or `None`: a stem for export file names.
    pub fn stem(&self) -> Option<String> {
        match (&self.paper, &self.date) {
            (Some(p), Some(d)) => Some(format!("{p}-{d}")),
            (Some(p), None) => Some(p.clone()),
            (None, Some(d)) => Some(d.clone()),
            (None, None) => None,
        }
    }
}

/// A paper's name in a header line: a short run of ideographs ending in 日报, 晚报, 报 (`人民日报
/// 2019年2月15日 第2版` → 人民日报).
fn paper_in(line: &str) -> Option<String> {
    let line = line.trim();
    if line.chars().count() > 40 {
        return None;
    }
    let first = line.split_whitespace().next()?;
    let n = first.chars().count();
    ((3..=8).contains(&n) && (first.ends_with("日报") || first.ends_with("晚报") || first.ends_with("时报")))
        .then(|| first.to_string())
}

/// A page header (`人民日报 2019年2月15日 星期五 第2版 要闻`): short, and naming a weekday, a page or a
/// paper, unlike a first sentence that mentions a date.
fn is_page_header(line: &str) -> bool {
    line.trim().chars().count() <= 40 && (line.contains("星期") || line.contains('版') || paper_in(line).is_some())
}

fn paper_of_file(stem: &str) -> Option<String> {
    let lower = stem.to_ascii_lowercase();
    PAPER_ALIASES.iter().find(|(alias, _)| lower.starts_with(alias)).map(|(_, paper)| paper.to_string())
}

/// `2019年2月15日` in a header line.
fn date_in_text(line: &str) -> Option<String> {
    let chars: Vec<char> = line.chars().collect();
    for start in 0..chars.len() {
        let mut numbers = Vec::new();
        let mut i = start;
        for unit in ['年', '月', '日'] {
            let digits: String = chars[i..].iter().take_while(|c| c.is_ascii_digit()).collect();
            if digits.is_empty() || chars.get(i + digits.len()) != Some(&unit) {
                break;
            }
            numbers.push(digits.parse::<u32>().ok()?);
            i += digits.len() + 1;
        }
        if let [y, m, d] = numbers[..] {
            return valid_date(y, m, d);
        }
    }
    None
}

/// `20191001`, `2023-02-09`, `2023_02_09` in a file name.
fn date_in_digits(stem: &str) -> Option<String> {
    let bytes = stem.as_bytes();
    for start in 0..bytes.len() {
        let rest = &stem[start..];
        if !rest.starts_with("19") && !rest.starts_with("20") {
            continue;
        }
        let digits: String = rest.chars().filter(|c| !matches!(c, '-' | '_' | '.')).take(8).collect();
        let plain = rest.chars().take_while(|c| c.is_ascii_digit() || matches!(c, '-' | '_' | '.')).count();
        if digits.len() == 8 && digits.chars().all(|c| c.is_ascii_digit()) && plain >= 8 {
            let (y, m, d) = (digits[..4].parse().ok()?, digits[4..6].parse().ok()?, digits[6..].parse().ok()?);
            if let Some(date) = valid_date(y, m, d) {
                return Some(date);
            }
        }
    }
    None
}

fn valid_date(y: u32, m: u32, d: u32) -> Option<String> {
    ((1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(paper: Option<&str>, date: Option<&str>) -> IssueMeta {
        IssueMeta { paper: paper.map(String::from), date: date.map(String::from) }
    }

    #[test]
    fn headers_first_then_file_names() {
        assert_eq!(
            IssueMeta::read("人民日报 2019年2月15日 星期五 第2版\n正文", None),
            meta(Some("人民日报"), Some("2019-02-15"))
        );
        assert_eq!(
            IssueMeta::read("正文", Some("/x/rmrb_20190215_issue.txt")),
            meta(Some("人民日报"), Some("2019-02-15"))
        );
        assert_eq!(IssueMeta::read("正文", Some("pinghu-2023-02-09.txt")), meta(Some("平湖日报"), Some("2023-02-09")));
        assert_eq!(IssueMeta::read("正文", Some("20191001_issue.txt")), meta(None, Some("2019-10-01")));
        assert_eq!(IssueMeta::read("正文", Some("notes.txt")), meta(None, None));
        assert_eq!(
            IssueMeta::read(crate::SAMPLE_ISSUE, Some("pinghu-2023-02-09.txt")).stem().as_deref(),
            Some("平湖日报-2023-02-09")
        );
    }

    #[test]
    fn no_date_from_numbers_that_are_not_one() {
        assert_eq!(date_in_digits("20191399"), None);
        assert_eq!(date_in_digits("v2019"), None);
        assert_eq!(date_in_text("共2019年产值"), None);
        assert_eq!(paper_in("本报讯 去年，曹桥街道实现规上数字制造业产值增速68.5%，"), None);
        // A first sentence with a date is no page header: the file name's date wins.
        let text = "本报北京4月20日电 1964年4月20日，这里建成了第一座水库。";
        assert_eq!(IssueMeta::read(text, Some("20191001_issue.txt")).date.as_deref(), Some("2019-10-01"));
    }
}
