//! The year month by month: realisasi entered per month (January first)
//! against the cumulative plan, and where the year will end.
//!
//! Semantics:
//! - A month is `None` until entered: "not entered yet", never zero (a real
//!   zero is typed as `0`). The months entered run from January to the last
//!   one given; an empty month before it is [`MonthsError::Gaps`], so no
//!   figure silently counts it as zero.
//! - The plan is cumulative at the end of each month: `target × m ÷ 12`
//!   (linear), or with month weights `target × (w₁ + … + wₘ) ÷ Σw`. It is
//!   kept exact (not apportioned), so the linear plan by June is exactly half
//!   the target.
//! - The pace so far is `year to date ÷ months entered`; the recent pace is
//!   the mean of the last three months entered (fewer when fewer are). The
//!   year-end forecast at a pace is `year to date + pace × months left`.
//! - The month a pace reaches the target: the first month whose forecast
//!   cumulative reaches it (a month already entered when the year to date
//!   has); otherwise the shortfall `target − year-end forecast`.
//! - What remains (`target − year to date`) is needed over the months after
//!   the last entered: per month `⌈remaining ÷ months left⌉`, per week over
//!   their days ÷ 7, per working day over their Monday-to-Friday days, per
//!   agent per month `⌈remaining ÷ (months left × agents)⌉`; people round up.

use super::explain::{num, q, Bracket, Explain, Explanation, Figure, Note, Op, Token, Unit};
use super::num::{ceil_u64, count, divisor, non_negative, result, snap};
use super::progress::{days_in_month, rate, rate_explanation, working_days_in_month, Rate};
use super::CalcError;

/// Why the months cannot be read into figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MonthsError {
    /// No month is entered yet.
    NoneEntered,
    /// These months (0 = January) are empty before a later one entered.
    Gaps(Vec<usize>),
    /// The arithmetic refused an input.
    Calc(CalcError),
}

impl From<CalcError> for MonthsError {
    fn from(e: CalcError) -> Self {
        MonthsError::Calc(e)
    }
}

/// The first and last entered month, or the empty months before the last
/// entered one.
pub fn entered(months: &[Option<f64>; 12]) -> Result<Vec<f64>, MonthsError> {
    let last = months
        .iter()
        .rposition(Option::is_some)
        .ok_or(MonthsError::NoneEntered)?;
    let gaps: Vec<usize> = (0..last)
        .filter(|&i| months.get(i).is_some_and(Option::is_none))
        .collect();
    if !gaps.is_empty() {
        return Err(MonthsError::Gaps(gaps));
    }
    Ok(months
        .iter()
        .take(last.saturating_add(1))
        .flatten()
        .copied()
        .collect())
}

/// Where a pace takes the year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Forecast {
    /// People a month at this pace.
    pub per_month: f64,
    /// Year to date plus the pace over the months left.
    pub year_end: f64,
    /// `year_end ÷ target`.
    pub fraction: f64,
    /// When (or whether) the target is reached at this pace.
    pub reach: Reach,
}

/// When a pace reaches the target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reach {
    /// In this month (0 = January).
    In(usize),
    /// Not this year: short by this many people.
    Short(f64),
}

/// The weeks and working days after the last entered month.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Calendar {
    /// Days of the months left ÷ 7.
    pub weeks_left: f64,
    /// Monday-to-Friday days of the months left.
    pub working_days_left: u32,
    /// Needed per remaining week.
    pub per_week: Rate,
    /// Needed per remaining working day.
    pub per_working_day: Rate,
}

/// The year month by month.
#[derive(Debug, Clone, PartialEq)]
pub struct Months {
    /// The year's target, people.
    pub target: f64,
    /// The months entered, January to the last one given.
    pub actual: Vec<f64>,
    /// Cumulative actual at the end of each entered month.
    pub cumulative: Vec<f64>,
    /// The month weights of the plan, if it is weighted.
    pub weights: Option<Vec<f64>>,
    /// Cumulative plan at the end of each month of the year.
    pub plan: [f64; 12],
    /// The sum of the months entered.
    pub ytd: f64,
    /// `ytd ÷ target`.
    pub ytd_fraction: f64,
    /// The plan at the end of the last entered month.
    pub plan_to_date: f64,
    /// `ytd − plan_to_date`: below zero is behind plan.
    pub gap_to_plan: f64,
    /// `ytd ≥ plan_to_date`.
    pub on_track: bool,
    /// `target − ytd`; zero or less when the target is reached.
    pub remaining: f64,
    /// At the pace so far.
    pub pace: Forecast,
    /// At the pace of the last (up to) three months entered.
    pub recent: Forecast,
    /// How many months the recent pace is the mean of (3, or fewer).
    pub recent_months: usize,
    /// Months after the last entered.
    pub months_left: u32,
    /// The weeks and working days left, when the year is known.
    pub calendar: Option<Calendar>,
    /// Agents sharing what remains, if known.
    pub agents: Option<u64>,
    /// Needed per remaining month.
    pub per_month: Rate,
    /// Needed per agent per remaining month (with agents known).
    pub per_agent: Option<Rate>,
}

