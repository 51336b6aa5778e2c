//! Splitting a target over offices, months, agents and working days, and the
//! agents a target needs.

use yew::prelude::*;

use crate::calc::growth::Segment;
use crate::calc::split::{self, Split};
use crate::calc::{CalcError, Explain, Explanation, Figure};
use crate::figures::split_figures;
use crate::i18n::{Lang, L, T};
use crate::numbers::parse::{self, parse};
use crate::state::{Action, AppState, Field, Group, OfficeField, OfficeRow};

use super::math::{segment_name, MathValue};
use super::paste::{paste_frame, PasteFrame, PREVIEW_ROWS};
use super::table_field::field_input;
use crate::messages::calc_error_text;

pub use umkm_core::i18n::month_name;

/// The figure `f` of a split's explanations.
fn pick(all: &[Explanation], f: Figure) -> Option<Explanation> {
    all.iter().find(|e| e.figure == f).cloned()
}

/// What [`split_section`] shows.
pub struct SplitProps<'a> {
    /// The work: the split inputs and the target lines (the split total
    /// comes from one of them).
    pub state: &'a AppState,
    /// Dispatches user actions.
    pub dispatch: Callback<Action>,
}

/// The split section.
// A plain function rather than a component: no state of its own, and each
// component costs ~2 KB of wasm (issue 7).
pub fn split_section(props: &SplitProps) -> Html {
    let state = props.state;
    let lang = state.lang;
    let texts = &state.texts;
    let figures = split_figures(state);
    let total = figures.total;
    let on_line = super::math::on_segment_change(&props.dispatch, Action::ChooseSplitLine);
    let input = |f: Field| field_input(f, texts, lang, &props.dispatch);

    html! {
        <section class="section" aria-labelledby="split-h">
            <h2 id="split-h">{ T::SectionSplit.get(lang) }</h2>
            <div class="card">
                <div class="field">
                    <label for="split-line">{ L::SplitWhich.get(lang) }</label>
                    <select id="split-line" onchange={on_line}>
                        { for Segment::ALL.iter().filter(|s| s.is_people_segment() || **s == Segment::Total).map(|seg| html! {
                            <option key={seg.name()} value={seg.name()} selected={*seg == state.split_line}>{ segment_name(lang, *seg) }</option>
                        }) }
                    </select>
                </div>
                { match total {
                    Ok(t) => html! { <p class="figure-line"><span class="label">{ L::SplitTotal.get(lang) }</span> <strong id="split-total">{ crate::numbers::format::format(lang, crate::numbers::format::Style::Whole, t as f64) }</strong></p> },
                    Err(e) => html! { <p class="waiting">{ spaced(T::SplitWaiting.get(lang), calc_error_text(lang, e)) }</p> },
                } }
                <div class="grid">{ for Field::in_group(Group::SplitQuotas).map(input) }</div>
            </div>

            { agents_card(state, &props.dispatch) }

            // The long tables open on request, their total in the summary line.
            <details class="table" id="offices-details">
                <summary><h3>{ L::PerOffice.get(lang) }</h3> <span class="note">{ count_and_sum(lang, state.offices.len(), L::CountOffices, &figures.offices) }</span></summary>
                { office_table(&TableProps { rows: &state.offices, split: &figures.offices, per: figures.agents_per_office, lang, dispatch: &props.dispatch }) }
            </details>

            <details class="table" id="months-details">
                <summary><h3>{ L::SplitPerMonth.get(lang) }</h3> <span class="note">{ count_and_sum(lang, 12, L::CountMonths, &figures.months) }</span></summary>
                { month_table(&TableProps { rows: &state.month_weights, split: &figures.months, per: figures.working_days.map(u64::from), lang, dispatch: &props.dispatch }) }
            </details>
        </section>
    }
}

