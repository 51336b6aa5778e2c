//! Target UMKM's core: everything that is not the browser. The arithmetic
//! (`calc`), reading and writing numbers (`numbers`), every string the user
//! sees (`i18n`) and the words built from them (`messages`), the work as typed
//! and its reducer (`state`), reading it into calc's inputs (`inputs`), the
//! figures that leave the app as text (`report`), saved data and share links
//! (`json`, `saved`), and the pure parts of prefill and embedding.
//!
//! Its dependency tree has no web crate (no yew, web-sys, js-sys, gloo or
//! wasm-bindgen): the compiler keeps the boundary, and every test here runs
//! natively. See ARCHITECTURE.md.

pub mod calc;
pub mod embed;
pub mod figures;
pub mod i18n;
pub mod inputs;
pub mod json;
pub mod messages;
pub mod numbers;
pub mod prefill;
pub mod report;
pub mod saved;
pub mod session;
pub mod state;
