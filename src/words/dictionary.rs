//! jieba's default dictionary, loaded by dubao instead of by `Jieba::new()` (jieba-rs's
//! `default-dict` feature stays on for its POS model of unknown words).
//!
//! Why: jieba-rs keeps its dictionary zstd-compressed and, on `Jieba::new()`, decompresses it,
//! re-validates it as UTF-8 and inserts all 349k words in one long call. In the browser that one
//! call runs in V8's baseline code (a wasm function is optimised only after it has run a while
//! and is then used from its *next* call), which made building the dictionary about 1.7× slower
//! than the same code optimised. Here the dictionary is plain text checked at compile time (the
//! page gzips the module anyway), and it is loaded in chunks through [`Jieba::add_word`], so the
//! loader is called again and again and runs optimised after the first few chunks.
//!
//! The browser's analyzer does not even wait for that: [`DeferredWords`] loads only the words
//! each text may need, when it arrives.
//!
//! The words, frequencies and tags are jieba-rs 0.11's `src/data/dict.txt`, unchanged (see
//! `data/jieba/README.md`); a test checks that the result segments and tags like `Jieba::new()`.

use std::ops::Range;

use jieba_rs::Jieba;
use rustc_hash::{FxHashMap, FxHashSet};

/// jieba's default dictionary: `word freq tag` a line, no duplicate words.
static DEFAULT_DICT: &str = include_str!("../../data/jieba/dict.txt");

/// Bytes per loader call: about 40 calls, enough for the loader to be optimised early.
const CHUNK_BYTES: usize = 128 << 10;

/// A jieba with the default dictionary (what `Jieba::new()` gives with `default-dict`).
pub fn default_jieba() -> Jieba {
    let mut jieba = Jieba::empty();
    for chunk in line_chunks(DEFAULT_DICT, CHUNK_BYTES) {
        load_chunk(&mut jieba, chunk);
    }
    jieba
}

/// Adds one chunk of dictionary lines. Not inlined: this is the function that must be called
/// often. Parses the lines itself (they are known to be well-formed) rather than through
/// [`Jieba::load_dict`], which copies and re-validates every line.
#[inline(never)]
fn load_chunk(jieba: &mut Jieba, lines: &str) {
    for line in lines.lines() {
        add_line(jieba, line);
    }
}

/// Sum of the default dictionary's frequencies (checked by a test). A deferred dictionary needs
/// it from the start: jieba weighs every word by its frequency over this total.
const DEFAULT_FREQ_TOTAL: usize = 60_101_964;

/// Stands in for the default words not loaded yet: it carries their total frequency so that
/// jieba's total is the whole dictionary's. A noncharacter: jieba never puts it in a word block,
/// so it is never part of a segmentation, and its tag is the one jieba guesses for it anyway.
const STAND_IN: &str = "\u{FDD0}";
const STAND_IN_TAG: &str = "x";

/// jieba's default dictionary loaded as texts need it, for a quick start in the browser and a
/// small dictionary to segment with.
///
/// jieba only ever cuts a text into words that occur in it, and a word occurs in a text only if
/// each of its characters and each pair of adjacent characters does. So a jieba holding the
/// words that pass this test for the texts seen so far (see [`DeferredWords::admit`]) segments
/// and tags those texts, and any part of them, exactly like one holding them all, as long as its
/// total frequency is the full dictionary's: [`STAND_IN`] carries the frequency of the words
/// still pending. Texts must be admitted as jieba will see them: joined lines make new pairs.
///
/// The words not admitted are never loaded: the smaller trie segments faster (its hash table stays
/// in cache) and takes less memory. To keep later texts' admission quick, the pending words are
/// filed while the page is idle ([`DeferredWords::index_dictionary`]) under one character or pair each
/// that no admitted text has had; a new text then rechecks only the words filed under the
/// characters and pairs it brings, instead of scanning the whole dictionary.
pub struct DeferredWords {
    /// Byte offsets in [`DEFAULT_DICT`] of the pending lines not filed yet: every admission scans
    /// them.
    unfiled: Vec<u32>,
    /// The filed pending lines, by the key they wait for.
    waiting: WaitLists,
    /// Characters and adjacent pairs of the texts admitted so far.
    seen: SeenText,
    /// Fingerprints of texts admitted before, so that admitting one again (the same issue
    /// analysed with other settings) does not read all its pairs again.
    admitted: FxHashSet<u64>,
    /// Total frequency of the pending words.
    held_back: usize,
}

