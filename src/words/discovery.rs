//! Per-issue term discovery: short quoted phrases that recur are domain terms (`“双招双引”`), and
//! so are proper nouns that jieba's HMM found but its dictionary lacks (`艾本德`, `曹桥`).

use rustc_hash::FxHashMap;

use super::token::Tagged;
use crate::text::chars::{is_ideograph, utf8_len};

/// The quote pairs whose phrases count: each is read on its own (a `“` inside `‘…’` still opens).
const QUOTES: [(char, char); 4] = [('“', '”'), ('‘', '’'), ('「', '」'), ('"', '"')];

/// Quoted phrases of 2–8 characters, without punctuation inside, seen at least twice.
pub fn recurring_quoted_terms(bodies: &[&str]) -> Vec<String> {
    let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
    for body in bodies {
        for inner in quoted(body) {
            let len = inner.chars().count();
            if (2..=8).contains(&len) && inner.chars().all(|c| c.is_alphanumeric()) {
                *counts.entry(inner).or_default() += 1;
            }
        }
    }
    let mut terms: Vec<String> = counts.into_iter().filter(|&(_, n)| n >= 2).map(|(t, _)| t.to_string()).collect();
    terms.sort();
    terms
}

/// What each pair of [`QUOTES`] encloses in `text`: for each pair, its first opening mark, the
/// first closing mark after it, then the next opening mark after that, and so on. One pass over
/// the characters' lead bytes for all four pairs; only `"` and the lead bytes of the other marks
/// (0xE2, 0xE3) are decoded (a search per mark found the last byte of `“`, 0x9C, inside many
/// ideographs).
fn quoted(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    // Where the phrase of each pair starts while its opening mark waits for the closing one.
    let mut open: [Option<usize>; QUOTES.len()] = [None; QUOTES.len()];
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = match bytes[i] {
            b'"' => '"',
            0xE2 | 0xE3 => text[i..].chars().next().unwrap_or(' '),
            // Another character: skipped whole (`i` stays on character starts).
            lead => {
                i += utf8_len(lead);
                continue;
            }
        };
        for (pair, &(opening, closing)) in QUOTES.iter().enumerate() {
            match open[pair] {
                Some(start) if c == closing => {
                    found.push(&text[start..i]);
                    open[pair] = None;
                }
                None if c == opening => open[pair] = Some(i + c.len_utf8()),
                _ => {}
            }
        }
        i += c.len_utf8();
    }
    found
}

/// Words of 2–4 ideographs that are not in the dictionary (`is_known`), that jieba's HMM tagged
/// as a proper noun (`nr`, `ns`, `nt`, `nz`) and that occur at least twice, with their tag.
/// Only proper nouns: other recurring HMM words are too often junk across a phrase (`由市`).
pub fn recurring_unknown_names<'a>(
    tokens: impl IntoIterator<Item = Tagged<'a>>,
    is_known: impl Fn(&str) -> bool,
) -> Vec<(&'a str, &'a str)> {
    let mut counts: FxHashMap<&str, (usize, &str)> = FxHashMap::default();
    for token in tokens {
        if is_proper_noun_tag(token.pos)
            && (2..=4).contains(&token.word.chars().count())
            && token.word.chars().all(is_ideograph)
        {
            counts.entry(token.word).or_insert((0, token.pos)).0 += 1;
        }
    }
    let mut words: Vec<(&str, &str)> = counts
        .into_iter()
        .filter(|&(word, (n, _))| n >= 2 && !is_known(word))
        .map(|(word, (_, pos))| (word, pos))
        .collect();
    words.sort();
    words
}

/// Adjacent words that this issue nearly always writes together (`加装/电梯` → `加装电梯`): a
/// noun or verb of 2+ ideographs then a noun of 2+ ideographs, seen together at least three
/// times and in at least 80% of the occurrences of the more frequent of the two. The 80% keeps
/// ordinary co-occurrences out (`双招双引/工作` is 7 of 16).
pub fn tight_collocations(tokens: &[Tagged]) -> Vec<String> {
    let parts: Vec<u8> = tokens.iter().map(collocation_part).collect();
    let mut pairs: FxHashMap<(&str, &str), u32> = FxHashMap::default();
    for (i, pair) in tokens.windows(2).enumerate() {
        if parts[i] & FIRST != 0 && parts[i + 1] & SECOND != 0 {
            *pairs.entry((pair[0].word, pair[1].word)).or_default() += 1;
        }
    }
    pairs.retain(|_, n| *n >= 3);
    // Only the words of pairs seen often enough are counted (every token of them, any tag).
    let mut words: FxHashMap<&str, u32> = pairs.keys().flat_map(|&(a, b)| [(a, 0), (b, 0)]).collect();
    if !words.is_empty() {
        // Words of pairs have two ideographs or more (six bytes or more): shorter tokens, half of
        // them, are not looked up.
        for token in tokens.iter().filter(|t| t.word.len() >= 6) {
            if let Some(n) = words.get_mut(token.word) {
                *n += 1;
            }
        }
    }
    let mut found: Vec<String> = pairs
        .into_iter()
        .filter(|&((a, b), n)| n * 5 >= words[a].max(words[b]) * 4)
        .map(|((a, b), _)| format!("{a}{b}"))
        .collect();
    found.sort();
    found
}

/// [`collocation_part`]: may be the first word of a collocation (a noun or verb).
const FIRST: u8 = 1;
/// [`collocation_part`]: may be the second word of a collocation (a noun).
const SECOND: u8 = 2;

