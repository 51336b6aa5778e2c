//! Progress (capaian): achieved against target as of a date, what remains and
//! the rate it now takes.

use yew::prelude::*;

use crate::calc::months::{Forecast, Months, MonthsError, OfficeStanding, Reach};
use crate::calc::progress::{Date, Progress, Rate};
use crate::calc::seasons::lebaran;
use crate::calc::{Explain, Figure, Note};
use crate::figures::progress_figures;
use crate::i18n::{Lang, L, T};
use crate::messages::month_cell_text;
use crate::numbers::format::{format, Style};
use crate::state::{Action, AppState, Field};
use umkm_core::paste_months::read_month_block;

use super::chart::{line_chart, ChartProps, Series};
use super::field::{number_field, NumberFieldProps};
use super::math::{figure_name, note_text, MathValue};
use super::paste::{paste_frame, PasteFrame, PREVIEW_ROWS};
use super::table_field::field_input;
use crate::messages::calc_error_text;
use crate::numbers::parse::COUNT;
use umkm_core::i18n::month_name;

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
    let figures = progress_figures(state, super::browser::today());
    let by_month = figures.by_month();
    let year = figures.date.map(|d| d.year);
    let (plan_target, date, result) = (figures.plan_target, figures.date, figures.progress);
    let office_card = html! { <>
        <OfficeMonths
            offices={state.offices.iter().map(|o| (o.id, o.name.clone(), o.months.clone())).collect::<Vec<_>>()}
            standings={figures.offices.clone()}
            by_office={figures.by_office}
            unread={if figures.by_office { figures.entered.clone().err().unwrap_or_default() } else { Vec::new() }}
            {lang}
            dispatch={props.dispatch.clone()}
        />
        if matches!(figures.offices, Some(Ok(_))) {
            <button type="button" id="office-months-csv" onclick={office_months_csv(state.clone())}>{ L::CsvOfficeMonths.get(lang) }</button>
        }
    </> };
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
                if by_month {
                    <p class="note" id="months-in-use">{ L::MonthsInUse.get(lang) }</p>
                }
                if target_text.trim().is_empty() && plan_target.is_some() {
                    <p class="note">{ L::TargetFromPlan.get(lang) }{ " " }{ super::math::segment_name(lang, state.split_line) }</p>
                }
            </div>
            <div class="card">
                <h3 id="months-h">{ L::MonthsTitle.get(lang) }</h3>
                <p class="note">{ L::MonthsHint.get(lang) }</p>
                <div class="grid three">
                    { for Field::MONTHS.iter().map(|f| field_input(*f, texts, lang, &props.dispatch)) }
                </div>
                <p class="note">{ L::PlanShape.get(lang) }</p>
                <div class="actions">
                    <button type="button" id="plan-even" onclick={props.dispatch.reform(|_| Action::UseMonthWeights(None))}>{ L::PlanEven.get(lang) }</button>
                    if let Some(y) = year.filter(|y| lebaran(*y).is_some()) {
                        <button type="button" id="plan-lebaran" onclick={props.dispatch.reform(move |_| Action::UseMonthWeights(Some(y)))}>{ "Lebaran " }{ y }</button>
                    }
                </div>
                <p class="note">{ L::PlanLebaranNote.get(lang) }</p>
            </div>
            { office_card }
            { match body(by_month, figures.months, result, state) {
                Ok(view) => view,
                Err((text, id)) => html! { <p class="waiting" id={id} role="status">{ text }</p> },
            } }
        </section>
    }
}

/// What the section shows under its inputs: the months (once any is
/// entered), else the single achieved figure's progress (rendered here), or
/// why not yet and the element id of that message.
#[allow(clippy::type_complexity)]
fn body(
    by_month: bool,
    months: Option<Result<Months, MonthsError>>,
    single: Option<Result<Progress, crate::calc::CalcError>>,
    state: &AppState,
) -> Result<Html, (String, &'static str)> {
    let lang = state.lang;
    let error = |e| Err((calc_error_text(lang, e).to_owned(), "prog-waiting"));
    let waiting = Err((L::ProgressWaiting.get(lang).to_owned(), "prog-waiting"));
    if by_month {
        return match months {
            Some(Ok(m)) => Ok(html! { <>
                { months_view(&m, lang) }
                <button type="button" id="months-csv" onclick={months_csv(state.clone())}>{ L::CsvMonths.get(lang) }</button>
            </> }),
            Some(Err(MonthsError::Gaps(gaps))) => {
                let mut t = format!("{} ", L::MonthsGaps.get(lang));
                for (k, i) in gaps.iter().enumerate() {
                    if k > 0 {
                        t.push_str(", ");
                    }
                    t.push_str(month_name(lang, *i));
                }
                t.push_str(". ");
                t.push_str(L::MonthsGapsFill.get(lang));
                Err((t, "months-gaps"))
            }
            Some(Err(MonthsError::Calc(e))) => error(e),
            _ => waiting,
        };
    }
    match single {
        Some(Ok(r)) => Ok(progress_view(&ProgressViewProps { progress: r, lang })),
        Some(Err(e)) => error(e),
        None => waiting,
    }
}

