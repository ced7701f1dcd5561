//! An issue's token index: per item, how many tokens of each word the analysis cut (and how many
//! of them the keyword filters accept). Built once per issue from the analysis's own tokens
//! ([`crate::Analyzer::issue_index`]), it answers every count the many-issue views need (a term's
//! tokens per item, a group of terms, the accepted words' counts and their articles) without
//! segmenting the issue again, and it is what `term_counts` and `word_counts` count with, so the
//! CLI and the page count one way.

use rustc_hash::FxHashMap;

/// Separates the words in [`IssueIndex::to_parts`] (decoded text never holds a NUL).
const SEP: char = '\0';

/// Per item, `(word id, tokens, accepted tokens)` sorted by word id; the words by id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IssueIndex {
    words: Vec<String>,
    ids: FxHashMap<String, u32>,
    items: Vec<Vec<[u32; 3]>>,
}

/// The words a term names: `疫情+肺炎` is a group (an item uses it if it uses any of them; its
/// tokens are theirs together); a term without `+` (or only `+`) is itself.
pub fn term_parts(term: &str) -> Vec<&str> {
    let parts: Vec<&str> = term.split('+').map(str::trim).filter(|p| !p.is_empty()).collect();
    if parts.is_empty() {
        vec![term]
    } else {
        parts
    }
}

