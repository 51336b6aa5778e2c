//! Reading numbers as people type them (`parse`, pure) and writing them for the
//! user's language (`format`, via the browser's `Intl.NumberFormat`).

pub mod format;
pub mod parse;
