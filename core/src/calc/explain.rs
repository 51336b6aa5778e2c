//! "Show the math" as data. Each result can list the steps that produced it as
//! tokens (numbers with units, operators, brackets) and notes, so the UI can
//! write them in Indonesian or English and format every number its own way.
//! Nothing here is a string: names of figures, notes and units are enums.

use super::programs::{Program, Relief};
use super::segment::Segment;
pub use super::unit::Unit;

/// A number with its unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quantity {
    /// The value, at full precision.
    pub value: f64,
    /// What it counts.
    pub unit: Unit,
}

impl Quantity {
    /// A quantity.
    pub fn new(value: f64, unit: Unit) -> Self {
        Self { value, unit }
    }
}

/// A binary operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Op {
    /// `+`
    Add,
    /// `−`
    Sub,
    /// `×`
    Mul,
    /// `÷`
    Div,
    /// Raise to a power: the right operand is the exponent.
    Pow,
}

/// A pair of brackets; [`Token::Open`] and [`Token::Close`] carry which.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bracket {
    /// `( … )`
    Paren,
    /// `⌈ … ⌉`: rounded up, as quotas are.
    Ceil,
    /// `⌊ … ⌋`: the whole part, as in largest-remainder apportionment.
    Floor,
    /// Rounded to the nearest whole (half-up), as money is.
    Round,
}

/// A named function, written `name(a, b)` with [`Token::Sep`] between
/// arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Func {
    /// The smaller of its arguments (e.g. a wage and the JP cap).
    Min,
    /// The larger of its arguments (e.g. a number and a threshold).
    Max,
}

/// One token of a step's left-hand side.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Token {
    /// A number.
    Num(Quantity),
    /// An operator.
    Op(Op),
    /// An opening bracket.
    Open(Bracket),
    /// A closing bracket.
    Close(Bracket),
    /// A function name; its arguments follow in `Open(Paren)` … `Close(Paren)`.
    Fn(Func),
    /// The separator between function arguments.
    Sep,
}

/// One line of working: `tokens = result`.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// The expression, left to right.
    pub tokens: Vec<Token>,
    /// What it comes to.
    pub result: Quantity,
}

