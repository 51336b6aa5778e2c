//! Compound growth (docs/DOMAIN.md "Growth", compounded over n years):
//! `base × (1 + g)^n` for each year `n = 1..=N`.

use super::explain::{num, q, Bracket, Explain, Explanation, Figure, Op, Token, Unit};
use super::growth::Segment;
use super::num::{finite, non_negative, result};
use super::CalcError;

/// The longest projection: compounding further than a working life says
/// nothing useful, and it bounds the work.
pub const MAX_YEARS: u32 = 30;

/// One projected year.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectionYear {
    /// Years after the base, from 1.
    pub year: u32,
    /// `base × (1 + g)^year`, in the line's unit, unrounded.
    pub value: f64,
}

/// A line projected year by year.
#[derive(Debug, Clone, PartialEq)]
pub struct Projection {
    /// Which line (gives the unit).
    pub segment: Segment,
    /// The base.
    pub base: f64,
    /// The yearly growth, a fraction.
    pub growth: f64,
    /// Years 1 to N.
    pub years: Vec<ProjectionYear>,
}

/// Projects `base` at yearly growth `growth` for `years` years (1 to
/// [`MAX_YEARS`], else [`CalcError::OutOfRange`]). Growth below −1 is
/// [`CalcError::OutOfRange`]; a year too large is [`CalcError::Overflow`].
pub fn project(
    segment: Segment,
    base: f64,
    growth: f64,
    years: u32,
) -> Result<Projection, CalcError> {
    let base = non_negative(base)?;
    let g = finite(growth)?;
    if g < -1.0 {
        return Err(CalcError::OutOfRange);
    }
    if years == 0 || years > MAX_YEARS {
        return Err(CalcError::OutOfRange);
    }
    let factor = result(1.0 + g)?;
    let mut out = Vec::new();
    for year in 1..=years {
        let n = i32::try_from(year).map_err(|_| CalcError::OutOfRange)?;
        let value = result(base * result(factor.powi(n))?)?;
        out.push(ProjectionYear { year, value });
    }
    Ok(Projection {
        segment,
        base,
        growth: g,
        years: out,
    })
}

impl Explain for Projection {
    fn explain(&self) -> Vec<Explanation> {
        let unit = self.segment.unit();
        self.years
            .iter()
            .map(|y| {
                Explanation::one(
                    Figure::ProjectionYear(y.year),
                    vec![
                        num(self.base, unit),
                        Token::Op(Op::Mul),
                        Token::Open(Bracket::Paren),
                        num(1.0, Unit::Decimal),
                        Token::Op(Op::Add),
                        num(self.growth, Unit::Fraction),
                        Token::Close(Bracket::Paren),
                        Token::Op(Op::Pow),
                        num(f64::from(y.year), Unit::Years),
                    ],
                    q(y.value, unit),
                )
            })
            .collect()
    }
}
