//! The DP's scores on small pages: the item score, the intertitle score and the soft-break cost
//! read the evidence as their weights say.

use super::super::assign::{self, intertitle_score, soft_break_cost, Scoring};
use super::super::evidence::{Assembly, BodyEvidence};
use super::super::lines::Line;
use super::super::paragraphs::Para;
use super::super::weights::Weights;
use super::*;

const W: &Weights = &Weights::FITTED;

/// The item score with the body's evidence read on the spot, as the DP reads it once per span.
fn score(a: &Assembly, lines: &[Line], paras: &[Para], scoring: &Scoring) -> f32 {
    assign::score(a, &BodyEvidence::of(a, lines, paras), lines, paras, scoring)
}

/// A page read up to its blocks, with the blocks' kinds (`B`ody, `H`eadline, `C`redit) spelled out.
struct Page {
    text: String,
}

impl Page {
    fn new(text: &str) -> Self {
        Page { text: text.to_string() }
    }

    /// Calls `f` with the page's lines, paragraphs, blocks, kinds and affinity.
    fn with<R>(&self, f: impl FnOnce(&[lines::Line], &[paragraphs::Para], &[Block], String, &Affinity) -> R) -> R {
        let lines = classify_lines(&self.text);
        let paras = build_paragraphs(&lines);
        let blocks = build_blocks(&lines, &paras);
        let kinds: String = blocks
            .iter()
            .map(|b| match b {
                Block::Body(_) => 'B',
                Block::Headline(_) => 'H',
                Block::Credit(_) => 'C',
                Block::Furniture(_) => 'F',
            })
            .collect();
        let words = Words::new(&blocks, &lines, &paras, HeadlineKeys::new(&blocks, &lines, &paras));
        let affinity = Affinity::new(&blocks, &words);
        f(&lines, &paras, &blocks, kinds, &affinity)
    }
}

const BODY_A: &str = "本报讯 眼下，南方的油菜开始抽薹，北方的果园开始修剪，各地农户抢抓农时，备耕生产正当时。";
const BODY_B: &str = "本报讯 市图书馆从本月起把开放时间延长到晚上九点，读者下班后也能来借书，自习室也不再限时。";
/// A body's second section: no dateline, which would open an article.
const SECTION: &str = "自习室也不再限时，读者可以一直待到闭馆，馆里还增加了两百个座位和不少充电插座。";

#[test]
fn a_second_headline_costs_the_item_its_weight() {
    let page = Page::new(&format!("春雨过后田野新绿\n\n{}\n\n图书馆夜间开放受欢迎\n", column(BODY_A, 16)));
    page.with(|lines, paras, blocks, kinds, affinity| {
        assert_eq!(kinds, "HBH");
        let one = Assembly { prefix: &blocks[..1], body: &blocks[1..2], suffix: &[], at: 0 };
        let two = Assembly { prefix: &blocks[..1], body: &blocks[1..2], suffix: &blocks[2..], at: 0 };
        let (s1, s2) = (
            score(&one, lines, paras, &Scoring { affinity, orientation: 0.0, weights: W, tight: false }),
            score(&two, lines, paras, &Scoring { affinity, orientation: 0.0, weights: W, tight: false }),
        );
        assert!(s2 <= s1 + W.extra_headline, "{s1} {s2}");
        // Orientation moves an item with its headline before the body down when > 0.
        assert_eq!(
            score(&one, lines, paras, &Scoring { affinity, orientation: 0.3, weights: W, tight: false }),
            s1 - 0.3
        );
    });
}

#[test]
fn an_untitled_short_body_is_a_brief_and_a_long_one_is_doubted_more() {
    let short = Page::new("本报讯 今天晴转多云，气温五到十二度。\n");
    let long = Page::new(&column(&BODY_A.repeat(3), 16));
    let untitled = |page: &Page| {
        page.with(|lines, paras, blocks, kinds, affinity| {
            assert_eq!(kinds, "B");
            score(
                &Assembly { prefix: &[], body: blocks, suffix: &[], at: 0 },
                lines,
                paras,
                &Scoring { affinity, orientation: 0.0, weights: W, tight: false },
            )
        })
    };
    assert_eq!(untitled(&short), W.no_headline_short);
    assert_eq!(untitled(&long), W.no_headline);
}

