//! The agent figures every section shows, from one model
//! ([`calc::agents`](crate::calc::agents)): the agents you have (agents per
//! office × offices), the capacity per agent per month and the months they
//! work, against the target of the line *Pembagian* splits (the line
//! *Capaian* measures too). *Pembagian*, *Capaian*, *Iuran*, the summary and
//! the chat text all read these, so each figure has one value everywhere.

use crate::calc::agents::{agent_plan, AgentPlan};
use crate::calc::growth::Segment;
use crate::calc::split;
use crate::calc::CalcError;
use crate::read::{read_field, read_plan};
use crate::state::{AppState, Field};

/// What an agent figure still needs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum AgentsWait {
    /// The line's target does not work out yet.
    Target,
    /// This field is empty or cannot be read.
    Field(Field),
    /// The inputs read but the figure cannot be computed (e.g. no office).
    Calc(CalcError),
}

/// The agent model of a work.
#[derive(Clone, Debug, PartialEq)]
pub struct AgentFigures {
    /// The line whose target the agents share (*Pembagian*'s).
    pub line: Segment,
    /// The plan, or what it waits for.
    pub plan: Result<AgentPlan, AgentsWait>,
    /// The capacity per agent per month, when it reads (for *Capaian*'s
    /// need per agent against it).
    pub capacity: Option<f64>,
    /// Agents available, when agents per office reads: agents per office
    /// × offices.
    pub agents: Option<u64>,
}

/// The agent figures of `state`.
pub fn agent_figures(state: &AppState) -> AgentFigures {
    let lang = state.lang;
    let read = |f: Field| read_field(&state.texts, f, lang).map_err(|_| AgentsWait::Field(f));
    let agents = read(Field::AgentsPerOffice)
        .ok()
        .map(|a| (a as u64).saturating_mul(state.offices.len() as u64));
    let capacity = read(Field::Capacity).ok();
    let plan = (|| {
        let target = read_plan(&state.lines, lang)
            .target(state.split_line)
            .and_then(split::whole_target)
            .map_err(|_| AgentsWait::Target)?;
        let per_office = read(Field::AgentsPerOffice)?;
        let capacity = read(Field::Capacity)?;
        let months = read(Field::AgentMonths)?;
        let agents = (per_office as u64).saturating_mul(state.offices.len() as u64);
        agent_plan(target as f64, agents, capacity, months as u32).map_err(AgentsWait::Calc)
    })();
    AgentFigures {
        line: state.split_line,
        plan,
        capacity,
        agents,
    }
}
