//! Word segmentation: jieba-rs with a user dictionary, plus per-issue terms (recurring quoted
//! phrases, credited and titled names, recurring unknown proper nouns) that are kept whole.

use std::ops::Range;
use std::sync::{Arc, OnceLock};

use jieba_rs::Jieba;
use rustc_hash::FxHashSet;

use super::cut_points::{is_cut_point, next_cut_point, reusable_tokens, CUT_PIECE_BYTES};
use super::dictionary::{default_jieba, DeferredWords};
use super::numbers::NumberUnits;
use super::terms::{join_terms, static_pos, IssueTerms, IssueWords};
use super::token::{Tagged, Word};
use super::user_dict::parse_user_dict;
use super::{discovery, names};
use crate::error::Result;

pub struct Segmenter {
    /// Shared by every segmenter of the process that has the default dictionary and no user
    /// words (see [`shared_default_jieba`]); a segmenter that adds words gets its own copy.
    jieba: Arc<Jieba>,
    /// For a segmenter started with [`Segmenter::deferred`]: the default words not loaded yet.
    deferred: Option<DeferredWords>,
    has_user_words: bool,
}

impl Default for Segmenter {
    fn default() -> Self {
        Self::new()
    }
}

impl Segmenter {
    /// jieba with its default dictionary (about 350k words), loaded once per process and shared.
    pub fn new() -> Self {
        Segmenter { jieba: shared_default_jieba(), deferred: None, has_user_words: false }
    }

    /// A segmenter that loads the default dictionary as texts need it (see [`DeferredWords`]):
    /// ready at once, but every text must be [admitted](Segmenter::admit) before it is segmented.
    pub fn deferred() -> Self {
        let (jieba, deferred) = DeferredWords::start();
        Segmenter { jieba: Arc::new(jieba), deferred: Some(deferred), has_user_words: false }
    }

