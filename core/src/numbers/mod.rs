//! Reading numbers as people type them ([`parse`]) and writing them with
//! integer arithmetic ([`format`]).

pub mod format;
pub mod parse;
pub mod rewrite;
