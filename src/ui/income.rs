//! What a Perisai agent earns on the terms in force (issue 27), in *Iuran*:
//! the terms and their source, the income month by month (its first month,
//! months 12 and 24, the first year and its two parts, a chart and a
//! table), the income goal, and the editable terms with the older set as
//! history. The figures are the core's (`figures::income_figures`).

use yew::prelude::*;

use crate::calc::incentive::{AgentIncome, GoalAnswer, Package, Standing};
use crate::calc::{pair_ends, Explain, Explanation, Figure};
use crate::figures::{IncomeFigures, TermsShown, TERMS_FIELDS};
use crate::i18n::{Lang, L, T};
use crate::messages::calc_error_text;
use crate::numbers::format::{format, Style};
use crate::state::{Action, AppState, Field};
use umkm_core::words::terms_text;

use super::chart::{stacked_bars, ChartProps, Series};
use super::math::MathValue;
use super::table_field::field_input;

/// What [`income_card`] shows.
pub struct IncomeProps<'a> {
    /// The work.
    pub state: &'a AppState,
    /// The plan's quota per agent per month (*Pembagian*).
    pub quota: Option<u64>,
    /// The agent's income, from them.
    pub figures: &'a IncomeFigures,
    /// Dispatches user actions.
    pub dispatch: &'a Callback<Action>,
}

fn rupiah(lang: Lang, v: u64) -> String {
    format(lang, Style::Rupiah, v as f64)
}

fn whole(lang: Lang, v: u64) -> String {
    format(lang, Style::Whole, v as f64)
}

/// The summary figures, each opening to its working (both ends of a range).
fn summary(lang: Lang, low: &AgentIncome, high: Option<&AgentIncome>) -> Html {
    let all = pair_ends(low.explain(), high.map(Explain::explain));
    let year = low.year_months;
    let month_n = |m: u32| format!("{}{m}", L::AgentMonthN.get(lang));
    let mut rows = vec![(
        Figure::AgentIncome(1),
        L::AgentMonth1.get(lang).to_owned(),
        "income-m1",
    )];
    if low.month_12.is_some() {
        rows.push((Figure::AgentIncome(12), month_n(12), "income-m12"));
    }
    if low.month_24.is_some() {
        rows.push((Figure::AgentIncome(24), month_n(24), "income-m24"));
    }
    let year_label = L::AgentYear.get(lang).to_owned();
    let acq = format!("{} {}", year_label, L::AgentFromAcq.get(lang));
    let contrib = format!("{} {}", year_label, L::AgentFromContrib.get(lang));
    rows.extend([
        (Figure::AgentIncomeTotal(year), year_label, "income-year"),
        (Figure::AgentAcquisitionTotal(year), acq, "income-year-acq"),
        (
            Figure::AgentContributionsTotal(year),
            contrib,
            "income-year-contrib",
        ),
        (
            Figure::OfficeShare(1),
            T::AgentOfficeShare.get(lang).to_owned(),
            "income-office",
        ),
    ]);
    html! {
        <dl class="figures stack">
            { for rows.into_iter().map(|(f, label, id)| row(lang, &all, f, label, id)) }
        </dl>
    }
}

fn row(lang: Lang, all: &[Explanation], f: Figure, label: String, id: &'static str) -> Html {
    match all.iter().find(|e| e.figure == f) {
        Some(e) => html! {
            <div key={id}><dt>{ label }</dt><dd><MathValue explanation={e.clone()} {lang} id={Some(AttrValue::from(id))} /></dd></div>
        },
        None => html! {},
    }
}

