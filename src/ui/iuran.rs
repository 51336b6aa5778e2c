//! Contributions (iuran) the expected participants would bring, on a date,
//! at the rate set in force on it (or the user's own), with the reliefs that
//! apply, what a Perisai agent earns (`super::income`), and the rates table.

use yew::prelude::*;

use crate::calc::iuran::{with_active_share, Relief};
use crate::calc::{pair_ends, CalcError, Explain, Explanation, Figure};
use crate::figures::{income_figures, iuran_figures, IuranFigures, RatesUsed};
use crate::i18n::{Lang, L, T};
use crate::numbers::format::{format, Style};
use crate::state::{Action, AppState, Field, Texts};
use umkm_core::words::iuran_basis_text;

use super::browser;
use super::income::{income_card, IncomeProps};
use super::math::MathValue;
use super::table_field::field_input;
use crate::messages::calc_error_text;

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
    let d = &props.dispatch;
    let input = |f: Field| field_input(f, texts, lang, d);
    let today = browser::today();
    let figures = iuran_figures(state, today);
    let basis = iuran_basis_text(lang, &figures);
    let income = income_figures(state, &figures);
    let IuranFigures {
        pu_workers,
        bpu_workers,
        pu_workers_high,
        bpu_workers_high,
        date,
        rates,
        bpu,
        pu,
        bpu_high,
        pu_high,
        agent_quota,
        used,
        active_share,
        ..
    } = figures;
    let on_class = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            if let Some(sel) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                if let Ok(c) = sel.value().parse::<u8>() {
                    d.emit(Action::ChooseRiskClass(c));
                }
            }
        })
    };
    let outside = matches!(&bpu, Some(Ok(b)) if b.outside_range);
    let bpu_inputs = html! {
        <>
            { input(Field::BpuIncome) }
            <div class="field check">
                <label><input type="checkbox" id="iuran-jht" checked={state.bpu_jht} onchange={d.reform(|_| Action::ToggleBpuJht)} />{ " " }{ L::WithJht.get(lang) }</label>
            </div>
        </>
    };
    let pu_inputs = html! {
        <>
            { input(Field::PuWage) }
            <div class="field">
                <label for="iuran-class">{ L::RiskClass.get(lang) }</label>
                <select id="iuran-class" onchange={on_class}>
                    { for (1u8..=5).map(|c| html! { <option key={c} value={c.to_string()} selected={c == state.risk_class}>{ c.to_string() }</option> }) }
                </select>
            </div>
        </>
    };
    let waiting = if rates.as_ref().err() == Some(&Field::IuranDate) {
        T::NoRatesForDate.get(lang)
    } else {
        L::RatesInvalid.get(lang)
    };
    let explained = |r: Option<Result<Vec<Explanation>, CalcError>>| match (&rates, r) {
        (Err(_), _) => Some(Err(waiting.to_owned())),
        (Ok(_), Some(Ok(all))) => Some(Ok(all)),
        (Ok(_), Some(Err(e))) => Some(Err(calc_error_text(lang, e).to_owned())),
        (Ok(_), None) => None,
    };
    // The active participants' money (the low end with the smaller share,
    // the high end with the larger), each figure at both ends of a range.
    let active = |base: Vec<Explanation>, monthly: u64, high: bool| {
        let (low, top) = active_share.unwrap_or((f64::NAN, f64::NAN));
        let share = if high { top } else { low };
        with_active_share(base, monthly, share).map(|r| r.2)
    };
    let bpu_high = bpu_high
        .and_then(Result::ok)
        .and_then(|b| active(b.explain(), b.monthly, true).ok());
    let pu_high = pu_high
        .and_then(Result::ok)
        .and_then(|p| active(p.explain(), p.monthly, true).ok());
    let bpu = explained(bpu.map(|r| {
        r.and_then(|b| active(b.explain(), b.monthly, false))
            .map(|low| pair_ends(low, bpu_high))
    }));
    let pu = explained(pu.map(|r| {
        r.and_then(|p| active(p.explain(), p.monthly, false))
            .map(|low| pair_ends(low, pu_high))
    }));
    let csv = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let fmt = move |style, v| format(lang, style, v);
            let csv = crate::report::iuran_csv(&state, &fmt, browser::today());
            let name = format!("iuran-{}.csv", browser::today_iso());
            browser::download(&name, "text/csv;charset=utf-8", &csv);
        })
    };
    html! {
        <section class="section" aria-labelledby="iuran-h">
            <h2 id="iuran-h">{ T::SectionIuran.get(lang) }</h2>
            <div class="card">
                <div class="grid pair">{ input(Field::IuranDate) }{ input(Field::ActiveShare) }</div>
                <p class="note" id="active-source">{ L::ActiveShareSource.get(lang) }</p>
                // The legal sources open on a tap; the date of the rates stays in view.
                <details class="table" id="iuran-basis-details">
                    <summary><span class="note">{ match date { Some(d) => [T::RatesUsedLabel.get(lang), " ", &umkm_core::words::date_text(lang, d)].concat(), None => T::ErrDate.get(lang).to_owned() } }</span></summary>
                    <p class="figure-line" id="iuran-basis">{ basis.unwrap_or_else(|| T::ErrDate.get(lang).to_owned()) }</p>
                </details>
            </div>
            { reliefs_card(texts, date, lang, d) }
            { card(&CardProps { id: "bpu", title: T::SegBpu, expected: T::ExpectedBpu, workers: bpu_workers, workers_high: bpu_workers_high,
                inputs: bpu_inputs, figures: bpu, waiting: L::IuranWaiting, lang,
                warning: outside.then_some(L::BpuIncomeOutside) }) }
            { card(&CardProps { id: "pu", title: T::SegPu, expected: T::ExpectedPu, workers: pu_workers, workers_high: pu_workers_high,
                inputs: pu_inputs, figures: pu, waiting: L::IuranPuWaiting, lang, warning: None }) }
            { income_card(&IncomeProps { state, quota: agent_quota, figures: &income, dispatch: d }) }
            { rates_table(&RatesProps { texts, own_invalid: used == Some(RatesUsed::Own) && rates.is_err(), lang, dispatch: d }) }
            <div class="actions">
                <button type="button" class="secondary" id="iuran-csv" onclick={csv}>{ L::IuranCsv.get(lang) }</button>
            </div>
        </section>
    }
}

