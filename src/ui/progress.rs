//! Progress (capaian): achieved against target as of a date, what remains and
//! the rate it now takes.

use yew::prelude::*;

use crate::calc::months::{Forecast, Months, MonthsError, Reach};
use crate::calc::progress::{Date, Progress, Rate};
use crate::calc::{Explain, Explanation, Figure, Note};
use crate::figures::progress_figures;
use crate::i18n::{Lang, T};
use crate::numbers::format::{format, Style};
use crate::state::{Action, AppState, Field};

use super::chart::{line_chart, LineChartProps, Series};
use super::math::{figure_name, note_text, MathValue};
use super::table_field::field_input;
use super::targets::calc_error_text;
use umkm_core::words::month_name;

/// Today on the device, for an empty date field.
fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).ok()?;
    let month = u8::try_from(now.get_month().checked_add(1)?).ok()?;
    let day = u8::try_from(now.get_date()).ok()?;
    Date::new(year, month, day).ok()
}

/// `YYYY-MM-DD` of a date, for the date input.
fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

/// What [`progress_section`] shows.
pub struct ProgressProps<'a> {
    /// The work: the progress fields, the target lines (an empty target
    /// field uses the total target) and the split's month weights (for a
    /// month-weighted plan).
    pub state: &'a AppState,
    /// Dispatches user actions.
    pub dispatch: Callback<Action>,
}

/// The progress section.
// A plain function rather than a component: no state of its own, and each
// component costs ~2 KB of wasm (issue 7).
pub fn progress_section(props: &ProgressProps) -> Html {
    let state = props.state;
    let lang = state.lang;
    let texts = &state.texts;
    let target_text = &texts[Field::ProgressTarget];
    let date_text = &texts[Field::ProgressDate];
    let figures = progress_figures(state, today());
    let by_month = figures.by_month();
    let (plan_total, date, result) = (figures.plan_total, figures.date, figures.progress);
    let on_date = props.dispatch.reform(|e: InputEvent| Action::EditField {
        field: Field::ProgressDate,
        text: e
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .value(),
    });
    let date_value = if date_text.trim().is_empty() {
        date.map(iso).unwrap_or_default()
    } else {
        date_text.clone()
    };

    html! {
        <section class="section" aria-labelledby="progress-h">
            <h2 id="progress-h">{ T::SectionProgress.get(lang) }</h2>
            <div class="card">
                <div class="grid">
                    { field_input(Field::ProgressTarget, texts, lang, &props.dispatch) }
                    { field_input(Field::ProgressAchieved, texts, lang, &props.dispatch) }
                    <div class="field">
                        <label for="prog-date">{ T::AsOf.get(lang) }</label>
                        <input id="prog-date" type="date" value={date_value} oninput={on_date} aria-describedby="prog-date-msg" />
                        <p id="prog-date-msg" class={if date.is_some() { "msg hint" } else { "msg error" }} aria-live="polite">
                            { if date.is_some() { "" } else { T::ErrDate.get(lang) } }
                        </p>
                    </div>
                </div>
                if target_text.trim().is_empty() && plan_total.is_some() {
                    <p class="note">{ T::TargetFromPlan.get(lang) }</p>
                }
            </div>
            <div class="card">
                <h3 id="months-h">{ T::MonthsTitle.get(lang) }</h3>
                <p class="note">{ T::MonthsHint.get(lang) }</p>
                <div class="grid three">
                    { for Field::MONTHS.iter().map(|f| field_input(*f, texts, lang, &props.dispatch)) }
                </div>
            </div>
            { match (by_month, figures.months, result) {
                (true, Some(Ok(m)), _) => html! { <>
                    { months_view(&m, lang) }
                    <button type="button" id="months-csv" onclick={months_csv(state.clone())}>{ T::CsvMonths.get(lang) }</button>
                </> },
                (true, Some(Err(MonthsError::Gaps(gaps))), _) => html! {
                    <p class="msg error" id="months-gaps" role="status">
                        { T::MonthsGaps.get(lang) }{ " " }
                        { gaps.iter().map(|i| month_name(lang, *i)).collect::<Vec<_>>().join(", ") }
                        { ". " }{ T::MonthsGapsFill.get(lang) }
                    </p>
                },
                (true, Some(Err(MonthsError::Calc(e))), _) => html! { <p class="waiting">{ calc_error_text(lang, e) }</p> },
                (true, _, _) => html! { <p class="waiting">{ T::ProgressWaiting.get(lang) }</p> },
                (false, _, Some(Ok(r))) => progress_view(&ProgressViewProps { progress: r, lang }),
                (false, _, Some(Err(e))) => html! { <p class="waiting">{ calc_error_text(lang, e) }</p> },
                (false, _, None) => html! { <p class="waiting">{ T::ProgressWaiting.get(lang) }</p> },
            } }
        </section>
    }
}

