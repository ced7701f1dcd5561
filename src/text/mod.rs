//! Text in: bytes decoded to text ([`decode`]), the character classes every stage shares
//! ([`chars`]) and normalisation that keeps each line's shape ([`normalize`]).

pub mod chars;
pub mod decode;
pub mod normalize;
mod normalize_tables;