/// The relief switches, each with its period and who qualifies; a switch
/// that is on outside its period says it is not applied.
fn reliefs_card(
    texts: &Texts,
    date: Option<crate::calc::progress::Date>,
    lang: Lang,
    d: &Callback<Action>,
) -> Html {
    // Closed unless a relief is switched on.
    let any_on = texts.on(Field::ReliefTransport) || texts.on(Field::ReliefLabour);
    html! {
        <details class="card table" id="reliefs" open={any_on}>
            <summary><h3>{ L::ReliefsTitle.get(lang) }</h3></summary>
            { for [(Field::ReliefTransport, Relief::Transport), (Field::ReliefLabour, Relief::LabourIntensive)].into_iter().map(|(f, r)| {
                let in_force = date.is_some_and(|d| r.in_force(d));
                html! {
                    <>
                        // A relief outside its period is not offered as a
                        // choice; one switched on earlier stays visible to
                        // switch off, with why it is not applied.
                        if in_force || texts.on(f) {
                            { field_input(f, texts, lang, d) }
                        } else {
                            <p class="note" id={format!("{}-ended", f.def().id)}>{ f.def().label.text(lang) }{ " " }<strong>{ L::ReliefNotInForceOnDate.get(lang) }</strong></p>
                        }
                        if texts.on(f) && !in_force {
                            <p class="outcome warn" role="status" id={format!("{}-off", f.def().id)}>{ L::ReliefNotInForce.get(lang) }</p>
                        }
                    </>
                }
            }) }
        </details>
    }
}

/// One segment's card: who pays, what is typed, what it comes to.
struct CardProps {
    /// `bpu` or `pu`, for the element ids (`iuran-bpu-monthly`).
    id: &'static str,
    title: T,
    expected: T,
    workers: Option<u64>,
    /// The high end, when a range of participants makes it differ.
    workers_high: Option<u64>,
    inputs: Html,
    /// The figures, or why they wait.
    figures: Option<Result<Vec<Explanation>, String>>,
    waiting: L,
    lang: Lang,
    /// A remark on what was typed (computed as typed all the same).
    warning: Option<L>,
}

fn card(props: &CardProps) -> Html {
    let lang = props.lang;
    let id = |what: &str| format!("iuran-{}-{what}", props.id);
    let workers = match (props.workers, props.workers_high) {
        (Some(w), Some(h)) => format!(
            "{}–{}",
            format(lang, Style::Whole, w as f64),
            format(lang, Style::Whole, h as f64)
        ),
        (Some(w), None) => format(lang, Style::Whole, w as f64),
        (None, _) => "–".to_owned(),
    };
    html! {
        <div class="card">
            <h3>{ props.title.get(lang) }</h3>
            <p class="figure-line"><span class="label">{ props.expected.get(lang) }</span> <strong id={id("workers")}>{ workers }</strong></p>
            <div class="grid">{ props.inputs.clone() }</div>
            if let Some(w) = props.warning {
                <p class="outcome warn" role="status" id={id("range")}>{ w.get(lang) }</p>
            }
            { match &props.figures {
                Some(Ok(all)) => html! {
                    <dl class="figures stack">
                        { for [(Figure::IuranPerWorker, T::IuranPerWorker, "per-worker"), (Figure::IuranMonthly, T::IuranMonthlyActive, "monthly"), (Figure::IuranYearly, T::IuranYearlyActive, "yearly")]
                            .into_iter().map(|(f, label, what)| figure_row(lang, all, f, label, id(what))) }
                    </dl>
                },
                Some(Err(t)) => html! { <p class="waiting">{ t.clone() }</p> },
                None => html! { <p class="waiting">{ props.waiting.get(lang) }</p> },
            } }
        </div>
    }
}

// A plain function rather than a component: no state of its own, and each
// component costs ~2 KB of wasm (issue 7).
struct RatesProps<'a> {
    texts: &'a Texts,
    /// The own set is used and a field of it cannot be read.
    own_invalid: bool,
    lang: Lang,
    dispatch: &'a Callback<Action>,
}

fn rates_table(props: &RatesProps) -> Html {
    let lang = props.lang;
    let input = |f: Field| field_input(f, props.texts, lang, props.dispatch);
    let [source, valid_from, pu @ .., bpu_jkk, bpu_jkm, bpu_jht] = Field::RATES;
    html! {
        <details class="card rates">
            <summary><h3>{ L::RatesTable.get(lang) }</h3></summary>
            { input(Field::RatesOwn) }
            if props.own_invalid {
                <p class="msg error" role="status">{ L::RatesInvalid.get(lang) }</p>
            }
            { input(source) }
            { input(valid_from) }
            <h4>{ T::SegPu.get(lang) }</h4>
            <div class="grid">{ for pu.into_iter().map(input) }</div>
            <h4>{ T::SegBpu.get(lang) }</h4>
            <div class="grid">{ for [bpu_jkk, bpu_jkm, bpu_jht].into_iter().map(input) }</div>
        </details>
    }
}