/// The status line: reached, on track or behind plan.
fn status(reached: bool, on_track: bool, lang: Lang, id: &'static str) -> Html {
    let (status, class) = if reached {
        (L::StatusReached, "status ok")
    } else if on_track {
        (L::StatusOnTrack, "status ok")
    } else {
        (L::StatusBehind, "status behind")
    };
    html! { <p class={class} {id} role="status">{ status.get(lang) }</p> }
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
    html! {
        <div class="card">
            { status(r.reached, r.on_track, lang, "prog-status") }
            // SVG geometry rather than style="width:…": the strict CSP
            // (style-src 'self', docs/EMBEDDING.md) blocks inline styles.
            <svg class="bar" viewBox="0 0 1000 18" preserveAspectRatio="none" aria-hidden="true">
                <rect class="fill" width={permille.to_string()} height="18" />
                <line class="mark" x1={expected_pm.to_string()} x2={expected_pm.to_string()} y1="0" y2="18" vector-effect="non-scaling-stroke" />
            </svg>
            <progress max="1000" value={permille.to_string()} aria-label={T::AchievedFraction.get(lang)} class="sr-only"></progress>
            <p class="note">{ format!("{} {}", L::BarLegend.get(lang), format(lang, Style::Percent, r.elapsed_fraction)) }</p>
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
    let pct = |v: f64, id: &'static str| {
        // A percentage always says of what.
        html! { <span class="note" id={id}>{ format(lang, Style::Percent, v) }{ " " }{ T::PlanOfTarget.get(lang) }</span> }
    };
    let reach = |f: &Forecast, id: &'static str| {
        let n = match f.reach {
            Reach::In(month) => Note::ReachedIn { month },
            Reach::Short(short) => Note::ShortBy { short },
        };
        html! { <>{ pct(f.fraction, id) }<span class="note">{ note_text(lang, &n) }</span></> }
    };
    let none = Html::default;
    let rows = [
        (
            Figure::YearToDate,
            "months-ytd",
            pct(m.ytd_fraction, "months-ytd-pct"),
        ),
        (Figure::PlanToDate, "months-plan", none()),
        (Figure::GapToPlan, "months-gap", none()),
        (Figure::Remaining, "months-remaining", none()),
        (
            Figure::ForecastPace,
            "months-pace",
            reach(&m.pace, "months-pace-pct"),
        ),
        (
            Figure::ForecastRecent,
            "months-recent",
            reach(&m.recent, "months-recent-pct"),
        ),
        (Figure::RequiredPerMonth, "months-month", none()),
        (Figure::RequiredPerWeek, "months-week", none()),
        (Figure::RequiredPerWorkingDay, "months-day", none()),
        (Figure::RequiredPerAgent, "months-agent", none()),
    ];
    let all = m.explain();
    let labels: Vec<String> = (0..12).map(|i| month_name(lang, i).to_owned()).collect();
    let people = |v: Option<&f64>| {
        v.map(|v| format(lang, Style::Whole, *v))
            .unwrap_or_default()
    };
    html! {
        <div class="card months">
            { status(m.remaining <= 0.0, m.on_track, lang, "months-status") }
            <dl class="figures">
                { for rows.into_iter().filter_map(|(f, id, extra)| {
                    let e = all.iter().find(|e| e.figure == f)?.clone();
                    let wide = matches!(f, Figure::ForecastPace | Figure::ForecastRecent).then_some("wide");
                    Some(html! {
                        <div key={id} class={wide}><dt>{ if f == Figure::ForecastRecent { umkm_core::words::recent_forecast_label(lang, m.recent_months) } else { figure_name(lang, f) } }</dt><dd>
                            <MathValue explanation={e} {lang} id={Some(AttrValue::from(id))} />{ extra }
                        </dd></div>
                    })
                }) }
            </dl>
            { line_chart(&ChartProps {
                title: L::MonthsTitle.get(lang).into(),
                labels: labels.clone(),
                series: vec![
                    Series { name: T::PlanLine.get(lang).to_owned(), values: m.plan.to_vec() },
                    Series { name: T::ActualLine.get(lang).to_owned(), values: m.cumulative.clone() },
                ],
                lang,
            }) }
            <details class="table" id="months-table-details">
            <summary><h3>{ L::MonthsTableTitle.get(lang) }</h3></summary>
            <div class="table-wrap" role="region" aria-label={L::MonthsTitle.get(lang)} tabindex="0">
                <table class="num" id="months-table">
                    <thead><tr>
                        { for [T::Month, T::PlanLine, T::ActualLine].into_iter().map(|t| html! { <th scope="col">{ t.get(lang) }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for labels.into_iter().enumerate().map(|(i, l)| html! {
                            <tr key={i}>
                                <th scope="row">{ l }</th>
                                <td>{ people(m.plan.get(i)) }</td>
                                <td>{ people(m.cumulative.get(i)) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            </details>
        </div>
    }
}

/// Downloads realisasi per office (months × offices) as CSV in the
/// language's dialect.
fn office_months_csv(state: AppState) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| {
        let lang = state.lang;
        if let Some(csv) = crate::report::office_months_csv(&state, &|s, v| format(lang, s, v)) {
            let name = format!("realisasi-per-kantor-{}.csv", super::browser::today_iso());
            super::browser::download(&name, "text/csv;charset=utf-8", &csv);
        }
    })
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

/// What [`OfficeMonths`] shows.
#[derive(Properties, PartialEq)]
pub struct OfficeMonthsProps {
    /// The offices of *Pembagian*: row id, name and months as typed.
    pub offices: Vec<(u32, String, [String; 12])>,
    /// Each office's standing (in office order), once it can be computed.
    pub standings: Option<Result<Vec<OfficeStanding>, crate::calc::CalcError>>,
    /// Whether any office has a month typed.
    pub by_office: bool,
    /// The months (0 = January) with an office entry that cannot be read.
    pub unread: Vec<usize>,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches user actions.
    pub dispatch: Callback<Action>,
}

/// One office's twelve months, to type or correct a cell without pasting
/// the whole block again.
fn one_office(props: &OfficeMonthsProps, chosen: &UseStateHandle<usize>) -> Html {
    let lang = props.lang;
    let at = (**chosen).min(props.offices.len().saturating_sub(1));
    let Some((id, _, months)) = props.offices.get(at) else {
        return Html::default();
    };
    let choose = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Ok(i) = v.parse::<usize>() {
                chosen.set(i);
            }
        })
    };
    html! {
        <details class="paste" id="one-office">
            <summary>{ L::OneOfficeTitle.get(lang) }</summary>
            <div class="field">
                <label for="one-office-name">{ T::Office.get(lang) }</label>
                <select id="one-office-name" onchange={choose}>
                    { for props.offices.iter().enumerate().map(|(i, (oid, name, _))| html! {
                        <option key={*oid} value={i.to_string()} selected={i == at}>{ name.clone() }</option>
                    }) }
                </select>
            </div>
            <div class="grid three">
                { for months.iter().enumerate().map(|(m, text)| {
                    let (id, dispatch) = (*id, props.dispatch.clone());
                    number_field(&NumberFieldProps {
                        id: format!("om-{id}-{m}").into(),
                        label: month_name(lang, m).into(),
                        value: text.clone().into(),
                        spec: COUNT,
                        lang,
                        oninput: Callback::from(move |text| dispatch.emit(Action::EditOfficeMonth { id, month: m, text })),
                        optional: true,
                        range: false,
                    })
                }) }
            </div>
        </details>
    }
}

/// Realisasi per office: paste a block from a spreadsheet, see every cell's
/// problem, apply; then each office's standing, ranked. A component for the
/// paste box's own text.
#[function_component(OfficeMonths)]
pub fn office_months(props: &OfficeMonthsProps) -> Html {
    let lang = props.lang;
    let text = use_state(String::new);
    // The office whose months are open for typing (a place in the list).
    let chosen = use_state(|| 0usize);
    let names: Vec<&str> = props.offices.iter().map(|(_, n, _)| n.as_str()).collect();
    let rows = read_month_block(&text, lang, &names);
    let bad = rows
        .iter()
        .filter(|r| !r.problems.is_empty() || r.office.is_none())
        .count();
    let apply = {
        let (text, dispatch) = (text.clone(), props.dispatch.clone());
        let pasted: Vec<(u32, [String; 12])> = rows
            .iter()
            .filter_map(|r| Some((props.offices.get(r.office?)?.0, r.cells.clone())))
            .collect();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::PasteOfficeMonths(pasted.clone()));
            text.set(String::new());
        })
    };
    let people = |v: f64| format(lang, Style::Whole, v);
    let mut ranked: Vec<(usize, &OfficeStanding)> = match &props.standings {
        Some(Ok(s)) => s.iter().enumerate().collect(),
        _ => Vec::new(),
    };
    ranked.sort_by_key(|(i, s)| (s.rank.unwrap_or(usize::MAX), *i));
    html! {
        <div class="card" id="office-months">
            <h3>{ L::OfficeMonthsTitle.get(lang) }</h3>
            if props.by_office {
                <p class="note" id="offices-sum">{ L::OfficesSumNote.get(lang) }</p>
            }
            if !props.unread.is_empty() {
                <p class="msg error" id="offices-unread" role="status">{ L::OfficeCellsUnread.get(lang) }{ " " }{ props.unread.iter().map(|m| month_name(lang, *m)).collect::<Vec<_>>().join(", ") }</p>
            }
            { one_office(props, &chosen) }
            <details class="paste">
                <summary>{ L::PasteTitle.get(lang) }</summary>
                { paste_frame(PasteFrame {
                    lang,
                    help: L::OfficeMonthsHelp,
                    ids: ["om-paste", "om-count", "om-preview"],
                    placeholder: "KC Surabaya Rungkut\t150.000\t160.000",
                    text: &text,
                    rows: rows.len(),
                    bad,
                    columns: &[T::Office],
                    body: html! { <>{ for rows.iter().take(PREVIEW_ROWS).map(|r| {
                        let office = r.office.and_then(|i| names.get(i)).copied();
                        let status = match office {
                            None => L::OfficeUnknown.get(lang).to_owned(),
                            Some(_) if r.problems.is_empty() => "✓".to_owned(),
                            Some(_) => r.problems.iter().map(|(m, p)| month_cell_text(lang, *m, p)).collect::<Vec<_>>().join(" "),
                        };
                        let ok = office.is_some() && r.problems.is_empty();
                        html! {
                            <tr key={r.line} class={classes!((!ok).then_some("bad"))}>
                                <td>{ r.line }</td>
                                <td class="text nowrap">{ office.unwrap_or(&r.name) }</td>
                                <td class="text">{ status }</td>
                            </tr>
                        }
                    }) }</> },
                    actions: html! { <>
                        <button type="button" id="om-apply" onclick={apply}>{ L::OfficeMonthsApply.get(lang) }</button>
                        if bad > 0 {
                            <p class="note">{ L::OfficePasteBadNote.get(lang) }</p>
                        }
                    </> },
                }) }
            </details>
            { match &props.standings {
                Some(Ok(_)) => html! {
                    <details class="table" id="standings-details">
                    <summary><h3>{ L::StandingsTitle.get(lang) }</h3></summary>
                    <div class="table-wrap" role="region" aria-label={L::OfficeMonthsTitle.get(lang)} tabindex="0">
                        <table class="num" id="office-standings">
                            <thead><tr>
                                { for [L::Rank.get(lang), T::Office.get(lang), T::Achieved.get(lang), T::OwnPartShare.get(lang), L::PasteStatus.get(lang)].into_iter().map(|t| html! { <th scope="col">{ t }</th> }) }
                            </tr></thead>
                            <tbody>
                                { for ranked.iter().map(|(i, s)| {
                                    let name = names.get(*i).copied().unwrap_or_default();
                                    let (achieved, status, class) = match (&s.ytd, s.on_track) {
                                        (Ok(y), Some(true)) => (people(*y), L::FlagOnTrack.get(lang).to_owned(), "ok"),
                                        (Ok(y), _) => (people(*y), L::FlagBehind.get(lang).to_owned(), "behind"),
                                        (Err(missing), _) => {
                                            let months: Vec<&str> = missing.iter().map(|m| month_name(lang, *m)).collect();
                                            ("–".to_owned(), format!("{} {}", L::NotEnteredYet.get(lang), months.join(", ")), "waiting")
                                        }
                                    };
                                    html! {
                                        <tr key={*i}>
                                            <td>{ s.rank.map(|r| r.to_string()).unwrap_or_default() }</td>
                                            <th scope="row" class="text nowrap">{ name }</th>
                                            <td>{ achieved }</td>
                                            <td>{ s.share.map(|v| format(lang, Style::Percent, v)).unwrap_or_default() }</td>
                                            <td class={classes!("text", class)}>{ status }</td>
                                        </tr>
                                    }
                                }) }
                            </tbody>
                        </table>
                    </div>
                    </details>
                },
                Some(Err(e)) => html! { <p class="waiting">{ calc_error_text(lang, *e) }</p> },
                None => Html::default(),
            } }
        </div>
    }
}
