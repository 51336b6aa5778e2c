//! People and time: the one model behind every figure about agents. The
//! agents you have (agents per office × offices), what one agent can bring
//! in a month (the capacity) and the months they work give every agent
//! figure the app shows, each named once with its period:
//! - what the agents you have can reach: `agents × capacity × months`;
//! - the quota per agent per month: `⌈target ÷ (agents × months)⌉`, and the
//!   year's quota per agent `⌈target ÷ agents⌉`;
//! - that quota against the capacity (`quota ÷ capacity`, "10,8 ×"): above 1
//!   the agents you have cannot reach it;
//! - the agents needed at capacity: `⌈target ÷ (capacity × months)⌉`
//!   ([`split::agents_needed`]; for the gap after the partners,
//!   [`goal`](super::goal)'s agents answer).
//!
//! *Capaian*'s need per agent per month for what remains
//! ([`months`](super::months)) is measured against the same capacity with
//! [`load`].

use super::explain::{num, q, Explanation, Figure, Note, Op, Token, Unit};
use super::num::{ceil_u64, count, divisor, non_negative, result};
use super::split::{self, AgentsNeeded};
use super::{Bracket, CalcError, Explain};

/// A quota per agent per month against what one agent can bring a month.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Load {
    /// The quota per agent per month, people.
    pub quota: f64,
    /// What one agent can bring a month.
    pub capacity: f64,
    /// `quota ÷ capacity`: above 1 is beyond the agents' capacity.
    pub times: f64,
}

impl Load {
    /// Whether the quota is beyond what an agent can bring.
    pub fn beyond(&self) -> bool {
        self.times > 1.0
    }
}

/// `quota ÷ capacity`. A capacity of zero is [`CalcError::ZeroBase`].
pub fn load(quota: f64, capacity: f64) -> Result<Load, CalcError> {
    let capacity = divisor(capacity)?;
    let quota = non_negative(quota)?;
    Ok(Load {
        quota,
        capacity,
        times: result(quota / capacity)?,
    })
}

impl Explain for Load {
    fn explain(&self) -> Vec<Explanation> {
        let e = Explanation::one(
            Figure::QuotaLoad,
            vec![
                num(self.quota, Unit::People),
                Token::Op(Op::Div),
                num(self.capacity, Unit::People),
            ],
            q(self.times, Unit::TimesCapacity),
        );
        vec![if self.beyond() {
            e.note(Note::BeyondCapacity)
        } else {
            e
        }]
    }
}

/// The agents you have against a target over the months they work.
#[derive(Clone, Debug, PartialEq)]
pub struct AgentPlan {
    /// The target the agents share, people.
    pub target: f64,
    /// Agents available: agents per office × offices.
    pub agents: u64,
    /// What one agent can bring a month.
    pub capacity: f64,
    /// The months the agents work.
    pub months: u32,
    /// `agents × capacity × months`: what the agents you have can reach.
    pub reach: f64,
    /// `reach ÷ target`.
    pub reach_share: f64,
    /// `⌈target ÷ agents⌉`: each agent's part of the year's target.
    pub quota_year: u64,
    /// `⌈target ÷ (agents × months)⌉`: each agent's quota a month.
    pub quota_month: u64,
    /// The monthly quota against the capacity.
    pub load: Load,
    /// Agents needed at capacity for the whole target.
    pub needed: AgentsNeeded,
}

/// The plan of `agents` agents bringing `capacity` a month each over
/// `months` months against `target`. No agents, no capacity, no months or
/// no target is [`CalcError::ZeroBase`].
pub fn agent_plan(
    target: f64,
    agents: u64,
    capacity: f64,
    months: u32,
) -> Result<AgentPlan, CalcError> {
    let target = divisor(non_negative(target)?)?;
    let capacity = divisor(capacity)?;
    let agents_f = divisor(count(agents))?;
    let months_f = divisor(f64::from(months))?;
    let reach = result(agents_f * capacity * months_f)?;
    let quota_month = ceil_u64(result(target / (agents_f * months_f))?)?;
    Ok(AgentPlan {
        target,
        agents,
        capacity,
        months,
        reach,
        reach_share: result(reach / target)?,
        quota_year: ceil_u64(result(target / agents_f)?)?,
        quota_month,
        load: load(count(quota_month), capacity)?,
        needed: split::agents_needed(target, capacity, months)?,
    })
}

impl Explain for AgentPlan {
    fn explain(&self) -> Vec<Explanation> {
        let agents = num(count(self.agents), Unit::Agents);
        let months = num(f64::from(self.months), Unit::Months);
        let target = num(self.target, Unit::People);
        let mut out = vec![
            Explanation::one(
                Figure::AgentReach,
                vec![
                    agents,
                    Token::Op(Op::Mul),
                    num(self.capacity, Unit::People),
                    Token::Op(Op::Mul),
                    months,
                ],
                q(self.reach, Unit::People),
            ),
            Explanation::one(
                Figure::ReachShare,
                vec![num(self.reach, Unit::People), Token::Op(Op::Div), target],
                q(self.reach_share, Unit::Fraction),
            ),
            Explanation::one(
                Figure::QuotaPerAgentMonth,
                vec![
                    Token::Open(Bracket::Ceil),
                    target,
                    Token::Op(Op::Div),
                    Token::Open(Bracket::Paren),
                    agents,
                    Token::Op(Op::Mul),
                    months,
                    Token::Close(Bracket::Paren),
                    Token::Close(Bracket::Ceil),
                ],
                q(count(self.quota_month), Unit::People),
            )
            .note(Note::RoundedUp),
            Explanation::one(
                Figure::QuotaPerAgentYear,
                vec![
                    Token::Open(Bracket::Ceil),
                    target,
                    Token::Op(Op::Div),
                    agents,
                    Token::Close(Bracket::Ceil),
                ],
                q(count(self.quota_year), Unit::People),
            )
            .note(Note::RoundedUp),
        ];
        out.extend(self.load.explain());
        out.extend(self.needed.explain());
        out
    }
}
