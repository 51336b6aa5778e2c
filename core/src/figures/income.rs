//! What *Iuran* shows of a Perisai agent's income (issue 27): the incentive
//! terms in force on the section's date (as the user's texts of that set
//! say), the other set as history, an agent's income month by month, and the
//! income goal. Everything on the BPU card's package and declared income, at
//! the rates the section uses, and on the active-share assumption. Only the
//! *Iuran* view and its CSV read it: the plan does not, so it loads with the
//! section, not with the first screen.

use crate::calc::incentive::{
    agent_income, per_participant, recruits_for_income, standing, terms_2018, terms_2022,
    terms_in_force, AcquisitionPay, AgentIncome, IncentiveTerms, IncomeGoal, IncomeInput, Package,
    Standing,
};
use crate::calc::CalcError;
use crate::numbers::parse::parse;
use crate::read::read_field;
use crate::state::{AppState, Field, Texts};

use super::IuranFigures;

/// The preset sets, oldest first, each with the fields that edit it.
pub const TERMS_FIELDS: [&[Field]; 2] = [
    &[Field::AgentFee, Field::AgentBonus, Field::AgentBonusFrom],
    &[
        Field::AgentAcqJht,
        Field::AgentAcqJkkJkm,
        Field::AgentAcqFrom,
        Field::AgentShareEarly,
        Field::AgentShareLate,
        Field::AgentOfficeShare,
    ],
];

/// A set of terms as the work has it.
#[derive(Clone, Debug, PartialEq)]
pub struct TermsShown {
    /// Its index among the presets (0: 2018, 1: 2022).
    pub index: usize,
    /// The terms, with the user's texts; `Err`: the field that cannot be read.
    pub terms: Result<IncentiveTerms, Field>,
    /// Where it stands on the date.
    pub standing: Standing,
    /// Whether any of its texts differs from the regulation's.
    pub edited: bool,
}

/// What the agent's income card shows.
#[derive(Clone, Debug, PartialEq)]
pub struct IncomeFigures {
    /// Every preset set on the date; `None` without a date.
    pub sets: Option<Vec<TermsShown>>,
    /// The index of the set in force, when there is one.
    pub in_force: Option<usize>,
    /// New participants a month were typed (else: the plan's quota).
    pub typed: bool,
    /// New participants a month, both ends (equal for one number).
    pub recruits: Option<(u64, u64)>,
    /// The active share, both ends; `Err` when it cannot be read.
    pub active_share: Result<(f64, f64), Field>,
    /// The package the BPU card chose.
    pub package: Package,
    /// One participant's contribution a month, Rupiah.
    pub per_participant: Option<Result<u64, CalcError>>,
    /// The income at the low end (fewer recruits, smaller active share).
    pub income: Option<Result<AgentIncome, CalcError>>,
    /// The income at the high end, when it differs.
    pub income_high: Option<Result<AgentIncome, CalcError>>,
    /// The goal at the smaller active share (more participants needed).
    pub goal: Option<Result<IncomeGoal, CalcError>>,
    /// The goal at the larger active share, when it differs.
    pub goal_high: Option<Result<IncomeGoal, CalcError>>,
    /// The capacity per agent per month of *Pembagian*.
    pub capacity: Option<f64>,
}

/// The set `index` with the user's texts; `Err`: the field that cannot be
/// read.
pub fn terms_of(
    texts: &Texts,
    index: usize,
    lang: crate::i18n::Lang,
) -> Result<IncentiveTerms, Field> {
    let read = |f: Field| read_field(texts, f, lang).map_err(|_| f);
    let whole = |f: Field| read(f).map(|v| v as u64);
    if index == 0 {
        let mut t = terms_2018();
        t.acquisition.pay = AcquisitionPay::Flat(whole(Field::AgentBonus)?);
        t.acquisition.from = whole(Field::AgentBonusFrom)?;
        for band in &mut t.bands {
            band.share = read(Field::AgentFee)?;
        }
        return Ok(t);
    }
    let mut t = terms_2022();
    t.acquisition.pay = AcquisitionPay::PerHead {
        jkk_jkm: whole(Field::AgentAcqJkkJkm)?,
        with_jht: whole(Field::AgentAcqJht)?,
    };
    t.acquisition.from = whole(Field::AgentAcqFrom)?;
    let shares = [read(Field::AgentShareEarly)?, read(Field::AgentShareLate)?];
    for (band, share) in t.bands.iter_mut().zip(shares) {
        band.share = share;
    }
    t.office_share = Some(read(Field::AgentOfficeShare)?);
    Ok(t)
}

