//! Active and registered participants: only the active ones pay, so money
//! figures counted on registered participants are turned into the active
//! participants' with an active share, an assumption shown beside them.

use super::super::explain::{num, Explain, Explanation, Figure, Note, Op, Token, Unit};
use super::super::num::{count, fraction, result, round_half_up_u64};
use super::super::CalcError;
use super::income::rounded;

/// An active share from its published counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActiveShareSource {
    /// Active participants.
    pub active: u64,
    /// Registered participants (active and non-active).
    pub registered: u64,
    /// Where the counts come from.
    pub source: &'static str,
}

/// The default: East Java in December 2023, 4.583.246 active of 6.072.625
/// registered (1.489.379 non-active), 75,47 % (Kemnaker Satu Data, reported
/// in January 2024).
pub const EAST_JAVA_2023: ActiveShareSource = ActiveShareSource {
    active: 4_583_246,
    registered: 6_072_625,
    source: "Kemnaker Satu Data, Jawa Timur, 12/2023",
};

impl ActiveShareSource {
    /// Active ÷ registered, fraction; no registered participants is
    /// [`CalcError::ZeroBase`], more active than registered
    /// [`CalcError::OutOfRange`].
    pub fn share(&self) -> Result<f64, CalcError> {
        if self.registered == 0 {
            return Err(CalcError::ZeroBase);
        }
        fraction(result(count(self.active) / count(self.registered))?)
    }
}

/// Contributions of the active participants, from the registered ones'.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ActiveContributions {
    /// Contributions if every registered participant paid, whole Rupiah.
    pub registered: u64,
    /// The active share, fraction.
    pub active_share: f64,
    /// `registered × active_share`, unrounded.
    pub exact: f64,
    /// The same, whole Rupiah (half-up).
    pub active: u64,
}

/// `registered` contributions (as if every registered participant paid)
/// times the `active_share`, rounded half-up once.
pub fn active_contributions(
    registered: u64,
    active_share: f64,
) -> Result<ActiveContributions, CalcError> {
    let active_share = fraction(active_share)?;
    let exact = result(count(registered) * active_share)?;
    Ok(ActiveContributions {
        registered,
        active_share,
        exact,
        active: round_half_up_u64(exact)?,
    })
}

impl Explain for ActiveContributions {
    fn explain(&self) -> Vec<Explanation> {
        let tokens = vec![
            num(count(self.registered), Unit::Rupiah),
            Token::Op(Op::Mul),
            num(self.active_share, Unit::Fraction),
        ];
        let e = rounded(Figure::ActiveContributions, tokens, self.exact, self.active);
        vec![e.note(Note::ActiveShare(self.active_share))]
    }
}
