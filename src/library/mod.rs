//! A library of issues (the page keeps one in IndexedDB): each issue's paper, date, items and
//! token index ([`IssueIndex`]), and the many-issue figures over them: trends per period (the
//! CLI's [`crate::trends::trends`] on the same per-item counts), the articles behind a point, hot
//! words against the previous period ([`crate::trends::rising`]), keyness between two selections
//! ([`crate::trends::compare`]) and the research exports (`export.rs`).

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::trends::{self, IssueCounts, Keyness, Period, Rising, TrendRow};

pub mod export;
pub mod index;

pub use index::{term_parts, IssueIndex};

/// What the views show of an item: its title, kind and page (from the page headers; may be empty).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemMeta {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub page: String,
}

/// One issue of the library.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub id: String,
    pub paper: Option<String>,
    pub date: Option<String>,
    pub items: Vec<ItemMeta>,
    pub index: IssueIndex,
}

/// An article behind a point of a trend: its issue, its item (0-based) and the term's tokens in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleRef {
    pub id: String,
    pub paper: Option<String>,
    pub date: Option<String>,
    pub item: usize,
    pub title: String,
    pub page: String,
    pub count: u32,
}

/// The hot words of a period against the one before it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HotWords {
    pub period: Option<String>,
    pub previous: Option<String>,
    pub words: Vec<Rising>,
}

/// Two selections' distinctive words and the words they share.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    pub a: Vec<Keyness>,
    pub b: Vec<Keyness>,
    pub shared: Vec<Keyness>,
    pub articles_a: u32,
    pub articles_b: u32,
}

/// The issues, in the order they were added (an id added again replaces its issue).
#[derive(Debug, Clone, Default)]
pub struct Library {
    entries: Vec<Entry>,
}

impl Library {
    pub fn insert(&mut self, entry: Entry) {
        match self.entries.iter_mut().find(|e| e.id == entry.id) {
            Some(old) => *old = entry,
            None => self.entries.push(entry),
        }
    }

    pub fn remove(&mut self, id: &str) {
        self.entries.retain(|e| e.id != id);
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Sets an issue's paper and date (a hand correction); false if there is no such issue.
    pub fn set_meta(&mut self, id: &str, paper: Option<String>, date: Option<String>) -> bool {
        let Some(entry) = self.entries.iter_mut().find(|e| e.id == id) else { return false };
        entry.paper = paper;
        entry.date = date;
        true
    }

    /// The trend rows of `terms` (groups allowed: `疫情+肺炎`) per period: the CLI's function on
    /// the issues that have a date.
    pub fn trends(&self, terms: &[&str], by: Period) -> Vec<TrendRow> {
        let issues: Vec<IssueCounts> = self
            .entries
            .iter()
            .filter_map(|e| Some(IssueCounts { date: e.date.clone()?, counts: e.index.term_counts(terms) }))
            .collect();
        trends::trends(&issues, terms, by)
    }

    /// The articles of `period` that use `term`, by date, issue and item.
    pub fn articles(&self, term: &str, period: &str, by: Period) -> Vec<ArticleRef> {
        let mut found = Vec::new();
        for e in self.dated(by).into_iter().filter(|(p, _)| p == period).map(|(_, e)| e) {
            for (item, counts) in e.index.term_counts(&[term]).into_iter().enumerate() {
                if counts[0] == 0 {
                    continue;
                }
                let meta = e.items.get(item).cloned().unwrap_or_default();
                found.push(ArticleRef {
                    id: e.id.clone(),
                    paper: e.paper.clone(),
                    date: e.date.clone(),
                    item,
                    title: meta.title,
                    page: meta.page,
                    count: counts[0],
                });
            }
        }
        found.sort_by(|x, y| x.date.cmp(&y.date).then_with(|| x.id.cmp(&y.id)).then(x.item.cmp(&y.item)));
        found
    }

    /// The dated issues with their period.
    fn dated(&self, by: Period) -> Vec<(String, &Entry)> {
        self.entries.iter().filter_map(|e| Some((trends::period_of(e.date.as_deref()?, by)?, e))).collect()
    }

    /// The ids of the issues dated in `period`.
    pub fn ids_in(&self, period: &str, by: Period) -> Vec<String> {
        self.dated(by).into_iter().filter(|(p, _)| p == period).map(|(_, e)| e.id.clone()).collect()
    }

    /// The periods that have issues, in order.
    pub fn periods(&self, by: Period) -> Vec<String> {
        let mut periods: Vec<String> = self.dated(by).into_iter().map(|(p, _)| p).collect();
        periods.sort();
        periods.dedup();
        periods
    }

    /// Per accepted word, the articles of `entries` that use it, and all their articles.
    fn article_counts<'a>(entries: impl Iterator<Item = &'a Entry>) -> (HashMap<String, u32>, u32) {
        let mut counts: HashMap<String, u32> = HashMap::new();
        let mut total = 0;
        for e in entries {
            total += e.index.items() as u32;
            for (word, n) in e.index.article_counts() {
                *counts.entry(word.to_string()).or_default() += n;
            }
        }
        (counts, total)
    }

    /// The words whose article share rose most in `period` (the last one if `None`) against the
    /// period before it that has issues.
    pub fn hot_words(&self, by: Period, period: Option<&str>, min_count: u32, top: usize) -> HotWords {
        let periods = self.periods(by);
        let at = match period {
            Some(p) => periods.iter().position(|q| q == p),
            None => periods.len().checked_sub(1),
        };
        let Some(at) = at.filter(|&i| i > 0) else {
            return HotWords { period: at.map(|i| periods[i].clone()), previous: None, words: vec![] };
        };
        let dated = self.dated(by);
        let of = |p: &str| Self::article_counts(dated.iter().filter(|(q, _)| q == p).map(|(_, e)| *e));
        let (current, total) = of(&periods[at]);
        let (previous, prev_total) = of(&periods[at - 1]);
        let mut current: Vec<(String, u32)> = current.into_iter().collect();
        current.sort();
        HotWords {
            period: Some(periods[at].clone()),
            previous: Some(periods[at - 1].clone()),
            words: trends::rising(&current, total, &previous, prev_total, min_count, top),
        }
    }

    /// Keyness (signed G² on token counts, [`trends::compare`]) between the issues `a` and `b`.
    pub fn compare(&self, a: &[&str], b: &[&str], top: usize, min_count: u32) -> Comparison {
        let side = |ids: &[&str]| {
            let mut counts: BTreeMap<String, u32> = BTreeMap::new();
            let mut articles = 0;
            for e in self.entries.iter().filter(|e| ids.contains(&e.id.as_str())) {
                articles += e.index.items() as u32;
                for (word, n) in e.index.word_counts() {
                    *counts.entry(word).or_default() += n;
                }
            }
            (counts.into_iter().collect::<Vec<_>>(), articles)
        };
        let ((words_a, articles_a), (words_b, articles_b)) = (side(a), side(b));
        let (a, b, shared) = trends::compare(&words_a, &words_b, top, min_count);
        Comparison { a, b, shared, articles_a, articles_b }
    }

    /// The `n` accepted words used by the most articles over the library (ties by word).
    pub fn top_words(&self, n: usize) -> Vec<String> {
        let (counts, _) = Self::article_counts(self.entries.iter());
        let mut words: Vec<(String, u32)> = counts.into_iter().collect();
        words.sort_by(|x, y| y.1.cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
        words.into_iter().take(n).map(|(w, _)| w).collect()
    }
}

#[cfg(test)]
mod tests;