/// What a figure is. Variants carry which line, year, part or programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Figure {
    /// UMKM × workers per UMKM.
    PotentialWorkers,
    /// Potential workers × enrolment.
    ExpectedParticipants,
    /// Expected participants that are PU.
    ExpectedPu,
    /// Expected participants that are BPU.
    ExpectedBpu,
    /// Expected participants ÷ a target.
    ShareOfTarget,
    /// Expected participants × the probability of the partner's stage.
    WeightedExpected,
    /// Weighted expected participants ÷ a target.
    WeightedShare,
    /// A target − the weighted pipeline.
    Gap,
    /// More UMKM needed at the pipeline's average workers and enrolment.
    MoreUmkm,
    /// The enrolment every partner would need to reach the target.
    EnrolmentNeeded,
    /// More partners of the largest partner's size to close the gap.
    MorePartners,
    /// Agents needed to close the gap at a capacity over a period.
    AgentsForGap,
    /// A line's target (given, or base × (1 + g)).
    GrowthTarget(Segment),
    /// A line's growth (given, or target ÷ base − 1).
    Growth(Segment),
    /// A line's growth implied by its base and target, beside a stated one.
    ImpliedGrowth(Segment),
    /// A line's base (given, or target ÷ (1 + g)).
    Base(Segment),
    /// What the stated growth would make of a line's base.
    TargetAtStatedGrowth(Segment),
    /// The base a line's stated growth and target imply.
    BaseAtStatedGrowth(Segment),
    /// "Lainnya": the total target less the entered people segments.
    Other,
    /// A projected value `n` years after the base.
    ProjectionYear(u32),
    /// The exact (unrounded) share of part `i` of a split.
    ExactShare(usize),
    /// The whole part `i` of a split (largest remainder).
    Part(usize),
    /// The quota of part `i` of a split: its exact share rounded up.
    Quota(usize),
    /// The exact share of each agent when a total is split equally.
    AgentShare,
    /// What each agent must reach: the exact share rounded up.
    AgentQuota,
    /// What must be done each working day of a month.
    DailyQuota,
    /// Agents needed to reach a target.
    AgentsNeeded,
    /// Agents × capacity × months: what the agents you have can reach.
    AgentReach,
    /// What the agents can reach ÷ the target.
    ReachShare,
    /// ⌈target ÷ (agents × months)⌉: each agent's quota a month.
    QuotaPerAgentMonth,
    /// ⌈target ÷ agents⌉: each agent's part of the year's target.
    QuotaPerAgentYear,
    /// A quota per agent per month ÷ the capacity per agent per month.
    QuotaLoad,
    /// Achieved ÷ target.
    AchievedFraction,
    /// Target − achieved.
    Remaining,
    /// The part of the year gone.
    ElapsedFraction,
    /// Target × elapsed fraction.
    ExpectedByNow,
    /// Remaining ÷ remaining months, rounded up.
    RequiredPerMonth,
    /// Remaining ÷ remaining weeks, rounded up.
    RequiredPerWeek,
    /// Remaining ÷ remaining working days, rounded up.
    RequiredPerWorkingDay,
    /// The months entered, added up.
    YearToDate,
    /// The cumulative plan at the end of the last entered month.
    PlanToDate,
    /// Year to date − plan to date.
    GapToPlan,
    /// The year's end at the pace so far.
    ForecastPace,
    /// The year's end at the pace of the last three months entered.
    ForecastRecent,
    /// Remaining ÷ (months left × agents), rounded up.
    RequiredPerAgent,
    /// One programme's contribution per worker per month, unrounded.
    IuranProgram(Program),
    /// The employer's part per worker per month (PU).
    IuranEmployer,
    /// The worker's part per worker per month (PU).
    IuranWorker,
    /// The contribution per worker per month, whole Rupiah.
    IuranPerWorker,
    /// The contribution of all workers per month.
    IuranMonthly,
    /// The contribution of all workers per year.
    IuranYearly,
    /// An agent's acquisition incentive in month `n` (1 = the first).
    AgentAcquisition(u32),
    /// An agent's incentive on the contributions received in month `n`.
    AgentContributions(u32),
    /// An agent's income in month `n`: acquisition plus contributions.
    AgentIncome(u32),
    /// The Perisai office's (Wadah's) share of its agent's incentive in
    /// month `n`: the office's, not the agent's.
    OfficeShare(u32),
    /// An agent's income over months 1 to `n`, added up.
    AgentIncomeTotal(u32),
    /// The acquisition part of the income over months 1 to `n`.
    AgentAcquisitionTotal(u32),
    /// The contributions part of the income over months 1 to `n`.
    AgentContributionsTotal(u32),
    /// New participants needed a month for an income goal in month `n`.
    RecruitsForIncome(u32),
    /// Contributions of the active participants: of the registered ones,
    /// times the active share.
    ActiveContributions,
}

/// A remark the UI shows beside the working.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Note {
    /// A quota was rounded up: someone must reach it, so it is never below the
    /// exact share.
    RoundedUp,
    /// A part came from largest-remainder apportionment; `extra` says whether
    /// it got one of the leftover units (ties go to the earlier item).
    LargestRemainder {
        /// Whether this part got one of the leftover units.
        extra: bool,
    },
    /// Quotas are rounded up one by one, so together they may exceed the
    /// total by up to one per part.
    QuotasMayExceedTotal,
    /// Stated and implied growth differ by more than 0.5 percentage points.
    AuditWarning {
        /// The growth as typed.
        stated: f64,
        /// The growth the base and target imply.
        implied: f64,
        /// `implied − stated`, as a fraction (0.0076 is 0.76 points).
        difference: f64,
    },
    /// Stated and implied growth agree within 0.5 percentage points.
    AuditOk {
        /// The growth as typed.
        stated: f64,
        /// The growth the base and target imply.
        implied: f64,
        /// `implied − stated`, as a fraction.
        difference: f64,
    },
    /// The entered segments add up to more than the total: "Lainnya" is
    /// negative.
    OtherNegative,
    /// Business entities are companies, kept apart from people.
    CompaniesNotPeople,
    /// Money rounded to whole Rupiah, half-up, once per worker per month.
    RoundedHalfUp,
    /// The JP base wage was capped.
    JpWageCapped {
        /// The cap, Rupiah.
        cap: f64,
    },
    /// The target is reached: nothing remains.
    TargetReached,
    /// The year is over (or no period of this kind is left) while some of
    /// the target remains.
    PeriodOver,
    /// Working days are Monday to Friday; public holidays are not known.
    WorkingDaysMonToFri,
    /// The part of the year gone is weighted by month weights, not by days.
    MonthWeighted,
    /// A relief lowered this contribution (named, with its period).
    Relief(Relief),
    /// JKP is 0,36 % of the wage: this part from the employer's JKK, the
    /// rest (0,22 %) paid by the government.
    JkpGovernment,
    /// An acquisition incentive is paid only in a month with at least
    /// `from` new participants; `reached` says whether this month did.
    Threshold {
        /// New participants a month from which it is paid.
        from: f64,
        /// Whether the month reached it.
        reached: bool,
    },
    /// An assumption: this share (fraction) of each cohort still pays in
    /// each month after its first.
    ActiveShare(f64),
    /// The office's, not added to the agent's income.
    OfficeNotAgent,
    /// At this pace the target is reached in `month` (0 = January).
    ReachedIn {
        /// The month, 0 = January.
        month: usize,
    },
    /// Even 100 % enrolment leaves the target short: at 100 % the pipeline
    /// covers this share of it (a fraction; the low end of a range).
    BeyondFullEnrolment {
        /// Share of the target covered at 100 % enrolment.
        covers: f64,
    },
    /// The pipeline already covers the target: nothing more is needed.
    GapClosed,
    /// A quota above what one agent can bring a month.
    BeyondCapacity,
    /// At this pace the target is not reached this year.
    ShortBy {
        /// People short at the year's end.
        short: f64,
    },
}