/// Fingerprints kept at most; past that the set starts afresh (it only saves time).
const MAX_FINGERPRINTS: usize = 1 << 16;

/// A 64-bit SipHash of `text`: texts with the same fingerprint are taken to be the same (two
/// different texts share one with a chance of about 2^-64).
fn fingerprint(text: &str) -> u64 {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let mut hasher = DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

/// A character (its scalar value) or an adjacent pair of characters (see [`pair_key`]).
type Key = u64;

fn char_key(c: char) -> Key {
    c as Key
}

fn pair_key(a: char, b: char) -> Key {
    1 << 42 | (a as Key) << 21 | b as Key
}

/// The characters (one bit per Unicode scalar value) and adjacent character pairs of some texts.
struct SeenText {
    chars: Vec<u64>,
    pairs: FxHashSet<Key>,
}

impl SeenText {
    fn new() -> Self {
        SeenText { chars: vec![0; (char::MAX as usize >> 6) + 1], pairs: FxHashSet::default() }
    }

    /// The word of `chars` that holds `c`'s bit, and the bit.
    fn char_bit(c: char) -> (usize, u64) {
        (c as usize >> 6, 1 << (c as u32 & 63))
    }

    fn has_char(&self, c: char) -> bool {
        let (word, bit) = Self::char_bit(c);
        self.chars[word] & bit != 0
    }

    /// What `word` waits for: its first pair the texts seen do not have (a pair is seen only
    /// with its two characters), or for a one-character word that character if unseen; `None`
    /// if `word` could occur in the texts seen. Pairs rather than characters, because a new
    /// text brings far fewer words' pairs than words' characters to recheck.
    fn waited_key(&self, word: &str) -> Option<Key> {
        let mut chars = word.chars();
        let first = chars.next()?;
        let mut last = first;
        let mut single = true;
        for c in chars {
            single = false;
            let pair = pair_key(last, c);
            // Character bits first: most words that cannot occur fail on a bit, before a hash
            // lookup (an unseen character means an unseen pair).
            if !self.has_char(last) || !self.has_char(c) || !self.pairs.contains(&pair) {
                return Some(pair);
            }
            last = c;
        }
        (single && !self.has_char(first)).then(|| char_key(first))
    }

    /// Whether `text` could occur in the texts seen: all its characters and pairs were seen.
    fn may_contain(&self, text: &str) -> bool {
        self.waited_key(text).is_none()
    }

    /// Adds the characters and pairs of `text`, appending the new ones to `new`.
    fn add(&mut self, text: &str, new: &mut Vec<Key>) {
        let mut last = None;
        for c in text.chars() {
            let (word, bit) = Self::char_bit(c);
            if self.chars[word] & bit == 0 {
                self.chars[word] |= bit;
                new.push(char_key(c));
            }
            if let Some(before) = last {
                let pair = pair_key(before, c);
                if self.pairs.insert(pair) {
                    new.push(pair);
                }
            }
            last = Some(c);
        }
    }
}

/// Dictionary lines filed by key: one singly linked list per key, all in one vector.
#[derive(Default)]
struct WaitLists {
    /// Index in `entries` of the first line waiting for each key.
    first: FxHashMap<Key, u32>,
    entries: Vec<WaitEntry>,
}

struct WaitEntry {
    /// Byte offset of the line in [`DEFAULT_DICT`].
    line: u32,
    /// Index of the next entry waiting for the same key, or [`WaitLists::END`].
    next: u32,
}

impl WaitLists {
    const END: u32 = u32::MAX;

    /// Files the line at `line` under `key`.
    fn file_new(&mut self, key: Key, line: u32) {
        self.entries.push(WaitEntry { line, next: Self::END });
        self.refile(key, self.entries.len() as u32 - 1);
    }

    /// Files entry `entry` (taken off its list) under `key`.
    fn refile(&mut self, key: Key, entry: u32) {
        let first = self.first.entry(key).or_insert(Self::END);
        self.entries[entry as usize].next = *first;
        *first = entry;
    }

    /// Takes the list of `key` off: its first entry, or [`WaitLists::END`].
    fn take(&mut self, key: Key) -> u32 {
        self.first.remove(&key).unwrap_or(Self::END)
    }
}

impl DeferredWords {
    /// An empty jieba (but for the stand-in) and the whole default dictionary pending.
    pub fn start() -> (Jieba, DeferredWords) {
        let mut jieba = Jieba::empty();
        jieba.add_word(STAND_IN, Some(DEFAULT_FREQ_TOTAL), Some(STAND_IN_TAG));
        let mut unfiled = Vec::with_capacity(350_000);
        for chunk in line_chunks(DEFAULT_DICT, CHUNK_BYTES) {
            push_line_starts(chunk, &mut unfiled);
        }
        let deferred = DeferredWords {
            unfiled,
            waiting: WaitLists::default(),
            seen: SeenText::new(),
            admitted: FxHashSet::default(),
            held_back: DEFAULT_FREQ_TOTAL,
        };
        (jieba, deferred)
    }

    /// Whether jieba already has every default word that may occur in `text`.
    pub fn covers(&self, text: &str) -> bool {
        self.seen.may_contain(text)
    }

    /// Loads into `jieba` every pending word that may occur in `texts` or in the texts admitted
    /// before, so that jieba then segments and tags these texts as with the whole dictionary.
    pub fn admit<'t>(&mut self, jieba: &mut Jieba, texts: impl IntoIterator<Item = &'t str>) {
        let mut new_keys = Vec::new();
        for text in texts {
            if self.admitted.len() >= MAX_FINGERPRINTS {
                self.admitted.clear();
            }
            if self.admitted.insert(fingerprint(text)) {
                self.seen.add(text, &mut new_keys);
            }
        }
        if new_keys.is_empty() {
            return;
        }
        let mut loaded = 0;
        for key in new_keys {
            loaded += self.recheck_waiting_for(jieba, key);
        }
        let mut kept = 0;
        for start in (0..self.unfiled.len()).step_by(ADMIT_BLOCK) {
            let end = (start + ADMIT_BLOCK).min(self.unfiled.len());
            loaded += admit_block(jieba, &mut self.unfiled, start..end, &mut kept, &self.seen);
        }
        self.unfiled.truncate(kept);
        self.hold_back_less(jieba, loaded);
    }

    /// Loads the words waiting for `key` (just seen) that now may occur in the texts seen, and
    /// files the others under the next key they wait for; returns the frequency loaded.
    #[inline(never)]
    fn recheck_waiting_for(&mut self, jieba: &mut Jieba, key: Key) -> usize {
        let mut loaded = 0;
        let mut entry = self.waiting.take(key);
        while entry != WaitLists::END {
            let WaitEntry { line, next } = self.waiting.entries[entry as usize];
            match self.seen.waited_key(word_at(line)) {
                None => loaded += add_line(jieba, line_at(line)),
                Some(key) => self.waiting.refile(key, entry),
            }
            entry = next;
        }
        loaded
    }

    /// Files up to `max_words` more pending words under a key they wait for; returns whether all
    /// are filed, so that admitting a text no longer scans the dictionary.
    pub fn index_dictionary(&mut self, jieba: &mut Jieba, max_words: usize) -> bool {
        let keep = self.unfiled.len().saturating_sub(max_words);
        let mut loaded = 0;
        for at in self.unfiled.drain(keep..) {
            match self.seen.waited_key(word_at(at)) {
                Some(key) => self.waiting.file_new(key, at),
                // Not after an admission, which leaves no unfiled word that may occur.
                None => loaded += add_line(jieba, line_at(at)),
            }
        }
        self.hold_back_less(jieba, loaded);
        if self.unfiled.is_empty() {
            self.unfiled = Vec::new();
        }
        self.unfiled.is_empty()
    }

    /// Takes `loaded` (the frequency of words just added) off the stand-in's, which keeps
    /// jieba's total that of the whole dictionary.
    fn hold_back_less(&mut self, jieba: &mut Jieba, loaded: usize) {
        if loaded > 0 {
            self.held_back -= loaded;
            jieba.add_word(STAND_IN, Some(self.held_back), Some(STAND_IN_TAG));
        }
    }
}