fn forecast(target: f64, cumulative: &[f64], per_month: f64) -> Result<Forecast, CalcError> {
    let n = cumulative.len();
    let ytd = cumulative.last().copied().unwrap_or(0.0);
    let left = count(12u64.saturating_sub(n as u64));
    let year_end = result(ytd + per_month * left)?;
    let reach = if let Some(m) = cumulative.iter().position(|&c| c >= target) {
        Reach::In(m)
    } else if per_month > 0.0 {
        // Months after the last entered until the target is reached.
        let more = ceil_u64(result((target - ytd) / per_month)?)?;
        match usize::try_from(more).ok().and_then(|m| m.checked_add(n)) {
            Some(m) if m <= 12 => Reach::In(m.saturating_sub(1)),
            _ => Reach::Short(result(target - year_end)?),
        }
    } else {
        Reach::Short(result(target - year_end)?)
    };
    Ok(Forecast {
        per_month,
        year_end,
        fraction: result(year_end / target)?,
        reach,
    })
}

/// The year month by month: `months` as entered (see [`entered`]), the plan
/// linear or by 12 `weights`, `year` for the weeks and working days left
/// (without it, [`Months::calendar`] is `None`),
/// `agents` (all of them) for the need per agent. Errors: nothing entered or
/// an earlier month empty ([`MonthsError`]); a target of zero; a negative or
/// non-finite input; weights not 12 or all zero; an invalid year.
pub fn months(
    target: f64,
    months: &[Option<f64>; 12],
    weights: Option<&[f64]>,
    year: Option<u16>,
    agents: Option<u64>,
) -> Result<Months, MonthsError> {
    let target = divisor(target)?;
    let actual = entered(months)?
        .into_iter()
        .map(non_negative)
        .collect::<Result<Vec<_>, _>>()?;
    let n = actual.len();
    let mut cumulative = Vec::with_capacity(n);
    let mut sum = 0.0;
    for a in &actual {
        sum = result(sum + a)?;
        cumulative.push(sum);
    }
    let ytd = sum;
    let mut plan = [0.0; 12];
    match weights {
        None => {
            for (m, p) in plan.iter_mut().enumerate() {
                *p = result(target * count((m as u64).saturating_add(1)) / 12.0)?;
            }
        }
        Some(w) => {
            if w.len() != 12 {
                return Err(CalcError::OutOfRange.into());
            }
            let w = w
                .iter()
                .map(|&x| non_negative(x))
                .collect::<Result<Vec<_>, _>>()?;
            let total = result(w.iter().sum::<f64>())?;
            if total == 0.0 {
                return Err(CalcError::ZeroWeights.into());
            }
            let mut acc = 0.0;
            for (p, x) in plan.iter_mut().zip(&w) {
                acc += x;
                *p = result(target * acc / total)?;
            }
        }
    }
    let plan_to_date = plan.get(n.saturating_sub(1)).copied().unwrap_or(0.0);
    let remaining = result(target - ytd)?;
    let recent_months = n.min(3);
    let recent_sum: f64 = actual.iter().skip(n.saturating_sub(recent_months)).sum();
    let pace = forecast(target, &cumulative, result(ytd / count(n as u64))?)?;
    let recent = forecast(
        target,
        &cumulative,
        result(recent_sum / count(recent_months as u64))?,
    )?;
    // 1..=12 months entered, so n is 1 to 12 and the months left 0 to 11.
    let first_left = u8::try_from(n.saturating_add(1)).map_err(|_| CalcError::OutOfRange)?;
    let calendar = match year {
        Some(year) => {
            let mut days_left: u32 = 0;
            let mut working_days_left: u32 = 0;
            for m in first_left..=12 {
                let days = u32::from(days_in_month(year, m).ok_or(CalcError::InvalidDate)?);
                days_left = days_left.saturating_add(days);
                working_days_left =
                    working_days_left.saturating_add(working_days_in_month(year, m)?);
            }
            let weeks_left = f64::from(days_left) / 7.0;
            Some(Calendar {
                weeks_left,
                working_days_left,
                per_week: rate(remaining, weeks_left)?,
                per_working_day: rate(remaining, f64::from(working_days_left))?,
            })
        }
        None => None,
    };
    let months_left = 12u32.saturating_sub(n as u32);
    let per_agent = match agents {
        Some(a) if a > 0 => Some(rate(remaining, result(f64::from(months_left) * count(a))?)?),
        _ => None,
    };
    Ok(Months {
        target,
        weights: weights.map(<[f64]>::to_vec),
        ytd,
        ytd_fraction: result(ytd / target)?,
        plan_to_date,
        gap_to_plan: result(snap(ytd - plan_to_date))?,
        on_track: ytd >= plan_to_date,
        remaining,
        pace,
        recent,
        recent_months,
        months_left,
        calendar,
        agents: agents.filter(|&a| a > 0),
        per_month: rate(remaining, f64::from(months_left))?,
        per_agent,
        plan,
        actual,
        cumulative,
    })
}

