//! What a partner would pay to sponsor its workers' contributions
//! (*Sertakan*, CSR; issue 27), for its card: the smallest package (JKK +
//! JKM at the lowest declared income) for every potential worker, and for
//! the expected participants at both ends of a range; a month and a year.
//! The partner pays for everyone it enrols, so no active share applies.

use crate::calc::incentive::sponsored_cost;
use crate::calc::iuran::{BpuIuran, Rates};
use crate::calc::pipeline::{whole_people, PartnerResult};
use crate::calc::CalcError;

/// A partner's sponsorship figures.
#[derive(Clone, Debug, PartialEq)]
pub struct SponsorFigures {
    /// Every potential worker (the low end of a range).
    pub all: Result<BpuIuran, CalcError>,
    /// The high end of the potential workers, when it differs.
    pub all_high: Option<Result<BpuIuran, CalcError>>,
    /// The expected participants (the low end).
    pub expected: Result<BpuIuran, CalcError>,
    /// The high end of the expected participants, when it differs.
    pub expected_high: Option<Result<BpuIuran, CalcError>>,
}

/// The cost of `people` (whole, rounded as the pipeline rounds them).
fn cost(rates: &Rates, people: f64) -> Result<BpuIuran, CalcError> {
    sponsored_cost(rates, whole_people(people)?)
}

/// A partner's sponsorship at `rates` (the set the contributions use).
pub fn sponsor_figures(rates: &Rates, r: &PartnerResult) -> SponsorFigures {
    let high = |low: f64, high: f64| (high != low).then(|| cost(rates, high));
    SponsorFigures {
        all: cost(rates, r.potential.low),
        all_high: high(r.potential.low, r.potential.high),
        expected: cost(rates, r.expected.low),
        expected_high: high(r.expected.low, r.expected.high),
    }
}
