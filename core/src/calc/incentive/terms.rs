//! The terms a Perisai agent is paid on, as dated sets (like the rate sets
//! of `iuran`): an acquisition incentive for the month's new participants,
//! shares of the contributions received by each participant's tenure month,
//! and the office's share. The presets are [`terms_2018`] and
//! [`terms_2022`]; a set the user edits is the same struct.

use super::super::date::Date;
use super::super::num::fraction;
use super::super::CalcError;
use super::Package;

/// What the acquisition incentive pays in a month that reaches its threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AcquisitionPay {
    /// An amount per new participant, whole Rupiah, by package.
    PerHead {
        /// Per new participant on JKK + JKM.
        jkk_jkm: u64,
        /// Per new participant on JKK + JKM + JHT.
        with_jht: u64,
    },
    /// One amount for the month, whole Rupiah, however many joined.
    Flat(u64),
}

/// The acquisition incentive: what it pays, and from how many new
/// participants in the month on (below it, nothing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Acquisition {
    /// What it pays.
    pub pay: AcquisitionPay,
    /// New participants a month from which it is paid (0: always).
    pub from: u64,
}

impl Acquisition {
    /// Whether `recruits` new participants in a month reach the threshold.
    pub fn reached(&self, recruits: u64) -> bool {
        recruits >= self.from
    }

    /// The acquisition incentive of a month with `recruits` new
    /// participants on `package`, whole Rupiah (0 below the threshold).
    pub fn amount(&self, recruits: u64, package: Package) -> Result<u64, CalcError> {
        if !self.reached(recruits) {
            return Ok(0);
        }
        match self.pay {
            AcquisitionPay::PerHead { jkk_jkm, with_jht } => {
                let per_head = match package {
                    Package::JkkJkm => jkk_jkm,
                    Package::JkkJkmJht => with_jht,
                };
                per_head.checked_mul(recruits).ok_or(CalcError::Overflow)
            }
            AcquisitionPay::Flat(amount) => Ok(amount),
        }
    }
}

/// A share of the contributions received in a participant's tenure months
/// `from` to `to` (both included; the month of registration is 1).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Band {
    /// The first tenure month, from 1.
    pub from: u32,
    /// The last tenure month; `None`: as long as they pay.
    pub to: Option<u32>,
    /// The share, fraction (15 % is 0.15).
    pub share: f64,
}

impl Band {
    /// Whether tenure month `t` is inside the band.
    pub fn covers(&self, t: u32) -> bool {
        t >= self.from && self.to.is_none_or(|to| t <= to)
    }
}

/// A dated set of incentive terms.
#[derive(Debug, Clone, PartialEq)]
pub struct IncentiveTerms {
    /// A short name for people (the regulation's number, or the year).
    pub name: String,
    /// Where the terms come from, free text.
    pub source: String,
    /// The first day the terms apply.
    pub valid_from: Date,
    /// The acquisition incentive.
    pub acquisition: Acquisition,
    /// The contribution shares by tenure month, in order, not overlapping.
    /// A tenure month outside every band earns nothing.
    pub bands: Vec<Band>,
    /// The Perisai office's (Wadah's) share of its agents' total incentive,
    /// fraction, paid to the office on top; `None`: the set has none.
    pub office_share: Option<f64>,
}

impl IncentiveTerms {
    /// Checks the date exists, every share is a fraction 0–1, and the bands
    /// start at month 1 or later, end where they start or later, come in
    /// order without overlapping, and only the last is open-ended
    /// ([`CalcError::OutOfRange`] otherwise).
    pub fn validate(&self) -> Result<(), CalcError> {
        self.valid_from.validate()?;
        if let Some(s) = self.office_share {
            fraction(s)?;
        }
        // The first month the next band may start on.
        let mut next: Option<u32> = Some(1);
        for b in &self.bands {
            fraction(b.share)?;
            let start = next.ok_or(CalcError::OutOfRange)?;
            if b.from < start || b.to.is_some_and(|to| to < b.from) {
                return Err(CalcError::OutOfRange);
            }
            next = match b.to {
                Some(to) => Some(to.checked_add(1).ok_or(CalcError::OutOfRange)?),
                None => None,
            };
        }
        Ok(())
    }

