//! The user dictionary: one `word [freq] [pos]` a line, `#` comments allowed.

use crate::error::{Error, Result};

pub(super) type DictEntry = (String, Option<usize>, Option<String>);

pub(super) fn parse_user_dict(dict: &str) -> Result<Vec<DictEntry>> {
    let mut entries = Vec::new();
    for (n, line) in dict.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut fields = line.split_whitespace();
        let word = fields.next().unwrap_or_default().to_string();
        let mut freq = None;
        let mut pos = None;
        for field in fields {
            if let Ok(f) = field.parse::<usize>() {
                freq = Some(f);
            } else if field.chars().all(|c| c.is_ascii_alphabetic()) && pos.is_none() {
                pos = Some(field.to_string());
            } else {
                return Err(Error::UserDict { line: n + 1, text: line.to_string() });
            }
        }
        entries.push((word, freq, pos));
    }
    Ok(entries)
}
