//! An agent's income month by month: the same number of new participants
//! every month, each cohort paying its contribution in its first month
//! (at registration) and, for the active share of it, in every month after;
//! the agent is paid the acquisition incentive of the month and the shares
//! of the contributions received, by each cohort's tenure month.

use super::super::explain::{num, q, Bracket, Explain, Explanation, Figure, Note, Op, Token, Unit};
use super::super::num::{count, fraction, result, round_half_up_u64, snap};
use super::super::CalcError;
use super::terms::{Acquisition, AcquisitionPay, IncentiveTerms};
use super::Package;

/// The months ahead an income is computed for, at most (the longest band
/// of the 2022 terms).
pub const MAX_MONTHS: u32 = 60;

/// The largest count computed with: beyond 2^53 an `f64` no longer holds
/// every whole number ([`CalcError::OutOfRange`]).
const MAX_EXACT: u64 = 1 << 53;

/// What an agent's income is computed from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct IncomeInput {
    /// New participants every month.
    pub recruits: u64,
    /// The package they take.
    pub package: Package,
    /// One participant's contribution a month, whole Rupiah (e.g. from
    /// [`super::per_participant`]).
    pub per_participant: u64,
    /// Of each cohort, the share still paying in each month after its
    /// first, fraction 0–1 (the first month is paid at registration).
    pub active_share: f64,
    /// The months ahead, 1 to [`MAX_MONTHS`].
    pub months: u32,
}

impl IncomeInput {
    /// Checks the share is a fraction, the months 1 to [`MAX_MONTHS`] and the
    /// counts small enough to be exact.
    pub(super) fn check(&self) -> Result<(), CalcError> {
        fraction(self.active_share)?;
        if !(1..=MAX_MONTHS).contains(&self.months)
            || self.recruits > MAX_EXACT
            || self.per_participant > MAX_EXACT
        {
            return Err(CalcError::OutOfRange);
        }
        Ok(())
    }
}

/// The contributions received in one band of the terms in a month.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BandPart {
    /// The band's share, fraction.
    pub share: f64,
    /// Participants in their first month (in this band): all pay.
    pub first: u64,
    /// Registered participants in their later months in this band: the
    /// active share of them pays.
    pub later: u64,
    /// Contributions received, Rupiah, unrounded:
    /// per participant × (first + active share × later).
    pub received: f64,
    /// `share × received`, Rupiah, unrounded.
    pub incentive: f64,
}

/// One month of an agent's income.
#[derive(Debug, Clone, PartialEq)]
pub struct IncomeMonth {
    /// The month, 1 = the first.
    pub month: u32,
    /// The acquisition incentive, whole Rupiah.
    pub acquisition: u64,
    /// Whether the month's new participants are below the threshold (so
    /// no acquisition incentive is paid).
    pub below_threshold: bool,
    /// The contributions received, by band (bands with a share only).
    pub parts: Vec<BandPart>,
    /// The incentive on the contributions, unrounded.
    pub contributions_exact: f64,
    /// The incentive on the contributions, whole Rupiah (half-up).
    pub contributions: u64,
    /// The agent's income: acquisition + contributions.
    pub total: u64,
    /// The office's share of the agent's incentive, whole Rupiah (half-up),
    /// for a set that has one: the office's, not part of `total`.
    pub office: Option<u64>,
}

/// An agent's income month by month, with its summaries.
#[derive(Debug, Clone, PartialEq)]
pub struct AgentIncome {
    /// What it was computed from.
    pub input: IncomeInput,
    /// The acquisition terms used.
    pub acquisition: Acquisition,
    /// The office's share in the terms used.
    pub office_share: Option<f64>,
    /// Months 1 to `input.months`.
    pub months: Vec<IncomeMonth>,
    /// Month 1's income.
    pub first_month: u64,
    /// Month 12's income, when within the months ahead.
    pub month_12: Option<u64>,
    /// Month 24's income, when within the months ahead.
    pub month_24: Option<u64>,
    /// The months the year's figures add up: 12, or fewer months ahead.
    pub year_months: u32,
    /// The income over those months.
    pub year_total: u64,
    /// Its acquisition part.
    pub year_acquisition: u64,
    /// Its contributions part.
    pub year_contributions: u64,
}

/// Whole `a × b`, or [`CalcError::Overflow`].
fn mul(a: u64, b: u64) -> Result<u64, CalcError> {
    a.checked_mul(b).ok_or(CalcError::Overflow)
}

/// `a + b`, or [`CalcError::Overflow`].
fn add(a: u64, b: u64) -> Result<u64, CalcError> {
    a.checked_add(b).ok_or(CalcError::Overflow)
}