    /// The share of the contributions received in tenure month `t`
    /// (1 = the month of registration), fraction; 0 outside every band.
    pub fn share_at(&self, t: u32) -> f64 {
        self.bands
            .iter()
            .find(|b| b.covers(t))
            .map_or(0.0, |b| b.share)
    }
}

/// A day, for the presets (each is a real date).
const fn day(year: u16, month: u8, day: u8) -> Date {
    Date { year, month, day }
}

/// The 2018 terms (announced in January 2018 by the director of the time;
/// reported by jabarekspres.com and kompas.com, December 2018): 7,5 % of
/// the contributions received from the agent's participants for as long as
/// they pay, and Rp500.000 in a month with at least 50 new participants.
pub fn terms_2018() -> IncentiveTerms {
    IncentiveTerms {
        name: "Perisai 2018".into(),
        source: "jabarekspres.com; kompas.com (12/2018)".into(),
        valid_from: day(2018, 1, 1),
        acquisition: Acquisition {
            pay: AcquisitionPay::Flat(500_000),
            from: 50,
        },
        bands: vec![Band {
            from: 1,
            to: None,
            share: 0.075,
        }],
        office_share: None,
    }
}

/// The terms of Peraturan Direksi 13/PERDIR.02/042022, from 1 April 2022
/// (quoted in BPJS Ketenagakerjaan's "Probis Kepesertaan" handbook):
/// Rp15.000 per new BPU participant on JKK + JKM + JHT, Rp10.000 on
/// JKK + JKM, only in a month with at least 25 new participants; 15 % of the
/// contributions received in each participant's months 1–24, 5 % in months
/// 25–60, nothing after; the office another 10 % of the agents' total.
pub fn terms_2022() -> IncentiveTerms {
    IncentiveTerms {
        name: "PERDIR 13/PERDIR.02/042022".into(),
        source: "Peraturan Direksi BPJS Ketenagakerjaan 13/PERDIR.02/042022; Probis Kepesertaan"
            .into(),
        valid_from: day(2022, 4, 1),
        acquisition: Acquisition {
            pay: AcquisitionPay::PerHead {
                jkk_jkm: 10_000,
                with_jht: 15_000,
            },
            from: 25,
        },
        bands: vec![
            Band {
                from: 1,
                to: Some(24),
                share: 0.15,
            },
            Band {
                from: 25,
                to: Some(60),
                share: 0.05,
            },
        ],
        office_share: Some(0.10),
    }
}

/// The preset sets, oldest first. A new regulation is a new set at the end.
pub fn preset_terms() -> Vec<IncentiveTerms> {
    vec![terms_2018(), terms_2022()]
}

/// Where a set stands on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// The set in force: the latest that started on or before the date.
    InForce,
    /// An older set, replaced by a later one on or before the date: shown
    /// only as history, never offered as current.
    History,
    /// Not yet in force on the date.
    NotYet,
}

/// The index of the set in force on `date` among `sets` (in any order):
/// the one with the latest start on or before it; `None` before every
/// set's start. A date that does not exist is [`CalcError::InvalidDate`].
pub fn terms_in_force(sets: &[IncentiveTerms], date: Date) -> Result<Option<usize>, CalcError> {
    date.validate()?;
    Ok(sets
        .iter()
        .enumerate()
        .filter(|(_, s)| s.valid_from <= date)
        .max_by_key(|(_, s)| s.valid_from)
        .map(|(i, _)| i))
}

/// Where set `index` of `sets` stands on `date`; `None` for an index
/// outside the list.
pub fn standing(
    sets: &[IncentiveTerms],
    index: usize,
    date: Date,
) -> Result<Option<Standing>, CalcError> {
    let Some(set) = sets.get(index) else {
        return Ok(None);
    };
    Ok(Some(if terms_in_force(sets, date)? == Some(index) {
        Standing::InForce
    } else if set.valid_from <= date {
        Standing::History
    } else {
        Standing::NotYet
    }))
}
