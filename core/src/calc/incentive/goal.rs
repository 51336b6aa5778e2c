//! The income goal: "I want Rp X a month by month N" → the smallest number
//! of new participants a month (the same every month) whose income in
//! month N reaches X, on the same terms, package and active share.
//!
//! Month N's income never falls as the number a month grows: the
//! acquisition incentive is 0 below the threshold and then grows (or stays
//! flat), and the contribution incentive grows with every participant. So
//! the smallest number is found by bisection over 0 to
//! [`GOAL_RECRUITS_CAP`], checked exactly at each step. What is not
//! monotone is the income *per participant*: 24 a month earn no
//! acquisition incentive, 25 do, so just below the threshold a goal may
//! need the threshold itself (the working shows it as `max(…; 25)`).

use super::super::explain::{
    num, q, Bracket, Explain, Explanation, Figure, Func, Note, Op, Token, Unit,
};
use super::super::num::{ceil_u64, count, result};
use super::super::CalcError;
use super::income::{contribution_tokens, month_income, BandPart, IncomeInput};
use super::terms::{Acquisition, AcquisitionPay, IncentiveTerms};
use super::Package;

/// The most new participants a month the goal tries: far beyond any agent
/// (the 2018 agents averaged about 100 in two months), so a goal it does
/// not reach is out of reach.
pub const GOAL_RECRUITS_CAP: u64 = 1_000_000;

/// The answer to an income goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoalAnswer {
    /// `recruits` new participants a month reach the goal.
    Reached {
        /// The smallest number a month that does.
        recruits: u64,
        /// Month N's income with them, whole Rupiah.
        income: u64,
        /// Month N's income with one fewer (`None` when `recruits` is 0).
        one_fewer: Option<u64>,
    },
    /// Not even [`GOAL_RECRUITS_CAP`] a month reach it.
    Unreachable {
        /// Month N's income with that many.
        at_cap: u64,
    },
}

/// An income goal and its answer.
#[derive(Debug, Clone, PartialEq)]
pub struct IncomeGoal {
    /// The income wanted in month `month`, whole Rupiah.
    pub goal: u64,
    /// The month, 1 to [`super::MAX_MONTHS`].
    pub month: u32,
    /// The answer.
    pub answer: GoalAnswer,
    /// The package.
    pub package: Package,
    /// One participant's contribution a month, whole Rupiah.
    pub per_participant: u64,
    /// The active share assumed, fraction.
    pub active_share: f64,
    /// The acquisition terms.
    pub acquisition: Acquisition,
    /// Month N's contributions with one new participant a month, by band.
    pub per_recruit: Vec<BandPart>,
    /// Month N's contribution incentive with one new participant a month,
    /// unrounded.
    pub per_recruit_exact: f64,
}

/// The smallest number of new participants a month whose income in
/// `month` reaches `goal`, on `terms` (see the module's notes). Bad terms,
/// a share outside 0–1, a month outside 1–[`super::MAX_MONTHS`] or a
/// contribution too large give a [`CalcError`]; a goal out of reach is
/// [`GoalAnswer::Unreachable`].
pub fn recruits_for_income(
    terms: &IncentiveTerms,
    package: Package,
    per_participant: u64,
    active_share: f64,
    goal: u64,
    month: u32,
) -> Result<IncomeGoal, CalcError> {
    terms.validate()?;
    let with = |recruits| IncomeInput {
        recruits,
        package,
        per_participant,
        active_share,
        months: month,
    };
    with(GOAL_RECRUITS_CAP).check()?;
    let income = |n| month_income(terms, &with(n), month).map(|m| m.total);
    let one = month_income(terms, &with(1), month)?;
    let at_cap = income(GOAL_RECRUITS_CAP)?;
    let answer = if at_cap < goal {
        GoalAnswer::Unreachable { at_cap }
    } else {
        // The smallest n in lo..=hi with income(n) ≥ goal; hi always does.
        let (mut lo, mut hi) = (0, GOAL_RECRUITS_CAP);
        while lo < hi {
            let half = hi.checked_sub(lo).and_then(|d| d.checked_div(2));
            let mid = half
                .and_then(|h| lo.checked_add(h))
                .ok_or(CalcError::Overflow)?;
            if income(mid)? >= goal {
                hi = mid;
            } else {
                lo = mid.checked_add(1).ok_or(CalcError::Overflow)?;
            }
        }
        GoalAnswer::Reached {
            recruits: lo,
            income: income(lo)?,
            one_fewer: match lo.checked_sub(1) {
                Some(n) => Some(income(n)?),
                None => None,
            },
        }
    };
    Ok(IncomeGoal {
        goal,
        month,
        answer,
        package,
        per_participant,
        active_share,
        acquisition: terms.acquisition,
        per_recruit_exact: one.contributions_exact,
        per_recruit: one.parts,
    })
}

