//! Growth lines (docs/DOMAIN.md "Growth", "Audit", "Segments"):
//! any two of base, growth and target give the third; all three give an audit
//! that shows the implied growth beside the stated one and never changes what
//! was typed. "Lainnya" is the total target less the entered people segments.

use super::explain::{num, q, Bracket, Explain, Explanation, Figure, Note, Op, Token, Unit};
use super::num::{divisor, finite, non_negative, result};
use super::segment::PerSegment;
use super::CalcError;

/// Warn when implied and stated growth differ by more than this (a fraction:
/// 0.5 percentage points, docs/DOMAIN.md "Audit").
pub const AUDIT_THRESHOLD: f64 = 0.005;

/// Differences within this of [`AUDIT_THRESHOLD`] count as equal to it, so
/// binary noise never decides a warning (a difference of exactly 0.5 points
/// does not warn).
const AUDIT_NOISE: f64 = 1e-12;

pub use super::segment::Segment;

/// A growth fraction: finite and at least −1 (a fall of 100 %).
fn growth_rate(g: f64) -> Result<f64, CalcError> {
    let g = finite(g)?;
    if g < -1.0 {
        return Err(CalcError::OutOfRange);
    }
    Ok(g)
}

/// Forward: `target = base × (1 + g)`.
pub fn forward(base: f64, growth: f64) -> Result<f64, CalcError> {
    let base = non_negative(base)?;
    let g = growth_rate(growth)?;
    result(base * (1.0 + g))
}

/// Reverse: `g = target ÷ base − 1`. A zero base has no growth rate
/// ([`CalcError::ZeroBase`]).
pub fn implied_growth(base: f64, target: f64) -> Result<f64, CalcError> {
    let base = divisor(base)?;
    let target = non_negative(target)?;
    result(result(target / base)? - 1.0)
}

/// Base: `base = target ÷ (1 + g)`. At g = −1 every base gives 0, so none can
/// be named ([`CalcError::ZeroBase`]).
pub fn base_from(target: f64, growth: f64) -> Result<f64, CalcError> {
    let target = non_negative(target)?;
    let g = growth_rate(growth)?;
    let factor = divisor(1.0 + g)?;
    result(target / factor)
}

/// Stated against implied growth, where base, growth and target are all given.
#[derive(Debug, Clone, PartialEq)]
pub struct Audit {
    /// The growth as typed.
    pub stated: f64,
    /// `target ÷ base − 1`.
    pub implied: f64,
    /// `implied − stated`, a fraction (0.0047 is 0.47 percentage points).
    pub difference: f64,
    /// `|difference| > 0.005`.
    pub warn: bool,
    /// What the stated growth would make of the base: `base × (1 + stated)`.
    pub target_at_stated: f64,
    /// What base the stated growth implies: `target ÷ (1 + stated)`; `None`
    /// when the stated growth is −100 %.
    pub base_at_stated: Option<f64>,
}

/// Audits a line given in full. Errors as [`implied_growth`] and [`forward`].
pub fn audit(base: f64, stated: f64, target: f64) -> Result<Audit, CalcError> {
    let stated = growth_rate(stated)?;
    let implied = implied_growth(base, target)?;
    let difference = result(implied - stated)?;
    let target_at_stated = forward(base, stated)?;
    let base_at_stated = match base_from(target, stated) {
        Ok(b) => Some(b),
        Err(CalcError::ZeroBase) => None,
        Err(e) => return Err(e),
    };
    Ok(Audit {
        stated,
        implied,
        difference,
        warn: difference.abs() > AUDIT_THRESHOLD + AUDIT_NOISE,
        target_at_stated,
        base_at_stated,
    })
}

/// What the user typed on a line; `None` is an empty field.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct GrowthInput {
    /// The base (previous period), in the line's unit.
    pub base: Option<f64>,
    /// The growth, a fraction.
    pub growth: Option<f64>,
    /// The target, in the line's unit.
    pub target: Option<f64>,
}

/// Which of the three was worked out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Solved {
    /// Target from base and growth.
    Target,
    /// Growth from base and target.
    Growth,
    /// Base from target and growth.
    Base,
    /// All three were given: nothing worked out, an [`Audit`] instead.
    Audited,
}

/// A line with all three figures.
#[derive(Debug, Clone, PartialEq)]
pub struct GrowthLine {
    /// Which line.
    pub segment: Segment,
    /// Base, in the line's unit.
    pub base: f64,
    /// Growth, a fraction: as typed, or worked out.
    pub growth: f64,
    /// Target, in the line's unit.
    pub target: f64,
    /// Which figure was worked out.
    pub solved: Solved,
    /// Present when all three were given.
    pub audit: Option<Audit>,
}