impl IssueIndex {
    /// The index of items given as their tokens `(word, accepted by the keyword filters)`;
    /// whitespace tokens are left out.
    pub fn from_items<'a, I, T>(items: I) -> IssueIndex
    where
        I: IntoIterator<Item = T>,
        T: IntoIterator<Item = (&'a str, bool)>,
    {
        let mut index = IssueIndex::default();
        // Where each word's entry is in the row being counted (`NONE`: not in it yet); reset
        // after each row, so that counting an item costs no map of its own.
        const NONE: u32 = u32::MAX;
        let mut slot: Vec<u32> = Vec::new();
        for tokens in items {
            let mut row: Vec<[u32; 3]> = Vec::new();
            for (word, accepted) in tokens {
                if word.trim().is_empty() {
                    continue;
                }
                let id = index.id_of(word);
                if id as usize >= slot.len() {
                    slot.resize(id as usize + 1, NONE);
                }
                if slot[id as usize] == NONE {
                    slot[id as usize] = row.len() as u32;
                    row.push([id, 0, 0]);
                }
                let entry = &mut row[slot[id as usize] as usize];
                entry[1] += 1;
                entry[2] += u32::from(accepted);
            }
            for entry in &row {
                slot[entry[0] as usize] = NONE;
            }
            row.sort_unstable();
            index.items.push(row);
        }
        index
    }

    fn id_of(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = self.words.len() as u32;
        self.words.push(word.to_string());
        self.ids.insert(word.to_string(), id);
        id
    }

    /// How many items the index has.
    pub fn items(&self) -> usize {
        self.items.len()
    }

    fn count_in(&self, item: usize, id: u32) -> [u32; 2] {
        let row = &self.items[item];
        row.binary_search_by_key(&id, |e| e[0]).map(|i| [row[i][1], row[i][2]]).unwrap_or([0, 0])
    }

    /// Token counts of `terms` (or groups, [`term_parts`]) in each item: `counts[item][term]`.
    pub fn term_counts(&self, terms: &[&str]) -> Vec<Vec<u32>> {
        let ids: Vec<Vec<u32>> =
            terms.iter().map(|t| term_parts(t).iter().filter_map(|p| self.ids.get(*p).copied()).collect()).collect();
        (0..self.items.len())
            .map(|item| ids.iter().map(|group| group.iter().map(|&id| self.count_in(item, id)[0]).sum()).collect())
            .collect()
    }

    /// Every word the keyword filters accept, with its accepted tokens over all items, most
    /// frequent first (ties by word).
    pub fn word_counts(&self) -> Vec<(String, u32)> {
        let mut totals = vec![0u32; self.words.len()];
        for entry in self.items.iter().flatten() {
            totals[entry[0] as usize] += entry[2];
        }
        let mut counts: Vec<(String, u32)> =
            totals.into_iter().enumerate().filter(|(_, n)| *n > 0).map(|(id, n)| (self.words[id].clone(), n)).collect();
        counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        counts
    }

    /// Per accepted word, how many items use it (as an accepted token).
    pub fn article_counts(&self) -> FxHashMap<&str, u32> {
        let mut counts: FxHashMap<&str, u32> = FxHashMap::default();
        for entry in self.items.iter().flatten().filter(|e| e[2] > 0) {
            *counts.entry(self.words[entry[0] as usize].as_str()).or_default() += 1;
        }
        counts
    }

    /// The index as the words joined by NUL and the numbers `[items, then per item: n, n × (id,
    /// tokens, accepted)]` (what the page stores in IndexedDB).
    pub fn to_parts(&self) -> (String, Vec<u32>) {
        let words = self.words.join(&SEP.to_string());
        let mut data = vec![self.items.len() as u32];
        for row in &self.items {
            data.push(row.len() as u32);
            data.extend(row.iter().flatten());
        }
        (words, data)
    }

    /// The index [`IssueIndex::to_parts`] wrote, or why it is not one.
    pub fn from_parts(words: &str, data: &[u32]) -> Result<IssueIndex, String> {
        let words: Vec<String> = if words.is_empty() { vec![] } else { words.split(SEP).map(String::from).collect() };
        let ids = words.iter().enumerate().map(|(i, w)| (w.clone(), i as u32)).collect();
        let bad = || "词索引已损坏".to_string();
        let (&n_items, mut rest) = data.split_first().ok_or_else(bad)?;
        let mut items = Vec::with_capacity(n_items as usize);
        for _ in 0..n_items {
            let (&n, tail) = rest.split_first().ok_or_else(bad)?;
            let len = n as usize * 3;
            if tail.len() < len {
                return Err(bad());
            }
            let row: Vec<[u32; 3]> = tail[..len].chunks_exact(3).map(|c| [c[0], c[1], c[2]]).collect();
            if row.iter().any(|e| e[0] as usize >= words.len()) {
                return Err(bad());
            }
            items.push(row);
            rest = &tail[len..];
        }
        Ok(IssueIndex { words, ids, items })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> IssueIndex {
        IssueIndex::from_items(vec![
            vec![("疫情", true), ("的", false), ("疫情", true), ("\n", false), ("肺炎", true)],
            vec![("经济", true), ("的", false)],
            vec![],
        ])
    }

    #[test]
    fn counts_terms_groups_and_accepted_words() {
        let index = sample();
        assert_eq!(index.items(), 3);
        assert_eq!(
            index.term_counts(&["疫情", "的", "疫情+肺炎", "无", "\n"]),
            [vec![2, 1, 3, 0, 0], vec![0, 1, 0, 0, 0], vec![0, 0, 0, 0, 0]]
        );
        assert_eq!(index.word_counts(), [("疫情".to_string(), 2), ("经济".to_string(), 1), ("肺炎".to_string(), 1)]);
        assert_eq!(index.article_counts().get("疫情"), Some(&1));
        assert_eq!(index.article_counts().get("的"), None);
        assert_eq!(term_parts("疫情 + 肺炎"), ["疫情", "肺炎"]);
        assert_eq!(term_parts("+"), ["+"]);
    }

    #[test]
    fn parts_round_trip_and_damage_is_an_error() {
        let index = sample();
        let (words, data) = index.to_parts();
        assert_eq!(IssueIndex::from_parts(&words, &data).unwrap(), index);
        assert!(IssueIndex::from_parts(&words, &data[..data.len() - 1]).is_err());
        assert!(IssueIndex::from_parts("", &[1, 1, 5, 1, 1]).is_err());
        assert_eq!(IssueIndex::from_parts("", &[0]).unwrap().items(), 0);
    }
}