// Plain functions rather than components: no state of their own, and each
// component costs ~2 KB of wasm (issue 7).
/// What the office and the month tables show: their rows, the split over
/// them, and the divisor of a part (agents per office, working days).
struct TableProps<'a, Row> {
    rows: &'a [Row],
    split: &'a Result<Split, CalcError>,
    per: Option<u64>,
    lang: Lang,
    dispatch: &'a Callback<Action>,
}

/// Each part's show-the-math, or none while the split waits.
fn explained(split: &Result<Split, CalcError>) -> Vec<Explanation> {
    split.as_ref().map(|s| s.explain()).unwrap_or_default()
}

/// "36 kantor · jumlah 2.336.252": what a closed table holds.
fn count_and_sum(lang: Lang, n: usize, what: L, split: &Result<Split, CalcError>) -> String {
    let sum = split
        .as_ref()
        .map(|s| s.parts().iter().sum::<u64>())
        .map(|v| {
            crate::numbers::format::format(lang, crate::numbers::format::Style::Whole, v as f64)
        })
        .unwrap_or_else(|_| "–".to_owned());
    format!("{n} {} · {} {sum}", what.get(lang), L::SumLower.get(lang))
}

/// The agents: what they need (capacity, months), what they have (agents per
/// office × offices), and every agent figure of the one model
/// (`figures::agent_figures`), each with its period.
fn agents_card(state: &AppState, dispatch: &Callback<Action>) -> Html {
    let lang = state.lang;
    let input = |f: Field| field_input(f, &state.texts, lang, dispatch);
    let f = crate::figures::agent_figures(state);
    let body = match &f.plan {
        Ok(plan) => html! { <>
            <p class="figure-line"><span class="label">{ T::AgentsAvailable.get(lang) }</span>{ " " }<strong id="agents-available">{ format!("{} ({} × {})", plan.agents, state.offices.len(), state.texts[Field::AgentsPerOffice].trim()) }</strong></p>
            { super::math::figure_list(lang, &plan.explain(), "agents", &[
                (Figure::AgentReach, T::AgentReach, "reach"),
                (Figure::ReachShare, T::ReachShare, "reach-share"),
                (Figure::QuotaPerAgentMonth, T::QuotaPerAgentMonth, "quota-month"),
                (Figure::QuotaLoad, T::QuotaLoad, "load"),
                (Figure::QuotaPerAgentYear, T::QuotaPerAgentYear, "quota-year"),
                (Figure::AgentsNeeded, T::AgentsNeeded, "needed"),
            ]) }
            if plan.load.beyond() {
                <p class="outcome warn" id="agents-beyond">{ T::NoteBeyondCapacity.get(lang) }</p>
            }
        </> },
        Err(_) => html! { <p class="waiting">{ T::SplitWaiting.get(lang) }</p> },
    };
    html! {
        <div class="card" id="agents">
            <h3>{ L::AgentsTitle.get(lang) }</h3>
            <div class="grid">{ for Field::in_group(Group::AgentsNeeded).map(input) }</div>
            { body }
        </div>
    }
}

/// "Bobot Januari": two words, without `format!`'s machinery at each place.
fn spaced(a: &str, b: &str) -> String {
    [a, b].join(" ")
}

