//! Per-issue term discovery: short quoted phrases that recur are domain terms (`“双招双引”`).

use std::collections::HashMap;

/// Quoted phrases of 2–8 characters, without punctuation inside, seen at least twice.
pub fn recurring_quoted_terms(bodies: &[&str]) -> Vec<String> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for body in bodies {
        for (open, close) in [('“', '”'), ('‘', '’'), ('「', '」'), ('"', '"')] {
            let mut rest = *body;
            while let Some(start) = rest.find(open) {
                let after = &rest[start + open.len_utf8()..];
                let Some(end) = after.find(close) else { break };
                let inner = &after[..end];
                let len = inner.chars().count();
                if (2..=8).contains(&len) && inner.chars().all(|c| c.is_alphanumeric()) {
                    *counts.entry(inner).or_default() += 1;
                }
                rest = &after[end + close.len_utf8()..];
            }
        }
    }
    let mut terms: Vec<String> =
        counts.into_iter().filter(|&(_, n)| n >= 2).map(|(t, _)| t.to_string()).collect();
    terms.sort();
    terms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_recurring_quoted_terms_only() {
        let bodies = ["推动“双招双引”，‘智汇谷’一期", "“双招双引”要有“等不起”的危机感，“智汇谷”二期"];
        assert_eq!(recurring_quoted_terms(&bodies), vec!["双招双引", "智汇谷"]);
    }

    #[test]
    fn ignores_long_or_punctuated_quotes() {
        let bodies = ["“我们也要准备大干一场，好好干”“我们也要准备大干一场，好好干”"];
        assert!(recurring_quoted_terms(&bodies).is_empty());
    }
}
