//! What closes the gap (goal seek): from the current pipeline and a target,
//! four ways to find the participants still missing, each at both ends when
//! the inputs are ranges. The gap is the target less the *weighted* pipeline
//! (what the planner believes); the new UMKM and partners are counted at
//! what a UMKM and the largest partner yield today, unweighted (once found,
//! they are not a stage's guess). Everything that counts people, UMKM,
//! partners or agents is rounded up: a part of a person still has to be
//! found.

use super::explain::{num, q, Explanation, Figure, Note, Op, Token, Unit};
use super::num::{ceil_u64, count, divisor, non_negative, result};
use super::pipeline::PipelineTotal;
use super::span::{End, Span};
use super::{Bracket, CalcError};

/// One answer: its value at both ends (whole, rounded up, except the
/// enrolment needed) and its working.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    /// The low and high end.
    pub value: Span,
    /// The working of both ends.
    pub explanation: Explanation,
}

/// The four answers.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalSeek {
    /// The target of the chosen line.
    pub target: f64,
    /// `target − weighted pipeline`; ≤ 0 at both ends when it is covered.
    pub gap: Answer,
    /// (a) More UMKM at the pipeline's average workers and enrolment.
    pub more_umkm: Result<Answer, CalcError>,
    /// (b) The enrolment all partners would need (a fraction; above 1 is
    /// not reachable by enrolment alone, and its note says how far 100 %
    /// gets).
    pub enrolment: Result<Answer, CalcError>,
    /// (c) More partners of the largest partner's size (by UMKM), and its
    /// index in the pipeline.
    pub more_partners: Result<(usize, Answer), CalcError>,
    /// (d) Agents at `capacity` a month over `months` months.
    pub agents: Result<Answer, CalcError>,
}

impl GoalSeek {
    /// Whether the pipeline covers the target at both ends.
    pub fn closed(&self) -> bool {
        self.gap.value.high <= 0.0
    }
}

/// What is still missing at an end: a gap below zero needs nothing.
fn missing(gap: f64) -> f64 {
    gap.max(0.0)
}

/// `⌈missing ÷ per⌉` at both ends, the divisor at the opposite end (more
/// per unit, fewer units).
fn units_for(
    figure: Figure,
    gap: Span,
    per: Span,
    per_tokens: &dyn Fn(End) -> Vec<Token>,
    unit: Unit,
) -> Result<Answer, CalcError> {
    let at = |end: End| -> Result<(f64, Explanation), CalcError> {
        let other = match end {
            End::Low => End::High,
            End::High => End::Low,
        };
        let g = missing(gap.at(end));
        let d = divisor(per.at(other))?;
        let n = count(ceil_u64(result(g / d)?)?);
        let mut tokens = vec![
            Token::Open(Bracket::Ceil),
            num(g, Unit::People),
            Token::Op(Op::Div),
        ];
        tokens.extend(per_tokens(other));
        tokens.push(Token::Close(Bracket::Ceil));
        let mut e = Explanation::one(figure, tokens, q(n, unit)).note(Note::RoundedUp);
        // Said only when nothing is needed at either end.
        if gap.high <= 0.0 {
            e = e.note(Note::GapClosed);
        }
        Ok((n, e))
    };
    let (low, el) = at(End::Low)?;
    let (high, eh) = at(End::High)?;
    Ok(Answer {
        value: Span { low, high },
        explanation: Explanation::ends(el, eh),
    })
}

