//! Contributions (iuran) the expected participants would bring, with the
//! dated rates table visible and editable.

use yew::prelude::*;

use crate::calc::iuran;
use crate::calc::{CalcError, Explain, Explanation, Figure};
use crate::i18n::{Lang, T};
use crate::numbers::parse::{self, parse, FieldSpec};
use crate::state::{Action, IuranField, IuranInputs, RateField, RateTexts};

use super::field::NumberField;
use super::math::MathValue;
use super::targets::calc_error_text;
use crate::inputs::read_rates;

/// What [`iuran_section`] shows.
pub struct IuranProps {
    /// Contribution inputs.
    pub iuran: IuranInputs,
    /// Expected PU participants from the pipeline (whole), if computable.
    pub pu_workers: Option<u64>,
    /// Expected BPU participants from the pipeline (whole), if computable.
    pub bpu_workers: Option<u64>,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches user actions.
    pub dispatch: Callback<Action>,
}

fn figure_row(lang: Lang, all: &[Explanation], f: Figure, label: T, id: &'static str) -> Html {
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
    let lang = props.lang;
    let i = &props.iuran;
    let loc = lang.locale();
    let rates = read_rates(&i.rates, lang);
    let income = parse(&i.bpu_income, &parse::RUPIAH, loc).map(|r| r.value);
    let wage = parse(&i.pu_wage, &parse::RUPIAH, loc).map(|r| r.value);
    let bpu: Option<Result<_, CalcError>> = match (&rates, &income, props.bpu_workers) {
        (Ok(r), Ok(inc), Some(w)) => Some(iuran::bpu(r, *inc, i.bpu_jht, w)),
        _ => None,
    };
    let pu: Option<Result<_, CalcError>> = match (&rates, &wage, props.pu_workers) {
        (Ok(r), Ok(wg), Some(w)) => Some(iuran::pu(r, *wg, i.risk_class, w)),
        _ => None,
    };
    let edit = |field: IuranField| {
        props
            .dispatch
            .reform(move |text: String| Action::EditIuran { field, text })
    };
    let workers_text = |w: Option<u64>| match w {
        Some(w) => {
            crate::numbers::format::format(lang, crate::numbers::format::Style::Whole, w as f64)
        }
        None => "–".to_owned(),
    };
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
    html! {
        <section class="section" aria-labelledby="iuran-h">
            <h2 id="iuran-h">{ T::SectionIuran.get(lang) }</h2>
            <div class="card">
                <h3>{ T::SegBpu.get(lang) }</h3>
                <p class="figure-line"><span class="label">{ T::ExpectedBpu.get(lang) }</span> <strong id="iuran-bpu-workers">{ workers_text(props.bpu_workers) }</strong></p>
                <div class="grid">
                    <NumberField id="iuran-income" label={T::DeclaredIncome.get(lang)} value={i.bpu_income.clone()} spec={parse::RUPIAH} {lang} oninput={edit(IuranField::BpuIncome)} />
                    <div class="field check">
                        <label><input type="checkbox" id="iuran-jht" checked={i.bpu_jht} onchange={props.dispatch.reform(|_| Action::ToggleBpuJht)} />{ " " }{ T::WithJht.get(lang) }</label>
                    </div>
                </div>
                { match &bpu {
                    Some(Ok(b)) => { let all = b.explain(); html! {
                        <dl class="figures stack">
                            { figure_row(lang, &all, Figure::IuranPerWorker, T::IuranPerWorker, "iuran-bpu-per-worker") }
                            { figure_row(lang, &all, Figure::IuranMonthly, T::IuranMonthly, "iuran-bpu-monthly") }
                            { figure_row(lang, &all, Figure::IuranYearly, T::IuranYearly, "iuran-bpu-yearly") }
                        </dl>
                    } }
                    Some(Err(e)) => html! { <p class="waiting">{ calc_error_text(lang, *e) }</p> },
                    None => html! { <p class="waiting">{ T::IuranWaiting.get(lang) }</p> },
                } }
            </div>
            <div class="card">
                <h3>{ T::SegPu.get(lang) }</h3>
                <p class="figure-line"><span class="label">{ T::ExpectedPu.get(lang) }</span> <strong id="iuran-pu-workers">{ workers_text(props.pu_workers) }</strong></p>
                <div class="grid">
                    <NumberField id="iuran-wage" label={T::AverageWage.get(lang)} value={i.pu_wage.clone()} spec={parse::RUPIAH} {lang} oninput={edit(IuranField::PuWage)} />
                    <div class="field">
                        <label for="iuran-class">{ T::RiskClass.get(lang) }</label>
                        <select id="iuran-class" onchange={on_class}>
                            { for (1u8..=5).map(|c| html! { <option key={c} value={c.to_string()} selected={c == i.risk_class}>{ c.to_string() }</option> }) }
                        </select>
                    </div>
                </div>
                { match &pu {
                    Some(Ok(p)) => { let all = p.explain(); html! {
                        <dl class="figures stack">
                            { figure_row(lang, &all, Figure::IuranPerWorker, T::IuranPerWorker, "iuran-pu-per-worker") }
                            { figure_row(lang, &all, Figure::IuranMonthly, T::IuranMonthly, "iuran-pu-monthly") }
                            { figure_row(lang, &all, Figure::IuranYearly, T::IuranYearly, "iuran-pu-yearly") }
                        </dl>
                    } }
                    Some(Err(e)) => html! { <p class="waiting">{ calc_error_text(lang, *e) }</p> },
                    None => html! { <p class="waiting">{ T::IuranPuWaiting.get(lang) }</p> },
                } }
            </div>
            { rates_table(&RatesProps { rates: i.rates.clone(), valid: rates.err(), lang, dispatch: props.dispatch.clone() }) }
        </section>
    }
}

