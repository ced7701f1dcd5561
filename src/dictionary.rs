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
//! The browser's analyzer does not even wait for that: [`DeferredWords`] loads the words each
//! text needs when it arrives, and the rest while the page is idle.
//!
//! The words, frequencies and tags are jieba-rs 0.11's `src/data/dict.txt`, unchanged (see
//! `data/jieba/README.md`); a test checks that the result segments and tags like `Jieba::new()`.

use std::ops::Range;

use jieba_rs::Jieba;
use rustc_hash::FxHashSet;

/// jieba's default dictionary: `word freq tag` a line, no duplicate words.
static DEFAULT_DICT: &str = include_str!("../data/jieba/dict.txt");

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

/// jieba's default dictionary loaded as texts need it, for a quick start in the browser.
///
/// jieba only ever cuts a text into words that occur in it, and a word occurs in a text only if
/// each of its characters and each pair of adjacent characters does. So a jieba holding the
/// words that pass this test for the texts seen so far (see [`DeferredWords::admit`]) segments
/// and tags those texts, and any part of them, exactly like one holding them all, as long as its
/// total frequency is the full dictionary's: [`STAND_IN`] carries the frequency of the words
/// still pending. The rest is loaded in steps while the page is idle ([`DeferredWords::load_some`]).
/// Texts must be admitted as jieba will see them: joined lines make new pairs.
pub struct DeferredWords {
    /// Byte offsets in [`DEFAULT_DICT`] of the lines not loaded yet.
    pending: Vec<u32>,
    /// Characters and adjacent pairs of the texts admitted so far.
    seen: SeenText,
    /// Total frequency of the pending words.
    held_back: usize,
}

/// The characters (one bit per Unicode scalar value) and adjacent character pairs of some texts.
struct SeenText {
    chars: Vec<u64>,
    pairs: FxHashSet<u64>,
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

    fn pair_key(a: char, b: char) -> u64 {
        (a as u64) << 21 | b as u64
    }

    /// Whether `text` could occur in the texts seen: all its characters and pairs were seen.
    fn may_contain(&self, text: &str) -> bool {
        let mut chars = text.chars();
        let Some(mut last) = chars.next() else { return true };
        if !self.has_char(last) {
            return false;
        }
        chars.all(|c| {
            let seen = self.has_char(c) && self.pairs.contains(&Self::pair_key(last, c));
            last = c;
            seen
        })
    }

    /// Adds the characters and pairs of `text`; returns whether any was new.
    fn add(&mut self, text: &str) -> bool {
        let mut new = false;
        let mut last = None;
        for c in text.chars() {
            let (word, bit) = Self::char_bit(c);
            new |= self.chars[word] & bit == 0;
            self.chars[word] |= bit;
            if let Some(before) = last {
                new |= self.pairs.insert(Self::pair_key(before, c));
            }
            last = Some(c);
        }
        new
    }
}

impl DeferredWords {
    /// An empty jieba (but for the stand-in) and the whole default dictionary pending.
    pub fn start() -> (Jieba, DeferredWords) {
        let mut jieba = Jieba::empty();
        jieba.add_word(STAND_IN, Some(DEFAULT_FREQ_TOTAL), Some(STAND_IN_TAG));
        let mut pending = Vec::with_capacity(350_000);
        for chunk in line_chunks(DEFAULT_DICT, CHUNK_BYTES) {
            push_line_starts(chunk, &mut pending);
        }
        (jieba, DeferredWords { pending, seen: SeenText::new(), held_back: DEFAULT_FREQ_TOTAL })
    }

    /// Whether every default word is loaded.
    pub fn is_complete(&self) -> bool {
        self.pending.is_empty()
    }

    /// Whether jieba already has every default word that may occur in `text`.
    pub fn covers(&self, text: &str) -> bool {
        self.is_complete() || self.seen.may_contain(text)
    }