/// `⌈a ÷ b⌉` as tokens, with `a = goal − flat` when there is a flat amount.
fn ceil_tokens(goal: u64, flat: Option<u64>, per: f64) -> Vec<Token> {
    let mut out = vec![Token::Open(Bracket::Ceil)];
    if let Some(f) = flat {
        out.extend([
            Token::Open(Bracket::Paren),
            num(count(goal), Unit::Rupiah),
            Token::Op(Op::Sub),
            num(count(f), Unit::Rupiah),
            Token::Close(Bracket::Paren),
        ]);
    } else {
        out.push(num(count(goal), Unit::Rupiah));
    }
    out.extend([
        Token::Op(Op::Div),
        num(per, Unit::Rupiah),
        Token::Close(Bracket::Ceil),
    ]);
    out
}

impl IncomeGoal {
    /// The working of the answer `n`: what one new participant a month
    /// earns in month N, the goal divided by it and rounded up, the
    /// threshold when it binds, and (rarely) one fewer when rounding the
    /// month's money half-up already reaches the goal.
    fn working(&self, n: u64) -> Result<Explanation, CalcError> {
        let figure = Figure::RecruitsForIncome(self.month);
        let contributions =
            contribution_tokens(&self.per_recruit, self.per_participant, self.active_share);
        let reached = self.acquisition.reached(n) && n > 0;
        let (per_head, flat) = match self.acquisition.pay {
            _ if !reached => (0, None),
            AcquisitionPay::PerHead { jkk_jkm, with_jht } => match self.package {
                Package::JkkJkm => (jkk_jkm, None),
                Package::JkkJkmJht => (with_jht, None),
            },
            AcquisitionPay::Flat(f) => (0, Some(f)),
        };
        let per = result(count(per_head) + self.per_recruit_exact)?;
        let mut tokens = Vec::new();
        if per_head > 0 {
            tokens.extend([num(count(per_head), Unit::Rupiah), Token::Op(Op::Add)]);
        }
        tokens.extend(contributions);
        let mut e = Explanation::one(figure, tokens, q(per, Unit::Rupiah));
        let mut k = 0;
        let rest = self.goal.saturating_sub(flat.unwrap_or(0));
        if rest > 0 && per > 0.0 {
            k = ceil_u64(result(count(rest) / per)?)?;
            e = e.step(ceil_tokens(self.goal, flat, per), q(count(k), Unit::People));
        }
        if reached && k < self.acquisition.from {
            let from = self.acquisition.from;
            e = e.step(
                vec![
                    Token::Fn(Func::Max),
                    Token::Open(Bracket::Paren),
                    num(count(k), Unit::People),
                    Token::Sep,
                    num(count(from), Unit::People),
                    Token::Close(Bracket::Paren),
                ],
                q(count(from), Unit::People),
            );
            k = from;
        }
        if k != n || e.steps.len() == 1 {
            // Money is rounded half-up once a month: a hair below the goal
            // may already reach it, so the search's answer can be one fewer.
            let (op, by) = match k.checked_sub(n) {
                Some(d) => (Op::Sub, d),
                None => (Op::Add, n.saturating_sub(k)),
            };
            let mut t = vec![num(count(k), Unit::People)];
            if by > 0 {
                t.extend([Token::Op(op), num(count(by), Unit::People)]);
            }
            e = e.step(t, q(count(n), Unit::People));
        }
        if self.acquisition.from > 0 {
            e = e.note(Note::Threshold {
                from: count(self.acquisition.from),
                reached,
            });
        }
        Ok(if self.month > 1 {
            e.note(Note::ActiveShare(self.active_share))
        } else {
            e
        })
    }
}

impl Explain for IncomeGoal {
    /// The working of the number a month, when the goal is within reach.
    fn explain(&self) -> Vec<Explanation> {
        match self.answer {
            GoalAnswer::Reached { recruits, .. } => self.working(recruits).into_iter().collect(),
            GoalAnswer::Unreachable { .. } => Vec::new(),
        }
    }
}
