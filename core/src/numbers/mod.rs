//! Reading numbers as people type them ([`parse`]) and writing them with
//! integer arithmetic ([`format`]).

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects
)]

// The digit writer's three index sums (`len - k`, `n / unit`, `n % unit`)
// cannot overflow or divide by zero; the other no-panic lints apply.
#[allow(clippy::arithmetic_side_effects)]
pub mod format;
pub mod parse;
pub mod rewrite;