/// Pending lines per [`admit_block`] call: a few dozen calls for the whole dictionary, so that in
/// the browser the scan runs optimised after its first calls (see the module doc).
const ADMIT_BLOCK: usize = 8192;

/// Adds the lines at `pending[block]` (offsets in [`DEFAULT_DICT`]) whose word may occur in the
/// `seen` texts, and moves the others' offsets down to `pending[*kept..]`; returns the total
/// frequency added.
#[inline(never)]
fn admit_block(
    jieba: &mut Jieba,
    pending: &mut [u32],
    block: Range<usize>,
    kept: &mut usize,
    seen: &SeenText,
) -> usize {
    let mut loaded = 0;
    for i in block {
        let at = pending[i];
        if seen.may_contain(word_at(at)) {
            loaded += add_line(jieba, line_at(at));
        } else {
            pending[*kept] = at;
            *kept += 1;
        }
    }
    loaded
}

/// The word of the line of [`DEFAULT_DICT`] that starts at byte `at` (lines are `word freq tag`).
/// A plain byte loop: words are a few bytes long, and the scan of the pending words calls this
/// for each, where a `find` or `split` spent more time setting up than searching.
fn word_at(at: u32) -> &'static str {
    let rest = &DEFAULT_DICT.as_bytes()[at as usize..];
    let mut end = 0;
    while end < rest.len() && rest[end] != b' ' && rest[end] != b'\n' {
        end += 1;
    }
    &DEFAULT_DICT[at as usize..at as usize + end]
}

