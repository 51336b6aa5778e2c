//! Partner pipeline (docs/DOMAIN.md "Pipeline"): potential workers = UMKM
//! × workers per UMKM; expected participants = potential × enrolment; summed
//! over partners; share of a target = expected ÷ target.

use super::explain::{num, q, Explain, Explanation, Figure, Op, Quantity, Token, Unit};
use super::num::{divisor, finite, fraction, non_negative, result, round_half_up_u64};
use super::span::{End, Span};
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

/// A partner (mitra) and its UMKM binaan. The uncertain inputs are spans:
/// a single value typed is a span whose ends are equal.
#[derive(Debug, Clone, PartialEq)]
pub struct Partner {
    /// Name, free text.
    pub name: String,
    /// Number of UMKM binaan (may be fractional if the user types so).
    pub umkm: f64,
    /// Average workers per UMKM.
    pub workers_per_umkm: Span,
    /// Fraction of potential workers expected to enrol, 0 to 1.
    pub enrolment: Span,
    /// Fraction of enrolled workers that are PU, 0 to 1; the rest are BPU.
    pub pu_share: Span,
    /// Whether the PU share was given: when not, the PU and BPU figures
    /// wait for it (a default would decide them silently).
    pub pu_known: bool,
    /// The probability of the partner's stage, 0 to 1; `None` when no stage
    /// is chosen, and then the partner counts in full.
    pub probability: Option<f64>,
}

impl Default for Partner {
    fn default() -> Self {
        Self {
            name: String::new(),
            umkm: 0.0,
            workers_per_umkm: Span::one(DEFAULT_WORKERS_PER_UMKM),
            enrolment: Span::one(DEFAULT_ENROLMENT),
            pu_share: Span::one(DEFAULT_PU_SHARE),
            pu_known: true,
            probability: None,
        }
    }
}

/// The pipeline of one partner, at full precision, at both ends.
#[derive(Debug, Clone, PartialEq)]
pub struct PartnerResult {
    /// The partner as read (−0.0 turned into 0.0).
    pub partner: Partner,
    /// UMKM × workers per UMKM, people.
    pub potential: Span,
    /// Potential × enrolment, people.
    pub expected: Span,
    /// Expected × PU share, people.
    pub expected_pu: Span,
    /// Expected × (1 − PU share), people.
    pub expected_bpu: Span,
    /// Expected × the stage's probability (expected when no stage), people.
    pub weighted: Span,
}

fn checked(s: Span, check: fn(f64) -> Result<f64, CalcError>) -> Result<Span, CalcError> {
    let s = s.map(check)?;
    if s.low > s.high {
        return Err(CalcError::OutOfRange);
    }
    Ok(s)
}

/// Computes one partner's pipeline. Errors: any input NaN/infinite
/// ([`CalcError::NotFinite`]) or negative ([`CalcError::Negative`]);
/// enrolment, PU share or probability above 1, or a span whose low end is
/// above its high end ([`CalcError::OutOfRange`]); a product too large
/// ([`CalcError::Overflow`]).
pub fn partner(p: &Partner) -> Result<PartnerResult, CalcError> {
    let umkm = non_negative(p.umkm)?;
    let workers = checked(p.workers_per_umkm, non_negative)?;
    let enrolment = checked(p.enrolment, fraction)?;
    let pu_share = checked(p.pu_share, fraction)?;
    let probability = p.probability.map(fraction).transpose()?;
    let mul = |a: f64, b: f64| result(a * b);
    let potential = workers.map(|w| result(umkm * w))?;
    let expected = potential.zip(enrolment, mul)?;
    let expected_pu = expected.zip(pu_share, mul)?;
    // A fixed factor rather than `expected − expected_pu` keeps BPU monotonic
    // in every input; the two parts still add up to `expected` within an ulp.
    // BPU falls as the PU share rises: its low end is at the share's high end.
    let expected_bpu = Span {
        low: result(expected.low * (1.0 - pu_share.high))?,
        high: result(expected.high * (1.0 - pu_share.low))?,
    };
    let weighted = expected.map(|e| result(e * probability.unwrap_or(1.0)))?;
    Ok(PartnerResult {
        partner: Partner {
            name: p.name.clone(),
            umkm,
            workers_per_umkm: workers,
            enrolment,
            pu_share,
            pu_known: p.pu_known,
            probability,
        },
        potential,
        expected,
        expected_pu,
        expected_bpu,
        weighted,
    })
}

