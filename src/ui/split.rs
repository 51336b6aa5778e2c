//! Splitting a target over offices, months, agents and working days, and the
//! agents a target needs.

use yew::prelude::*;

use crate::calc::growth::Segment;
use crate::calc::split::{self, Split};
use crate::calc::{CalcError, Explain, Explanation, Figure};
use crate::i18n::{Lang, T};
use crate::numbers::parse::{self, parse};
use crate::state::{Action, Lines, OfficeField, OfficeRow, SplitField, SplitInputs};

use super::field::NumberField;
use super::math::{segment_name, MathValue};
use super::targets::calc_error_text;
use crate::inputs::{read_plan, read_weights};

pub use umkm_core::words::month_name;

/// The figure `f` of a split's explanations.
fn pick(all: &[Explanation], f: Figure) -> Option<Explanation> {
    all.iter().find(|e| e.figure == f).cloned()
}

/// What [`split_section`] shows.
pub struct SplitProps {
    /// Split inputs.
    pub split: SplitInputs,
    /// Target lines (the split total comes from one of them).
    pub lines: Lines,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches user actions.
    pub dispatch: Callback<Action>,
}

/// The split section.
// A plain function rather than a component: no state of its own, and each
// component costs ~2 KB of wasm (issue 7).
pub fn split_section(props: &SplitProps) -> Html {
    let lang = props.lang;
    let s = &props.split;
    let plan = read_plan(&props.lines, lang);
    let total: Result<u64, CalcError> = plan.target(s.line).and_then(split::whole_target);
    let office_split = total.and_then(|t| {
        read_weights(s.offices.iter().map(|o| &o.weight), lang)
            .map_err(|_| CalcError::OutOfRange)
            .and_then(|w| split::split(t, &w))
    });
    let month_split = total.and_then(|t| {
        read_weights(s.month_weights.iter(), lang)
            .map_err(|_| CalcError::OutOfRange)
            .and_then(|w| split::split_months(t, &w))
    });
    let agents = parse(&s.agents_per_office, &parse::AGENTS, lang.locale())
        .ok()
        .map(|r| r.value as u64);
    let days = parse(&s.working_days, &parse::DAYS, lang.locale())
        .ok()
        .map(|r| r.value as u32);
    let capacity = parse(&s.capacity, &parse::COUNT, lang.locale())
        .ok()
        .map(|r| r.value);
    let needed = total
        .ok()
        .zip(capacity)
        .map(|(t, c)| split::agents_needed(t as f64, c, 12));

    let on_line = super::math::on_segment_change(&props.dispatch, Action::SplitLine);
    let split_field = |field: SplitField| {
        props
            .dispatch
            .reform(move |text: String| Action::EditSplit { field, text })
    };

    html! {
        <section class="section" aria-labelledby="split-h">
            <h2 id="split-h">{ T::SectionSplit.get(lang) }</h2>
            <div class="card">
                <div class="field">
                    <label for="split-line">{ T::SplitWhich.get(lang) }</label>
                    <select id="split-line" onchange={on_line}>
                        { for Segment::ALL.iter().filter(|s| s.is_people_segment() || **s == Segment::Total).map(|seg| html! {
                            <option key={seg.name()} value={seg.name()} selected={*seg == s.line}>{ segment_name(lang, *seg) }</option>
                        }) }
                    </select>
                </div>
                { match total {
                    Ok(t) => html! { <p class="figure-line"><span class="label">{ T::SplitTotal.get(lang) }</span> <strong id="split-total">{ crate::numbers::format::format(lang, crate::numbers::format::Style::Whole, t as f64) }</strong></p> },
                    Err(e) => html! { <p class="waiting">{ format!("{} {}", T::SplitWaiting.get(lang), calc_error_text(lang, e)) }</p> },
                } }
                <div class="grid">
                    <NumberField id="split-agents" label={T::AgentsPerOffice.get(lang)} value={s.agents_per_office.clone()} spec={parse::AGENTS} {lang} oninput={split_field(SplitField::AgentsPerOffice)} />
                    <NumberField id="split-days" label={T::WorkingDaysPerMonth.get(lang)} value={s.working_days.clone()} spec={parse::DAYS} {lang} oninput={split_field(SplitField::WorkingDays)} />
                </div>
            </div>

            <h3 class="sub">{ T::PerOffice.get(lang) }</h3>
            { office_table(&OfficeTableProps { offices: s.offices.clone(), split: office_split.clone(), agents, lang, dispatch: props.dispatch.clone() }) }

            <h3 class="sub">{ T::PerMonth.get(lang) }</h3>
            { month_table(&MonthTableProps { weights: s.month_weights.clone(), split: month_split, days, lang, dispatch: props.dispatch.clone() }) }

            <h3 class="sub">{ T::AgentsNeeded.get(lang) }</h3>
            <div class="card">
                <div class="grid">
                    <NumberField id="split-capacity" label={T::CapacityPerAgent.get(lang)} value={s.capacity.clone()} spec={parse::COUNT} {lang} oninput={split_field(SplitField::Capacity)} />
                </div>
                { match needed {
                    Some(Ok(n)) => html! { { for n.explain().into_iter().map(|e| html! {
                        <p class="figure-line"><span class="label">{ T::AgentsNeededYear.get(lang) }</span> <MathValue explanation={e} {lang} id={Some(AttrValue::from("agents-needed"))} /></p>
                    }) } },
                    Some(Err(e)) => html! { <p class="waiting">{ calc_error_text(lang, e) }</p> },
                    None => html! { <p class="waiting">{ T::SplitWaiting.get(lang) }</p> },
                } }
            </div>
        </section>
    }
}