fn office_table(props: &TableProps<OfficeRow>) -> Html {
    let lang = props.lang;
    let explained = explained(props.split);
    let parts: Vec<u64> = props.split.as_ref().map(|s| s.parts()).unwrap_or_default();
    let sum: u64 = parts.iter().sum();
    let text_input = |id: u32, field: OfficeField| {
        let d = props.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                d.emit(Action::EditOffice {
                    id,
                    field,
                    text: i.value(),
                });
            }
        })
    };
    html! {
        <div class="card">
            if let Err(e) = &props.split {
                <p class="waiting">{ calc_error_text(lang, *e) }</p>
            }
            <div class="table-wrap">
                <table class="num split" id="office-table">
                    <caption class="sr-only">{ L::PerOffice.get(lang) }</caption>
                    <thead><tr>
                        <th scope="col">{ T::Office.get(lang) }</th>
                        <th scope="col">{ T::Weight.get(lang) }</th>
                        <th scope="col">{ T::Part.get(lang) }</th>
                        <th scope="col">{ L::PerAgent.get(lang) }</th>
                        <th scope="col"><span class="sr-only">{ L::Remove.get(lang) }</span></th>
                    </tr></thead>
                    <tbody>
                        { for props.rows.iter().enumerate().map(|(i, o)| {
                            let id = o.id;
                            let part = pick(&explained, Figure::Part(i));
                            let per_agent = props.split.as_ref().ok()
                                .and_then(|s| s.parts.get(i))
                                .zip(props.per)
                                .and_then(|(p, a)| split::split_agents_equal(p.part, a).ok());
                            let weight_ok = parse(&o.weight, &parse::WEIGHT, lang.locale()).is_ok();
                            html! {
                                <tr key={id}>
                                    <td><input class="cell name" type="text" aria-label={format!("{} {}", T::Office.get(lang), i + 1)} value={o.name.clone()} oninput={text_input(id, OfficeField::Name)} /></td>
                                    <td><input class={classes!("cell", "weight", (!weight_ok).then_some("invalid"))} type="text" inputmode="decimal"
                                        aria-label={spaced(T::Weight.get(lang), &o.name)} aria-invalid={(!weight_ok).to_string()}
                                        value={o.weight.clone()} oninput={text_input(id, OfficeField::Weight)} /></td>
                                    <td class="part">{ match part { Some(e) => html! { <MathValue explanation={e} {lang} /> }, None => html! { "–" } } }</td>
                                    <td>{ match per_agent.and_then(|a| a.explain().into_iter().find(|e| e.figure == Figure::AgentQuota)) {
                                        Some(e) => html! { <MathValue explanation={e} {lang} /> }, None => html! { "–" } } }</td>
                                    <td><button type="button" class="icon danger small" aria-label={spaced(L::Remove.get(lang), &o.name)}
                                        onclick={props.dispatch.reform(move |_| Action::RemoveOffice(id))}>{ "✕" }</button></td>
                                </tr>
                            }
                        }) }
                    </tbody>
                    <tfoot><tr>
                        <th scope="row">{ T::Sum.get(lang) }</th>
                        <td></td>
                        <td id="office-sum">{ if parts.is_empty() { "–".to_owned() } else { crate::numbers::format::format(lang, crate::numbers::format::Style::Whole, sum as f64) } }</td>
                        <td></td><td></td>
                    </tr></tfoot>
                </table>
            </div>
            <div class="actions">
                <button type="button" class="secondary" onclick={props.dispatch.reform(|_| Action::AddOffice)}>{ L::AddOffice.get(lang) }</button>
                <button type="button" class="secondary" onclick={props.dispatch.reform(|_| Action::ResetOffices)}>{ L::ResetOffices.get(lang) }</button>
            </div>
            <p class="note">{ L::OfficesNote.get(lang) }</p>
            <OfficePaste {lang} dispatch={props.dispatch.clone()} />
        </div>
    }
}

/// Properties of [`OfficePaste`].
#[derive(Properties, PartialEq)]
struct OfficePasteProps {
    lang: Lang,
    dispatch: Callback<Action>,
}

