//! Word segmentation: jieba-rs with a user dictionary, plus per-issue terms (recurring quoted
//! phrases, credited names) that are kept whole.

use jieba_rs::Jieba;

/// A word and its POS tag, both borrowed (from the text and from jieba's tag table).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tagged<'a> {
    pub word: &'a str,
    pub pos: &'a str,
}

/// Terms that must come out as one word in this issue, longest first.
#[derive(Debug, Clone, Default)]
pub struct IssueTerms {
    terms: Vec<(String, &'static str)>,
}

impl IssueTerms {
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.terms.iter().map(|(t, _)| t.as_str())
    }

    fn push(&mut self, term: &str, pos: &'static str) {
        if term.chars().count() >= 2 && !self.terms.iter().any(|(t, _)| t == term) {
            self.terms.push((term.to_string(), pos));
        }
    }

    fn sort(&mut self) {
        self.terms.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
    }

    /// The longest term starting at `text[at..]`, if any.
    fn match_at(&self, text: &str, at: usize) -> Option<(usize, &'static str)> {
        let rest = &text[at..];
        self.terms.iter().find(|(t, _)| rest.starts_with(t.as_str())).map(|(t, pos)| (t.len(), *pos))
    }
}

pub struct Segmenter {
    jieba: Jieba,
    has_user_words: bool,
}

impl Default for Segmenter {
    fn default() -> Self {
        Self::new()
    }
}

impl Segmenter {
    /// jieba with its default dictionary (about 350k words).
    pub fn new() -> Self {
        Segmenter { jieba: Jieba::new(), has_user_words: false }
    }

    /// Replaces the user dictionary: one `word [freq] [pos]` a line, `#` comments allowed.
    /// Returns how many words were added.
    pub fn set_user_dict(&mut self, dict: &str) -> Result<usize, String> {
        let entries = parse_user_dict(dict)?;
        if self.has_user_words {
            self.jieba = Jieba::new();
        }
        for (word, freq, pos) in &entries {
            self.jieba.add_word(word, *freq, pos.as_deref());
        }
        self.has_user_words = !entries.is_empty();
        Ok(entries.len())
    }

    /// Finds the terms to keep whole in this issue.
    pub fn issue_terms(&self, bodies: &[&str], names: &[&str], quoted: bool) -> IssueTerms {
        let mut terms = IssueTerms::default();
        for name in names {
            terms.push(name, "nr");
        }
        if quoted {
            for term in crate::segment_terms::recurring_quoted_terms(bodies) {
                terms.push(&term, "nz");
            }
        }
        terms.sort();
        terms
    }

    /// Segments `text` into tagged words, keeping `terms` whole.
    pub fn tag<'a>(&'a self, text: &'a str, hmm: bool, terms: &'a IssueTerms) -> Vec<Tagged<'a>> {
        let mut out = Vec::new();
        let mut gap_start = 0;
        let mut at = 0;
        while at < text.len() {
            if !terms.is_empty() {
                if let Some((len, pos)) = terms.match_at(text, at) {
                    self.tag_gap(&text[gap_start..at], hmm, &mut out);
                    out.push(Tagged { word: &text[at..at + len], pos });
                    at += len;
                    gap_start = at;
                    continue;
                }
            }
            at += text[at..].chars().next().map_or(1, char::len_utf8);
        }
        self.tag_gap(&text[gap_start..], hmm, &mut out);
        out
    }

    fn tag_gap<'a>(&'a self, gap: &'a str, hmm: bool, out: &mut Vec<Tagged<'a>>) {
        if gap.is_empty() {
            return;
        }
        out.extend(self.jieba.tag(gap, hmm).into_iter().map(|t| Tagged { word: t.word, pos: t.tag }));
    }

    /// Plain segmentation (no issue terms), for benchmarks and the `segment` command.
    pub fn cut<'a>(&self, text: &'a str, hmm: bool) -> Vec<&'a str> {
        self.jieba.cut(text, hmm).into_iter().map(|t| t.word).collect()
    }
}

/// A token that counts as a word: it has at least one letter, digit or ideograph.
pub fn is_word(token: &str) -> bool {
    token.chars().any(char::is_alphanumeric)
}

type DictEntry = (String, Option<usize>, Option<String>);

fn parse_user_dict(dict: &str) -> Result<Vec<DictEntry>, String> {
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
                return Err(format!("用户词典第 {} 行无法识别：“{}”（格式：词 [词频] [词性]）", n + 1, line));
            }
        }
        entries.push((word, freq, pos));
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_dict_parses_word_freq_pos() {
        let entries = parse_user_dict("# 注释\n双招双引 100 nz\n智汇谷\n仲旭东 nr\n").unwrap();
        assert_eq!(entries.len(), 3);
        assert_eq!(entries[0], ("双招双引".into(), Some(100), Some("nz".into())));
        assert_eq!(entries[2], ("仲旭东".into(), None, Some("nr".into())));
        assert!(parse_user_dict("坏 行 1.5").is_err());
    }

    #[test]
    fn issue_terms_stay_whole() {
        let seg = Segmenter::new();
        let bodies = ["全力推动“双招双引”取得新突破，“双招双引”要有紧迫感。"];
        let terms = seg.issue_terms(&bodies, &["仲旭东"], true);
        let text = "市委书记仲旭东强调双招双引工作";
        let words: Vec<&str> = seg.tag(text, true, &terms).iter().map(|t| t.word).collect();
        assert!(words.contains(&"仲旭东"), "{words:?}");
        assert!(words.contains(&"双招双引"), "{words:?}");
        assert_eq!(words.concat(), text);
    }

    #[test]
    fn user_dict_word_is_one_token_and_can_be_replaced() {
        let mut seg = Segmenter::new();
        assert!(seg.cut("吉瑞弗产业园区", false).len() > 2);
        assert_eq!(seg.set_user_dict("吉瑞弗产业园区 1000 nz"), Ok(1));
        assert_eq!(seg.cut("吉瑞弗产业园区", false), vec!["吉瑞弗产业园区"]);
        seg.set_user_dict("").unwrap();
        assert!(seg.cut("吉瑞弗产业园区", false).len() > 2);
    }
}