/// Works out a line from any two of its figures, or audits it when all three
/// are given (the typed figures are kept as typed). Fewer than two:
/// [`CalcError::Missing`].
#[inline(never)]
pub fn line(segment: Segment, input: &GrowthInput) -> Result<GrowthLine, CalcError> {
    let make = |base, growth, target, solved, audit| GrowthLine {
        segment,
        base,
        growth,
        target,
        solved,
        audit,
    };
    match (input.base, input.growth, input.target) {
        (Some(b), Some(g), Some(t)) => {
            let a = audit(b, g, t)?;
            Ok(make(
                non_negative(b)?,
                a.stated,
                non_negative(t)?,
                Solved::Audited,
                Some(a),
            ))
        }
        (Some(b), Some(g), None) => Ok(make(
            non_negative(b)?,
            growth_rate(g)?,
            forward(b, g)?,
            Solved::Target,
            None,
        )),
        (Some(b), None, Some(t)) => Ok(make(
            divisor(b)?,
            implied_growth(b, t)?,
            non_negative(t)?,
            Solved::Growth,
            None,
        )),
        (None, Some(g), Some(t)) => Ok(make(
            base_from(t, g)?,
            growth_rate(g)?,
            non_negative(t)?,
            Solved::Base,
            None,
        )),
        _ => Err(CalcError::Missing),
    }
}

fn one_plus_g(g: f64) -> [Token; 5] {
    [
        Token::Open(Bracket::Paren),
        num(1.0, Unit::Decimal),
        Token::Op(Op::Add),
        num(g, Unit::Fraction),
        Token::Close(Bracket::Paren),
    ]
}

impl Explain for GrowthLine {
    fn explain(&self) -> Vec<Explanation> {
        let seg = self.segment;
        let unit = seg.unit();
        let with_unit_note = |e: Explanation| {
            if seg == Segment::BusinessEntities {
                e.note(Note::CompaniesNotPeople)
            } else {
                e
            }
        };
        let forward_tokens = |base: f64, g: f64| {
            let mut t = vec![num(base, unit), Token::Op(Op::Mul)];
            t.extend(one_plus_g(g));
            t
        };
        let base_tokens = |target: f64, g: f64| {
            let mut t = vec![num(target, unit), Token::Op(Op::Div)];
            t.extend(one_plus_g(g));
            t
        };
        let reverse_tokens = |base: f64, target: f64| {
            vec![
                num(target, unit),
                Token::Op(Op::Div),
                num(base, unit),
                Token::Op(Op::Sub),
                num(1.0, Unit::Decimal),
            ]
        };
        let mut out = Vec::new();
        match (self.solved, &self.audit) {
            (Solved::Target, _) => out.push(Explanation::one(
                Figure::GrowthTarget(seg),
                forward_tokens(self.base, self.growth),
                q(self.target, unit),
            )),
            (Solved::Growth, _) => out.push(Explanation::one(
                Figure::Growth(seg),
                reverse_tokens(self.base, self.target),
                q(self.growth, Unit::Fraction),
            )),
            (Solved::Base, _) => out.push(Explanation::one(
                Figure::Base(seg),
                base_tokens(self.target, self.growth),
                q(self.base, unit),
            )),
            (Solved::Audited, None) => {}
            (Solved::Audited, Some(a)) => {
                let fields = (a.stated, a.implied, a.difference);
                let note = if a.warn {
                    Note::AuditWarning {
                        stated: fields.0,
                        implied: fields.1,
                        difference: fields.2,
                    }
                } else {
                    Note::AuditOk {
                        stated: fields.0,
                        implied: fields.1,
                        difference: fields.2,
                    }
                };
                out.push(
                    Explanation::one(
                        Figure::ImpliedGrowth(seg),
                        reverse_tokens(self.base, self.target),
                        q(a.implied, Unit::Fraction),
                    )
                    .step(
                        vec![
                            num(a.implied, Unit::Fraction),
                            Token::Op(Op::Sub),
                            num(a.stated, Unit::Fraction),
                        ],
                        q(a.difference, Unit::PercentPoints),
                    )
                    .note(note),
                );
                out.push(Explanation::one(
                    Figure::TargetAtStatedGrowth(seg),
                    forward_tokens(self.base, a.stated),
                    q(a.target_at_stated, unit),
                ));
                if let Some(b) = a.base_at_stated {
                    out.push(Explanation::one(
                        Figure::BaseAtStatedGrowth(seg),
                        base_tokens(self.target, a.stated),
                        q(b, unit),
                    ));
                }
            }
        }
        out.into_iter().map(with_unit_note).collect()
    }
}

/// Targets typed for the people segments. Business entities have no field
/// here, so companies can never be added to people.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct PeopleTargets {
    /// PU target, people.
    pub pu: Option<f64>,
    /// BPU target, people.
    pub bpu: Option<f64>,
    /// Jakon target, people.
    pub jakon: Option<f64>,
    /// PMI target, people.
    pub pmi: Option<f64>,
}

