//! Contributions (iuran) the expected participants would bring, with the
//! dated rates table visible and editable.

use yew::prelude::*;

use crate::calc::{CalcError, Explain, Explanation, Figure};
use crate::figures::{iuran_figures, IuranFigures};
use crate::i18n::{Lang, T};
use crate::numbers::format::{format, Style};
use crate::state::{Action, AppState, Field, Texts};

use super::math::MathValue;
use super::table_field::field_input;
use super::targets::calc_error_text;

/// What [`iuran_section`] shows.
pub struct IuranProps<'a> {
    /// The work: contribution inputs and the rates table.
    pub state: &'a AppState,
    /// Dispatches user actions.
    pub dispatch: Callback<Action>,
}

fn figure_row(lang: Lang, all: &[Explanation], f: Figure, label: T, id: String) -> Html {
    match all.iter().find(|e| e.figure == f) {
        Some(e) => html! {
            <div><dt>{ label.get(lang) }</dt><dd><MathValue explanation={e.clone()} {lang} id={Some(AttrValue::from(id))} /></dd></div>
        },
        None => html! {},
    }
}

/// The contributions section.
// A plain function rather than a component: no state of its own, and each
// component costs ~2 KB of wasm (issue 7).
pub fn iuran_section(props: &IuranProps) -> Html {
    let state = props.state;
    let lang = state.lang;
    let texts = &state.texts;
    let IuranFigures {
        pu_workers,
        bpu_workers,
        rates,
        bpu,
        pu,
    } = iuran_figures(state);
    let on_class = {
        let d = props.dispatch.clone();
        Callback::from(move |e: Event| {
            if let Some(sel) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                if let Ok(c) = sel.value().parse::<u8>() {
                    d.emit(Action::ChooseRiskClass(c));
                }
            }
        })
    };
    let bpu_inputs = html! {
        <>
            { field_input(Field::BpuIncome, texts, lang, &props.dispatch) }
            <div class="field check">
                <label><input type="checkbox" id="iuran-jht" checked={state.bpu_jht} onchange={props.dispatch.reform(|_| Action::ToggleBpuJht)} />{ " " }{ T::WithJht.get(lang) }</label>
            </div>
        </>
    };
    let pu_inputs = html! {
        <>
            { field_input(Field::PuWage, texts, lang, &props.dispatch) }
            <div class="field">
                <label for="iuran-class">{ T::RiskClass.get(lang) }</label>
                <select id="iuran-class" onchange={on_class}>
                    { for (1u8..=5).map(|c| html! { <option key={c} value={c.to_string()} selected={c == state.risk_class}>{ c.to_string() }</option> }) }
                </select>
            </div>
        </>
    };
    let bpu = bpu.map(|r| r.map(|b| b.explain()));
    let pu = pu.map(|r| r.map(|p| p.explain()));
    html! {
        <section class="section" aria-labelledby="iuran-h">
            <h2 id="iuran-h">{ T::SectionIuran.get(lang) }</h2>
            { card(&CardProps { id: "bpu", title: T::SegBpu, expected: T::ExpectedBpu, workers: bpu_workers,
                inputs: bpu_inputs, figures: bpu, waiting: T::IuranWaiting, lang }) }
            { card(&CardProps { id: "pu", title: T::SegPu, expected: T::ExpectedPu, workers: pu_workers,
                inputs: pu_inputs, figures: pu, waiting: T::IuranPuWaiting, lang }) }
            { rates_table(&RatesProps { texts, valid: rates.err(), lang, dispatch: &props.dispatch }) }
        </section>
    }
}

/// One segment's card: who pays, what is typed, what it comes to.
struct CardProps {
    /// `bpu` or `pu`, for the element ids (`iuran-bpu-monthly`).
    id: &'static str,
    title: T,
    expected: T,
    workers: Option<u64>,
    inputs: Html,
    figures: Option<Result<Vec<Explanation>, CalcError>>,
    waiting: T,
    lang: Lang,
}

fn card(props: &CardProps) -> Html {
    let lang = props.lang;
    let id = |what: &str| format!("iuran-{}-{what}", props.id);
    let workers = match props.workers {
        Some(w) => format(lang, Style::Whole, w as f64),
        None => "–".to_owned(),
    };
    html! {
        <div class="card">
            <h3>{ props.title.get(lang) }</h3>
            <p class="figure-line"><span class="label">{ props.expected.get(lang) }</span> <strong id={id("workers")}>{ workers }</strong></p>
            <div class="grid">{ props.inputs.clone() }</div>
            { match &props.figures {
                Some(Ok(all)) => html! {
                    <dl class="figures stack">
                        { for [(Figure::IuranPerWorker, T::IuranPerWorker, "per-worker"), (Figure::IuranMonthly, T::IuranMonthly, "monthly"), (Figure::IuranYearly, T::IuranYearly, "yearly")]
                            .into_iter().map(|(f, label, what)| figure_row(lang, all, f, label, id(what))) }
                    </dl>
                },
                Some(Err(e)) => html! { <p class="waiting">{ calc_error_text(lang, *e) }</p> },
                None => html! { <p class="waiting">{ props.waiting.get(lang) }</p> },
            } }
        </div>
    }
}

// A plain function rather than a component: no state of its own, and each
// component costs ~2 KB of wasm (issue 7).
struct RatesProps<'a> {
    texts: &'a Texts,
    valid: Option<Field>,
    lang: Lang,
    dispatch: &'a Callback<Action>,
}

fn rates_table(props: &RatesProps) -> Html {
    let lang = props.lang;
    let input = |f: Field| field_input(f, props.texts, lang, props.dispatch);
    let [source, valid_from, pu @ .., bpu_jkk, bpu_jkm, bpu_jht] = Field::RATES;
    html! {
        <details class="card rates">
            <summary><h3>{ T::RatesTable.get(lang) }</h3></summary>
            if props.valid.is_some() {
                <p class="msg error" role="status">{ T::RatesInvalid.get(lang) }</p>
            }
            { input(source) }
            { input(valid_from) }
            <h4>{ T::SegPu.get(lang) }</h4>
            <div class="grid">{ for pu.into_iter().map(input) }</div>
            <h4>{ T::SegBpu.get(lang) }</h4>
            <div class="grid">{ for [bpu_jkk, bpu_jkm, bpu_jht].into_iter().map(input) }</div>
            <div class="actions">
                <button type="button" class="secondary" onclick={props.dispatch.reform(|_| Action::ResetRates)}>{ T::ResetRates.get(lang) }</button>
            </div>
        </details>
    }
}
