//! The plan on one screen: the answer first. Each line is one figure that a
//! section computes, in finished words (its label with its period, its value
//! with both ends of a range, what it assumes or waits for) and the section
//! a tap opens. The summary view and the chat text both write these lines,
//! so each figure reads the same in both.

use crate::calc::agents::AgentPlan;
use crate::calc::progress::{Date, Rate};
use crate::calc::{Explain, Explanation, Figure};
use crate::figures::{agent_figures, goal_figures, progress_figures, AgentsWait};
use crate::i18n::{Lang, T};
use crate::numbers::format::{Fmt, Style};
use crate::read::{read_plan, read_work_partners};
use crate::state::{AppState, Field, PartnerField, Section};
use crate::words::{headline_text, segment_name};

/// One line of the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanLine {
    /// Its element id (`plan-target`, …).
    pub id: &'static str,
    /// What it is, with its period.
    pub label: String,
    /// The figure; `None` while it waits (the note says for what).
    pub value: Option<String>,
    /// An assumption it rests on, or what it waits for.
    pub note: Option<String>,
    /// The figure is a warning (beyond capacity, target not covered).
    pub warn: bool,
    /// The section that computes it.
    pub section: Section,
}

fn line(id: &'static str, label: String, section: Section) -> PlanLine {
    PlanLine {
        id,
        label,
        value: None,
        note: None,
        warn: false,
        section,
    }
}

/// The working of `f` among `all`, as its headline text.
fn figure(lang: Lang, fmt: Fmt, all: &[Explanation], f: Figure) -> Option<String> {
    all.iter()
        .find(|e| e.figure == f)
        .map(|e| headline_text(lang, fmt, e))
}

/// "kepesertaan" or "kapasitas per agen per bulan": what a line waits for.
fn waiting_for(lang: Lang, what: &str) -> String {
    format!("{} {what}", T::PlanWaitsFor.get(lang))
}

/// The plan's lines for `state`; `today` is the device's date (Capaian's).
pub fn plan_lines(state: &AppState, fmt: Fmt, today: Option<Date>) -> Vec<PlanLine> {
    let lang = state.lang;
    let mut out = Vec::with_capacity(7);
    let compare = state.compare_line;
    let target = read_plan(&state.lines, lang).target(compare).ok();

    // The target of the line the partners are compared with.
    let mut t = line(
        "plan-target",
        match compare {
            crate::calc::growth::Segment::Total => T::TotalTarget.get(lang).to_owned(),
            seg => format!("{} {}", T::Target.get(lang), segment_name(lang, seg)),
        },
        Section::Targets,
    );
    match target {
        Some(v) => t.value = Some(fmt(Style::Whole, v)),
        None => t.note = Some(T::PlanNeedsTarget.get(lang).to_owned()),
    }
    out.push(t);

    // What the partners bring.
    let read = read_work_partners(state);
    let total = crate::calc::pipeline::total(&read.valid).ok();
    let mut p = line(
        "plan-partners",
        T::PlanPartners.get(lang).to_owned(),
        Section::Partners,
    );
    let enrolment_missing = state
        .partners
        .iter()
        .any(|r| !r.is_untouched() && r[PartnerField::Enrolment].trim().is_empty());
    match total.as_ref().filter(|t| !t.partners.is_empty()) {
        Some(tot) => {
            let all = tot.explain();
            p.value = figure(lang, fmt, &all, Figure::ExpectedParticipants);
            if let Some(share) = target.and_then(|v| tot.share_of(v).ok()) {
                let s = crate::words::span_text(fmt, Style::Percent, share.share);
                p.note = Some(format!("{s} {}", T::PlanOfTarget.get(lang)));
            }
        }
        None if enrolment_missing => {
            p.note = Some(waiting_for(lang, T::PlanEnrolmentExample.get(lang)))
        }
        None => p.note = Some(T::PlanNeedsPartner.get(lang).to_owned()),
    }
    if read.waiting() > 0 && p.value.is_some() {
        p.note = Some(crate::words::rows_waiting(lang, read.waiting()));
    }
    out.push(p);

    // The gap and what closes it.
    let counted = total.as_ref().is_some_and(|t| !t.partners.is_empty());
    if let Some(Ok(g)) = goal_figures(state).filter(|_| counted) {
        let mut gap = line(
            "plan-gap",
            T::GapToTarget.get(lang).to_owned(),
            Section::Partners,
        );
        if g.closed() {
            gap.value = Some(fmt(Style::Whole, 0.0));
            gap.note = Some(T::NoteGapClosed.get(lang).to_owned());
        } else {
            gap.value = Some(headline_text(lang, fmt, &g.gap.explanation));
            gap.warn = true;
        }
        out.push(gap);
        if !g.closed() {
            // What closes it: partners the size of the largest, or agents.
            if let Ok((i, ans)) = &g.more_partners {
                let mut m = line(
                    "plan-more-partners",
                    T::GoalMorePartners.get(lang).to_owned(),
                    Section::Partners,
                );
                m.value = Some(headline_text(lang, fmt, &ans.explanation));
                m.note = read
                    .valid
                    .get(*i)
                    .map(|p| format!("{}: {}", T::GoalLargest.get(lang), p.name.trim()));
                out.push(m);
            }
            let mut a = line(
                "plan-agents-gap",
                T::GoalAgents.get(lang).to_owned(),
                Section::Partners,
            );
            match &g.agents {
                Ok(ans) => {
                    a.value = Some(headline_text(lang, fmt, &ans.explanation));
                    a.note = Some(capacity_note(state, lang));
                }
                Err(_) => a.note = Some(waiting_for(lang, T::CapacityPerAgent.get(lang))),
            }
            out.push(a);
        }
    }

    // The agents you have.
    let agents = agent_figures(state);
    match &agents.plan {
        Ok(plan) => out.extend(agent_lines(lang, fmt, plan, agents.line != compare, state)),
        Err(wait) => {
            let mut a = line(
                "plan-quota",
                T::QuotaPerAgentMonth.get(lang).to_owned(),
                Section::Split,
            );
            a.note = Some(match wait {
                AgentsWait::Target => T::PlanNeedsTarget.get(lang).to_owned(),
                AgentsWait::Field(f) => waiting_for(lang, &f.def().label.text(lang)),
                AgentsWait::Calc(_) => T::AgentsAvailable.get(lang).to_owned(),
            });
            out.push(a);
        }
    }

    // Capaian: what remains, per agent per month, once months are entered.
    let progress = progress_figures(state, today);
    if let (Some(Ok(m)), Some(load)) = (&progress.months, progress.agent_load) {
        if let Some(Rate::Each(n)) = m.per_agent {
            let mut c = line(
                "plan-need",
                T::RequiredPerAgent.get(lang).to_owned(),
                Section::Progress,
            );
            c.value = Some(fmt(Style::Whole, n as f64));
            c.note = load.explain().first().map(|e| headline_text(lang, fmt, e));
            c.warn = load.beyond();
            out.push(c);
        }
    }
    out
}