/// One entered segment target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SegmentTarget {
    /// Which segment.
    pub segment: Segment,
    /// Its target, people.
    pub target: f64,
}

/// "Lainnya": what the entered segments leave of the total.
#[derive(Debug, Clone, PartialEq)]
pub struct Other {
    /// The total target, people.
    pub total: f64,
    /// The segments entered, in the order PU, BPU, Jakon, PMI.
    pub entered: Vec<SegmentTarget>,
    /// Their sum, people.
    pub entered_sum: f64,
    /// `total − entered_sum`, people; negative when the segments exceed the
    /// total, shown as it is rather than hidden.
    pub other: f64,
    /// `other < 0`.
    pub negative: bool,
}

/// `total − (PU + BPU + Jakon + PMI)` over the segments entered.
pub fn other(total: f64, segments: &PeopleTargets) -> Result<Other, CalcError> {
    let total = non_negative(total)?;
    let mut entered = Vec::new();
    for (segment, value) in [
        (Segment::Pu, segments.pu),
        (Segment::Bpu, segments.bpu),
        (Segment::Jakon, segments.jakon),
        (Segment::Pmi, segments.pmi),
    ] {
        if let Some(v) = value {
            entered.push(SegmentTarget {
                segment,
                target: non_negative(v)?,
            });
        }
    }
    let entered_sum = result(entered.iter().map(|s| s.target).sum::<f64>())?;
    let other = result(total - entered_sum)?;
    Ok(Other {
        total,
        entered,
        entered_sum,
        other,
        negative: other < 0.0,
    })
}

impl Explain for Other {
    fn explain(&self) -> Vec<Explanation> {
        let mut tokens = vec![num(self.total, Unit::People)];
        if !self.entered.is_empty() {
            tokens.push(Token::Op(Op::Sub));
            let grouped = self.entered.len() > 1;
            if grouped {
                tokens.push(Token::Open(Bracket::Paren));
            }
            for (i, s) in self.entered.iter().enumerate() {
                if i > 0 {
                    tokens.push(Token::Op(Op::Add));
                }
                tokens.push(num(s.target, Unit::People));
            }
            if grouped {
                tokens.push(Token::Close(Bracket::Paren));
            }
        }
        let e = Explanation::one(Figure::Other, tokens, q(self.other, Unit::People));
        vec![if self.negative {
            e.note(Note::OtherNegative)
        } else {
            e
        }]
    }
}

/// Every line of a plan as typed.
pub type PlanInput = PerSegment<GrowthInput>;

/// Every line worked out on its own, so one bad entry blanks only its line.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// Each line worked out (business entities are companies; not part of
    /// [`Plan::other`]).
    pub lines: PerSegment<Result<GrowthLine, CalcError>>,
    /// Each line's target: worked out or typed. A target typed alone (no
    /// base, no growth: the article gives PU that way) is still a target,
    /// though the line has nothing to work out.
    pub targets: PerSegment<Result<f64, CalcError>>,
    /// "Lainnya" from the total line's target and the people lines' targets.
    /// A people line counts as entered when its target is known (typed or
    /// worked out); a line with fewer than two figures is left out; a line in
    /// error makes this an error too, so nothing is silently dropped.
    pub other: Result<Other, CalcError>,
}

/// Works out every line of a plan and "Lainnya".
pub fn plan(input: &PlanInput) -> Plan {
    let lines = input.map(line);
    let targets = PerSegment::from_fn(|s| match (&lines[s], input[s].target) {
        (Ok(l), _) => Ok(l.target),
        (Err(CalcError::Missing), Some(t)) => non_negative(t),
        (Err(e), _) => Err(*e),
    });
    // A people line with nothing typed is left out of "Lainnya"; one with an
    // error makes "Lainnya" wait for it rather than leave it out silently.
    let entered = |s: Segment| -> Result<Option<f64>, CalcError> {
        match targets[s] {
            Ok(v) => Ok(Some(v)),
            Err(CalcError::Missing) => Ok(None),
            Err(e) => Err(e),
        }
    };
    let other = (|| {
        let people = PeopleTargets {
            pu: entered(Segment::Pu)?,
            bpu: entered(Segment::Bpu)?,
            jakon: entered(Segment::Jakon)?,
            pmi: entered(Segment::Pmi)?,
        };
        other(targets[Segment::Total]?, &people)
    })();
    Plan {
        lines,
        targets,
        other,
    }
}

impl Plan {
    /// The target of `segment`, worked out or typed alone.
    pub fn target(&self, segment: Segment) -> Result<f64, CalcError> {
        self.targets[segment]
    }
}
