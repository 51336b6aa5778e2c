//! Pure arithmetic of the target calculator: no web types, only `std`, so
//! every rule here is tested natively.
//!
//! Where the rules come from (all in the repository's `docs/DOMAIN.md`, which
//! summarises the duta.co article of January 2019):
//! - Rounding: "people are whole: keep full precision while computing, round
//!   only for display". Everything is computed in `f64` and returned unrounded;
//!   the only whole-number points are apportioned parts (`u64`, largest
//!   remainder) and quotas someone must reach (rounded up). Money is whole
//!   Rupiah, rounded half-up once per worker per month (see [`iuran`]).
//! - Apportionment: "the parts must add up exactly to the total: use
//!   largest-remainder apportionment" — the Hamilton method in [`split`], ties
//!   going to the earlier item in the list.
//! - Audit: "warn when they differ by more than 0.5 percentage points", i.e.
//!   `|implied − stated| > 0.005` as fractions, in [`growth`].
//! - Rates and percentages are fractions everywhere (3.47 % is `0.0347`); the
//!   UI formats them.
//! - Nothing here panics: every input is checked and a bad one gives a
//!   [`CalcError`]; integer arithmetic is checked, float results are checked
//!   for finiteness.
//!
//! Submodules:
//! - [`error`]: the one error type, [`CalcError`].
//! - [`explain`]: "show the math" as data ([`Explanation`], [`Step`], [`Token`]).
//! - [`pipeline`]: partner pipeline (UMKM × workers × enrolment, PU/BPU).
//! - [`growth`]: base / growth / target lines, the audit, and "Lainnya".
//! - [`projection`]: compound growth over up to [`projection::MAX_YEARS`] years.
//! - [`span`]: the two ends of a value typed as a range (`10–30 %`).
//! - [`goal`]: what closes the gap between the pipeline and a target.
//! - [`agents`]: people and time: agents available, their reach, the quota
//!   per agent per month against the capacity, agents needed.
//! - [`split`]: largest-remainder splits over offices, months and agents,
//!   quotas, daily quotas and agents needed.
//! - [`date`]: the civil calendar (a checked date, weekdays, working days).
//! - [`progress`]: progress through the year.
//! - [`months`]: realisasi month by month against the plan, and the year-end forecasts.
//! - [`seasons`]: seasonal month weights (the Lebaran dip).
//! - [`iuran`]: the dated contribution rates table and monthly contributions.
//! - [`incentive`]: what a Perisai agent earns on the terms in force (dated
//!   sets), month by month; the income goal; active participants'
//!   contributions; sponsored enrolment.
//! - [`programs`]: the social security programmes and the relief programmes.
//! - [`unit`]: what a number counts.
//!
//! Modules depend downwards only: `unit`, `date`, `num`, `error` and `span`
//! at the bottom; `explain` names figures (by segment, programme, relief) without
//! knowing how any is computed; the computing modules use it.

#![deny(missing_docs)]

pub mod agents;
pub mod date;
pub mod error;
pub mod explain;
pub mod goal;
pub mod growth;
pub mod incentive;
pub mod iuran;
pub mod months;
pub mod pipeline;
pub mod programs;
pub mod progress;
pub mod projection;
pub mod seasons;
pub mod segment;
pub mod span;
pub mod split;
pub mod unit;

mod num;

pub use error::CalcError;
pub use explain::{
    pair_ends, Bracket, Explain, Explanation, Figure, Func, Note, Op, Quantity, Step, Token, Unit,
};