// A plain function rather than a component: no state of its own, and each
// component costs ~2 KB of wasm (issue 7).
struct ProgressViewProps {
    progress: Progress,
    lang: Lang,
}

fn progress_view(props: &ProgressViewProps) -> Html {
    let lang = props.lang;
    let r = &props.progress;
    let all = r.explain();
    let fig = |f: Figure, id: &'static str| match all.iter().find(|e| e.figure == f) {
        Some(e) => {
            html! { <MathValue explanation={e.clone()} {lang} id={Some(AttrValue::from(id))} /> }
        }
        None => html! { "–" },
    };
    let rate_text = |rate: Rate| match rate {
        Rate::Reached => T::NoteTargetReached.get(lang).to_owned(),
        Rate::NoTimeLeft => T::NotePeriodOver.get(lang).to_owned(),
        Rate::Each(_) => String::new(),
    };
    // Whole permille: integer text, and fine enough for a bar.
    let permille = (r.achieved_fraction.clamp(0.0, 1.0) * 1000.0).round() as u32;
    let expected_pm = (r.elapsed_fraction.clamp(0.0, 1.0) * 1000.0).round() as u32;
    let (status, class) = if r.reached {
        (T::StatusReached, "status ok")
    } else if r.on_track {
        (T::StatusOnTrack, "status ok")
    } else {
        (T::StatusBehind, "status behind")
    };
    html! {
        <div class="card">
            <p class={class} id="prog-status" role="status">{ status.get(lang) }</p>
            // SVG geometry rather than style="width:…": the strict CSP
            // (style-src 'self', docs/EMBEDDING.md) blocks inline styles.
            <svg class="bar" viewBox="0 0 1000 18" preserveAspectRatio="none" aria-hidden="true">
                <rect class="fill" width={permille.to_string()} height="18" />
                <line class="mark" x1={expected_pm.to_string()} x2={expected_pm.to_string()} y1="0" y2="18" vector-effect="non-scaling-stroke" />
            </svg>
            <progress max="1000" value={permille.to_string()} aria-label={T::AchievedFraction.get(lang)} class="sr-only"></progress>
            <p class="note">{ format!("{} {}", T::BarLegend.get(lang), format(lang, Style::Percent, r.elapsed_fraction)) }</p>
            <dl class="figures">
                <div><dt>{ T::AchievedFraction.get(lang) }</dt><dd>{ fig(Figure::AchievedFraction, "prog-pct") }</dd></div>
                <div><dt>{ T::Remaining.get(lang) }</dt><dd>{ fig(Figure::Remaining, "prog-remaining") }</dd></div>
                <div><dt>{ T::ExpectedByNow.get(lang) }</dt><dd>{ fig(Figure::ExpectedByNow, "prog-expected") }</dd></div>
                <div><dt>{ T::RequiredPerMonth.get(lang) }</dt><dd>{ fig(Figure::RequiredPerMonth, "prog-month") }<span class="note">{ rate_text(r.per_month) }</span></dd></div>
                <div><dt>{ T::RequiredPerWeek.get(lang) }</dt><dd>{ fig(Figure::RequiredPerWeek, "prog-week") }</dd></div>
                <div><dt>{ T::RequiredPerWorkingDay.get(lang) }</dt><dd>{ fig(Figure::RequiredPerWorkingDay, "prog-day") }</dd></div>
            </dl>
        </div>
    }
}

