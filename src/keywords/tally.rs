//! A tally of accepted words: counts in order of first occurrence, what keywords are ranked from.

use rustc_hash::FxHashMap;

use crate::words::Tagged;

/// One candidate word while ranking: borrowed, so that only the top N become `String`s.
#[derive(Clone, Copy)]
pub(super) struct Candidate<'a> {
    pub(super) word: &'a str,
    pub(super) pos: &'a str,
    pub(super) count: u32,
    pub(super) weight: f64,
}

/// Accepted words with their counts, in the order of their first occurrence, each with the POS
/// of its first occurrence: what keywords are ranked from. The tallies of consecutive token
/// sequences (an issue's bodies) [merged](Tally::merge) in order are the tally of them all.
#[derive(Default)]
pub struct Tally<'a> {
    // FxHash: several times cheaper than SipHash on short words; the map's order never shows.
    index: FxHashMap<&'a str, usize>,
    pub(super) candidates: Vec<Candidate<'a>>,
}

impl<'a> Tally<'a> {
    /// An empty tally with room for `words` distinct words, so that counting a body's tokens
    /// does not grow (and rehash) the map again and again.
    pub fn with_capacity(words: usize) -> Self {
        Tally {
            index: FxHashMap::with_capacity_and_hasher(words, Default::default()),
            candidates: Vec::with_capacity(words),
        }
    }

    /// The tally of the tokens `accepted` takes.
    pub fn of(tokens: &[Tagged<'a>], accepted: impl Fn(&Tagged<'a>) -> bool) -> Self {
        let mut tally = Tally::with_capacity(tokens.len() / 2);
        for token in tokens.iter().filter(|t| accepted(t)) {
            tally.add(token.word, token.pos, 1);
        }
        tally
    }

    /// A tally of these candidates (distinct words, in order); its index is made when a word is
    /// added to it.
    pub(super) fn from_candidates(candidates: Vec<Candidate<'a>>) -> Self {
        Tally { index: FxHashMap::default(), candidates }
    }

    /// Counts `count` more tokens of `word` (tagged `pos` if it is new).
    pub fn add(&mut self, word: &'a str, pos: &'a str, count: u32) {
        if self.index.len() != self.candidates.len() {
            self.index = self.candidates.iter().enumerate().map(|(i, c)| (c.word, i)).collect();
        }
        let candidates = &mut self.candidates;
        let i = *self.index.entry(word).or_insert_with(|| {
            candidates.push(Candidate { word, pos, count: 0, weight: 0.0 });
            candidates.len() - 1
        });
        candidates[i].count += count;
    }

    /// Adds the counts of `later`, a tally of tokens that come after this one's.
    pub fn merge(&mut self, later: &Tally<'a>) {
        self.index.reserve(later.candidates.len());
        for c in &later.candidates {
            self.add(c.word, c.pos, c.count);
        }
    }

    /// How many distinct words.
    pub fn len(&self) -> usize {
        self.candidates.len()
    }

    pub fn is_empty(&self) -> bool {
        self.candidates.is_empty()
    }
}