/// Offices from a sheet: paste names with weights, see each row read, then
/// replace the list or update it. A component for the paste box's text.
#[function_component(OfficePaste)]
fn office_paste(props: &OfficePasteProps) -> Html {
    let lang = props.lang;
    let text = use_state(String::new);
    let rows = umkm_core::paste_months::read_office_block(&text, lang);
    let bad = rows.iter().filter(|r| r.problem.is_some()).count();
    let apply = |replace: bool| {
        let (text, dispatch) = (text.clone(), props.dispatch.clone());
        let pasted: Vec<(String, String)> = rows
            .iter()
            .map(|r| (r.name.clone(), r.weight.clone()))
            .collect();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::PasteOffices {
                rows: pasted.clone(),
                replace,
            });
            text.set(String::new());
        })
    };
    html! {
        <details class="paste">
            <summary>{ L::PasteTitle.get(lang) }</summary>
            { paste_frame(PasteFrame {
                lang,
                help: L::OfficesPasteHelp,
                ids: ["offices-paste", "offices-paste-count", "offices-preview"],
                placeholder: "KC Surabaya\t60.000",
                text: &text,
                rows: rows.len(),
                bad,
                columns: &[T::Office, T::Weight],
                body: html! { <>{ for rows.iter().take(PREVIEW_ROWS).map(|r| html! {
                    <tr key={r.line} class={classes!(r.problem.is_some().then_some("bad"))}>
                        <td>{ r.line }</td>
                        <td class="text nowrap">{ r.name.clone() }</td>
                        <td>{ r.weight.clone() }</td>
                        <td class="text">{ match &r.problem {
                            None => "✓".to_owned(),
                            Some(e) => crate::messages::error_message(lang, &crate::numbers::parse::WEIGHT, e),
                        } }</td>
                    </tr>
                }) }</> },
                actions: html! { <>
                    <div class="actions">
                        <button type="button" id="offices-replace" onclick={apply(true)}>{ L::OfficesReplace.get(lang) }</button>
                        <button type="button" id="offices-update" class="secondary" onclick={apply(false)}>{ L::OfficesUpdate.get(lang) }</button>
                    </div>
                    <p class="note">{ L::OfficesPasteNote.get(lang) }</p>
                </> },
            }) }
        </details>
    }
}

fn month_table(props: &TableProps<String>) -> Html {
    let lang = props.lang;
    let explained = explained(props.split);
    html! {
        <div class="card">
            if let Err(e) = &props.split {
                <p class="waiting">{ calc_error_text(lang, *e) }</p>
            }
            <div class="table-wrap">
                <table class="num split" id="month-table">
                    <caption class="sr-only">{ L::SplitPerMonth.get(lang) }</caption>
                    <thead><tr>
                        <th scope="col">{ T::Month.get(lang) }</th>
                        <th scope="col">{ T::Weight.get(lang) }</th>
                        <th scope="col">{ T::Part.get(lang) }</th>
                        <th scope="col">{ L::PerDay.get(lang) }</th>
                    </tr></thead>
                    <tbody>
                        { for props.rows.iter().enumerate().map(|(i, w)| {
                            let part = pick(&explained, Figure::Part(i));
                            let daily = props.split.as_ref().ok().and_then(|s| s.parts.get(i)).zip(props.per.and_then(|d| u32::try_from(d).ok()))
                                .and_then(|(p, d)| split::daily_quota(p.part, d).ok())
                                .and_then(|q| q.explain().into_iter().next());
                            let ok = parse(w, &parse::WEIGHT, lang.locale()).is_ok();
                            html! {
                                <tr key={i}>
                                    <th scope="row">{ month_name(lang, i) }</th>
                                    <td><input class={classes!("cell", "weight", (!ok).then_some("invalid"))} type="text" inputmode="decimal"
                                        aria-label={spaced(T::Weight.get(lang), month_name(lang, i))} aria-invalid={(!ok).to_string()}
                                        value={w.clone()} oninput={props.dispatch.reform(move |e: InputEvent| Action::EditMonthWeight { month: i, text: e.target_unchecked_into::<web_sys::HtmlInputElement>().value() })} /></td>
                                    <td>{ match part { Some(e) => html! { <MathValue explanation={e} {lang} /> }, None => html! { "–" } } }</td>
                                    <td>{ match daily { Some(e) => html! { <MathValue explanation={e} {lang} /> }, None => html! { "–" } } }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <p class="note">{ L::MonthsNote.get(lang) }</p>
        </div>
    }
}