/// The year month by month: the figures, each with its working, and the
/// cumulative plan against the actual as a chart and a table.
fn months_view(m: &Months, lang: Lang) -> Html {
    let all = m.explain();
    let math = |e: &Explanation, id: &'static str| {
        html! { <MathValue explanation={e.clone()} {lang} id={Some(AttrValue::from(id))} /> }
    };
    let row = |f: Figure, id: &'static str, extra: Html| match all.iter().find(|e| e.figure == f) {
        Some(e) => html! {
            <div><dt>{ figure_name(lang, f) }</dt><dd>{ math(e, id) }{ extra }</dd></div>
        },
        None => html! {},
    };
    let pct = |v: f64, id: &'static str| {
        html! { <span class="note" id={id}>{ format(lang, Style::Percent, v) }</span> }
    };
    let reach = |f: &Forecast, id: &'static str| {
        let n = match f.reach {
            Reach::In(month) => Note::ReachedIn { month },
            Reach::Short(short) => Note::ShortBy { short },
        };
        html! { <>{ pct(f.fraction, id) }<span class="note">{ note_text(lang, &n) }</span></> }
    };
    let (status, class) = if m.remaining <= 0.0 {
        (T::StatusReached, "status ok")
    } else if m.on_track {
        (T::StatusOnTrack, "status ok")
    } else {
        (T::StatusBehind, "status behind")
    };
    let labels: Vec<String> = (0..12).map(|i| month_name(lang, i).to_owned()).collect();
    let people = |v: f64| format(lang, Style::Whole, v);
    html! {
        <div class="card">
            <p class={class} id="months-status" role="status">{ status.get(lang) }</p>
            <dl class="figures">
                { row(Figure::YearToDate, "months-ytd", pct(m.ytd_fraction, "months-ytd-pct")) }
                { row(Figure::PlanToDate, "months-plan", html! {}) }
                { row(Figure::GapToPlan, "months-gap", html! {}) }
                { row(Figure::Remaining, "months-remaining", html! {}) }
                { row(Figure::ForecastPace, "months-pace", reach(&m.pace, "months-pace-pct")) }
                { row(Figure::ForecastRecent, "months-recent", reach(&m.recent, "months-recent-pct")) }
                { row(Figure::RequiredPerMonth, "months-month", html! {}) }
                { row(Figure::RequiredPerWeek, "months-week", html! {}) }
                { row(Figure::RequiredPerWorkingDay, "months-day", html! {}) }
                { row(Figure::RequiredPerAgent, "months-agent", html! {}) }
            </dl>
            { line_chart(&LineChartProps {
                title: T::MonthsTitle.get(lang).into(),
                labels: labels.clone(),
                series: vec![
                    Series { name: T::PlanLine.get(lang).to_owned(), values: m.plan.to_vec() },
                    Series { name: T::ActualLine.get(lang).to_owned(), values: m.cumulative.clone() },
                ],
                lang,
            }) }
            <div class="table-wrap" role="region" aria-label={T::MonthsTitle.get(lang)} tabindex="0">
                <table class="num" id="months-table">
                    <thead><tr>
                        <th scope="col">{ T::Month.get(lang) }</th>
                        <th scope="col">{ T::PlanLine.get(lang) }</th>
                        <th scope="col">{ T::ActualLine.get(lang) }</th>
                    </tr></thead>
                    <tbody>
                        { for labels.iter().enumerate().map(|(i, l)| html! {
                            <tr key={i}>
                                <th scope="row">{ l.clone() }</th>
                                <td>{ m.plan.get(i).map(|v| people(*v)).unwrap_or_default() }</td>
                                <td>{ m.cumulative.get(i).map(|v| people(*v)).unwrap_or_default() }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </div>
    }
}

/// Downloads the months as CSV in the language's dialect.
fn months_csv(state: AppState) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| {
        let lang = state.lang;
        if let Some(csv) = crate::report::months_csv(&state, &|s, v| format(lang, s, v)) {
            let name = format!("realisasi-bulanan-{}.csv", super::browser::today_iso());
            super::browser::download(&name, "text/csv;charset=utf-8", &csv);
        }
    })
}
