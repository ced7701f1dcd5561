//! An issue's tallies, body by body and merged, with one hash lookup per token: each distinct
//! word gets a number the first time it is seen, with the verdict of the filters that depend on
//! the word alone (letters, digits, stopwords); the body's and the issue's counts are
//! then found by that number. Counting with a [`Tally`] per body hashed each token again for the
//! stopwords, for the body's tally and, merged, for the issue's.

use rustc_hash::FxHashMap;

use super::filter::KeywordOptions;
use super::tally::{Candidate, Tally};
use crate::words::Tagged;

/// What is known of one distinct word of the issue.
struct Seen {
    /// [`KeywordOptions::accepts_word`].
    accepted: bool,
    /// The body it was last counted in (see [`IssueTally::body`]; `u32::MAX` for none yet) and
    /// its place in that body's candidates.
    body: u32,
    in_body: u32,
    /// Its place in the issue's candidates, `u32::MAX` before it is counted.
    in_issue: u32,
}

/// Counts accepted tokens into the current body's tally and, when the body ends, the issue's:
/// the same tallies as [`Tally::of`] per body and [`Tally::merge`] of them in order. One set of
/// [`KeywordOptions`] throughout (the words' verdicts are kept).
#[derive(Default)]
pub struct IssueTally<'a> {
    ids: FxHashMap<&'a str, u32>,
    seen: Vec<Seen>,
    /// Which body is being counted, from 0.
    body: u32,
    candidates: Vec<Candidate<'a>>,
    /// The number of each of `candidates`' words.
    candidate_ids: Vec<u32>,
    issue: Vec<Candidate<'a>>,
}

impl<'a> IssueTally<'a> {
    /// A tally with room for `words` distinct words, so that the word numbers are not hashed
    /// again and again as the map grows.
    pub fn with_capacity(words: usize) -> Self {
        IssueTally {
            ids: FxHashMap::with_capacity_and_hasher(words, Default::default()),
            seen: Vec::with_capacity(words),
            ..Self::default()
        }
    }

    /// Whether `options` accept `token` (as [`KeywordOptions::accepts`]); if so, it is counted in
    /// the current body.
    pub fn count(&mut self, token: &Tagged<'a>, options: &KeywordOptions) -> bool {
        // Most rejected tokens (punctuation, single characters) need no lookup.
        if options.is_short(token.word) {
            return false;
        }
        let next = self.seen.len() as u32;
        let id = *self.ids.entry(token.word).or_insert(next);
        if id == next {
            let accepted = options.accepts_word(token.word);
            self.seen.push(Seen { accepted, body: u32::MAX, in_body: 0, in_issue: u32::MAX });
        }
        let seen = &mut self.seen[id as usize];
        if !seen.accepted || !options.accepts_pos(token.pos) {
            return false;
        }
        if seen.body != self.body {
            seen.body = self.body;
            seen.in_body = self.candidates.len() as u32;
            self.candidates.push(Candidate { word: token.word, pos: token.pos, count: 0, weight: 0.0 });
            self.candidate_ids.push(id);
        }
        self.candidates[seen.in_body as usize].count += 1;
        true
    }

    /// The current body's tally; its counts are added to the issue's, and the tokens counted
    /// next are the next body's.
    pub fn end_body(&mut self) -> Tally<'a> {
        for (c, &id) in self.candidates.iter().zip(&self.candidate_ids) {
            let seen = &mut self.seen[id as usize];
            if seen.in_issue == u32::MAX {
                seen.in_issue = self.issue.len() as u32;
                self.issue.push(Candidate { count: 0, ..*c });
            }
            self.issue[seen.in_issue as usize].count += c.count;
        }
        self.candidate_ids.clear();
        self.body += 1;
        // A copy of its exact size: the vector kept grows once, not again for every body.
        let body = Tally::from_candidates(self.candidates.clone());
        self.candidates.clear();
        body
    }

    /// The issue's tally: every body's counts merged, in order.
    pub fn into_issue(self) -> Tally<'a> {
        Tally::from_candidates(self.issue)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::{Options, Weighting};
    use crate::words::Segmenter;

    fn counts<'a>(tally: &Tally<'a>) -> Vec<(&'a str, &'a str, u32)> {
        tally.candidates.iter().map(|c| (c.word, c.pos, c.count)).collect()
    }

    /// Body by body and merged, the same words, first tags and counts as [`Tally::of`] and
    /// [`Tally::merge`], under default and other filter settings (numbers kept, a POS filter,
    /// one-character words), with a word tagged two ways and an empty body.
    #[test]
    fn tallies_are_those_of_tally_of_and_merge() {
        let seg = Segmenter::new();
        let text = crate::text::normalize::normalize(crate::SAMPLE_ISSUE);
        let extra = "2019年，平湖/ns 平湖 发展 发展。一季度每台";
        let bodies: Vec<&str> = text.split("\n\n").chain(["", extra]).collect();
        let terms = seg.issue_terms(&bodies, &[], true);
        let mut tagged: Vec<Vec<Tagged>> = bodies.iter().map(|b| seg.tag(b, true, &terms)).collect();
        tagged.push(vec![Tagged { word: "平湖", pos: "n" }, Tagged { word: "平湖", pos: "m" }]);
        let settings = [
            Options::default(),
            Options { keep_numbers: true, min_len: 1, ..Options::default() },
            Options { pos_filter: vec!["n".into(), "v".into()], weighting: Weighting::Tfidf, ..Options::default() },
        ];
        for options in &settings {
            let opts = KeywordOptions::from_options(options);
            let mut issue = IssueTally::default();
            let mut merged = Tally::default();
            for tokens in &tagged {
                let verdicts: Vec<bool> = tokens.iter().map(|t| issue.count(t, &opts)).collect();
                assert_eq!(verdicts, tokens.iter().map(|t| opts.accepts(t)).collect::<Vec<_>>());
                let body = Tally::of(tokens, |t| opts.accepts(t));
                assert_eq!(counts(&issue.end_body()), counts(&body));
                merged.merge(&body);
            }
            let mut issue = issue.into_issue();
            assert_eq!(counts(&issue), counts(&merged));
            // Counted further, it is still one candidate a word.
            let first = issue.candidates[0];
            issue.add(first.word, "x", 2);
            merged.add(first.word, "x", 2);
            assert_eq!(counts(&issue), counts(&merged));
        }
    }
}