#[test]
fn a_numbered_heading_between_bodies_is_an_intertitle_and_a_bold_one_a_headline() {
    let numbered = Page::new(&format!("{}\n一、夜间开放\n\n{}", column(BODY_A, 16), column(SECTION, 16)));
    let bold = Page::new(&format!("{}\n夜间阅读受欢迎夜间阅读受欢迎\n\n{}", column(BODY_A, 16), column(SECTION, 16)));
    let gap_score = |page: &Page| {
        page.with(|lines, paras, blocks, kinds, affinity| {
            assert_eq!(kinds, "BHB", "{}", page.text);
            let scoring = Scoring { affinity, orientation: 0.0, weights: W, tight: false };
            intertitle_score(&blocks[1..2], &blocks[0], &blocks[2], lines, paras, false, &scoring)
        })
    };
    let (numbered_score, bold_score) = (gap_score(&numbered), gap_score(&bold));
    assert!(numbered_score > 0.0 && bold_score < 0.0, "numbered {numbered_score}, bold {bold_score}");
    // A page header between the two bodies ends the article whatever the heading.
    numbered.with(|lines, paras, blocks, _, affinity| {
        let scoring = Scoring { affinity, orientation: 0.0, weights: W, tight: false };
        assert_eq!(
            intertitle_score(&blocks[1..2], &blocks[0], &blocks[2], lines, paras, true, &scoring),
            f32::NEG_INFINITY
        );
    });
}

#[test]
fn a_heading_set_tight_says_less_for_an_intertitle_in_text_with_no_blank_lines() {
    let page = Page::new(&format!("{}图书馆夜间开放受欢迎\n{}", column(BODY_A, 16), column(SECTION, 16)));
    page.with(|lines, paras, blocks, kinds, affinity| {
        assert_eq!(kinds, "BHB", "{}", page.text);
        let gap = |tight| {
            let scoring = Scoring { affinity, orientation: 0.0, weights: W, tight };
            intertitle_score(&blocks[1..2], &blocks[0], &blocks[2], lines, paras, false, &scoring)
        };
        // Where the text has blank lines, none around the heading is a sign of an intertitle;
        // in tight text (PDFium, pdf.js) every gap is tight.
        assert_eq!(gap(false) - gap(true), W.tight_both_sides - W.gap_in_tight_text);
        assert!(gap(true) < gap(false));
    });
}

#[test]
fn a_dateline_after_a_soft_break_is_read_as_a_second_story_only_at_a_cost() {
    let page = Page::new(&format!("{}\n{}", column(BODY_A, 16), column(BODY_B, 16)));
    page.with(|lines, paras, blocks, kinds, _| {
        assert_eq!(kinds, "BB");
        assert_eq!(soft_break_cost(&blocks[0], &blocks[1], lines, paras, W), W.dateline_join);
    });
}

#[test]
fn the_dp_gives_each_body_its_own_headline() {
    let text = format!("春雨过后田野新绿\n\n{}\n\n图书馆夜间开放\n\n{}", column(BODY_A, 16), column(BODY_B, 16));
    let page = Page::new(&text);
    page.with(|lines, paras, blocks, kinds, affinity| {
        assert_eq!(kinds, "HBHB");
        let bodies = [1, 3];
        let items = choose_items(
            blocks,
            &bodies,
            &[false; 4],
            lines,
            paras,
            &Scoring { affinity, orientation: 0.0, weights: W, tight: false },
        );
        assert_eq!(items, vec![(0, 2), (2, 4)]);
    });
}

#[test]
fn a_photo_label_between_two_bodies_is_never_an_intertitle() {
    let page = Page::new(&format!("{}图片报道\n{}", column(BODY_A, 16), column(SECTION, 16)));
    page.with(|lines, paras, blocks, kinds, affinity| {
        assert_eq!(kinds, "BHB", "{}", page.text);
        let scoring = Scoring { affinity, orientation: 0.0, weights: W, tight: false };
        let gap = intertitle_score(&blocks[1..2], &blocks[0], &blocks[2], lines, paras, false, &scoring);
        assert_eq!(gap, f32::NEG_INFINITY);
    });
}

/// Intertitles come in series of one length; the DP adds `parallel_headings` to the join across
/// such a heading when the one across the next or previous gap is as long.
#[test]
fn a_series_of_short_headings_reads_as_one_length() {
    let page = Page::new(&format!(
        "{}\n问题导向找症结\n\n{}\n满怀热忱补短板\n\n{}\n那一刻，我们光荣接受检阅（强军思想）\n\n{}",
        column(BODY_A, 16),
        column(SECTION, 16),
        column(SECTION, 16),
        column(SECTION, 16)
    ));
    page.with(|lines, paras, blocks, kinds, _| {
        assert_eq!(kinds, "BHBHBHB");
        let heading = |at: usize| assign::short_heading(&blocks[at..at + 1], lines, paras);
        assert_eq!(heading(1), Some(7));
        assert_eq!(heading(3), Some(7));
        assert_eq!(heading(5), None, "a title with a comma and a tag is no intertitle of a series");
    });
}
