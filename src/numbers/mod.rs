//! Reading numbers as people type them (`parse`, pure) and writing them for the
//! user's language (`format`: integer arithmetic for the everyday styles, the browser's
//! `Intl.NumberFormat` for compact words).

pub mod format;
pub mod parse;
