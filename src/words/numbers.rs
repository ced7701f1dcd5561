//! Number units: what jieba cuts apart but Chinese news treats as one word.

use super::token::Word;

/// Joins what jieba cuts apart but Chinese news treats as one word (the PKU standard does too): a
/// number with its date or percent unit (`1月`, `2000年`, `31日`, `90%`), and a run of one dash or
/// dot character (`———`, `……`). Takes jieba's tokens of `text` in order ([`NumberUnits::push`])
/// and hands the joined words to `emit`, holding back the last one until it cannot grow.
pub(super) struct NumberUnits<'t, F: FnMut(Word)> {
    text: &'t str,
    last: Option<Word>,
    emit: F,
}

impl<'t, F: FnMut(Word)> NumberUnits<'t, F> {
    pub(super) fn new(text: &'t str, emit: F) -> Self {
        NumberUnits { text, last: None, emit }
    }

    /// The next token, which starts where the last one ends.
    pub(super) fn push(&mut self, token: Word) {
        let Some(last) = self.last.as_mut() else {
            self.last = Some(token);
            return;
        };
        debug_assert_eq!(last.end, token.start, "tokens are consecutive");
        let (prev, word) = (&self.text[last.start..last.end], &self.text[token.start..token.end]);
        if (is_unit(word) && is_number(prev)) || is_same_run(prev, word) {
            *last = Word { start: last.start, ..token };
            return;
        }
        // Datelines: `14` + `日电` is `14日` + `电`.
        if word == "日电" && is_number(prev) {
            let day_end = token.end - "电".len();
            *last = Word { start: last.start, end: day_end, char_end: token.char_end - 1 };
            (self.emit)(*last);
            *last = Word { start: day_end, ..token };
            return;
        }
        (self.emit)(std::mem::replace(last, token));
    }

    pub(super) fn finish(mut self) {
        if let Some(last) = self.last.take() {
            (self.emit)(last);
        }
    }
}

/// A number as jieba cuts it (`2000`, `3.5`, `２０２３`); not empty.
fn is_number(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| c.is_ascii_digit() || c.is_numeric() || c == '.' || c == '．')
}

fn is_unit(w: &str) -> bool {
    matches!(w, "年" | "月" | "日" | "号" | "时" | "%" | "％")
}

/// Whether `prev` and `word` are runs of the same dash or dot character (`——` + `—`).
fn is_same_run(prev: &str, word: &str) -> bool {
    // The one character a token repeats, if it is a dash or dot run.
    let single_run_char = |w: &str| {
        let mut cs = w.chars();
        cs.next().filter(|&c| matches!(c, '—' | '－' | '-' | '…' | '·' | '.') && cs.all(|d| d == c))
    };
    single_run_char(word).is_some_and(|c| single_run_char(prev) == Some(c))
}
