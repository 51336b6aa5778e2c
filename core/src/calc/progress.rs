//! Progress through the year (docs/DOMAIN.md "Progress": remaining = target
//! − achieved; required pace = remaining ÷ the periods left), on the civil
//! calendar of [`super::date`].
//!
//! Semantics:
//! - The period is the calendar year of `as_of`, 1 January to 31 December.
//! - `achieved` is counted up to and including `as_of`: that day is over, so
//!   it is elapsed, and what remains starts the day after.
//! - Elapsed fraction: days elapsed ÷ days in the year, or, with month
//!   weights, the weights of the finished months plus the elapsed share (by
//!   days) of the current month's weight, over the sum of the weights.
//! - Remaining months are counted exactly: the months after this one plus the
//!   part of this month left (15 June of a 30-day June leaves 6.5 months);
//!   remaining weeks are remaining days ÷ 7; working days are Monday to Friday
//!   after `as_of` (public holidays are not known, so not taken off).
//! - Required rates are paces, `⌈remaining ÷ periods left⌉` as
//!   docs/DOMAIN.md says, rounded up as quotas are. With less than one period
//!   left the pace exceeds what remains (half a month left doubles the monthly
//!   pace); that is the honest rate, not an error. Once the target is
//!   reached they are [`Rate::Reached`]; when some remains but no period of
//!   that kind does (31 December, or a weekend at the very end of the year
//!   for working days) they are [`Rate::NoTimeLeft`] rather than a division
//!   by zero.

use super::explain::{num, q, Bracket, Explain, Explanation, Figure, Note, Op, Token, Unit};
use super::num::{ceil_u64, divisor, non_negative, result};
use super::CalcError;

use super::date::{bad, working_days_in_range};
pub use super::date::{
    days_in_month, days_in_year, is_leap_year, working_days_in_month, Date, Weekday,
};

/// A required rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rate {
    /// Nothing remains: the target is reached.
    Reached,
    /// `⌈remaining ÷ periods left⌉` people each period.
    Each(u64),
    /// Some of the target remains but no period of this kind is left.
    NoTimeLeft,
}

/// Where the year stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    /// The target for the year, people.
    pub target: f64,
    /// Achieved (realisasi) up to and including `as_of`, people.
    pub achieved: f64,
    /// The day the achieved figure is for.
    pub as_of: Date,
    /// `achieved ÷ target` (capaian).
    pub achieved_fraction: f64,
    /// `target − achieved`; zero or less means the target is reached.
    pub remaining: f64,
    /// `remaining ≤ 0`.
    pub reached: bool,
    /// Days of the year elapsed, `as_of` included.
    pub days_elapsed: u16,
    /// Days in the year.
    pub days_in_year: u16,
    /// Days left after `as_of`.
    pub days_remaining: u16,
    /// The month weights used, if any (January first).
    pub month_weights: Option<Vec<f64>>,
    /// The part of the year gone, 0 to 1.
    pub elapsed_fraction: f64,
    /// `target × elapsed_fraction`.
    pub expected_by_now: f64,
    /// `achieved ≥ expected_by_now`.
    pub on_track: bool,
    /// Months left, fractional (see the module notes).
    pub months_remaining: f64,
    /// `days_remaining ÷ 7`.
    pub weeks_remaining: f64,
    /// Monday-to-Friday days after `as_of`.
    pub working_days_remaining: u32,
    /// Required per remaining month.
    pub per_month: Rate,
    /// Required per remaining week.
    pub per_week: Rate,
    /// Required per remaining working day.
    pub per_working_day: Rate,
    /// Whether `as_of` is the last day of the year.
    pub period_over: bool,
}

pub(crate) fn rate(remaining: f64, periods: f64) -> Result<Rate, CalcError> {
    if remaining <= 0.0 {
        Ok(Rate::Reached)
    } else if periods <= 0.0 {
        Ok(Rate::NoTimeLeft)
    } else {
        Ok(Rate::Each(ceil_u64(result(remaining / periods)?)?))
    }
}

fn elapsed_by_weights(
    weights: &[f64],
    month: u8,
    day: u8,
    dim: u8,
) -> Result<(f64, f64, f64, f64), CalcError> {
    if weights.len() != 12 {
        return Err(CalcError::OutOfRange);
    }
    let weights = weights
        .iter()
        .map(|&w| non_negative(w))
        .collect::<Result<Vec<_>, _>>()?;
    let total = result(weights.iter().sum::<f64>())?;
    if total == 0.0 {
        return Err(CalcError::ZeroWeights);
    }
    let done = usize::from(month.saturating_sub(1));
    let before = result(weights.iter().take(done).sum::<f64>())?;
    let current = weights.get(done).copied().unwrap_or(0.0);
    let part = f64::from(day) / f64::from(dim);
    let elapsed = result((before + current * part) / total)?.min(1.0);
    Ok((before, current, total, elapsed))
}