/// Month `m` of an agent's income on `terms` (the input's `months` is not
/// used; the caller has checked the input and the terms).
pub(super) fn month_income(
    terms: &IncentiveTerms,
    input: &IncomeInput,
    m: u32,
) -> Result<IncomeMonth, CalcError> {
    let n = input.recruits;
    let mut parts = Vec::new();
    let mut exact = 0.0;
    for band in terms.bands.iter().filter(|b| b.share > 0.0) {
        // Tenure months 1..=m inside the band: each is one cohort's.
        let lo = band.from.max(1);
        let hi = band.to.map_or(m, |to| to.min(m));
        if lo > hi {
            continue;
        }
        let first = if lo == 1 { n } else { 0 };
        // Its tenure months after the first: one cohort of `n` each.
        let later_cohorts = hi.checked_sub(lo.max(2)).map_or(0, |d| d.saturating_add(1));
        let later = mul(n, u64::from(later_cohorts))?;
        let paid_first = count(mul(input.per_participant, first)?);
        let paid_later = count(mul(input.per_participant, later)?);
        let received = result(paid_first + input.active_share * paid_later)?;
        let incentive = result(band.share * received)?;
        exact = result(exact + incentive)?;
        parts.push(BandPart {
            share: band.share,
            first,
            later,
            received,
            incentive,
        });
    }
    let contributions = round_half_up_u64(exact)?;
    let below_threshold = !terms.acquisition.reached(n);
    let acquisition = terms.acquisition.amount(n, input.package)?;
    let total = add(acquisition, contributions)?;
    let office = match terms.office_share {
        Some(s) => Some(round_half_up_u64(result(s * count(total))?)?),
        None => None,
    };
    Ok(IncomeMonth {
        month: m,
        acquisition,
        below_threshold,
        parts,
        contributions_exact: exact,
        contributions,
        total,
        office,
    })
}

/// An agent's income over `input.months` months on `terms`: bad terms or a
/// share outside 0–1, months outside 1–[`MAX_MONTHS`], or counts too large
/// give a [`CalcError`].
pub fn agent_income(terms: &IncentiveTerms, input: &IncomeInput) -> Result<AgentIncome, CalcError> {
    terms.validate()?;
    input.check()?;
    let mut months = Vec::new();
    for m in 1..=input.months {
        months.push(month_income(terms, input, m)?);
    }
    let at = |m: usize| months.get(m.wrapping_sub(1)).map(|x| x.total);
    let year_months = input.months.min(12);
    let (mut year_total, mut year_acquisition, mut year_contributions) = (0, 0, 0);
    for x in months.iter().take(12) {
        year_total = add(year_total, x.total)?;
        year_acquisition = add(year_acquisition, x.acquisition)?;
        year_contributions = add(year_contributions, x.contributions)?;
    }
    Ok(AgentIncome {
        input: *input,
        acquisition: terms.acquisition,
        office_share: terms.office_share,
        first_month: at(1).ok_or(CalcError::Empty)?,
        month_12: at(12),
        month_24: at(24),
        months,
        year_months,
        year_total,
        year_acquisition,
        year_contributions,
    })
}

/// `share × …` for one band's contributions: `share × people × amount`
/// when everyone counted pays in full, else the first month's and the
/// later months' payers apart, `share × (first × amount + later × active ×
/// amount)`.
fn part_tokens(p: &BandPart, per_participant: u64, active: f64) -> Vec<Token> {
    let amount = num(count(per_participant), Unit::Rupiah);
    let people = |n: u64| num(count(n), Unit::People);
    let mut out = vec![num(p.share, Unit::Fraction), Token::Op(Op::Mul)];
    if p.later == 0 || active == 1.0 {
        out.extend([
            people(p.first.saturating_add(p.later)),
            Token::Op(Op::Mul),
            amount,
        ]);
        return out;
    }
    let later = [
        people(p.later),
        Token::Op(Op::Mul),
        num(active, Unit::Fraction),
        Token::Op(Op::Mul),
        amount,
    ];
    if p.first == 0 {
        out.extend(later);
    } else {
        out.extend([
            Token::Open(Bracket::Paren),
            people(p.first),
            Token::Op(Op::Mul),
            amount,
            Token::Op(Op::Add),
        ]);
        out.extend(later);
        out.push(Token::Close(Bracket::Paren));
    }
    out
}

/// The tokens of every band's part, added: `0` when there is none.
pub(super) fn contribution_tokens(
    parts: &[BandPart],
    per_participant: u64,
    active: f64,
) -> Vec<Token> {
    let mut out = Vec::new();
    for p in parts {
        if !out.is_empty() {
            out.push(Token::Op(Op::Add));
        }
        out.extend(part_tokens(p, per_participant, active));
    }
    if out.is_empty() {
        out.push(num(0.0, Unit::Rupiah));
    }
    out
}