/// The chart and the table of every month (the low end of a range).
fn months(lang: Lang, income: &AgentIncome) -> Html {
    let labels: Vec<String> = income.months.iter().map(|m| m.month.to_string()).collect();
    let series = vec![
        Series {
            name: L::AgentFromAcq.get(lang).to_owned(),
            values: income.months.iter().map(|m| m.acquisition as f64).collect(),
        },
        Series {
            name: L::AgentFromContrib.get(lang).to_owned(),
            values: income
                .months
                .iter()
                .map(|m| m.contributions as f64)
                .collect(),
        },
    ];
    html! {
        <>
            { stacked_bars(&ChartProps { title: L::AgentChart.get(lang).into(), labels, series, lang }) }
            <details class="table" id="income-table">
                <summary>{ L::AgentTable.get(lang) }</summary>
                <div class="table-wrap" role="region" aria-label={L::AgentTable.get(lang)} tabindex="0">
                    <table class="num" id="income-month-table">
                        <thead><tr>
                            <th scope="col">{ L::AgentTableMonth.get(lang) }</th>
                            <th scope="col">{ L::AgentFromAcq.get(lang) }{ " (Rp)" }</th>
                            <th scope="col">{ L::AgentFromContrib.get(lang) }{ " (Rp)" }</th>
                            <th scope="col">{ L::AgentTableTotal.get(lang) }{ " (Rp)" }</th>
                        </tr></thead>
                        <tbody>
                            { for income.months.iter().map(|m| html! {
                                <tr key={m.month}>
                                    <th scope="row">{ m.month }</th>
                                    <td>{ whole(lang, m.acquisition) }</td>
                                    <td>{ whole(lang, m.contributions) }</td>
                                    <td>{ whole(lang, m.total) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </details>
        </>
    }
}

/// The income goal: what to type, and the new participants it needs.
fn goal(props: &IncomeProps) -> Html {
    let lang = props.state.lang;
    let f = props.figures;
    let input = |field: Field| field_input(field, &props.state.texts, lang, props.dispatch);
    let answer = match (&f.goal, &f.goal_high) {
        (None, _) => {
            html! { <p class="waiting" id="income-goal-waiting">{ L::IncomeGoalWaiting.get(lang) }</p> }
        }
        (Some(Err(e)), _) => html! { <p class="waiting">{ calc_error_text(lang, *e) }</p> },
        (Some(Ok(low)), high) => {
            let high = high.as_ref().and_then(|h| h.as_ref().ok());
            let needed = |g: &crate::calc::incentive::IncomeGoal| match g.answer {
                GoalAnswer::Reached { recruits, .. } => Some(recruits),
                GoalAnswer::Unreachable { .. } => None,
            };
            match needed(low) {
                None => {
                    html! { <p class="outcome warn" role="status" id="income-goal-out">{ L::IncomeGoalOut.get(lang) }</p> }
                }
                Some(n) => {
                    // The larger share needs fewer: the high end of the
                    // share is the low end of what is needed.
                    let fewer = high.and_then(needed);
                    let all = pair_ends(
                        high.map_or_else(|| low.explain(), Explain::explain),
                        fewer.map(|_| low.explain()),
                    );
                    let most = n.max(fewer.unwrap_or(n));
                    let capacity = f.capacity.map(|c| {
                        let within = most as f64 <= c;
                        let label = if within { L::IncomeGoalWithin } else { L::IncomeGoalBeyond };
                        let class = if within { "outcome" } else { "outcome warn" };
                        html! { <p class={class} role="status" id="income-goal-capacity">{ label.get(lang) }{ " " }{ format(lang, Style::Whole, c) }</p> }
                    });
                    html! {
                        <>
                            <dl class="figures stack">{ row(lang, &all, Figure::RecruitsForIncome(low.month), L::IncomeGoalNeeded.get(lang).to_owned(), "income-goal-needed") }</dl>
                            { for capacity }
                        </>
                    }
                }
            }
        }
    };
    html! {
        <div id="income-goal-card">
            <h4>{ L::IncomeGoalTitle.get(lang) }</h4>
            <div class="grid">{ input(Field::IncomeGoal) }{ input(Field::IncomeGoalMonth) }</div>
            { answer }
        </div>
    }
}

/// The editable terms: the set in force first, then the others with where
/// they stand (history, or not yet in force).
fn terms_editor(props: &IncomeProps, sets: &[TermsShown], in_force: Option<usize>) -> Html {
    let lang = props.state.lang;
    let input = |field: Field| field_input(field, &props.state.texts, lang, props.dispatch);
    let invalid = sets
        .iter()
        .any(|s| Some(s.index) == in_force && s.terms.is_err());
    let mut order: Vec<&TermsShown> = sets.iter().collect();
    order.sort_by_key(|s| Some(s.index) != in_force);
    html! {
        <details class="table" id="income-terms-edit" open={invalid}>
            <summary>{ L::AgentTermsEdit.get(lang) }</summary>
            { for order.into_iter().map(|s| {
                let label = match s.standing {
                    Standing::InForce => L::AgentTermsInForce,
                    Standing::History => L::AgentHistory,
                    Standing::NotYet => L::AgentNotYet,
                };
                let fields = TERMS_FIELDS.get(s.index).copied().unwrap_or_default();
                html! {
                    <div key={s.index} class="terms" id={format!("income-terms-{}", s.index)}>
                        <h4>{ label.get(lang) }</h4>
                        <p class="note">{ { let (title, source) = terms_text(lang, s); format!("{title}. {source}") } }</p>
                        <div class="grid">{ for fields.iter().map(|f| input(*f)) }</div>
                    </div>
                }
            }) }
        </details>
    }
}

/// The agent's income card.
pub fn income_card(props: &IncomeProps) -> Html {
    let lang = props.state.lang;
    let f = props.figures;
    let input = |field: Field| field_input(field, &props.state.texts, lang, props.dispatch);
    let Some(sets) = &f.sets else {
        return html! {};
    };
    let current = sets.iter().find(|s| Some(s.index) == f.in_force);
    let terms_line = match current {
        Some(s) => {
            let (title, source) = terms_text(lang, s);
            html! { <p class="figure-line" id="income-terms"><span class="label">{ L::AgentTermsInForce.get(lang) }</span>{ " " }<strong>{ title }</strong><br /><span class="note">{ source }</span></p> }
        }
        None => html! { <p class="waiting" id="income-terms">{ L::AgentNotYet.get(lang) }</p> },
    };
    let recruits = if f.typed {
        html! {}
    } else {
        let quota = props
            .quota
            .map_or_else(|| "–".to_owned(), |q| format(lang, Style::Whole, q as f64));
        html! { <p class="note" id="income-recruits">{ L::AgentRecruitsQuota.get(lang) }{ ": " }<strong>{ quota }</strong></p> }
    };
    let package = match f.package {
        Package::JkkJkm => "JKK + JKM",
        Package::JkkJkmJht => "JKK + JKM + JHT",
    };
    let per = match f.per_participant {
        Some(Ok(p)) => format!(", {} {}", L::AgentPerParticipant.get(lang), rupiah(lang, p)),
        _ => String::new(),
    };
    let share = match f.active_share {
        Ok((l, h)) if l != h => format!(
            "{}–{}",
            format(lang, Style::Percent, l),
            format(lang, Style::Percent, h)
        ),
        Ok((l, _)) => format(lang, Style::Percent, l),
        Err(_) => "–".to_owned(),
    };
    let low = f.income.as_ref().and_then(|r| r.as_ref().ok());
    let high = f.income_high.as_ref().and_then(|r| r.as_ref().ok());
    let below = low.is_some_and(|i| i.months.iter().any(|m| m.below_threshold));
    let body = match (&f.income, low) {
        (Some(_), Some(low)) => html! {
            <>
                if below {
                    <p class="outcome warn" role="status" id="income-below">{ L::AgentBelowThreshold.get(lang) }</p>
                }
                { summary(lang, low, high) }
                { months(lang, low) }
            </>
        },
        (Some(Err(e)), _) => html! { <p class="waiting">{ calc_error_text(lang, *e) }</p> },
        _ => html! { <p class="waiting" id="income-waiting">{ L::AgentWaiting.get(lang) }</p> },
    };
    html! {
        <details class="card table" id="income-card">
            <summary>
                <h3>{ L::AgentTitle.get(lang) }</h3>
            </summary>
            { terms_line }
            <div class="grid">{ input(Field::AgentParticipants) }{ input(Field::IncomeMonths) }</div>
            { recruits }
            <p class="note" id="income-package">{ L::AgentPackage.get(lang) }{ ": " }{ package }{ per }</p>
            <p class="note" id="income-active">{ L::AgentActiveAbove.get(lang) }{ ": " }{ share }{ ". " }{ L::ActiveShareCounts.get(lang) }</p>
            { body }
            { goal(props) }
            { terms_editor(props, sets, f.in_force) }
        </details>
    }
}