fn people(v: f64) -> Token {
    num(v, Unit::People)
}

fn sum_tokens(values: &[f64]) -> Vec<Token> {
    let mut t = Vec::new();
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            t.push(Token::Op(Op::Add));
        }
        t.push(people(*v));
    }
    t
}

fn reach_note(f: &Forecast) -> Note {
    match f.reach {
        Reach::In(month) => Note::ReachedIn { month },
        Reach::Short(short) => Note::ShortBy { short },
    }
}

impl Explain for Months {
    fn explain(&self) -> Vec<Explanation> {
        let n = self.actual.len();
        let entered = count(n as u64);
        let plan = match &self.weights {
            None => Explanation::one(
                Figure::PlanToDate,
                vec![
                    people(self.target),
                    Token::Op(Op::Mul),
                    num(entered, Unit::Months),
                    Token::Op(Op::Div),
                    num(12.0, Unit::Months),
                ],
                q(self.plan_to_date, Unit::People),
            ),
            Some(w) => Explanation::one(
                Figure::PlanToDate,
                vec![
                    people(self.target),
                    Token::Op(Op::Mul),
                    num(w.iter().take(n).sum(), Unit::Decimal),
                    Token::Op(Op::Div),
                    num(w.iter().sum(), Unit::Decimal),
                ],
                q(self.plan_to_date, Unit::People),
            )
            .note(Note::MonthWeighted),
        };
        let left = f64::from(self.months_left);
        let recent_tokens = {
            let mut t = vec![Token::Open(Bracket::Paren)];
            t.extend(sum_tokens(
                self.actual
                    .get(n.saturating_sub(self.recent_months)..)
                    .unwrap_or(&[]),
            ));
            t.extend([
                Token::Close(Bracket::Paren),
                Token::Op(Op::Div),
                num(count(self.recent_months as u64), Unit::Months),
            ]);
            t
        };
        let forecast_step = |f: &Forecast| {
            vec![
                people(self.ytd),
                Token::Op(Op::Add),
                people(f.per_month),
                Token::Op(Op::Mul),
                num(left, Unit::Months),
            ]
        };
        let mut out = vec![
            Explanation::one(
                Figure::YearToDate,
                sum_tokens(&self.actual),
                q(self.ytd, Unit::People),
            ),
            Explanation::one(
                Figure::AchievedFraction,
                vec![people(self.ytd), Token::Op(Op::Div), people(self.target)],
                q(self.ytd_fraction, Unit::Fraction),
            ),
            plan,
            Explanation::one(
                Figure::GapToPlan,
                vec![
                    people(self.ytd),
                    Token::Op(Op::Sub),
                    people(self.plan_to_date),
                ],
                q(self.gap_to_plan, Unit::People),
            ),
            Explanation::one(
                Figure::Remaining,
                vec![people(self.target), Token::Op(Op::Sub), people(self.ytd)],
                q(self.remaining, Unit::People),
            ),
            Explanation::one(
                Figure::ForecastPace,
                vec![
                    people(self.ytd),
                    Token::Op(Op::Div),
                    num(entered, Unit::Months),
                ],
                q(self.pace.per_month, Unit::People),
            )
            .step(
                forecast_step(&self.pace),
                q(self.pace.year_end, Unit::People),
            )
            .note(reach_note(&self.pace)),
            Explanation::one(
                Figure::ForecastRecent,
                recent_tokens,
                q(self.recent.per_month, Unit::People),
            )
            .step(
                forecast_step(&self.recent),
                q(self.recent.year_end, Unit::People),
            )
            .note(reach_note(&self.recent)),
            rate_explanation(
                self.remaining,
                Figure::RequiredPerMonth,
                self.per_month,
                left,
                Unit::Months,
            ),
        ];
        if let Some(c) = &self.calendar {
            out.push(rate_explanation(
                self.remaining,
                Figure::RequiredPerWeek,
                c.per_week,
                c.weeks_left,
                Unit::Weeks,
            ));
            out.push(
                rate_explanation(
                    self.remaining,
                    Figure::RequiredPerWorkingDay,
                    c.per_working_day,
                    f64::from(c.working_days_left),
                    Unit::WorkingDays,
                )
                .note(Note::WorkingDaysMonToFri),
            );
        }
        if let (Some(rate), Some(agents)) = (self.per_agent, self.agents) {
            let mut e = rate_explanation(
                self.remaining,
                Figure::RequiredPerAgent,
                rate,
                left,
                Unit::Months,
            );
            if let (Rate::Each(_), Some(step)) = (rate, e.steps.first_mut()) {
                // ⌈remaining ÷ (months left × agents)⌉
                step.tokens = vec![
                    Token::Open(Bracket::Ceil),
                    people(self.remaining),
                    Token::Op(Op::Div),
                    Token::Open(Bracket::Paren),
                    num(left, Unit::Months),
                    Token::Op(Op::Mul),
                    num(count(agents), Unit::Agents),
                    Token::Close(Bracket::Paren),
                    Token::Close(Bracket::Ceil),
                ];
            }
            out.push(e);
        }
        out
    }
}

