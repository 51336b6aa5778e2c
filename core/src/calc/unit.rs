//! What a number counts ([`Unit`]): the lowest layer of `calc`, so that the
//! things a figure is about (segments, programmes) and the working that
//! explains it can both name it without knowing each other.

/// What a number counts, so the UI can format and label it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// Workers or participants.
    People,
    /// Business entities (badan usaha): never added to people.
    Companies,
    /// A plain count of things (UMKM, partners).
    Count,
    /// A plain number (workers per UMKM, a weight, the 1 in 1 + g).
    Decimal,
    /// A fraction, shown as a percentage (`0.0347` is 3.47 %).
    Fraction,
    /// A difference of two fractions, shown in percentage points. The value
    /// is still a fraction: `0.0047` is 0.47 points.
    PercentPoints,
    /// Whole or fractional Rupiah.
    Rupiah,
    /// Years.
    Years,
    /// Calendar days.
    Days,
    /// Working days (Monday–Friday).
    WorkingDays,
    /// Weeks.
    Weeks,
    /// Months.
    Months,
    /// Agents (Perisai and others).
    Agents,
    /// Offices (KC, KCP).
    Offices,
    /// A multiple of what one agent can bring a month (`10,8 × kapasitas`).
    TimesCapacity,
}
