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
// it is given: the core denies unwrap, expect, panic, unchecked indexing and
// unchecked arithmetic. The modules written before the rule allow the last
// two at their tops, each saying so; `calc` and `numbers` allow nothing.
// Every module is declared plainly (not through a macro) so that tools that
// read the module tree, such as cargo-mutants, see them.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects
)]

pub mod calc;
pub mod numbers;

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