/// Progress of `achieved` against `target` as of the end of `as_of`,
/// linear by days unless 12 `month_weights` are given. Errors: a target of
/// zero ([`CalcError::ZeroBase`]); inputs NaN/infinite or negative; an
/// invalid date; weights not 12 ([`CalcError::OutOfRange`]) or all zero
/// ([`CalcError::ZeroWeights`]); a rate beyond `u64` ([`CalcError::Overflow`]).
pub fn progress(
    target: f64,
    achieved: f64,
    as_of: Date,
    month_weights: Option<&[f64]>,
) -> Result<Progress, CalcError> {
    let target = divisor(target)?;
    let achieved = non_negative(achieved)?;
    as_of.validate()?;
    let days_elapsed = as_of.day_of_year()?;
    let diy = days_in_year(as_of.year);
    let days_remaining = bad(diy.checked_sub(days_elapsed))?;
    let dim = as_of.days_in_month()?;
    let elapsed_fraction = match month_weights {
        None => f64::from(days_elapsed) / f64::from(diy),
        Some(w) => elapsed_by_weights(w, as_of.month, as_of.day, dim)?.3,
    };
    let remaining = result(target - achieved)?;
    let months_after = f64::from(12u8.saturating_sub(as_of.month));
    let month_left = f64::from(dim.saturating_sub(as_of.day)) / f64::from(dim);
    let months_remaining = months_after + month_left;
    let weeks_remaining = f64::from(days_remaining) / 7.0;
    let first_left = bad(days_elapsed.checked_add(1))?;
    let working_days_remaining = working_days_in_range(as_of.year, first_left, diy)?;
    let expected_by_now = result(target * elapsed_fraction)?;
    Ok(Progress {
        target,
        achieved,
        as_of,
        achieved_fraction: result(achieved / target)?,
        remaining,
        reached: remaining <= 0.0,
        days_elapsed,
        days_in_year: diy,
        days_remaining,
        month_weights: month_weights.map(<[f64]>::to_vec),
        elapsed_fraction,
        expected_by_now,
        on_track: achieved >= expected_by_now,
        months_remaining,
        weeks_remaining,
        working_days_remaining,
        per_month: rate(remaining, months_remaining)?,
        per_week: rate(remaining, weeks_remaining)?,
        per_working_day: rate(remaining, f64::from(working_days_remaining))?,
        period_over: days_remaining == 0,
    })
}

/// The working of a required rate: `⌈remaining ÷ periods⌉`, or why there is
/// none (reached, or no period left). Shared with [`super::months`].
pub(crate) fn rate_explanation(
    remaining: f64,
    figure: Figure,
    rate: Rate,
    periods: f64,
    unit: Unit,
) -> Explanation {
    match rate {
        Rate::Each(n) => Explanation::one(
            figure,
            vec![
                Token::Open(Bracket::Ceil),
                num(remaining, Unit::People),
                Token::Op(Op::Div),
                num(periods, unit),
                Token::Close(Bracket::Ceil),
            ],
            q(super::num::count(n), Unit::People),
        )
        .note(Note::RoundedUp),
        Rate::Reached => Explanation::one(
            figure,
            vec![num(remaining, Unit::People)],
            q(0.0, Unit::People),
        )
        .note(Note::TargetReached),
        Rate::NoTimeLeft => Explanation::one(
            figure,
            vec![num(remaining, Unit::People)],
            q(remaining, Unit::People),
        )
        .note(Note::PeriodOver),
    }
}

impl Progress {
    fn elapsed_explanation(&self) -> Explanation {
        let weighted = self.month_weights.as_deref().and_then(|w| {
            let dim = self.as_of.days_in_month().ok()?;
            elapsed_by_weights(w, self.as_of.month, self.as_of.day, dim)
                .ok()
                .map(|parts| (parts, dim))
        });
        match weighted {
            None => Explanation::one(
                Figure::ElapsedFraction,
                vec![
                    num(f64::from(self.days_elapsed), Unit::Days),
                    Token::Op(Op::Div),
                    num(f64::from(self.days_in_year), Unit::Days),
                ],
                q(self.elapsed_fraction, Unit::Fraction),
            ),
            Some(((before, current, total, _), dim)) => Explanation::one(
                Figure::ElapsedFraction,
                vec![
                    Token::Open(Bracket::Paren),
                    num(before, Unit::Decimal),
                    Token::Op(Op::Add),
                    num(current, Unit::Decimal),
                    Token::Op(Op::Mul),
                    num(f64::from(self.as_of.day), Unit::Days),
                    Token::Op(Op::Div),
                    num(f64::from(dim), Unit::Days),
                    Token::Close(Bracket::Paren),
                    Token::Op(Op::Div),
                    num(total, Unit::Decimal),
                ],
                q(self.elapsed_fraction, Unit::Fraction),
            )
            .note(Note::MonthWeighted),
        }
    }
}