// A plain function rather than a component: no state of its own, and each
// component costs ~2 KB of wasm (issue 7).
struct OfficeTableProps {
    offices: Vec<OfficeRow>,
    split: Result<Split, CalcError>,
    agents: Option<u64>,
    lang: Lang,
    dispatch: Callback<Action>,
}

fn office_table(props: &OfficeTableProps) -> Html {
    let lang = props.lang;
    let explained = props
        .split
        .as_ref()
        .map(|s| s.explain())
        .unwrap_or_default();
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
                    <caption class="sr-only">{ T::PerOffice.get(lang) }</caption>
                    <thead><tr>
                        <th scope="col">{ T::Office.get(lang) }</th>
                        <th scope="col">{ T::Weight.get(lang) }</th>
                        <th scope="col">{ T::Part.get(lang) }</th>
                        <th scope="col">{ T::PerAgent.get(lang) }</th>
                        <th scope="col"><span class="sr-only">{ T::Remove.get(lang) }</span></th>
                    </tr></thead>
                    <tbody>
                        { for props.offices.iter().enumerate().map(|(i, o)| {
                            let id = o.id;
                            let part = pick(&explained, Figure::Part(i));
                            let per_agent = props.split.as_ref().ok()
                                .and_then(|s| s.parts.get(i))
                                .zip(props.agents)
                                .and_then(|(p, a)| split::split_agents_equal(p.part, a).ok());
                            let weight_ok = parse(&o.weight, &parse::WEIGHT, lang.locale()).is_ok();
                            html! {
                                <tr key={id}>
                                    <td><input class="cell name" type="text" aria-label={format!("{} {}", T::Office.get(lang), i + 1)} value={o.name.clone()} oninput={text_input(id, OfficeField::Name)} /></td>
                                    <td><input class={classes!("cell", "weight", (!weight_ok).then_some("invalid"))} type="text" inputmode="decimal"
                                        aria-label={format!("{} {}", T::Weight.get(lang), o.name)} aria-invalid={(!weight_ok).to_string()}
                                        value={o.weight.clone()} oninput={text_input(id, OfficeField::Weight)} /></td>
                                    <td class="part">{ match part { Some(e) => html! { <MathValue explanation={e} {lang} /> }, None => html! { "–" } } }</td>
                                    <td>{ match per_agent.and_then(|a| a.explain().into_iter().find(|e| e.figure == Figure::AgentQuota)) {
                                        Some(e) => html! { <MathValue explanation={e} {lang} /> }, None => html! { "–" } } }</td>
                                    <td><button type="button" class="icon danger small" aria-label={format!("{} {}", T::Remove.get(lang), o.name)}
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
                <button type="button" class="secondary" onclick={props.dispatch.reform(|_| Action::AddOffice)}>{ T::AddOffice.get(lang) }</button>
                <button type="button" class="secondary" onclick={props.dispatch.reform(|_| Action::ResetOffices)}>{ T::ResetOffices.get(lang) }</button>
            </div>
            <p class="note">{ T::OfficesNote.get(lang) }</p>
        </div>
    }
}

// A plain function rather than a component: no state of its own, and each
// component costs ~2 KB of wasm (issue 7).
struct MonthTableProps {
    weights: Vec<String>,
    split: Result<Split, CalcError>,
    days: Option<u32>,
    lang: Lang,
    dispatch: Callback<Action>,
}

fn month_table(props: &MonthTableProps) -> Html {
    let lang = props.lang;
    let explained = props
        .split
        .as_ref()
        .map(|s| s.explain())
        .unwrap_or_default();
    html! {
        <div class="card">
            if let Err(e) = &props.split {
                <p class="waiting">{ calc_error_text(lang, *e) }</p>
            }
            <div class="table-wrap">
                <table class="num split" id="month-table">
                    <caption class="sr-only">{ T::PerMonth.get(lang) }</caption>
                    <thead><tr>
                        <th scope="col">{ T::Month.get(lang) }</th>
                        <th scope="col">{ T::Weight.get(lang) }</th>
                        <th scope="col">{ T::Part.get(lang) }</th>
                        <th scope="col">{ T::PerDay.get(lang) }</th>
                    </tr></thead>
                    <tbody>
                        { for props.weights.iter().enumerate().map(|(i, w)| {
                            let part = pick(&explained, Figure::Part(i));
                            let daily = props.split.as_ref().ok().and_then(|s| s.parts.get(i)).zip(props.days)
                                .and_then(|(p, d)| split::daily_quota(p.part, d).ok())
                                .and_then(|q| q.explain().into_iter().next());
                            let ok = parse(w, &parse::WEIGHT, lang.locale()).is_ok();
                            html! {
                                <tr key={i}>
                                    <th scope="row">{ month_name(lang, i) }</th>
                                    <td><input class={classes!("cell", "weight", (!ok).then_some("invalid"))} type="text" inputmode="decimal"
                                        aria-label={format!("{} {}", T::Weight.get(lang), month_name(lang, i))} aria-invalid={(!ok).to_string()}
                                        value={w.clone()} oninput={props.dispatch.reform(move |e: InputEvent| Action::EditMonthWeight { month: i, text: e.target_unchecked_into::<web_sys::HtmlInputElement>().value() })} /></td>
                                    <td>{ match part { Some(e) => html! { <MathValue explanation={e} {lang} /> }, None => html! { "–" } } }</td>
                                    <td>{ match daily { Some(e) => html! { <MathValue explanation={e} {lang} /> }, None => html! { "–" } } }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <p class="note">{ T::MonthsNote.get(lang) }</p>
        </div>
    }
}
