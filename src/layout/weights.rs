//! The weights of the evidence the DP reads (`assign`): every number the item score, the
//! intertitle score and the soft-break cost add, named and in one place. They were set by hand
//! against the training renderings (see the README's figures); a fitted table would replace
//! this file, not the code that reads the evidence.

// ---- Item score (`assign::score`): how plausible one candidate item is.

/// An untitled item that is a photo caption (its credit says so).
pub(super) const NO_HEADLINE_PHOTO: f32 = -1.0;
/// An untitled item with a short body (under [`SHORT_BODY_CHARS`]): a brief.
pub(super) const NO_HEADLINE_SHORT: f32 = -1.5;
pub(super) const SHORT_BODY_CHARS: usize = 80;
/// An untitled item with a long body.
pub(super) const NO_HEADLINE: f32 = -3.0;
/// Each headline, byline or photo credit beyond the first.
pub(super) const EXTRA_HEADLINE: f32 = -6.0;
pub(super) const EXTRA_BYLINE: f32 = -6.0;
pub(super) const EXTRA_PHOTO_CREDIT: f32 = -6.0;
/// A photo credit and a byline on one item.
pub(super) const PHOTO_WITH_BYLINE: f32 = -3.0;
/// Each crowded headline group (three lines or more, no dash marking a kicker or subtitle).
pub(super) const CROWDED_HEADLINES: f32 = -0.3;
/// A body that opens with a dateline and closes with one: two articles.
pub(super) const TWO_DATELINES: f32 = -6.0;
/// Times a headline's lean to the body on its other side (0..=1): it shares that body's words.
pub(super) const AFFINITY: f32 = 8.0;
/// A headline set apart from its body by a blank line (tight is likelier).
pub(super) const HEADLINE_SET_APART: f32 = -0.4;
/// A layout credit (制图, 版式) before the item's headline: it closes the article above.
pub(super) const LAYOUT_CREDIT_BEFORE: f32 = -1.0;
/// A byline above the item's headline: the article above's, set after its headline.
pub(super) const BYLINE_OVER_HEADLINE: f32 = -1.0;
/// A write-up credit (`本报记者 王五整理`) before the item: it closes the told story above.
pub(super) const WRITEUP_CREDIT_BEFORE: f32 = -1.0;
/// A photo credit before the item: credits follow their captions.
pub(super) const PHOTO_CREDIT_BEFORE: f32 = -2.0;

// ---- Intertitle score (`assign::intertitle_score`): a gap between two bodies read as
// intertitles inside one article rather than as a boundary between articles.

/// Without evidence a heading between bodies is a headline: merging must be earned.
pub(super) const INTERTITLE_PRIOR: f32 = -0.25;
/// Two short phrases on lines of their own (one intertitle set in two lines).
pub(super) const TWO_SHORT_LINES: f32 = -1.0;
/// More blocks than that in the gap: a headline block.
pub(super) const SEVERAL_BLOCKS: f32 = -3.0;
/// A heading that ends with a column tag's bracket.
pub(super) const ENDS_WITH_BRACKET: f32 = -3.0;
/// A heading wrapped at the body's column width: set in the column, an intertitle.
pub(super) const WRAPPED_AT_COLUMN: f32 = 2.5;
/// A heading's lines count as wrapped at the column when each but the last is at most this much
/// narrower or wider than the column (in display width: an ideograph is 1).
pub(super) const WRAP_NARROWER: f32 = 2.5;
pub(super) const WRAP_WIDER: f32 = 1.0;
/// A heading of three lines or more, not wrapped at the column.
pub(super) const MANY_LINES: f32 = -2.0;
/// A heading of several units (lines set apart).
pub(super) const SEVERAL_UNITS: f32 = -3.0;
/// Each fake-bold (doubled) line: bold marks headlines.
pub(super) const FAKE_BOLD: f32 = -4.0;
/// A long heading (over [`LONG_HEADING_CHARS`]) not wrapped at the column.
pub(super) const LONG_HEADING: f32 = -2.0;
pub(super) const LONG_HEADING_CHARS: usize = 24;
/// A heading over [`MIDDLE_HEADING_CHARS`] in two lines or more: intertitles are short phrases.
pub(super) const MIDDLE_HEADING: f32 = -1.0;
pub(super) const MIDDLE_HEADING_CHARS: usize = 16;
/// A numbered section heading (`一、`, `（二）`, `3.`).
pub(super) const NUMBERED_HEADING: f32 = 3.0;
/// A list of bullet points after the heading.
pub(super) const BULLETS_AFTER: f32 = 2.0;
/// The same column width on both sides (within [`SAME_COLUMN_TOLERANCE`]), or not, for
/// columns narrower than [`NARROW_COLUMN`] (unwrapped text tells nothing).
pub(super) const SAME_COLUMN: f32 = 1.0;
pub(super) const OTHER_COLUMN: f32 = -0.5;
pub(super) const SAME_COLUMN_TOLERANCE: f32 = 0.75;
pub(super) const NARROW_COLUMN: f32 = 30.0;
/// The gap set tight between the paragraphs on both sides, or apart on both by blank lines.
pub(super) const TIGHT_BOTH_SIDES: f32 = 1.5;
pub(super) const APART_BOTH_SIDES: f32 = -0.5;
/// A heading whose words lean to the body above by at least [`CLOSING_LEAN`]: that article's
/// headline, set after it.
pub(super) const HEADLINE_OF_BODY_ABOVE: f32 = -3.0;
pub(super) const CLOSING_LEAN: f32 = 0.5;
/// Reading the next told story under its title as a section of the same article.
pub(super) const TOLD_STORY_JOIN: f32 = 1.0;
/// Reading the next brief or letter of a series under one banner as part of it.
pub(super) const SERIES_JOIN: f32 = 1.0;

// ---- Soft breaks (`assign::soft_break_cost`): two bodies with no heading between read as one.

/// Across a weak break (one blank line, the column width changes): less than the penalty for
/// an item with two headlines.
pub(super) const WEAK_BREAK_JOIN: f32 = 2.0;
/// Across a weak break between paragraphs set at very different widths (a column, a caption).
pub(super) const WEAK_BREAK_WIDTH_CHANGE: f32 = -0.5;
/// Paragraphs whose widest lines differ by more than this factor are a column and a caption.
pub(super) const CAPTION_WIDTH_RATIO: f32 = 2.0;
/// Two paragraphs with no break between them (parted only for a photo credit below).
pub(super) const UNBROKEN_JOIN: f32 = 3.0;
/// Per character of column drift where a run was parted at paragraph ends (at most
/// [`MAX_DRIFT`] characters count).
pub(super) const COLUMN_DRIFT: f32 = -0.5;
pub(super) const MAX_DRIFT: f32 = 2.0;
/// A dateline after the break: the second story of one brief rather than a new article.
pub(super) const DATELINE_JOIN: f32 = -2.5;
/// Across a soft break (blank lines): the base cost and its additions.
pub(super) const SOFT_BREAK: f32 = -0.5;
pub(super) const SEVERAL_BLANKS: f32 = -1.0;
pub(super) const COLUMN_CHANGE: f32 = -1.5;
pub(super) const AFTER_CLOSING_NOTE: f32 = -2.5;

// ---- Orientation (`orientation`): the prior for headlines after (> 0) or before their body.

pub(super) const ORIENTATION: f32 = 0.3;
/// Votes of the page's first and last blocks (a headline there says which way the page reads).
pub(super) const PAGE_EDGE_VOTES: usize = 3;