/// How one office stands (see [`office_standings`]).
#[derive(Debug, Clone, PartialEq)]
pub struct OfficeStanding {
    /// Its part of the year's target, whole people (largest remainder, so
    /// the parts of all offices add up exactly to the target).
    pub part: u64,
    /// Achieved over the months the section counts, or the months (0 =
    /// January) not entered yet among them.
    pub ytd: Result<f64, Vec<usize>>,
    /// `ytd ÷ part` (with a part of zero, `None`).
    pub share: Option<f64>,
    /// `part × plan fraction`: where its plan stands.
    pub plan_to_date: f64,
    /// `ytd ≥ plan_to_date`, once its months are entered.
    pub on_track: Option<bool>,
    /// 1 = the highest share; ties go to the earlier office; offices with a
    /// month not entered are not ranked.
    pub rank: Option<usize>,
    /// `⌈(part − ytd) ÷ months left⌉`: a quota someone must reach.
    pub per_month: Option<Rate>,
}

/// Every office's standing over the first `counted` months (1–12): its part
/// of `target` by `weights` (largest remainder), what it achieved (every
/// one of those months must be entered: an empty one is not entered yet,
/// never zero), its share of its own part, its plan (its part ×
/// `plan_fraction`, the section's plan at that month ÷ the target), on
/// track or behind, its rank, and what it needs per remaining month.
pub fn office_standings(
    target: u64,
    weights: &[f64],
    achieved: &[[Option<f64>; 12]],
    counted: usize,
    plan_fraction: f64,
) -> Result<Vec<OfficeStanding>, CalcError> {
    if achieved.len() != weights.len() || !(1..=12).contains(&counted) {
        return Err(CalcError::OutOfRange);
    }
    let plan_fraction = super::num::fraction(plan_fraction)?;
    let split = super::split::split(target, weights)?;
    let months_left = count(12u64.saturating_sub(counted as u64));
    let mut out = Vec::with_capacity(weights.len());
    for (p, months) in split.parts.iter().zip(achieved) {
        let part = count(p.part);
        let missing: Vec<usize> = (0..counted)
            .filter(|&m| months.get(m).is_some_and(Option::is_none))
            .collect();
        let ytd = if missing.is_empty() {
            let mut sum = 0.0;
            for v in months.iter().take(counted).flatten() {
                sum = result(sum + non_negative(*v)?)?;
            }
            Ok(sum)
        } else {
            Err(missing)
        };
        let plan_to_date = result(part * plan_fraction)?;
        let (share, on_track, per_month) = match &ytd {
            Ok(y) => (
                (p.part > 0).then(|| y / part),
                Some(*y >= plan_to_date),
                Some(rate(result(part - y)?, months_left)?),
            ),
            Err(_) => (None, None, None),
        };
        out.push(OfficeStanding {
            part: p.part,
            ytd,
            share,
            plan_to_date,
            on_track,
            rank: None,
            per_month,
        });
    }
    // Rank by counting (no sort): 1 + the offices ahead of this one.
    let shares: Vec<Option<f64>> = out.iter().map(|o| o.share).collect();
    for (i, o) in out.iter_mut().enumerate() {
        if let Some(s) = o.share {
            let ahead = shares
                .iter()
                .enumerate()
                .filter(|(j, t)| t.is_some_and(|t| t > s || (t == s && *j < i)))
                .count();
            o.rank = Some(ahead.saturating_add(1));
        }
    }
    Ok(out)
}

/// The section's months from the offices': a month is entered for the
/// section once every office has it, and is then their sum.
pub fn sum_of_offices(achieved: &[[Option<f64>; 12]]) -> [Option<f64>; 12] {
    let mut out = [None; 12];
    if achieved.is_empty() {
        return out;
    }
    for (m, slot) in out.iter_mut().enumerate() {
        let mut sum = 0.0;
        let mut all = true;
        for office in achieved {
            match office.get(m).copied().flatten() {
                Some(v) => sum += v,
                None => all = false,
            }
        }
        if all {
            *slot = Some(sum);
        }
    }
    out
}
