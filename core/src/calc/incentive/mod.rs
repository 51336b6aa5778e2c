//! What a Perisai agent earns on the terms in force (issue 27), and the
//! money figures that come with it: contributions of active (not merely
//! registered) participants, and what a partner pays to sponsor its workers.
//!
//! - [`terms`]: the incentive terms as dated sets ([`IncentiveTerms`]), the
//!   2018 and 2022 presets, the set in force on a date.
//! - [`income`]: an agent's income month by month ([`agent_income`]).
//! - [`goal`]: new participants a month for an income goal
//!   ([`recruits_for_income`]).
//! - [`active`]: the active share ([`ActiveShareSource`],
//!   [`active_contributions`]).
//! - here: the package, a participant's contribution from the rates
//!   table, and a partner paying its workers' contributions
//!   ([`sponsored_cost`]).
//!
//! Money is whole Rupiah. An acquisition incentive is whole by itself
//! (Rupiah × people). The contribution incentive of a month is computed
//! unrounded over every cohort and band, then rounded half-up once, so the
//! month's figure is within half a Rupiah of the exact one; the agent's
//! income is the sum of the two whole parts, and the office's share is
//! rounded half-up once from that income. Totals over months add the whole
//! monthly figures, so they are exact. Every worked example of the domain
//! notes comes out exact this way.

use super::iuran::{self, BpuIuran, Rates, Relief, BPU_INCOME_RANGE};
use super::CalcError;

pub mod active;
pub mod goal;
pub mod income;
pub mod terms;

pub use active::{active_contributions, ActiveContributions, ActiveShareSource, EAST_JAVA_2023};
pub use goal::{recruits_for_income, GoalAnswer, IncomeGoal, GOAL_RECRUITS_CAP};
pub use income::{agent_income, AgentIncome, BandPart, IncomeInput, IncomeMonth, MAX_MONTHS};
pub use terms::{
    preset_terms, standing, terms_2018, terms_2022, terms_in_force, Acquisition, AcquisitionPay,
    Band, IncentiveTerms, Standing,
};

/// The BPU programmes a new participant takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Package {
    /// JKK + JKM: the smallest package.
    JkkJkm,
    /// JKK + JKM + JHT.
    JkkJkmJht,
}

impl Package {
    /// Whether the package includes JHT.
    pub fn with_jht(self) -> bool {
        matches!(self, Package::JkkJkmJht)
    }
}

/// The monthly contribution of one BPU participant on `package` at
/// `declared_income`, whole Rupiah, from the rates table (with `relief`,
/// when the caller has checked it is in force). At Rp1.000.000 under the
/// current rates: Rp16.800 on JKK + JKM, Rp36.800 with JHT.
pub fn per_participant(
    rates: &Rates,
    declared_income: f64,
    package: Package,
    relief: Option<Relief>,
) -> Result<u64, CalcError> {
    Ok(iuran::bpu(rates, declared_income, package.with_jht(), 1, relief)?.per_worker)
}

/// The smallest package's contribution a month: JKK + JKM at the lowest
/// declared income (Rp16.800 under the current rates).
pub fn smallest_package(rates: &Rates) -> Result<u64, CalcError> {
    per_participant(rates, BPU_INCOME_RANGE.0, Package::JkkJkm, None)
}

/// What a partner pays to sponsor (Sertakan, CSR) `workers` workers'
/// contributions at the smallest package: per worker, a month (all of them)
/// and a year (12 months), with the contribution's working.
pub fn sponsored_cost(rates: &Rates, workers: u64) -> Result<BpuIuran, CalcError> {
    iuran::bpu(rates, BPU_INCOME_RANGE.0, false, workers, None)
}