/// `tokens = exact`, then `round(exact) = whole` when `exact` is not whole.
pub(super) fn rounded(figure: Figure, tokens: Vec<Token>, exact: f64, whole: u64) -> Explanation {
    if snap(exact) == count(whole) {
        return Explanation::one(figure, tokens, q(count(whole), Unit::Rupiah));
    }
    Explanation::one(figure, tokens, q(exact, Unit::Rupiah)).step(
        vec![
            Token::Open(Bracket::Round),
            num(exact, Unit::Rupiah),
            Token::Close(Bracket::Round),
        ],
        q(count(whole), Unit::Rupiah),
    )
}

/// `a + b + …` over whole Rupiah.
fn sum_tokens(values: impl Iterator<Item = u64>) -> Vec<Token> {
    let mut out = Vec::new();
    for v in values {
        if !out.is_empty() {
            out.push(Token::Op(Op::Add));
        }
        out.push(num(count(v), Unit::Rupiah));
    }
    out
}

/// With the active-share note when the figure counts months after the
/// first (so depends on it).
fn assumed(e: Explanation, month: u32, active: f64) -> Explanation {
    if month > 1 {
        e.note(Note::ActiveShare(active))
    } else {
        e
    }
}

impl AgentIncome {
    /// The working of month `x`'s acquisition incentive.
    fn acquisition_working(&self, x: &IncomeMonth) -> Explanation {
        let f = Figure::AgentAcquisition(x.month);
        let threshold = Note::Threshold {
            from: count(self.acquisition.from),
            reached: !x.below_threshold,
        };
        let tokens = match self.acquisition.pay {
            _ if x.below_threshold => vec![num(0.0, Unit::Rupiah)],
            AcquisitionPay::PerHead { jkk_jkm, with_jht } => vec![
                num(count(self.input.recruits), Unit::People),
                Token::Op(Op::Mul),
                num(
                    count(match self.input.package {
                        Package::JkkJkm => jkk_jkm,
                        Package::JkkJkmJht => with_jht,
                    }),
                    Unit::Rupiah,
                ),
            ],
            AcquisitionPay::Flat(amount) => vec![num(count(amount), Unit::Rupiah)],
        };
        let e = Explanation::one(f, tokens, q(count(x.acquisition), Unit::Rupiah));
        if self.acquisition.from > 0 {
            e.note(threshold)
        } else {
            e
        }
    }

    /// The workings of month `x`: acquisition, contributions, income, and
    /// the office's share when the terms have one.
    fn month_working(&self, x: &IncomeMonth) -> Vec<Explanation> {
        let active = self.input.active_share;
        let contributions = rounded(
            Figure::AgentContributions(x.month),
            contribution_tokens(&x.parts, self.input.per_participant, active),
            x.contributions_exact,
            x.contributions,
        );
        let income = Explanation::one(
            Figure::AgentIncome(x.month),
            sum_tokens([x.acquisition, x.contributions].into_iter()),
            q(count(x.total), Unit::Rupiah),
        );
        let income = if x.below_threshold {
            income.note(Note::Threshold {
                from: count(self.acquisition.from),
                reached: false,
            })
        } else {
            income
        };
        let mut out = vec![
            self.acquisition_working(x),
            assumed(contributions, x.month, active),
            assumed(income, x.month, active),
        ];
        if let (Some(share), Some(office)) = (self.office_share, x.office) {
            let exact = share * count(x.total);
            let tokens = vec![
                num(share, Unit::Fraction),
                Token::Op(Op::Mul),
                num(count(x.total), Unit::Rupiah),
            ];
            let e = rounded(Figure::OfficeShare(x.month), tokens, exact, office);
            // A share of an income that rests on the active share after
            // month 1 rests on it too.
            out.push(assumed(e.note(Note::OfficeNotAgent), x.month, active));
        }
        out
    }
}

impl Explain for AgentIncome {
    /// Each month's acquisition, contributions, income and office share,
    /// then the first year's income and its two parts, added up.
    fn explain(&self) -> Vec<Explanation> {
        let mut out: Vec<Explanation> = self
            .months
            .iter()
            .flat_map(|x| self.month_working(x))
            .collect();
        let year = || self.months.iter().take(12);
        let k = self.year_months;
        let active = self.input.active_share;
        for (figure, tokens, value) in [
            (
                Figure::AgentIncomeTotal(k),
                sum_tokens(year().map(|x| x.total)),
                self.year_total,
            ),
            (
                Figure::AgentAcquisitionTotal(k),
                sum_tokens(year().map(|x| x.acquisition)),
                self.year_acquisition,
            ),
            (
                Figure::AgentContributionsTotal(k),
                sum_tokens(year().map(|x| x.contributions)),
                self.year_contributions,
            ),
        ] {
            let e = Explanation::one(figure, tokens, q(count(value), Unit::Rupiah));
            out.push(assumed(e, k, active));
        }
        out
    }
}
