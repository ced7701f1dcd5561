//! The weight table the splitter uses, in the form `examples/fit_weights.rs` writes (a refit
//! replaces this file).

use super::weights::Weights;

impl Weights {
    /// The table the splitter uses.
    pub const FITTED: Weights = Weights {
        no_headline_photo: -1.0,
        no_headline_short: -1.5,
        no_headline: -3.0,
        extra_headline: -6.0,
        extra_byline: -6.0,
        extra_photo_credit: -6.0,
        photo_with_byline: -3.0,
        crowded_headlines: -0.3,
        two_datelines: -6.0,
        affinity: 8.0,
        headline_set_apart: -0.4,
        layout_credit_before: -1.0,
        byline_over_headline: -1.0,
        writeup_credit_before: -1.0,
        photo_credit_before: -2.0,
        intertitle_prior: -0.25,
        two_short_lines: -1.0,
        several_blocks: -3.0,
        ends_with_bracket: -3.0,
        wrapped_at_column: 2.5,
        many_lines: -2.0,
        several_units: -3.0,
        fake_bold: -4.0,
        long_heading: -2.0,
        middle_heading: -1.0,
        numbered_heading: 3.0,
        bullets_after: 2.0,
        same_column: 1.0,
        other_column: -0.5,
        tight_both_sides: 1.5,
        apart_both_sides: -0.5,
        headline_of_body_above: -3.0,
        told_story_join: 1.0,
        series_join: 1.0,
        weak_break_join: 2.0,
        weak_break_width_change: -0.5,
        unbroken_join: 3.0,
        column_drift: -0.5,
        dateline_join: -2.5,
        soft_break: -0.5,
        several_blanks: -1.0,
        column_change: -1.5,
        after_closing_note: -2.5,
        orientation: 0.3,
    };
}
