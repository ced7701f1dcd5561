//! The weights of the evidence the DP reads (`assign`, `orientation`): every number the item
//! score, the intertitle score and the soft-break cost add, named and in one place. Their values
//! are fitted on the training draws by `examples/fit_weights.rs` (see `scripts/eval/pdf/fit.sh`),
//! which writes `fitted.rs`; a new convention means a new feature here and a refit, not a special
//! case. The thresholds below the table (sizes, tolerances) are set by hand. The values in use are
//! still the hand-set ones: the fits of 2026-12-03 rose on the training draws but not on the test
//! draws for PDFium, pdf.js and `pdftotext -raw` (README, "Figures").

/// Declares [`Weights`] (one `f32` field per piece of evidence, documented where declared), the
/// fields' names in order, and access by name for the fitter.
macro_rules! weights {
    ($( $(#[$doc:meta])* $name:ident, )*) => {
        /// How much each piece of evidence adds to a score; [`Weights::FITTED`] is the table in use.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Weights {
            $( $(#[$doc])* pub $name: f32, )*
        }

        impl Weights {
            /// The fields' names, in declaration order.
            pub const NAMES: &'static [&'static str] = &[$(stringify!($name)),*];

            /// The weight called `name`, for tools that set weights by name (the fitter).
            pub fn get_mut(&mut self, name: &str) -> Option<&mut f32> {
                match name {
                    $(stringify!($name) => Some(&mut self.$name),)*
                    _ => None,
                }
            }

            /// The values in [`Weights::NAMES`] order.
            pub fn values(&self) -> Vec<f32> {
                vec![$(self.$name),*]
            }
        }
    };
}

weights! {
    // ---- Item score (`assign::score`): how plausible one candidate item is.
    /// An untitled item that is a photo caption (its credit says so).
    no_headline_photo,
    /// An untitled item with a short body (under [`SHORT_BODY_CHARS`]): a brief.
    no_headline_short,
    /// An untitled item with a long body.
    no_headline,
    /// Each headline, byline or photo credit beyond the first.
    extra_headline,
    extra_byline,
    extra_photo_credit,
    /// A photo credit and a byline on one item.
    photo_with_byline,
    /// Each crowded headline group (three lines or more, no dash marking a kicker or subtitle).
    crowded_headlines,
    /// A body that opens with a dateline and closes with one: two articles.
    two_datelines,
    /// Times a headline's lean to the body on its other side (0..=1): it shares that body's words.
    affinity,
    /// A headline set apart from its body by a blank line (tight is likelier).
    headline_set_apart,
    /// A layout credit (制图, 版式) before the item's headline: it closes the article above.
    layout_credit_before,
    /// A byline above the item's headline: the article above's, set after its headline.
    byline_over_headline,
    /// A write-up credit (`本报记者 王五整理`) before the item: it closes the told story above.
    writeup_credit_before,
    /// A photo credit before the item: credits follow their captions.
    photo_credit_before,
    /// A photo's label (`图片报道`) with an item that has no photo credit: the label is the
    /// photo's, set over it or after its credit.
    photo_label_without_photo,

    // ---- Intertitle score (`assign::intertitle_score`): a gap between two bodies read as
    /// Without evidence a heading between bodies is a headline: merging must be earned.
    intertitle_prior,
    /// Two short phrases on lines of their own (one intertitle set in two lines).
    two_short_lines,
    /// More blocks than that in the gap: a headline block.
    several_blocks,
    /// A heading that ends with a column tag's bracket.
    ends_with_bracket,
    /// A heading wrapped at the body's column width: set in the column, an intertitle.
    wrapped_at_column,
    /// A heading of three lines or more, not wrapped at the column.
    many_lines,
    /// A heading of several units (lines set apart).
    several_units,
    /// Each fake-bold (doubled) line: bold marks headlines.
    fake_bold,
    /// A long heading (over [`LONG_HEADING_CHARS`]) not wrapped at the column.
    long_heading,
    /// A heading over [`MIDDLE_HEADING_CHARS`] in two lines or more: intertitles are short phrases.
    middle_heading,
    /// A numbered section heading (`一、`, `（二）`, `3.`).
    numbered_heading,
    /// Each of three or more short one-line headings of one length between bodies in a row
    /// (`问题导向找症结` / `满怀热忱补短板` / `闯出一片新天地`): a series of intertitles.
    parallel_headings,
    /// A list of bullet points after the heading.
    bullets_after,
    /// The same column width on both sides (within [`SAME_COLUMN_TOLERANCE`]), or not, for
    /// columns narrower than [`NARROW_COLUMN`] (unwrapped text tells nothing).
    same_column,
    other_column,
    /// The gap set tight between the paragraphs on both sides, or apart on both by blank lines.
    tight_both_sides,
    apart_both_sides,
    /// In place of those two in tight text (no blank lines anywhere, [`super::tight::is_tight`]),
    /// where no blank line says nothing: fitted on the TRAIN draws, about half of
    /// `tight_both_sides`.
    gap_in_tight_text,
    /// A heading whose words lean to the body above by at least [`CLOSING_LEAN`]: that article's
    /// headline, set after it.
    headline_of_body_above,
    /// Reading the next told story under its title as a section of the same article.
    told_story_join,
    /// Reading the next brief or letter of a series under one banner as part of it.
    series_join,

    // ---- Soft breaks (`assign::soft_break_cost`): two bodies with no heading between read as one.
    /// Across a weak break (one blank line, the column width changes): less than the penalty for
    /// an item with two headlines.
    weak_break_join,
    /// Across a weak break between paragraphs set at very different widths (a column, a caption).
    weak_break_width_change,
    /// Two paragraphs with no break between them (parted only for a photo credit below).
    unbroken_join,
    /// Per character of column drift where a run was parted at paragraph ends (at most
    /// [`MAX_DRIFT`] characters count).
    column_drift,
    /// A dateline after the break: the second story of one brief rather than a new article.
    dateline_join,
    /// Across a soft break (blank lines): the base cost and its additions.
    soft_break,
    several_blanks,
    column_change,
    after_closing_note,

    // ---- Orientation (`orientation`): the prior for headlines after (> 0) or before their body.
    orientation,
}

// ---- Thresholds the evidence is read with (not fitted).

pub(super) const SHORT_BODY_CHARS: usize = 80;
/// A heading's lines count as wrapped at the column when each but the last is at most this much
/// narrower or wider than the column (in display width: an ideograph is 1).
pub(super) const WRAP_NARROWER: f32 = 2.5;
pub(super) const WRAP_WIDER: f32 = 1.0;
pub(super) const LONG_HEADING_CHARS: usize = 24;
pub(super) const MIDDLE_HEADING_CHARS: usize = 16;
pub(super) const SAME_COLUMN_TOLERANCE: f32 = 0.75;
pub(super) const NARROW_COLUMN: f32 = 30.0;
pub(super) const CLOSING_LEAN: f32 = 0.5;
/// Paragraphs whose widest lines differ by more than this factor are a column and a caption.
pub(super) const CAPTION_WIDTH_RATIO: f32 = 2.0;
pub(super) const MAX_DRIFT: f32 = 2.0;
/// Votes of the page's first and last blocks (a headline there says which way the page reads).
pub(super) const PAGE_EDGE_VOTES: usize = 3;