/// One figure's working at both ends: `step(end)` gives that end's tokens
/// and result.
fn at_ends(figure: Figure, step: &dyn Fn(End) -> (Vec<Token>, Quantity)) -> Explanation {
    // `dyn`: one copy for the dozen figures, not one per closure.
    let one = |end| {
        let (tokens, result) = step(end);
        Explanation::one(figure, tokens, result)
    };
    Explanation::ends(one(End::Low), one(End::High))
}

impl Explain for PartnerResult {
    fn explain(&self) -> Vec<Explanation> {
        let p = &self.partner;
        let mut out = vec![
            at_ends(Figure::PotentialWorkers, &|end| {
                (
                    vec![
                        num(p.umkm, Unit::Count),
                        Token::Op(Op::Mul),
                        num(p.workers_per_umkm.at(end), Unit::Decimal),
                    ],
                    q(self.potential.at(end), Unit::People),
                )
            }),
            at_ends(Figure::ExpectedParticipants, &|end| {
                (
                    vec![
                        num(self.potential.at(end), Unit::People),
                        Token::Op(Op::Mul),
                        num(p.enrolment.at(end), Unit::Fraction),
                    ],
                    q(self.expected.at(end), Unit::People),
                )
            }),
            at_ends(Figure::ExpectedPu, &|end| {
                (
                    vec![
                        num(self.expected.at(end), Unit::People),
                        Token::Op(Op::Mul),
                        num(p.pu_share.at(end), Unit::Fraction),
                    ],
                    q(self.expected_pu.at(end), Unit::People),
                )
            }),
            at_ends(Figure::ExpectedBpu, &|end| {
                // BPU's low end is at the PU share's high end.
                let share = match end {
                    End::Low => p.pu_share.high,
                    End::High => p.pu_share.low,
                };
                (
                    vec![
                        num(self.expected.at(end), Unit::People),
                        Token::Op(Op::Mul),
                        Token::Open(super::Bracket::Paren),
                        num(1.0, Unit::Decimal),
                        Token::Op(Op::Sub),
                        num(share, Unit::Fraction),
                        Token::Close(super::Bracket::Paren),
                    ],
                    q(self.expected_bpu.at(end), Unit::People),
                )
            }),
        ];
        // No PU share given: its parts wait (the card says for what).
        out.retain(|e| p.pu_known || !matches!(e.figure, Figure::ExpectedPu | Figure::ExpectedBpu));
        if let Some(probability) = p.probability {
            out.push(at_ends(Figure::WeightedExpected, &|end| {
                (
                    vec![
                        num(self.expected.at(end), Unit::People),
                        Token::Op(Op::Mul),
                        num(probability, Unit::Fraction),
                    ],
                    q(self.weighted.at(end), Unit::People),
                )
            }));
        }
        out
    }
}

/// The pipeline summed over partners.
#[derive(Debug, Clone, PartialEq)]
pub struct PipelineTotal {
    /// Each partner's pipeline, in the order given.
    pub partners: Vec<PartnerResult>,
    /// Sum of UMKM binaan.
    pub umkm: f64,
    /// Sum of potential workers.
    pub potential: Span,
    /// Sum of expected participants.
    pub expected: Span,
    /// Sum of expected PU.
    pub expected_pu: Span,
    /// Sum of expected BPU.
    pub expected_bpu: Span,
    /// Whether every partner gave its PU share (else PU and BPU wait).
    pub pu_known: bool,
    /// Sum of weighted expected participants.
    pub weighted: Span,
    /// Sum of potential × the stage's probability (potential when no
    /// stage): what 100 % enrolment would bring, weighted.
    pub weighted_potential: Span,
}

impl PartnerResult {
    /// Share of `target` the partner's weighted participants cover.
    pub fn weighted_share_of(&self, target: f64) -> Result<Share, CalcError> {
        share_of_target(self.weighted, target).map(|s| Share {
            weighted: true,
            ..s
        })
    }
}

impl PipelineTotal {
    /// Whether any partner has a stage: only then do weighted figures differ.
    pub fn staged(&self) -> bool {
        self.partners
            .iter()
            .any(|r| r.partner.probability.is_some())
    }
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
    let sum = |f: &dyn Fn(&PartnerResult) -> Span| -> Result<Span, CalcError> {
        Ok(Span {
            low: result(rows.iter().map(|r| f(r).low).sum::<f64>())?,
            high: result(rows.iter().map(|r| f(r).high).sum::<f64>())?,
        })
    };
    Ok(PipelineTotal {
        umkm: result(rows.iter().map(|r| r.partner.umkm).sum::<f64>())?,
        potential: sum(&|r| r.potential)?,
        expected: sum(&|r| r.expected)?,
        expected_pu: sum(&|r| r.expected_pu)?,
        expected_bpu: sum(&|r| r.expected_bpu)?,
        pu_known: rows.iter().all(|r| r.partner.pu_known),
        weighted: sum(&|r| r.weighted)?,
        weighted_potential: sum(&|r| {
            let p = r.partner.probability.unwrap_or(1.0);
            Span {
                low: r.potential.low * p,
                high: r.potential.high * p,
            }
        })?,
        partners: rows,
    })
}