/// The working of one figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    /// What was computed.
    pub figure: Figure,
    /// The steps, in order; the last step's result is the figure.
    pub steps: Vec<Step>,
    /// Remarks.
    pub notes: Vec<Note>,
    /// For a range, the first step of the high end's working: the steps
    /// before it are the low end's, whose last result is the low end.
    pub high_from: Option<usize>,
}

impl Explanation {
    /// An explanation of one step and no notes.
    pub(crate) fn one(figure: Figure, tokens: Vec<Token>, result: Quantity) -> Self {
        Self {
            figure,
            steps: vec![Step { tokens, result }],
            notes: Vec::new(),
            high_from: None,
        }
    }

    /// The working of a figure computed at both ends of a range: one
    /// working when the ends agree, else the low end's steps then the high
    /// end's (ordered by their results, so the low end is the smaller).
    pub(crate) fn ends(low: Explanation, high: Explanation) -> Explanation {
        if low.result() == high.result() {
            return low;
        }
        let (mut low, high) = if low.result().map(|q| q.value) > high.result().map(|q| q.value) {
            (high, low)
        } else {
            (low, high)
        };
        let from = low.steps.len();
        low.steps.extend(high.steps);
        // One note of each kind: the low end's (the end a planner checks).
        for n in high.notes {
            if !low
                .notes
                .iter()
                .any(|l| std::mem::discriminant(l) == std::mem::discriminant(&n))
            {
                low.notes.push(n);
            }
        }
        low.high_from = Some(from);
        low
    }

    /// The low end's result of a range (the only result of a single value).
    pub fn low_result(&self) -> Option<Quantity> {
        match self.high_from {
            Some(i) => self.steps.get(i.checked_sub(1)?).map(|s| s.result),
            None => self.result(),
        }
    }

    /// Adds a note.
    pub(crate) fn note(mut self, note: Note) -> Self {
        self.notes.push(note);
        self
    }

    /// Adds a step.
    pub(crate) fn step(mut self, tokens: Vec<Token>, result: Quantity) -> Self {
        self.steps.push(Step { tokens, result });
        self
    }

    /// The figure's value: the last step's result.
    pub fn result(&self) -> Option<Quantity> {
        self.steps.last().map(|s| s.result)
    }
}

/// The workings of a result computed at a range's low end paired, figure by
/// figure, with those at its high end (`None`: a single value), so each
/// figure shows both ends ([`Explanation::ends`]).
pub fn pair_ends(low: Vec<Explanation>, high: Option<Vec<Explanation>>) -> Vec<Explanation> {
    let Some(high) = high else {
        return low;
    };
    low.into_iter()
        .map(|l| match high.iter().find(|h| h.figure == l.figure) {
            Some(h) => Explanation::ends(l, h.clone()),
            None => l,
        })
        .collect()
}

/// A result that can show its working.
pub trait Explain {
    /// The working of every figure in the result.
    fn explain(&self) -> Vec<Explanation>;

    /// The working of one figure, if the result has it.
    fn explanation(&self, figure: Figure) -> Option<Explanation> {
        self.explain().into_iter().find(|e| e.figure == figure)
    }
}

/// A number token.
pub(crate) fn num(value: f64, unit: Unit) -> Token {
    Token::Num(Quantity::new(value, unit))
}

/// A quantity.
pub(crate) fn q(value: f64, unit: Unit) -> Quantity {
    Quantity::new(value, unit)
}