/// Goal seek for `target` from `pipeline`, with agents bringing `capacity`
/// participants a month over `months` months. Each answer that cannot be
/// computed (no UMKM yet, no potential, no partner, zero capacity) is its
/// own error; the gap always computes for a valid target.
pub fn goal_seek(
    pipeline: &PipelineTotal,
    target: f64,
    capacity: f64,
    months: u32,
) -> Result<GoalSeek, CalcError> {
    let target = non_negative(target)?;
    let gap_span = super::pipeline::gap(pipeline.weighted, target)?;
    let gap_at = |end: End| {
        // The gap's low end is at the weighted pipeline's high end.
        let w = match end {
            End::Low => pipeline.weighted.high,
            End::High => pipeline.weighted.low,
        };
        Explanation::one(
            Figure::Gap,
            vec![
                num(target, Unit::People),
                Token::Op(Op::Sub),
                num(w, Unit::People),
            ],
            q(gap_span.at(end), Unit::People),
        )
    };
    let gap = Answer {
        value: gap_span,
        explanation: Explanation::ends(gap_at(End::Low), gap_at(End::High)),
    };
    // (a) What one UMKM yields today: average workers × average enrolment.
    let umkm = pipeline.umkm;
    let avg_workers = pipeline.potential.map(|p| result(p / divisor(umkm)?));
    let avg_enrolment = |end: End| pipeline.expected.at(end) / pipeline.potential.at(end);
    let more_umkm = avg_workers.and_then(|w| {
        let per = Span {
            low: result(pipeline.expected.low / divisor(umkm)?)?,
            high: result(pipeline.expected.high / divisor(umkm)?)?,
        };
        units_for(
            Figure::MoreUmkm,
            gap_span,
            per,
            &|end| {
                vec![
                    Token::Open(Bracket::Paren),
                    num(w.at(end), Unit::Decimal),
                    Token::Op(Op::Mul),
                    num(avg_enrolment(end), Unit::Fraction),
                    Token::Close(Bracket::Paren),
                ]
            },
            Unit::Count,
        )
    });
    // (b) target ÷ what 100 % would bring (weighted); falls as potential rises.
    let enrolment = pipeline.weighted_potential.map(divisor).and_then(|wp| {
        let need = wp.map_down(|p| result(target / p))?;
        let at = |end: End| {
            let p = match end {
                End::Low => wp.high,
                End::High => wp.low,
            };
            let e = Explanation::one(
                Figure::EnrolmentNeeded,
                vec![
                    num(target, Unit::People),
                    Token::Op(Op::Div),
                    num(p, Unit::People),
                ],
                q(need.at(end), Unit::Fraction),
            );
            if need.at(end) > 1.0 {
                e.note(Note::BeyondFullEnrolment { covers: p / target })
            } else {
                e
            }
        };
        Ok(Answer {
            value: need,
            explanation: Explanation::ends(at(End::Low), at(End::High)),
        })
    });
    // (c) The largest partner by UMKM (the first of equals).
    let largest = pipeline
        .partners
        .iter()
        .enumerate()
        .fold(
            None,
            |best: Option<(usize, &super::pipeline::PartnerResult)>, (i, r)| match best {
                Some((_, b)) if b.partner.umkm >= r.partner.umkm => best,
                _ => Some((i, r)),
            },
        )
        .ok_or(CalcError::ZeroBase);
    let more_partners = largest.and_then(|(i, r)| {
        let per = r.expected;
        units_for(
            Figure::MorePartners,
            gap_span,
            per,
            &|end| vec![num(per.at(end), Unit::People)],
            Unit::Count,
        )
        .map(|a| (i, a))
    });
    // (d) Agents: what one agent brings over the period.
    let agents = divisor(capacity).and_then(|c| {
        let per = Span::one(result(c * f64::from(months))?);
        units_for(
            Figure::AgentsForGap,
            gap_span,
            per,
            &|_| {
                vec![
                    Token::Open(Bracket::Paren),
                    num(c, Unit::People),
                    Token::Op(Op::Mul),
                    num(f64::from(months), Unit::Months),
                    Token::Close(Bracket::Paren),
                ]
            },
            Unit::Agents,
        )
    });
    Ok(GoalSeek {
        target,
        gap,
        more_umkm,
        enrolment,
        more_partners,
        agents,
    })
}
