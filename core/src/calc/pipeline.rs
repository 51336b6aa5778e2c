//! Partner pipeline (DOMAIN.md "Partner pipeline"): potential workers = UMKM
//! × workers per UMKM; expected participants = potential × enrolment; summed
//! over partners; share of a target = expected ÷ target.

use super::explain::{num, q, Explain, Explanation, Figure, Op, Token, Unit};
use super::num::{divisor, finite, fraction, non_negative, result, round_half_up_u64};
use super::CalcError;

/// The official's illustration in the article: "if one binaan has five
/// workers". Not data, so only a default.
pub const DEFAULT_WORKERS_PER_UMKM: f64 = 5.0;

/// Everyone the partner reaches enrols, until the user says otherwise.
pub const DEFAULT_ENROLMENT: f64 = 1.0;

/// Share of enrolled workers that are PU. Workers of UMKM binaan (small
/// shops, stalls) mostly have no formal employment relationship and are
/// enrolled as BPU, which is also what Perisai agents mostly recruit; so the
/// default counts them all as BPU (0 % PU), and the user raises it where a
/// partner's UMKM do pay wages.
pub const DEFAULT_PU_SHARE: f64 = 0.0;

/// A partner (mitra) and its UMKM binaan.
#[derive(Debug, Clone, PartialEq)]
pub struct Partner {
    /// Name, free text.
    pub name: String,
    /// Number of UMKM binaan (may be fractional if the user types so).
    pub umkm: f64,
    /// Average workers per UMKM.
    pub workers_per_umkm: f64,
    /// Fraction of potential workers expected to enrol, 0 to 1.
    pub enrolment: f64,
    /// Fraction of enrolled workers that are PU, 0 to 1; the rest are BPU.
    pub pu_share: f64,
}

impl Default for Partner {
    fn default() -> Self {
        Self {
            name: String::new(),
            umkm: 0.0,
            workers_per_umkm: DEFAULT_WORKERS_PER_UMKM,
            enrolment: DEFAULT_ENROLMENT,
            pu_share: DEFAULT_PU_SHARE,
        }
    }
}

/// The pipeline of one partner, at full precision.
#[derive(Debug, Clone, PartialEq)]
pub struct PartnerResult {
    /// The partner as read (−0.0 turned into 0.0).
    pub partner: Partner,
    /// UMKM × workers per UMKM, people.
    pub potential: f64,
    /// Potential × enrolment, people.
    pub expected: f64,
    /// Expected × PU share, people.
    pub expected_pu: f64,
    /// Expected × (1 − PU share), people.
    pub expected_bpu: f64,
}

/// Computes one partner's pipeline. Errors: any input NaN/infinite
/// ([`CalcError::NotFinite`]) or negative ([`CalcError::Negative`]);
/// enrolment or PU share above 1 ([`CalcError::OutOfRange`]); a product too
/// large ([`CalcError::Overflow`]).
pub fn partner(p: &Partner) -> Result<PartnerResult, CalcError> {
    let umkm = non_negative(p.umkm)?;
    let workers = non_negative(p.workers_per_umkm)?;
    let enrolment = fraction(p.enrolment)?;
    let pu_share = fraction(p.pu_share)?;
    let potential = result(umkm * workers)?;
    let expected = result(potential * enrolment)?;
    let expected_pu = result(expected * pu_share)?;
    // A fixed factor rather than `expected − expected_pu` keeps BPU monotonic
    // in every input; the two parts still add up to `expected` within an ulp.
    let expected_bpu = result(expected * (1.0 - pu_share))?;
    Ok(PartnerResult {
        partner: Partner {
            name: p.name.clone(),
            umkm,
            workers_per_umkm: workers,
            enrolment,
            pu_share,
        },
        potential,
        expected,
        expected_pu,
        expected_bpu,
    })
}

impl Explain for PartnerResult {
    fn explain(&self) -> Vec<Explanation> {
        let p = &self.partner;
        vec![
            Explanation::one(
                Figure::PotentialWorkers,
                vec![
                    num(p.umkm, Unit::Count),
                    Token::Op(Op::Mul),
                    num(p.workers_per_umkm, Unit::Decimal),
                ],
                q(self.potential, Unit::People),
            ),
            Explanation::one(
                Figure::ExpectedParticipants,
                vec![
                    num(self.potential, Unit::People),
                    Token::Op(Op::Mul),
                    num(p.enrolment, Unit::Fraction),
                ],
                q(self.expected, Unit::People),
            ),
            Explanation::one(
                Figure::ExpectedPu,
                vec![
                    num(self.expected, Unit::People),
                    Token::Op(Op::Mul),
                    num(p.pu_share, Unit::Fraction),
                ],
                q(self.expected_pu, Unit::People),
            ),
            Explanation::one(
                Figure::ExpectedBpu,
                vec![
                    num(self.expected, Unit::People),
                    Token::Op(Op::Mul),
                    Token::Open(super::Bracket::Paren),
                    num(1.0, Unit::Decimal),
                    Token::Op(Op::Sub),
                    num(p.pu_share, Unit::Fraction),
                    Token::Close(super::Bracket::Paren),
                ],
                q(self.expected_bpu, Unit::People),
            ),
        ]
    }
}