/// Whether a field's value differs from its default's (read, so `15,000`
/// in English is the default `15.000`).
fn differs(texts: &Texts, f: Field, lang: crate::i18n::Lang) -> bool {
    let spec = f.def().holds.spec();
    let default = spec.and_then(|s| parse(f.def().default, s, crate::i18n::Lang::Id.locale()).ok());
    read_field(texts, f, lang).ok() != default.map(|d| d.value)
}

/// The agent's income card, from the section's figures (its date, rates,
/// relief and the plan's quota per agent).
pub fn income_figures(state: &AppState, iuran: &IuranFigures) -> IncomeFigures {
    let texts = &state.texts;
    let lang = state.lang;
    let presets = [terms_2018(), terms_2022()];
    let date = iuran.date;
    let in_force = date.and_then(|d| terms_in_force(&presets, d).ok().flatten());
    let sets = date.map(|d| {
        (0..presets.len())
            .map(|index| TermsShown {
                index,
                terms: terms_of(texts, index, lang),
                standing: standing(&presets, index, d)
                    .ok()
                    .flatten()
                    .unwrap_or(Standing::NotYet),
                edited: TERMS_FIELDS
                    .get(index)
                    .is_some_and(|fs| fs.iter().any(|f| differs(texts, *f, lang))),
            })
            .collect::<Vec<_>>()
    });
    let terms = in_force.and_then(|i| terms_of(texts, i, lang).ok());
    let typed = !texts[Field::AgentParticipants].trim().is_empty();
    let recruits = if typed {
        super::field_ends(state, Field::AgentParticipants)
            .ok()
            .map(|(l, h)| (l as u64, h as u64))
    } else {
        iuran.agent_quota.map(|q| (q, q))
    };
    let active_share = iuran.active_share;
    let package = if state.bpu_jht {
        Package::JkkJkmJht
    } else {
        Package::JkkJkm
    };
    let per = match (&iuran.rates, read_field(texts, Field::BpuIncome, lang)) {
        (Ok(r), Ok(income)) => Some(per_participant(r, income, package, iuran.reliefs.0)),
        _ => None,
    };
    let per_ok = per.and_then(Result::ok);
    let months = read_field(texts, Field::IncomeMonths, lang)
        .ok()
        .map(|m| m as u32);
    let at = |recruits: u64, share: f64| {
        let input = IncomeInput {
            recruits,
            package,
            per_participant: per_ok?,
            active_share: share,
            months: months?,
        };
        Some(agent_income(terms.as_ref()?, &input))
    };
    let (income, income_high) = match (recruits, active_share) {
        (Some((rl, rh)), Ok((sl, sh))) => {
            let high = (rl, sl) != (rh, sh);
            (at(rl, sl), at(rh, sh).filter(|_| high))
        }
        _ => (None, None),
    };
    let goal_amount = read_field(texts, Field::IncomeGoal, lang).ok();
    let goal_month = read_field(texts, Field::IncomeGoalMonth, lang).ok();
    let goal_at = |share: f64| {
        let amount = goal_amount?.round() as u64;
        let month = goal_month? as u32;
        let t = terms.as_ref()?;
        Some(recruits_for_income(
            t, package, per_ok?, share, amount, month,
        ))
    };
    let (goal, goal_high) = match active_share {
        Ok((sl, sh)) => (goal_at(sl), goal_at(sh).filter(|_| sl != sh)),
        Err(_) => (None, None),
    };
    IncomeFigures {
        sets,
        in_force,
        typed,
        recruits,
        active_share,
        package,
        per_participant: per,
        income,
        income_high,
        goal,
        goal_high,
        capacity: read_field(texts, Field::Capacity, lang).ok(),
    }
}