/// Which part of a collocation a token may be ([`FIRST`], [`SECOND`], both or neither): a content
/// word of 2+ ideographs tagged as a noun or verb, not a name or number.
fn collocation_part(token: &Tagged) -> u8 {
    let part = match token.pos.as_bytes().first() {
        Some(b'n') if !token.pos.starts_with("nr") => FIRST | SECOND,
        Some(b'v') => FIRST,
        _ => return 0,
    };
    let mut chars = token.word.chars();
    let two = chars.next().is_some_and(is_ideograph) && chars.next().is_some_and(is_ideograph);
    if two && chars.all(is_ideograph) {
        part
    } else {
        0
    }
}

fn is_proper_noun_tag(pos: &str) -> bool {
    ["nr", "ns", "nt", "nz"].iter().any(|p| pos.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collocations_must_be_tight() {
        let t = |word, pos| Tagged { word, pos };
        let mut tokens = Vec::new();
        for _ in 0..4 {
            tokens.extend([t("加装", "v"), t("电梯", "n"), t("，", "x")]);
            tokens.extend([t("双招双引", "nz"), t("工作", "vn"), t("，", "x")]);
        }
        // 5 more 双招双引 alone: 4 of 9 is no collocation.
        tokens.extend(std::iter::repeat_n(t("双招双引", "nz"), 5));
        assert_eq!(tight_collocations(&tokens), vec!["加装电梯"]);
        // Seen only twice together: not enough.
        assert!(tight_collocations(&tokens[..6]).is_empty());
    }

    /// The collocations of an issue's tokens are those of the first version, which counted
    /// every word and every pair of parts.
    #[test]
    fn collocations_as_counted_in_full() {
        fn reference(tokens: &[Tagged]) -> Vec<String> {
            let is_part = |token: &Tagged, tags: &[&str]| {
                tags.iter().any(|t| token.pos.starts_with(t))
                    && !token.pos.starts_with("nr")
                    && token.word.chars().count() >= 2
                    && token.word.chars().all(is_ideograph)
            };
            let mut words: FxHashMap<&str, u32> = FxHashMap::default();
            for token in tokens {
                *words.entry(token.word).or_default() += 1;
            }
            let mut pairs: FxHashMap<(&str, &str), u32> = FxHashMap::default();
            for pair in tokens.windows(2) {
                if is_part(&pair[0], &["n", "v"]) && is_part(&pair[1], &["n"]) {
                    *pairs.entry((pair[0].word, pair[1].word)).or_default() += 1;
                }
            }
            let mut found: Vec<String> = pairs
                .into_iter()
                .filter(|&((a, b), n)| n >= 3 && n * 5 >= words[a].max(words[b]) * 4)
                .map(|((a, b), _)| format!("{a}{b}"))
                .collect();
            found.sort();
            found
        }
        let seg = crate::words::Segmenter::new();
        let sample = crate::text::normalize::normalize(crate::SAMPLE_ISSUE);
        let text = format!("{sample}\n{}", "老旧小区加装电梯，居民支持加装电梯，政府补助加装电梯。".repeat(2));
        let none = Default::default();
        let tokens = seg.tag(&text, true, &none);
        let found = tight_collocations(&tokens);
        assert!(found.contains(&"加装电梯".to_string()), "{found:?}");
        assert_eq!(found, reference(&tokens));
        let t = |word, pos| Tagged { word, pos };
        let odd = [t("发展", "nrt"), t("中心", "n"), t("a中", "n"), t("", "n"), t("中心", "vn"), t("城区", "nz")];
        let odd: Vec<Tagged> = odd.iter().copied().cycle().take(60).collect();
        assert_eq!(tight_collocations(&odd), reference(&odd));
    }

    #[test]
    fn recurring_unknown_proper_nouns_only() {
        let t = |word, pos| Tagged { word, pos };
        let tokens = [
            t("艾本德", "nr"),
            t("集团", "n"),
            t("艾本德", "nr"),
            t("由市", "n"),
            t("由市", "n"),
            t("周军波", "nr"),
            t("平湖", "ns"),
            t("平湖", "ns"),
        ];
        let known = |w: &str| w == "平湖";
        assert_eq!(recurring_unknown_names(tokens, known), vec![("艾本德", "nr")]);
    }

    #[test]
    fn finds_recurring_quoted_terms_only() {
        let bodies = ["推动“双招双引”，‘智汇谷’一期", "“双招双引”要有“等不起”的危机感，“智汇谷”二期"];
        assert_eq!(recurring_quoted_terms(&bodies), vec!["双招双引", "智汇谷"]);
    }

    /// The phrases of each pair as a search for each mark in turn finds them.
    #[test]
    fn quoted_phrases_are_those_of_each_pair_searched_apart() {
        fn reference(body: &str) -> Vec<&str> {
            let mut found = Vec::new();
            for (open, close) in QUOTES {
                let mut rest = body;
                while let Some(start) = rest.find(open) {
                    let after = &rest[start + open.len_utf8()..];
                    let Some(end) = after.find(close) else { break };
                    found.push(&after[..end]);
                    rest = &after[end + close.len_utf8()..];
                }
            }
            found.sort();
            found
        }
        let sample = crate::SAMPLE_ISSUE;
        let edge = "“甲‘乙”丙’「丁“戊」己”\"庚\"辛\"“”‘’「」\"\"“未完‘也」、。—…";
        for text in [sample, edge, "", "\"", "“", "”“", "「「」」"] {
            let mut found = quoted(text);
            found.sort();
            assert_eq!(found, reference(text), "{text}");
        }
    }

    #[test]
    fn ignores_long_or_punctuated_quotes() {
        let bodies = ["“我们也要准备大干一场，好好干”“我们也要准备大干一场，好好干”"];
        assert!(recurring_quoted_terms(&bodies).is_empty());
    }
}
