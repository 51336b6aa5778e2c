//! The one error type of the arithmetic. Variants carry no text: the UI
//! translates each into Indonesian or English.

/// Why a figure cannot be computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CalcError {
    /// An input is NaN or infinite.
    NotFinite,
    /// An input is below zero where only zero or more makes sense (a count, a
    /// rate, a wage).
    Negative,
    /// An input is outside its allowed range: a fraction above 1 (100 %), a
    /// growth below −1 (−100 %), a risk class outside 1–5, more than
    /// [`crate::calc::projection::MAX_YEARS`] years, a list of the wrong
    /// length, a count too large to handle exactly.
    OutOfRange,
    /// A result is too large to represent (infinite as `f64`, or beyond `u64`).
    Overflow,
    /// A list that needs at least one item is empty.
    Empty,
    /// A divisor is zero: a base, a target, working days, months, a capacity.
    ZeroBase,
    /// Weights are all zero, so there is nothing to split by.
    ZeroWeights,
    /// Fewer than two of base, growth and target were given.
    Missing,
    /// A date does not exist (e.g. 31 April) or its year is outside 1–9999.
    InvalidDate,
}
