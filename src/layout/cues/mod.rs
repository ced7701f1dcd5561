//! Cues: what a line's text says on its own, before any layout context. Credits and datelines
//! ([`credits`]), fake-bold headlines ([`headline`]), column-broken text ([`join`]) and the
//! marks of labels, brackets and bullets ([`marks`]).

pub mod credits;
pub mod headline;
pub mod join;
pub mod marks;