/// "Peserta per agen per bulan: 50": the capacity an agent figure
/// assumes, as typed in *Pembagian* (its months are in the working).
fn capacity_note(state: &AppState, lang: Lang) -> String {
    format!(
        "{}: {}",
        T::CapacityPerAgent.get(lang),
        state.texts[Field::Capacity].trim()
    )
}

/// The agents' lines: what they reach, and the quota per agent per month
/// against their capacity.
fn agent_lines(
    lang: Lang,
    fmt: Fmt,
    plan: &AgentPlan,
    name_line: bool,
    state: &AppState,
) -> [PlanLine; 2] {
    let all = plan.explain();
    let suffix = if name_line {
        format!(" ({})", segment_name(lang, state.split_line))
    } else {
        String::new()
    };
    let mut reach = line(
        "plan-reach",
        format!("{}{suffix}", T::AgentReach.get(lang)),
        Section::Split,
    );
    reach.value = figure(lang, fmt, &all, Figure::AgentReach);
    // What it assumes, beside it: the agents × their capacity × months,
    // as its working writes them.
    let working = all
        .iter()
        .find(|e| e.figure == Figure::AgentReach)
        .and_then(|e| e.steps.first())
        .map(|step| crate::words::tokens_text(lang, fmt, &step.tokens))
        .unwrap_or_default();
    reach.note = Some(
        [
            &working,
            " · ",
            &figure(lang, fmt, &all, Figure::ReachShare).unwrap_or_default(),
            " ",
            T::PlanOfTarget.get(lang),
        ]
        .concat(),
    );
    let mut quota = line(
        "plan-quota",
        format!("{}{suffix}", T::QuotaPerAgentMonth.get(lang)),
        Section::Split,
    );
    quota.value = Some(fmt(Style::Whole, plan.quota_month as f64));
    quota.note = figure(lang, fmt, &all, Figure::QuotaLoad);
    quota.warn = plan.load.beyond();
    [reach, quota]
}