impl PipelineTotal {
    /// Share of `target` these partners cover; see [`share_of_target`].
    pub fn share_of(&self, target: f64) -> Result<Share, CalcError> {
        share_of_target(self.expected, target)
    }

    /// Share of `target` the weighted pipeline covers.
    pub fn weighted_share_of(&self, target: f64) -> Result<Share, CalcError> {
        share_of_target(self.weighted, target).map(|s| Share {
            weighted: true,
            ..s
        })
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
        let line = |figure, f: fn(&PartnerResult) -> Span, total: Span| {
            at_ends(figure, &|end| {
                (
                    sum_tokens(self.partners.iter().map(|r| f(r).at(end))),
                    q(total.at(end), Unit::People),
                )
            })
        };
        let mut out = vec![
            line(Figure::PotentialWorkers, |r| r.potential, self.potential),
            line(Figure::ExpectedParticipants, |r| r.expected, self.expected),
            line(Figure::ExpectedPu, |r| r.expected_pu, self.expected_pu),
            line(Figure::ExpectedBpu, |r| r.expected_bpu, self.expected_bpu),
        ];
        if !self.pu_known {
            out.truncate(2);
        }
        if self.staged() {
            out.push(line(
                Figure::WeightedExpected,
                |r| r.weighted,
                self.weighted,
            ));
        }
        out
    }
}

/// Expected (or weighted) participants as a share of a target.
#[derive(Debug, Clone, PartialEq)]
pub struct Share {
    /// Expected participants, people.
    pub expected: Span,
    /// The target, people.
    pub target: f64,
    /// `expected ÷ target`, a fraction (may exceed 1).
    pub share: Span,
    /// Whether `expected` is the weighted pipeline.
    pub weighted: bool,
}

/// What a target still needs beyond the expected participants:
/// `target − expected` (negative when the pipeline exceeds the target); the
/// low end is at the pipeline's high end.
pub fn gap(expected: Span, target: f64) -> Result<Span, CalcError> {
    let target = non_negative(target)?;
    expected.map_down(|e| result(target - non_negative(e)?))
}

/// `b − a`, for comparing two scenarios' figures. Errors when either is not
/// finite or the difference overflows.
pub fn difference(a: f64, b: f64) -> Result<f64, CalcError> {
    result(finite(b)? - finite(a)?)
}

/// `b − a` for two figures that may be ranges, as the range of every
/// difference of a value in `b` and one in `a`: from `b.low − a.high` to
/// `b.high − a.low` (`b − a` for single values). Comparing scenario A's
/// 54.000–162.000 with B's 540.000 gives +378.000 to +486.000.
pub fn span_difference(a: Span, b: Span) -> Result<Span, CalcError> {
    Ok(Span {
        low: difference(a.high, b.low)?,
        high: difference(a.low, b.high)?,
    })
}

/// Expected participants as whole people, rounded half-up: how many workers
/// a contribution estimate is for. Errors as the input is NaN, negative or
/// beyond `u64`.
pub fn whole_people(expected: f64) -> Result<u64, CalcError> {
    round_half_up_u64(non_negative(expected)?)
}

/// `expected ÷ target`. A zero target has no share: [`CalcError::ZeroBase`].
pub fn share_of_target(expected: Span, target: f64) -> Result<Share, CalcError> {
    let expected = expected.map(non_negative)?;
    let target = divisor(target)?;
    Ok(Share {
        expected,
        target,
        share: expected.map(|e| result(e / target))?,
        weighted: false,
    })
}

impl Explain for Share {
    fn explain(&self) -> Vec<Explanation> {
        let figure = if self.weighted {
            Figure::WeightedShare
        } else {
            Figure::ShareOfTarget
        };
        vec![at_ends(figure, &|end| {
            (
                vec![
                    num(self.expected.at(end), Unit::People),
                    Token::Op(Op::Div),
                    num(self.target, Unit::People),
                ],
                q(self.share.at(end), Unit::Fraction),
            )
        })]
    }
}
