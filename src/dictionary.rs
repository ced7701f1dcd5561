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
//! The words, frequencies and tags are jieba-rs 0.11's `src/data/dict.txt`, unchanged (see
//! `data/jieba/README.md`); a test checks that the result segments and tags like `Jieba::new()`.

use jieba_rs::Jieba;

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
        let mut fields = line.split_ascii_whitespace();
        let (Some(word), Some(freq), tag) = (fields.next(), fields.next(), fields.next()) else {
            continue;
        };
        let freq = freq.parse().expect("jieba's default dictionary has whole-number frequencies");
        jieba.add_word(word, Some(freq), tag);
    }
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
}
