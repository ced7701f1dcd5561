//! Property tests: any input yields no panic, and every non-blank line ends up in exactly one item or
//! in the page furniture.

mod common;

use dubao::layout;
use proptest::prelude::*;

/// Lines drawn from the pieces newspaper text is made of, so the splitter's branches get exercised.
fn newspaper_line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("■记者 胡佳英".to_string()),
        Just("■摄影 王 强".to_string()),
        Just("通讯员 夏晓蕾 倪春军".to_string()),
        Just("2023年2月9日 星期四 第3版 要闻".to_string()),
        Just("本报讯 昨天上午，我市召开".to_string()),
        Just("誓师出征誓师出征 全军出击全军出击".to_string()),
        Just("——某县推进乡村振兴纪实".to_string()),
        Just("享受好时光。 ■摄影 王 强".to_string()),
        "[\\u4e00-\\u4e80，。“”、 ]{1,20}",
        "\\PC{0,30}",
    ]
}

fn check_no_line_lost(text: &str) {
    let normalized = dubao::text::normalize::normalize(text);
    let laid = layout::split(&normalized);
    let spans =
        laid.items.iter().flat_map(|i| i.spans.iter()).chain(laid.furniture.iter().flat_map(|f| f.spans.iter()));
    common::assert_each_line_once(&normalized, spans);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_text_never_panics_or_loses_lines(text in "\\PC{0,200}(\\r?\\n\\PC{0,40}){0,12}") {
        check_no_line_lost(&text);
    }

    #[test]
    fn newspaper_like_text_never_loses_lines(lines in prop::collection::vec(newspaper_line(), 0..40),
                                             crlf in any::<bool>()) {
        let text = lines.join(if crlf { "\r\n" } else { "\n" });
        check_no_line_lost(&text);
    }
}

#[test]
fn analyzer_handles_odd_inputs() {
    let mut analyzer = dubao::Analyzer::new();
    for text in ["", "\n\n\n", "\u{feff}", "\r\r\r", "a", "。", "■", "\u{0}\u{1}", "本报讯", "看看"] {
        let report = analyzer.analyze(text, &dubao::Options::default());
        assert!(report.items.len() <= 1, "{text:?}");
    }
}

/// One step on a deferred dictionary: admit a text, or file up to that many pending words.
#[derive(Debug, Clone)]
enum DictionaryStep {
    Admit(String),
    File(usize),
}

fn dictionary_step() -> impl Strategy<Value = DictionaryStep> {
    let sample_piece = |lengths: std::ops::Range<usize>| {
        (0..dubao::SAMPLE_ISSUE.chars().count(), lengths)
            .prop_map(|(start, len)| dubao::SAMPLE_ISSUE.chars().skip(start).take(len).collect::<String>())
    };
    prop_oneof![
        // Short pieces bring a word's characters and pairs in separate texts, so words are
        // rechecked and refiled before they are loaded.
        4 => sample_piece(1..4).prop_map(DictionaryStep::Admit),
        1 => sample_piece(4..60).prop_map(DictionaryStep::Admit),
        1 => "[\\u4e00-\\u9fa5]{1,12}".prop_map(DictionaryStep::Admit),
        2 => (1usize..200_000).prop_map(DictionaryStep::File),
    ]
}

proptest! {
    // Each case checks all 349k dictionary words: few cases.
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// Whatever the order of admissions and filing steps, the deferred dictionary holds exactly
    /// the words whose characters and adjacent pairs all occur in some admitted text's (the
    /// words it may ever be asked to cut), computed here independently of the crate.
    #[test]
    fn a_deferred_dictionary_holds_exactly_the_words_the_admitted_texts_may_need(
        steps in prop::collection::vec(dictionary_step(), 1..40)
    ) {
        let (mut jieba, mut deferred) = dubao::words::dictionary::DeferredWords::start();
        let mut chars = std::collections::HashSet::new();
        let mut pairs = std::collections::HashSet::new();
        for step in &steps {
            match step {
                DictionaryStep::Admit(text) => {
                    deferred.admit(&mut jieba, [text.as_str()]);
                    let cs: Vec<char> = text.chars().collect();
                    chars.extend(cs.iter().copied());
                    pairs.extend(cs.windows(2).map(|w| (w[0], w[1])));
                }
                DictionaryStep::File(n) => {
                    deferred.index_dictionary(&mut jieba, *n);
                }
            }
        }
        for line in include_str!("../data/jieba/dict.txt").lines() {
            let word = line.split(' ').next().unwrap();
            let cs: Vec<char> = word.chars().collect();
            let may_occur = cs.iter().all(|c| chars.contains(c)) && cs.windows(2).all(|w| pairs.contains(&(w[0], w[1])));
            prop_assert_eq!(jieba.has_word(word), may_occur, "{}", word);
        }
    }
}