    /// Loads the default words that may occur in `texts` (nothing for a segmenter that has them
    /// all), so that these texts and any part of them can be segmented.
    pub fn admit<'t>(&mut self, texts: impl IntoIterator<Item = &'t str>) {
        if let Some(deferred) = &mut self.deferred {
            deferred.admit(Arc::make_mut(&mut self.jieba), texts);
        }
    }

    /// Files up to `max_words` more pending default words (see [`DeferredWords::index_dictionary`]);
    /// returns whether all are filed, after which admitting a text no longer scans the dictionary.
    pub fn index_dictionary(&mut self, max_words: usize) -> bool {
        match &mut self.deferred {
            Some(deferred) => deferred.index_dictionary(Arc::make_mut(&mut self.jieba), max_words),
            None => true,
        }
    }

    /// Whether every default word that `text` may need is loaded.
    pub fn covers(&self, text: &str) -> bool {
        self.deferred.as_ref().is_none_or(|d| d.covers(text))
    }

    /// Replaces the user dictionary: one `word [freq] [pos]` a line, `#` comments allowed.
    /// Returns how many words were added.
    pub fn set_user_dict(&mut self, dict: &str) -> Result<usize> {
        let entries = parse_user_dict(dict)?;
        if self.has_user_words {
            *self = if self.deferred.is_some() { Segmenter::deferred() } else { Segmenter::new() };
        }
        // jieba weighs a user word against the default words within it, and keeps the default
        // tag of a word it already has.
        self.admit(entries.iter().map(|(word, _, _)| word.as_str()));
        if !entries.is_empty() {
            let jieba = Arc::make_mut(&mut self.jieba);
            for (word, freq, pos) in &entries {
                jieba.add_word(word, *freq, pos.as_deref());
            }
        }
        self.has_user_words = !entries.is_empty();
        Ok(entries.len())
    }

    /// Finds the terms to keep whole in this issue: credited `names`, recurring quoted phrases
    /// (if `quoted`), names after titles and recurring unknown proper nouns. Discovery always
    /// tags with HMM on, whatever the segmentation setting, because the HMM is what recognises
    /// unknown names; the terms then hold with HMM off too.
    pub fn issue_terms(&self, bodies: &[&str], names: &[&str], quoted: bool) -> IssueTerms {
        self.issue_words(bodies, names, quoted).terms
    }

    /// [`Segmenter::issue_terms`], keeping the bodies' tags of the discovery pass for
    /// [`Segmenter::tag_body`].
    pub fn issue_words<'a>(&'a self, bodies: &[&'a str], names: &[&str], quoted: bool) -> IssueWords<'a> {
        let mut terms = IssueTerms::default();
        for name in names {
            terms.push(name, "nr", false);
        }
        if quoted {
            // A phrase quoted twice is the issue's own word: cut it out wherever it occurs,
            // unless it is as short as two characters (too likely to be part of other words).
            for term in discovery::recurring_quoted_terms(bodies) {
                if !self.is_term_like(&term) {
                    continue;
                }
                let forced = term.chars().count() >= 3;
                terms.push(&term, "nz", forced);
            }
        }
        let mut tokens: Vec<Tagged> = Vec::with_capacity(bodies.iter().map(|b| b.len()).sum::<usize>() / 4);
        let mut ends = Vec::with_capacity(bodies.len());
        for body in bodies {
            tokens.extend(self.jieba_tags(body, true));
            ends.push(tokens.len());
        }
        for name in names::titled_names(&tokens) {
            terms.push(&name, "nr", false);
        }
        for phrase in discovery::tight_collocations(&tokens) {
            terms.push(&phrase, "nz", false);
        }
        let is_known = |w: &str| self.jieba.has_word(w);
        // An unknown name (2–4 ideographs) inside a term is no term of its own: the terms' pieces
        // of 2–4 characters, looked up, instead of a substring search of every term per name.
        let mut pieces: FxHashSet<&str> = FxHashSet::default();
        let terms_so_far: Vec<String> = terms.words().map(str::to_string).collect();
        for term in &terms_so_far {
            pieces.extend(pieces_of(term));
        }
        for (word, pos) in discovery::recurring_unknown_names(tokens.iter().copied(), is_known) {
            if !pieces.contains(word) {
                terms.push(word, static_pos(pos), false);
                pieces.extend(pieces_of(word));
            }
        }
        terms.build_index();
        IssueWords { terms, bodies: bodies.to_vec(), tokens, ends }
    }

    /// Whether a quoted phrase names something rather than says something: a clause such as
    /// `“招商的底气在哪里”` has function words (的, 在, 哪里) that a term (`“一号改革工程”`) lacks.
    fn is_term_like(&self, phrase: &str) -> bool {
        const FUNCTION_TAGS: &[&str] = &["u", "r", "p", "c", "y", "e"];
        self.jieba.tag(phrase, false).iter().all(|t| !FUNCTION_TAGS.iter().any(|f| t.tag.starts_with(f)))
    }

    /// Segments `text` into tagged words, keeping `terms` whole.
    ///
    /// Forced terms (recurring quoted phrases) are cut out first and jieba segments the gaps.
    /// The other terms (names) join jieba's tokens only where an occurrence starts and ends on
    /// token boundaries (`仲/旭东` → `仲旭东`), never across a word jieba found (`任何/健康`
    /// keeps a name `何健` out): they repair under-segmentation without over-merging.
    pub fn tag<'a>(&'a self, text: &'a str, hmm: bool, terms: &IssueTerms) -> Vec<Tagged<'a>> {
        self.tag_reusing(text, hmm, terms, None)
    }

    /// [`Segmenter::tag`] of body `i` of `words` with `words.terms`. With `hmm` on, jieba's
    /// tags from the discovery pass are reused wherever they are what jieba would give
    /// (everywhere but around forced terms that sit inside a run of ideographs or letters), so
    /// most of the body is not segmented a second time. The result is the same as `tag`'s.
    pub fn tag_body<'a>(&'a self, words: &IssueWords<'a>, i: usize, hmm: bool) -> Vec<Tagged<'a>> {
        let discovered = hmm.then(|| words.body_tokens(i));
        self.tag_reusing(words.bodies[i], hmm, &words.terms, discovered)
    }

    /// `tag`, taking jieba's tags (with `hmm`) of each gap between forced terms from
    /// `discovered`, jieba's tags of all of `text`, where they are the same as the gap's own.
    fn tag_reusing<'a>(
        &'a self,
        text: &'a str,
        hmm: bool,
        terms: &IssueTerms,
        discovered: Option<&[Tagged<'a>]>,
    ) -> Vec<Tagged<'a>> {
        let mut out = Vec::with_capacity(discovered.map_or(text.len() / 4, <[_]>::len));
        let mut gap_start = 0;
        while let Some((start, end, pos)) = terms.next_forced(text, gap_start) {
            self.tag_gap(text, gap_start..start, hmm, terms, discovered, &mut out);
            out.push(Tagged { word: &text[start..end], pos });
            gap_start = end;
        }
        self.tag_gap(text, gap_start..text.len(), hmm, terms, discovered, &mut out);
        out
    }

    /// Tags `text[range]` with jieba and joins tokens that make up a term exactly. With
    /// `discovered` (jieba's tags of all of `text`, with `hmm`), only the parts of the gap before
    /// its first and after its last cut point (see [`is_cut_point`]) are segmented afresh; the
    /// tags between them are the same in the gap alone as in the whole text and are reused.
    fn tag_gap<'a>(
        &'a self,
        text: &'a str,
        range: Range<usize>,
        hmm: bool,
        terms: &IssueTerms,
        discovered: Option<&[Tagged<'a>]>,
        out: &mut Vec<Tagged<'a>>,
    ) {
        if range.is_empty() {
            return;
        }
        let reused = discovered.and_then(|discovered| {
            let gap = &text[range.clone()];
            let mut cuts = gap.char_indices().map(|(i, _)| range.start + i).chain([range.end]);
            let first = cuts.find(|&at| is_cut_point(text, at))?;
            let last = cuts.rev().find(|&at| is_cut_point(text, at)).unwrap_or(first);
            Some((first..last, reusable_tokens(text, first..last, discovered)?))
        });
        let Some((middle, reused)) = reused else {
            let tokens: Vec<Tagged> = self.jieba_tags(&text[range.clone()], hmm).collect();
            join_terms(text, range.end, &tokens, terms, out);
            return;
        };
        if middle == range {
            join_terms(text, range.end, reused, terms, out);
            return;
        }
        let mut tokens: Vec<Tagged> = self.jieba_tags(&text[range.start..middle.start], hmm).collect();
        tokens.extend_from_slice(reused);
        tokens.extend(self.jieba_tags(&text[middle.end..range.end], hmm));
        join_terms(text, range.end, &tokens, terms, out);
    }

    /// jieba's tags of `text` (nothing for an empty text), to collect or to append to a list.
    fn jieba_tags<'a>(&'a self, text: &'a str, hmm: bool) -> impl Iterator<Item = Tagged<'a>> {
        debug_assert!(self.covers(text), "text not admitted: {text:?}");
        let tags = if text.is_empty() { Vec::new() } else { self.jieba.tag(text, hmm) };
        tags.into_iter().map(|t| Tagged { word: t.word, pos: t.tag })
    }

    /// Plain segmentation (no issue terms), for benchmarks and the `segment` command.
    pub fn cut<'a>(&self, text: &'a str, hmm: bool) -> Vec<&'a str> {
        let mut words = Vec::with_capacity(text.len() / 4);
        self.cut_each(text, hmm, |w| words.push(&text[w.start..w.end]));
        words
    }

    /// [`Segmenter::cut`] as the UTF-16 end offset of each word (what JS `slice` needs).
    pub fn cut_utf16_ends(&self, text: &str, hmm: bool) -> Vec<u32> {
        let mut ends = Vec::with_capacity(text.len() / 4);
        // A char takes one UTF-16 unit, or two if it takes four UTF-8 bytes (lead byte ≥ 0xF0).
        let is_astral_lead = |b: &u8| *b >= 0xF0;
        if text.as_bytes().iter().any(is_astral_lead) {
            let mut astral = 0;
            self.cut_each(text, hmm, |w| {
                astral += text.as_bytes()[w.start..w.end].iter().filter(|b| is_astral_lead(b)).count();
                ends.push((w.char_end + astral) as u32);
            });
        } else {
            self.cut_each(text, hmm, |w| ends.push(w.char_end as u32));
        }
        ends
    }

    /// [`Segmenter::cut`]'s words handed to `emit` one by one, without collecting them.
    pub fn cut_each(&self, text: &str, hmm: bool, emit: impl FnMut(Word)) {
        self.cut_each_in_pieces(text, hmm, CUT_PIECE_BYTES, emit);
    }

    /// [`Segmenter::cut_each`], giving jieba `text` in pieces of about `piece_bytes` (longer to
    /// reach a cut point, see [`is_cut_point`], where jieba segments the two sides apart the same
    /// as together). The words are the same for any piece size; pieces keep jieba's token vector
    /// small and in cache instead of one vector for the whole text that is reallocated as it grows.
    fn cut_each_in_pieces(&self, text: &str, hmm: bool, piece_bytes: usize, emit: impl FnMut(Word)) {
        debug_assert!(self.covers(text), "text not admitted");
        let mut units = NumberUnits::new(text, emit);
        let mut start = 0;
        let mut chars = 0;
        while start < text.len() {
            let end = next_cut_point(text, start + piece_bytes.max(1));
            let tokens = self.jieba.cut(&text[start..end], hmm);
            for t in &tokens {
                units.push(Word { start: start + t.byte_start, end: start + t.byte_end, char_end: chars + t.end });
            }
            chars += tokens.last().map_or(0, |t| t.end);
            start = end;
        }
        units.finish();
    }

    /// Whether jieba's dictionary (with the user dictionary) has `word`.
    pub fn has_word(&self, word: &str) -> bool {
        self.jieba.has_word(word)
    }
}