/// The pipeline summed over partners.
#[derive(Debug, Clone, PartialEq)]
pub struct PipelineTotal {
    /// Each partner's pipeline, in the order given.
    pub partners: Vec<PartnerResult>,
    /// Sum of potential workers.
    pub potential: f64,
    /// Sum of expected participants.
    pub expected: f64,
    /// Sum of expected PU.
    pub expected_pu: f64,
    /// Sum of expected BPU.
    pub expected_bpu: f64,
}

/// Sums the pipeline over partners. No partners gives zeros (an empty list is
/// a pipeline with nobody in it, not an error). The first partner that cannot
/// be computed makes the whole total an error, so a total never silently
/// leaves a partner out.
pub fn total(partners: &[Partner]) -> Result<PipelineTotal, CalcError> {
    let rows = partners
        .iter()
        .map(partner)
        .collect::<Result<Vec<_>, _>>()?;
    let sum = |f: fn(&PartnerResult) -> f64| result(rows.iter().map(f).sum::<f64>());
    Ok(PipelineTotal {
        potential: sum(|r| r.potential)?,
        expected: sum(|r| r.expected)?,
        expected_pu: sum(|r| r.expected_pu)?,
        expected_bpu: sum(|r| r.expected_bpu)?,
        partners: rows,
    })
}

impl PipelineTotal {
    /// Share of `target` these partners cover; see [`share_of_target`].
    pub fn share_of(&self, target: f64) -> Result<Share, CalcError> {
        share_of_target(self.expected, target)
    }
}

/// Sum tokens `a + b + …` (a lone `0` for an empty list).
fn sum_tokens(values: impl Iterator<Item = f64>) -> Vec<Token> {
    let mut tokens = Vec::new();
    for v in values {
        if !tokens.is_empty() {
            tokens.push(Token::Op(Op::Add));
        }
        tokens.push(num(v, Unit::People));
    }
    if tokens.is_empty() {
        tokens.push(num(0.0, Unit::People));
    }
    tokens
}

impl Explain for PipelineTotal {
    fn explain(&self) -> Vec<Explanation> {
        let line = |figure, f: fn(&PartnerResult) -> f64, total: f64| {
            Explanation::one(
                figure,
                sum_tokens(self.partners.iter().map(f)),
                q(total, Unit::People),
            )
        };
        vec![
            line(Figure::PotentialWorkers, |r| r.potential, self.potential),
            line(Figure::ExpectedParticipants, |r| r.expected, self.expected),
            line(Figure::ExpectedPu, |r| r.expected_pu, self.expected_pu),
            line(Figure::ExpectedBpu, |r| r.expected_bpu, self.expected_bpu),
        ]
    }
}

/// Expected participants as a share of a target.
#[derive(Debug, Clone, PartialEq)]
pub struct Share {
    /// Expected participants, people.
    pub expected: f64,
    /// The target, people.
    pub target: f64,
    /// `expected ÷ target`, a fraction (may exceed 1).
    pub share: f64,
}

/// What a target still needs beyond the expected participants:
/// `target − expected` (negative when the pipeline exceeds the target).
pub fn gap(expected: f64, target: f64) -> Result<f64, CalcError> {
    result(non_negative(target)? - non_negative(expected)?)
}

/// `b − a`, for comparing two scenarios' figures. Errors when either is not
/// finite or the difference overflows.
pub fn difference(a: f64, b: f64) -> Result<f64, CalcError> {
    result(finite(b)? - finite(a)?)
}

/// Expected participants as whole people, rounded half-up: how many workers
/// a contribution estimate is for. Errors as the input is NaN, negative or
/// beyond `u64`.
pub fn whole_people(expected: f64) -> Result<u64, CalcError> {
    round_half_up_u64(non_negative(expected)?)
}

/// `expected ÷ target`. A zero target has no share: [`CalcError::ZeroBase`].
pub fn share_of_target(expected: f64, target: f64) -> Result<Share, CalcError> {
    let expected = non_negative(expected)?;
    let target = divisor(target)?;
    Ok(Share {
        expected,
        target,
        share: result(expected / target)?,
    })
}

impl Explain for Share {
    fn explain(&self) -> Vec<Explanation> {
        vec![Explanation::one(
            Figure::ShareOfTarget,
            vec![
                num(self.expected, Unit::People),
                Token::Op(Op::Div),
                num(self.target, Unit::People),
            ],
            q(self.share, Unit::Fraction),
        )]
    }
}