// A plain function rather than a component: no state of its own, and each
// component costs ~2 KB of wasm (issue 7).
struct RatesProps {
    rates: RateTexts,
    valid: Option<RateField>,
    lang: Lang,
    dispatch: Callback<Action>,
}

fn rates_table(props: &RatesProps) -> Html {
    let lang = props.lang;
    let r = &props.rates;
    let rate = |field: RateField, label: String, value: &String, spec: FieldSpec| {
        let id = AttrValue::from(rate_id(field));
        html! {
            <NumberField key={id.to_string()} id={id.clone()} label={label} value={value.clone()} {spec} {lang}
                oninput={props.dispatch.reform(move |text: String| Action::EditRate { field, text })} />
        }
    };
    let pct = |t: T| format!("{} (%)", t.get(lang));
    let on_label = props.dispatch.reform(|e: InputEvent| Action::EditRate {
        field: RateField::Label,
        text: e
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .value(),
    });
    let on_date = props.dispatch.reform(|e: InputEvent| Action::EditRate {
        field: RateField::ValidFrom,
        text: e
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .value(),
    });
    html! {
        <details class="card rates">
            <summary><h3>{ T::RatesTable.get(lang) }</h3></summary>
            if props.valid.is_some() {
                <p class="msg error" role="status">{ T::RatesInvalid.get(lang) }</p>
            }
            <div class="field name">
                <label for="rate-label">{ T::RatesSource.get(lang) }</label>
                <input id="rate-label" type="text" value={r.label.clone()} oninput={on_label} />
            </div>
            <div class="field">
                <label for="rate-valid-from">{ T::ValidFrom.get(lang) }</label>
                <input id="rate-valid-from" type="date" value={r.valid_from.clone()} oninput={on_date} />
            </div>
            <h4>{ T::SegPu.get(lang) }</h4>
            <div class="grid">
                { for r.jkk.iter().enumerate().map(|(i, v)| {
                    let class = u8::try_from(i).unwrap_or(0).saturating_add(1);
                    rate(RateField::Jkk(class), format!("JKK {} {class} (%)", T::RiskClassShort.get(lang)), v, parse::RATE)
                }) }
                { rate(RateField::Jkm, "JKM (%)".into(), &r.jkm, parse::RATE) }
                { rate(RateField::JhtEmployer, pct(T::JhtEmployer), &r.jht_employer, parse::RATE) }
                { rate(RateField::JhtWorker, pct(T::JhtWorker), &r.jht_worker, parse::RATE) }
                { rate(RateField::JpEmployer, pct(T::JpEmployer), &r.jp_employer, parse::RATE) }
                { rate(RateField::JpWorker, pct(T::JpWorker), &r.jp_worker, parse::RATE) }
                { rate(RateField::JpCap, T::JpCap.get(lang).to_owned(), &r.jp_cap, parse::RUPIAH) }
            </div>
            <h4>{ T::SegBpu.get(lang) }</h4>
            <div class="grid">
                { rate(RateField::BpuJkk, "JKK (%)".into(), &r.bpu_jkk, parse::RATE) }
                { rate(RateField::BpuJkm, T::BpuJkmFlat.get(lang).to_owned(), &r.bpu_jkm, parse::RUPIAH) }
                { rate(RateField::BpuJht, "JHT (%)".into(), &r.bpu_jht, parse::RATE) }
            </div>
            <div class="actions">
                <button type="button" class="secondary" onclick={props.dispatch.reform(|_| Action::ResetRates)}>{ T::ResetRates.get(lang) }</button>
            </div>
        </details>
    }
}

/// The element id of a rate's field (`rate-jkk3`, `rate-jpcap`, …).
fn rate_id(field: RateField) -> String {
    let name = match field {
        RateField::Label => "label",
        RateField::ValidFrom => "validfrom",
        RateField::Jkk(class) => return format!("rate-jkk{class}"),
        RateField::Jkm => "jkm",
        RateField::JhtEmployer => "jhtemployer",
        RateField::JhtWorker => "jhtworker",
        RateField::JpEmployer => "jpemployer",
        RateField::JpWorker => "jpworker",
        RateField::JpCap => "jpcap",
        RateField::BpuJkk => "bpujkk",
        RateField::BpuJkm => "bpujkm",
        RateField::BpuJht => "bpujht",
    };
    format!("rate-{name}")
}
