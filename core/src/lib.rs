//! Target UMKM's core: everything that is not the browser. The arithmetic
//! (`calc`), reading and writing numbers (`numbers`), every string the user
//! sees (`i18n`) and the words built from them (`messages` for entries,
//! `words` for results and names), the work as typed
//! and its reducer (`state`), reading the typed texts into calc's inputs (`read`), the
//! figures that leave the app as text (`report`), saved data and share links
//! (`json`, `saved`), and the pure parts of prefill and embedding.
//!
//! Its dependency tree has no web crate (no yew, web-sys, js-sys, gloo or
//! wasm-bindgen): the compiler keeps the boundary, and every test here runs
//! natively. See ARCHITECTURE.md.

// What runs on every keystroke and every render must never panic, whatever
// it is given: no unwrap, expect, panic, unchecked indexing or unchecked
// arithmetic in the arithmetic (`calc`) and in reading and writing numbers
// (`numbers`), in one list. (A `[lints.clippy]` table in Cargo.toml cannot be
// scoped to modules, and the other modules and the tests do not follow these
// rules.)
/// Declares modules held to the no-panic lints.
macro_rules! no_panic_modules {
    ($($name:ident),*) => {$(
        #[deny(
            clippy::unwrap_used,
            clippy::expect_used,
            clippy::panic,
            clippy::indexing_slicing,
            clippy::arithmetic_side_effects
        )]
        pub mod $name;
    )*};
}
no_panic_modules!(calc, numbers);

pub mod embed;
pub mod figures;
pub mod i18n;
pub mod json;
pub mod messages;
pub mod paste_months;
pub mod plan;
pub mod prefill;
pub mod qr;
pub mod rates;
pub mod read;
pub mod report;
pub mod saved;
pub mod session;
pub mod state;
pub mod words;