impl Explain for Progress {
    fn explain(&self) -> Vec<Explanation> {
        let remaining = Explanation::one(
            Figure::Remaining,
            vec![
                num(self.target, Unit::People),
                Token::Op(Op::Sub),
                num(self.achieved, Unit::People),
            ],
            q(self.remaining, Unit::People),
        );
        let per_day = rate_explanation(
            self.remaining,
            Figure::RequiredPerWorkingDay,
            self.per_working_day,
            f64::from(self.working_days_remaining),
            Unit::WorkingDays,
        );
        vec![
            Explanation::one(
                Figure::AchievedFraction,
                vec![
                    num(self.achieved, Unit::People),
                    Token::Op(Op::Div),
                    num(self.target, Unit::People),
                ],
                q(self.achieved_fraction, Unit::Fraction),
            ),
            if self.reached {
                remaining.note(Note::TargetReached)
            } else {
                remaining
            },
            self.elapsed_explanation(),
            Explanation::one(
                Figure::ExpectedByNow,
                vec![
                    num(self.target, Unit::People),
                    Token::Op(Op::Mul),
                    num(self.elapsed_fraction, Unit::Fraction),
                ],
                q(self.expected_by_now, Unit::People),
            ),
            rate_explanation(
                self.remaining,
                Figure::RequiredPerMonth,
                self.per_month,
                self.months_remaining,
                Unit::Months,
            ),
            rate_explanation(
                self.remaining,
                Figure::RequiredPerWeek,
                self.per_week,
                self.weeks_remaining,
                Unit::Weeks,
            ),
            per_day.note(Note::WorkingDaysMonToFri),
        ]
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_match_the_calendar() {
        // The article's meeting: "Kamis (24/1)" 2019, a Thursday.
        assert_eq!(
            Date::new(2019, 1, 24).unwrap().weekday().unwrap(),
            Weekday::Thursday
        );
        assert_eq!(
            Date::new(2019, 1, 1).unwrap().weekday().unwrap(),
            Weekday::Tuesday
        );
        assert_eq!(
            Date::new(2000, 2, 29).unwrap().weekday().unwrap(),
            Weekday::Tuesday
        );
        assert_eq!(
            Date::new(2025, 12, 31).unwrap().weekday().unwrap(),
            Weekday::Wednesday
        );
        assert_eq!(
            Date::new(1, 1, 1).unwrap().weekday().unwrap(),
            Weekday::Monday
        );
    }

    #[test]
    fn invalid_dates_are_refused() {
        assert_eq!(Date::new(2019, 2, 29), Err(CalcError::InvalidDate));
        assert_eq!(Date::new(2019, 4, 31), Err(CalcError::InvalidDate));
        assert_eq!(Date::new(2019, 13, 1), Err(CalcError::InvalidDate));
        assert_eq!(Date::new(0, 1, 1), Err(CalcError::InvalidDate));
        assert_eq!(Date::new(10000, 1, 1), Err(CalcError::InvalidDate));
        assert!(Date::new(2020, 2, 29).is_ok());
        assert!(Date::new(1900, 2, 29).is_err());
    }

    #[test]
    fn working_days_of_whole_years() {
        // 2019 starts on a Tuesday: 52 weeks (260) + 1 Tuesday = 261.
        let y2019: u32 = (1..=12)
            .map(|m| working_days_in_month(2019, m).unwrap())
            .sum();
        assert_eq!(y2019, 261);
        // 2020 (leap) starts on a Wednesday: 260 + Wednesday + Thursday = 262.
        let y2020: u32 = (1..=12)
            .map(|m| working_days_in_month(2020, m).unwrap())
            .sum();
        assert_eq!(y2020, 262);
        // January 2019: 31 days from a Tuesday: 4 weeks (20) + Tue, Wed, Thu = 23.
        assert_eq!(working_days_in_month(2019, 1).unwrap(), 23);
    }
}
