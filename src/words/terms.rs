//! The issue's terms (kept whole when tagging), indexed by first character, and the discovery
//! pass's tags that [`super::Segmenter::tag_body`] reuses.

use rustc_hash::FxHashMap;

use super::char_set::CharSet;
use super::token::{offset_in, Tagged};

/// Terms that must come out as one word in this issue, indexed by their first character.
#[derive(Debug, Clone, Default)]
pub struct IssueTerms {
    terms: Vec<Term>,
    /// First character → indices into `terms`, longest term first: matching looks up one short
    /// list per position instead of trying every term.
    by_first: FxHashMap<char, Vec<usize>>,
    /// The first characters of all terms and of the forced ones: most positions open none.
    first: CharSet,
    forced_first: CharSet,
    pub(super) has_forced: bool,
}

#[derive(Debug, Clone)]
pub(super) struct Term {
    pub(super) word: String,
    pub(super) pos: &'static str,
    /// Cut out of the text wherever it occurs, even across jieba's words; otherwise it only
    /// joins jieba's tokens where its occurrence starts and ends on token boundaries.
    forced: bool,
}

impl IssueTerms {
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    pub fn len(&self) -> usize {
        self.terms.len()
    }

    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.terms.iter().map(|t| t.word.as_str())
    }

    pub fn contains(&self, word: &str) -> bool {
        self.terms.iter().any(|t| t.word == word)
    }

    pub(super) fn push(&mut self, word: &str, pos: &'static str, forced: bool) {
        if word.chars().count() >= 2 && !self.contains(word) {
            self.terms.push(Term { word: word.to_string(), pos, forced });
        }
    }

    pub(super) fn build_index(&mut self) {
        self.terms.sort_by(|a, b| b.word.len().cmp(&a.word.len()).then_with(|| a.word.cmp(&b.word)));
        self.by_first.clear();
        (self.first, self.forced_first) = Default::default();
        for (i, term) in self.terms.iter().enumerate() {
            if let Some(c) = term.word.chars().next() {
                self.by_first.entry(c).or_default().push(i);
                self.first.insert(c);
                if term.forced {
                    self.forced_first.insert(c);
                }
            }
        }
        self.has_forced = self.terms.iter().any(|t| t.forced);
    }

    /// Whether some term may start with `c` (false: none does).
    pub(super) fn may_start_with(&self, c: char) -> bool {
        self.first.may_hold(c)
    }

    /// Terms occurring at `text[at..]`, longest first.
    pub(super) fn starting_at<'t>(&'t self, text: &'t str, at: usize) -> impl Iterator<Item = &'t Term> + 't {
        let rest = &text[at..];
        let candidates = rest.chars().next().filter(|&c| self.first.may_hold(c)).and_then(|c| self.by_first.get(&c));
        candidates.into_iter().flatten().map(|&i| &self.terms[i]).filter(move |t| rest.starts_with(t.word.as_str()))
    }

    /// The first forced term occurring in `text[from..]`: its byte range and tag.
    pub(super) fn next_forced(&self, text: &str, from: usize) -> Option<(usize, usize, &'static str)> {
        if !self.has_forced {
            return None;
        }
        text[from..].char_indices().find_map(|(offset, c)| {
            if !self.forced_first.may_hold(c) {
                return None;
            }
            let at = from + offset;
            self.starting_at(text, at).find(|t| t.forced).map(|t| (at, at + t.word.len(), t.pos))
        })
    }
}

/// jieba's POS tags that are interned as `&'static str` for issue terms.
pub(super) fn static_pos(pos: &str) -> &'static str {
    match pos {
        "nr" | "nrt" | "nrfg" => "nr",
        "ns" => "ns",
        "nt" => "nt",
        _ => "nz",
    }
}

/// The discovery pass over an issue's bodies: the issue's terms, and jieba's tags of every body
/// (HMM on) that found them, which [`Segmenter::tag_body`] reuses instead of segmenting again.
#[derive(Debug, Clone)]
pub struct IssueWords<'a> {
    pub terms: IssueTerms,
    pub(super) bodies: Vec<&'a str>,
    /// The tags of all bodies in order; body `i`'s are `tokens[ends[i - 1]..ends[i]]`.
    pub(super) tokens: Vec<Tagged<'a>>,
    pub(super) ends: Vec<usize>,
}

impl<'a> IssueWords<'a> {
    /// jieba's tags of body `i` (HMM on, no issue terms).
    pub(super) fn body_tokens(&self, i: usize) -> &[Tagged<'a>] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.tokens[start..self.ends[i]]
    }
}

/// Appends `tokens` (jieba's tags of a gap of `text` ending at byte `gap_end`, slices of `text`)
/// to `out`, joining the tokens that make up a term exactly: an occurrence of a term within the
/// gap that starts and ends on token boundaries becomes one token with the term's tag.
pub(super) fn join_terms<'a>(
    text: &'a str,
    gap_end: usize,
    tokens: &[Tagged<'a>],
    terms: &IssueTerms,
    out: &mut Vec<Tagged<'a>>,
) {
    let start_of = |t: &Tagged| offset_in(text, t.word);
    let end_of = |t: &Tagged| offset_in(text, t.word) + t.word.len();
    let gap = &text[..gap_end];
    let mut i = 0;
    while i < tokens.len() {
        // Most tokens open no term: their first character says so without slicing the text.
        if tokens[i].word.chars().next().is_some_and(|c| !terms.may_start_with(c)) {
            out.push(tokens[i]);
            i += 1;
            continue;
        }
        let start = start_of(&tokens[i]);
        let joined = terms.starting_at(gap, start).find_map(|term| {
            let end = start + term.word.len();
            let last = i + tokens[i..].iter().position(|t| end_of(t) >= end)?;
            (end_of(&tokens[last]) == end).then_some((last, end, term.pos))
        });
        match joined {
            Some((last, end, pos)) => {
                out.push(Tagged { word: &text[start..end], pos });
                i = last + 1;
            }
            None => {
                out.push(tokens[i]);
                i += 1;
            }
        }
    }
}
