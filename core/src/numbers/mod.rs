//! Reading numbers as people type them ([`parse`]) and writing them with
//! integer arithmetic ([`format`]).

// The digit writer's three index sums (`len - k`, `n / unit`, `n % unit`)
// cannot overflow or divide by zero; the other no-panic lints apply.
#[allow(clippy::arithmetic_side_effects)]
pub mod format;
pub mod parse;
pub mod rewrite;