    /// Loads into `jieba` every pending word that may occur in `texts` or in the texts admitted
    /// before, so that jieba then segments and tags these texts as with the whole dictionary.
    pub fn admit<'t>(&mut self, jieba: &mut Jieba, texts: impl IntoIterator<Item = &'t str>) {
        if self.is_complete() {
            return;
        }
        let mut new = false;
        for text in texts {
            new |= self.seen.add(text);
        }
        if !new {
            return;
        }
        let mut kept = 0;
        let mut loaded = 0;
        for start in (0..self.pending.len()).step_by(ADMIT_BLOCK) {
            let end = (start + ADMIT_BLOCK).min(self.pending.len());
            loaded += admit_block(jieba, &mut self.pending, start..end, &mut kept, &self.seen);
        }
        self.pending.truncate(kept);
        self.hold_back_less(jieba, loaded);
    }

    /// Loads up to `max_words` more pending words, needed by a text or not; returns whether
    /// the dictionary is now complete.
    pub fn load_some(&mut self, jieba: &mut Jieba, max_words: usize) -> bool {
        let keep = self.pending.len().saturating_sub(max_words);
        let loaded = self.pending.drain(keep..).map(|at| add_line(jieba, line_at(at))).sum();
        self.hold_back_less(jieba, loaded);
        if self.is_complete() {
            self.pending = Vec::new();
            self.seen = SeenText { chars: Vec::new(), pairs: FxHashSet::default() };
        }
        self.is_complete()
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
        let line = line_at(at);
        let word = line.split(' ').next().unwrap_or_default();
        if seen.may_contain(word) {
            loaded += add_line(jieba, line);
        } else {
            pending[*kept] = at;
            *kept += 1;
        }
    }
    loaded
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

    /// Texts admitted one after another segment and tag as with the whole dictionary, before
    /// and after part of the rest is loaded, and the stand-in never shows.
    #[test]
    fn deferred_words_segment_admitted_texts_like_the_whole_dictionary() {
        let whole = default_jieba();
        let (mut jieba, mut deferred) = DeferredWords::start();
        let texts = [
            crate::SAMPLE_ISSUE,
            "长江大桥上的南京市长，研究生命的起源。iPhone15发布会于2023年9月12日举行。",
            "乒乓球拍卖完了，结婚的和尚未结婚的都来了。",
        ];
        for (i, text) in texts.iter().enumerate() {
            assert!(!deferred.covers(text));
            deferred.admit(&mut jieba, [*text]);
            assert!(deferred.covers(text));
            for seen in &texts[..=i] {
                assert_eq!(cuts_and_tags(&jieba, seen), cuts_and_tags(&whole, seen), "text {i}");
            }
        }
        assert!(!deferred.is_complete());
        assert!(!jieba.has_word("乌鲁木齐"), "only words that may occur in admitted texts are loaded");
        let before = deferred.pending.len();
        assert!(!deferred.load_some(&mut jieba, 1000));
        assert_eq!(deferred.pending.len(), before - 1000);
        let stand_in = format!("乒乓{STAND_IN}球");
        deferred.admit(&mut jieba, [stand_in.as_str()]);
        assert_eq!(cuts_and_tags(&jieba, &stand_in), cuts_and_tags(&whole, &stand_in));
        assert_eq!(cuts_and_tags(&jieba, texts[1]), cuts_and_tags(&whole, texts[1]));
    }

    #[test]
    fn deferred_words_load_in_steps_to_the_whole_dictionary() {
        let (mut jieba, mut deferred) = DeferredWords::start();
        deferred.admit(&mut jieba, ["平湖日报"]);
        let mut steps = 0;
        while !deferred.load_some(&mut jieba, 100_000) {
            steps += 1;
        }
        assert_eq!(steps, 3);
        assert!(deferred.covers("乌鲁木齐"));
        assert!(DEFAULT_DICT.lines().all(|l| jieba.has_word(l.split(' ').next().unwrap())));
        let whole = default_jieba();
        let text = "乌鲁木齐的研究生命名了一号店。";
        assert_eq!(cuts_and_tags(&jieba, text), cuts_and_tags(&whole, text));
        assert_eq!(jieba.suggest_freq("研究生命"), whole.suggest_freq("研究生命"));
    }
}