/// The substrings of `term` of two to four characters.
fn pieces_of(term: &str) -> Vec<&str> {
    let starts: Vec<usize> = term.char_indices().map(|(i, _)| i).chain([term.len()]).collect();
    let mut pieces = Vec::new();
    for i in 0..starts.len() {
        for j in i + 2..=(i + 4).min(starts.len() - 1) {
            pieces.push(&term[starts[i]..starts[j]]);
        }
    }
    pieces
}

/// The default dictionary, loaded on first use and then shared: the CLI's `--jobs` threads (one
/// analyzer each) hold one copy of it instead of one each, and start without loading it again.
fn shared_default_jieba() -> Arc<Jieba> {
    static DEFAULT: OnceLock<Arc<Jieba>> = OnceLock::new();
    Arc::clone(DEFAULT.get_or_init(|| Arc::new(default_jieba())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::token::offset_in;

    /// Segmenters share the default dictionary until one adds words: that one gets its own copy
    /// and the others keep segmenting as before.
    #[test]
    fn the_default_dictionary_is_shared_until_words_are_added() {
        let (a, mut b) = (Segmenter::new(), Segmenter::new());
        assert!(Arc::ptr_eq(&a.jieba, &b.jieba));
        let before = a.cut("吉瑞弗产业园区", false);
        b.set_user_dict("吉瑞弗产业园区 1000 nz").unwrap();
        assert!(!Arc::ptr_eq(&a.jieba, &b.jieba));
        assert_eq!(b.cut("吉瑞弗产业园区", false), vec!["吉瑞弗产业园区"]);
        assert_eq!(a.cut("吉瑞弗产业园区", false), before);
        assert!(before.len() > 1 && !Segmenter::new().has_word("吉瑞弗产业园区"));
        b.set_user_dict("").unwrap();
        assert!(Arc::ptr_eq(&Segmenter::new().jieba, &b.jieba), "no user words: the shared one again");
    }

    #[test]
    fn numbers_keep_their_date_and_percent_units() {
        let seg = Segmenter::new();
        let words = seg.cut("2000年1月31日增长90%，———", true);
        assert!(words.contains(&"2000年") && words.contains(&"1月") && words.contains(&"31日"), "{words:?}");
        assert!(words.contains(&"90%") && words.contains(&"———"), "{words:?}");
        assert_eq!(seg.cut("一年", true), vec!["一年"]);
        assert_eq!(seg.cut("北京2月14日电", true), vec!["北京", "2月", "14日", "电"]);
    }

    /// The segmentation `cut` gave before it worked from jieba's tokens in one pass: jieba's words of
    /// the whole text, then numbers joined to their units and dash runs joined, over a vector.
    fn reference_cut<'a>(seg: &Segmenter, text: &'a str, hmm: bool) -> Vec<&'a str> {
        let is_number = |w: &str| w.chars().all(|c| c.is_ascii_digit() || c.is_numeric() || c == '.' || c == '．');
        let is_unit = |w: &str| matches!(w, "年" | "月" | "日" | "号" | "时" | "%" | "％");
        let is_run_char = |c: char| matches!(c, '—' | '－' | '-' | '…' | '·' | '.');
        let single_run_char = |w: &str| {
            let mut cs = w.chars();
            cs.next().filter(|&c| is_run_char(c) && cs.all(|d| d == c))
        };
        let mut out: Vec<&'a str> = Vec::new();
        for word in seg.jieba.cut(text, hmm).into_iter().map(|t| t.word) {
            if let Some(prev) = out.last_mut() {
                let joins = (is_unit(word) && is_number(prev) && !prev.is_empty())
                    || (single_run_char(prev).is_some() && single_run_char(prev) == single_run_char(word));
                let start = offset_in(text, prev);
                let end = offset_in(text, word) + word.len();
                if joins && end - start == prev.len() + word.len() {
                    *prev = &text[start..end];
                    continue;
                }
                if word == "日电" && is_number(prev) && end - start == prev.len() + word.len() {
                    let day_end = end - "电".len();
                    *prev = &text[start..day_end];
                    out.push(&text[day_end..end]);
                    continue;
                }
            }
            out.push(word);
        }
        out
    }

    /// Texts that exercise the joins, the pieces and UTF-16: unnormalized digits and dashes, dash
    /// runs across lines and pieces, datelines, astral characters (emoji, CJK extension B), `\r\n`.
    fn cut_texts() -> Vec<String> {
        let edge = "2000年1月31日增长90%，———北京2月14日电（记者）……···一年\r\n\
            平湖日报社😀记者𠀀𠀁字🎉２０２３年１２月３１日增长９０％——－－...\n\
            ——\n——Ｗｉｎｄｏｗｓ 10版本3.5.1。C++和C#，ａｂｃ１２３ｄｅｆ\r\r\n\n\
            新华社北京2月14日电 本报讯 　全角空格\t制表符2019\n年14\n日电";
        let sample = crate::SAMPLE_ISSUE;
        vec![
            String::new(),
            "一".into(),
            edge.into(),
            sample.into(),
            crate::text::normalize::normalize(sample),
            sample.replace('\n', ""),
            format!("{edge}{sample}{edge}").repeat(3),
        ]
    }

    #[test]
    fn cut_gives_the_reference_words_for_any_piece_size() {
        let seg = Segmenter::new();
        for text in cut_texts() {
            for hmm in [true, false] {
                let expected = reference_cut(&seg, &text, hmm);
                assert_eq!(seg.cut(&text, hmm), expected, "hmm={hmm}");
                // Pieces as small as a cut point allows, and a few sizes that split mid-line.
                for piece in [0, 1, 7, 100, 1000] {
                    let mut words = Vec::new();
                    seg.cut_each_in_pieces(&text, hmm, piece, |w| words.push(&text[w.start..w.end]));
                    assert_eq!(words, expected, "hmm={hmm} piece={piece}");
                }
            }
        }
    }

    #[test]
    fn cut_each_gives_char_ends_and_utf16_ends() {
        let seg = Segmenter::new();
        for text in cut_texts() {
            for hmm in [true, false] {
                let words = reference_cut(&seg, &text, hmm);
                let mut char_ends = Vec::new();
                seg.cut_each_in_pieces(&text, hmm, 7, |w| char_ends.push(w.char_end));
                let mut utf16_ends = Vec::new();
                let (mut chars, mut units) = (0, 0);
                for (i, word) in words.iter().enumerate() {
                    chars += word.chars().count();
                    units += word.encode_utf16().count() as u32;
                    assert_eq!(char_ends[i], chars, "{word}");
                    utf16_ends.push(units);
                }
                assert_eq!(char_ends.len(), words.len());
                assert_eq!(seg.cut_utf16_ends(&text, hmm), utf16_ends);
            }
        }
    }

    #[test]
    fn cut_points_for_pieces() {
        let text = "甲乙，丙\r\n丁ab c";
        assert_eq!(next_cut_point(text, 0), 0);
        assert_eq!(next_cut_point(text, 1), text.find('，').unwrap(), "rounded up to a char, then before ，");
        assert_eq!(next_cut_point(text, text.find('丙').unwrap() + 1), text.find('\r').unwrap());
        assert_eq!(next_cut_point(text, text.find('\n').unwrap()), text.find('丁').unwrap(), "not inside \\r\\n");
        assert_eq!(next_cut_point(text, text.find('b').unwrap()), text.find(' ').unwrap());
        assert_eq!(next_cut_point(text, text.len() - 1), text.len() - 1, "after the space");
        assert_eq!(next_cut_point(text, text.len() + 5), text.len());
    }

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

    /// Two paragraphs of the sample issue, column breaks joined.
    const MEETING: &str = "本报讯 昨天上午，我市召开“双招双引”暨“招大育强”专项行动工作推进会。\
市委书记仲旭东在会上强调，全市上下要锚定全年目标和一季度目标，全力推动“双招双引”取得新突破。\
市委副书记、市长周军波主持。市领导吴金华、何健等出席。\n\
仲旭东充分肯定我市“双招双引”工作。在肯定成绩的同时，仲旭东也指出了双招双引工作存在的问题。\
围绕“招什么样的商”，要突出招大引强。围绕“招什么样的商”，全力打好组合拳。";

    fn words<'a>(seg: &'a Segmenter, text: &'a str, hmm: bool, terms: &'a IssueTerms) -> Vec<&'a str> {
        seg.tag(text, hmm, terms).iter().map(|t| t.word).collect()
    }

    #[test]
    fn titled_names_and_quoted_terms_are_found_in_an_issue() {
        let seg = Segmenter::new();
        let terms = seg.issue_terms(&[MEETING], &[], true);
        for word in ["仲旭东", "周军波", "吴金华", "何健", "双招双引"] {
            assert!(terms.contains(word), "{word} missing from {:?}", terms.words().collect::<Vec<_>>());
        }
        assert!(!terms.contains("招什么样的商"), "a quoted clause is not a term");
        assert!(!terms.contains("旭东") && !terms.contains("市长周军波"));
        // jieba's HMM finds 双招/双引; a piece of a longer term is no term of its own.
        assert!(!terms.contains("双引"));
    }

    #[test]
    fn terms_come_out_whole_with_and_without_hmm() {
        let seg = Segmenter::new();
        let terms = seg.issue_terms(&[MEETING], &[], true);
        for hmm in [true, false] {
            let w = words(&seg, MEETING, hmm, &terms);
            assert_eq!(w.concat(), MEETING);
            assert_eq!(w.iter().filter(|&&w| w == "仲旭东").count(), 3, "hmm={hmm}: {w:?}");
            // Quoted three times, once unquoted: all four whole.
            assert_eq!(w.iter().filter(|&&w| w == "双招双引").count(), 4, "hmm={hmm}: {w:?}");
            assert!(w.contains(&"周军波") && w.contains(&"何健"), "hmm={hmm}: {w:?}");
            assert!(!w.contains(&"旭东"));
        }
        let plain: Vec<&str> = seg.cut("市委书记仲旭东在会上强调", true);
        assert!(!plain.contains(&"仲旭东"), "plain jieba splits the name: {plain:?}");
    }

    #[test]
    fn names_do_not_merge_across_words_but_quoted_terms_do() {
        let seg = Segmenter::new();
        let terms = seg.issue_terms(&["市领导何健出席。“智汇谷”一期、“智汇谷”二期"], &[], true);
        assert!(terms.contains("何健") && terms.contains("智汇谷"));
        // 何健 would cut through 任何/健康; the quoted term is cut out of 谷外 (jieba: 智汇/谷外).
        let w = words(&seg, "任何健康的人", true, &terms);
        assert!(w.contains(&"任何") && !w.contains(&"何健"), "{w:?}");
        let w = words(&seg, "5G智汇谷外，工程车川流不息", true, &terms);
        assert!(w.contains(&"智汇谷"), "{w:?}");
    }

    #[test]
    fn tag_body_reuses_discovery_tags_with_the_same_result() {
        let seg = Segmenter::new();
        // Forced terms quoted (cut points on both sides), inside runs of ideographs and letters
        // (segmented afresh around them), at the ends of a body, next to `\r\n`, and bodies
        // without any.
        let bodies = [
            MEETING,
            "“双招双引”开局良好。推进双招双引工作，双招双引ABC项目。\r\n“智汇谷”二期",
            "智汇谷一期、“智汇谷”二期与5G智汇谷外\r\n智汇谷",
            "任何健康的人，艾本德集团与艾本德公司。",
            "",
        ];
        let text = crate::text::normalize::normalize(crate::SAMPLE_ISSUE);
        let sample: Vec<&str> = text.split("\n\n").collect();
        for bodies in [&bodies[..], &sample[..]] {
            for quoted in [true, false] {
                let words = seg.issue_words(bodies, &["仲旭东"], quoted);
                assert!(!quoted || words.terms.has_forced);
                for hmm in [true, false] {
                    for (i, body) in bodies.iter().enumerate() {
                        assert_eq!(seg.tag_body(&words, i, hmm), seg.tag(body, hmm, &words.terms), "{body}");
                    }
                }
            }
        }
    }

    #[test]
    fn cut_points_are_next_to_characters_jieba_emits_alone() {
        let text = "甲“乙”ab,c\r\nd";
        let at = |s: &str| text.find(s).unwrap();
        assert!(is_cut_point(text, 0) && is_cut_point(text, text.len()));
        assert!(is_cut_point(text, at("“")) && is_cut_point(text, at("乙")) && is_cut_point(text, at("c")));
        assert!(!is_cut_point(text, at("b")), "inside a run of letters");
        assert!(is_cut_point(text, at("\r")) && !is_cut_point(text, at("\n")) && is_cut_point(text, at("d")));
    }

    #[test]
    fn pieces_are_the_substrings_of_two_to_four_characters() {
        assert_eq!(pieces_of("双招双引"), ["双招", "双招双", "双招双引", "招双", "招双引", "双引"]);
        assert_eq!(pieces_of("何健"), ["何健"]);
        assert!(pieces_of("何").is_empty() && pieces_of("").is_empty());
        let term = "一号改革工程a";
        for word in ["一号", "改革工程", "程a", "号改革"] {
            assert!(term.contains(word) && pieces_of(term).contains(&word), "{word}");
        }
        assert_eq!(pieces_of(term).len(), 6 + 5 + 4);
    }

    #[test]
    fn no_quoted_terms_when_switched_off() {
        let seg = Segmenter::new();
        let terms = seg.issue_terms(&[MEETING], &[], false);
        assert!(!terms.contains("双招双引") && terms.contains("仲旭东"));
    }

    #[test]
    fn hmm_switch_changes_unknown_words() {
        let seg = Segmenter::new();
        assert_eq!(seg.cut("艾本德集团", true), vec!["艾本德", "集团"]);
        assert_ne!(seg.cut("艾本德集团", false), vec!["艾本德", "集团"]);
    }

    /// Replacing the user dictionary starts a deferred segmenter afresh as deferred, not with the
    /// whole dictionary loaded at once.
    #[test]
    fn a_deferred_segmenter_restarts_deferred_for_a_new_user_dictionary() {
        let mut seg = Segmenter::deferred();
        seg.set_user_dict("梦想小镇 100 ns").unwrap();
        while !seg.index_dictionary(100_000) {}
        seg.admit(["乌鲁木齐"]);
        assert!(seg.has_word("乌鲁木齐"));
        seg.set_user_dict("青年驿站 100 ns").unwrap();
        assert!(!seg.covers("乌鲁木齐") && !seg.has_word("乌鲁木齐"), "only the user's words are admitted");
        assert!(!seg.index_dictionary(100_000), "the new start files its words again");
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