/// Appends the offset in [`DEFAULT_DICT`] of each line of `chunk` (a slice of it) to `starts`.
#[inline(never)]
fn push_line_starts(chunk: &str, starts: &mut Vec<u32>) {
    let base = chunk.as_ptr() as usize - DEFAULT_DICT.as_ptr() as usize;
    let mut at = 0;
    for line in chunk.split_inclusive('\n') {
        starts.push((base + at) as u32);
        at += line.len();
    }
}

/// The line of [`DEFAULT_DICT`] that starts at byte `at`, without its line end.
fn line_at(at: u32) -> &'static str {
    let rest = &DEFAULT_DICT[at as usize..];
    &rest[..rest.find('\n').unwrap_or(rest.len())]
}

/// Adds a dictionary line (`word freq tag`); returns its frequency.
fn add_line(jieba: &mut Jieba, line: &str) -> usize {
    let mut fields = line.split_ascii_whitespace();
    let (Some(word), Some(freq), tag) = (fields.next(), fields.next(), fields.next()) else {
        return 0;
    };
    let freq = freq.parse().expect("jieba's default dictionary has whole-number frequencies");
    jieba.add_word(word, Some(freq), tag);
    freq
}

/// `text` in pieces of about `bytes` bytes, each ending at a line end (or the end of `text`).
fn line_chunks(text: &str, bytes: usize) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let at = bytes.min(rest.len() - 1);
        let end = rest.as_bytes()[at..].iter().position(|&b| b == b'\n').map_or(rest.len(), |i| at + i + 1);
        let (chunk, tail) = rest.split_at(end);
        rest = tail;
        Some(chunk)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_chunks_cover_the_text_in_whole_lines() {
        let text = "a 1 n\nb 2 v\nc 3 n\nd 4 v\ne 5 n";
        let chunks: Vec<&str> = line_chunks(text, 7).collect();
        assert_eq!(chunks, ["a 1 n\nb 2 v\n", "c 3 n\nd 4 v\n", "e 5 n"]);
        assert_eq!(line_chunks(text, 1).collect::<Vec<_>>(), ["a 1 n\n", "b 2 v\n", "c 3 n\n", "d 4 v\n", "e 5 n"]);
        assert_eq!(line_chunks("x 1 n\n", 100).collect::<Vec<_>>(), ["x 1 n\n"]);
        assert_eq!(line_chunks("", 2).count(), 0);
    }

    /// The chunked load gives jieba-rs's own default dictionary: same words, same frequencies
    /// (so the same segmentation) and the same tags, on varied text with HMM on and off.
    #[test]
    fn chunked_dictionary_segments_and_tags_like_jieba_new() {
        let ours = default_jieba();
        let theirs = Jieba::new();
        let text = format!(
            "{}\n长江大桥上的南京市长，研究生命的起源。我们中出了一个叛徒。iPhone15发布会于2023年9月12日举行。",
            crate::SAMPLE_ISSUE
        );
        for hmm in [true, false] {
            let cut = |j: &Jieba| j.cut(&text, hmm).into_iter().map(|t| t.word).collect::<Vec<_>>();
            assert_eq!(cut(&ours), cut(&theirs), "hmm={hmm}");
            let tag =
                |j: &Jieba| j.tag(&text, hmm).into_iter().map(|t| format!("{}/{}", t.word, t.tag)).collect::<Vec<_>>();
            assert_eq!(tag(&ours), tag(&theirs), "hmm={hmm}");
        }
        for word in ["南京市", "研究生", "的", "一号店", "双招双引"] {
            assert_eq!(ours.has_word(word), theirs.has_word(word), "{word}");
            assert_eq!(ours.suggest_freq(word), theirs.suggest_freq(word), "{word}");
        }
    }

    #[test]
    fn freq_total_is_the_dictionarys() {
        let sum: usize = DEFAULT_DICT.lines().map(|l| l.split(' ').nth(1).unwrap().parse::<usize>().unwrap()).sum();
        assert_eq!(sum, DEFAULT_FREQ_TOTAL);
    }

    fn cuts_and_tags(jieba: &Jieba, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for hmm in [true, false] {
            out.extend(jieba.cut(text, hmm).into_iter().map(|t| t.word.to_string()));
            out.extend(jieba.tag(text, hmm).into_iter().map(|t| format!("{}/{}", t.word, t.tag)));
        }
        out
    }

    /// Texts admitted one after another segment and tag as with the whole dictionary, before,
    /// during and after the pending words are filed, and the stand-in never shows.
    #[test]
    fn deferred_words_segment_admitted_texts_like_the_whole_dictionary() {
        let whole = default_jieba();
        let (mut jieba, mut deferred) = DeferredWords::start();
        let texts = [
            crate::SAMPLE_ISSUE,
            "长江大桥上的南京市长，研究生命的起源。iPhone15发布会于2023年9月12日举行。",
            "乒乓球拍卖完了，结婚的和尚未结婚的都来了。",
            "乌鲁木齐的研究生命名了一号店。",
        ];
        for (i, text) in texts.iter().enumerate() {
            assert!(!deferred.covers(text));
            deferred.admit(&mut jieba, [*text]);
            assert!(deferred.covers(text));
            for seen in &texts[..=i] {
                assert_eq!(cuts_and_tags(&jieba, seen), cuts_and_tags(&whole, seen), "text {i}");
            }
            deferred.index_dictionary(&mut jieba, 150_000);
        }
        assert!(deferred.unfiled.is_empty());
        assert!(!jieba.has_word("哈尔滨"), "only words that may occur in admitted texts are loaded");
        let stand_in = format!("乒乓{STAND_IN}球");
        deferred.admit(&mut jieba, [stand_in.as_str()]);
        assert_eq!(cuts_and_tags(&jieba, &stand_in), cuts_and_tags(&whole, &stand_in));
        assert_eq!(cuts_and_tags(&jieba, texts[1]), cuts_and_tags(&whole, texts[1]));
        assert_eq!(jieba.suggest_freq("研究生命"), whole.suggest_freq("研究生命"));
    }

    /// Default words jieba has and the stand-in's frequency, checked against the rule: exactly
    /// the words whose characters and pairs all occur in the texts admitted are loaded.
    fn assert_loaded_as_the_rule_says(jieba: &Jieba, deferred: &DeferredWords, step: &str) {
        let mut held_back = 0;
        for line in DEFAULT_DICT.lines() {
            let word = line.split(' ').next().unwrap();
            let may_occur = deferred.seen.may_contain(word);
            assert_eq!(jieba.has_word(word), may_occur, "{step}: {word}");
            if !may_occur {
                held_back += line.split(' ').nth(1).unwrap().parse::<usize>().unwrap();
            }
        }
        assert_eq!(deferred.held_back, held_back, "{step}");
    }

    /// Admission loads the same words whether they are found by the scan of unfiled words or
    /// through the wait lists, including a word whose characters and pairs arrive in three
    /// texts, the last two after it was filed.
    #[test]
    fn admission_loads_exactly_the_words_that_may_occur() {
        let (mut jieba, mut deferred) = DeferredWords::start();
        deferred.admit(&mut jieba, ["平湖日报，乌鲁"]);
        assert_loaded_as_the_rule_says(&jieba, &deferred, "first text, scanned");
        assert!(!deferred.index_dictionary(&mut jieba, 100_000));
        deferred.admit(&mut jieba, ["长江大桥上的南京市长"]);
        assert_loaded_as_the_rule_says(&jieba, &deferred, "half filed");
        let mut steps = 1;
        while !deferred.index_dictionary(&mut jieba, 100_000) {
            steps += 1;
        }
        assert_eq!(steps, 3, "what is left of 349k words in steps of 100k");
        assert!(deferred.waiting.entries.len() > 300_000);
        deferred.admit(&mut jieba, ["鲁木"]);
        assert!(!jieba.has_word("乌鲁木齐"));
        deferred.admit(&mut jieba, ["木齐"]);
        assert!(jieba.has_word("乌鲁木齐"), "its last character and pairs arrived");
        assert_loaded_as_the_rule_says(&jieba, &deferred, "all filed");
        deferred.admit(&mut jieba, [crate::SAMPLE_ISSUE]);
        assert_loaded_as_the_rule_says(&jieba, &deferred, "sample");
    }
}
