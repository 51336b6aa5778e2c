//! Numbers: reading is the core's ([`parse`]); writing adds the browser's
//! `Intl.NumberFormat` to the core's integer writer ([`format`]).

pub mod format;
pub use umkm_core::numbers::parse;
