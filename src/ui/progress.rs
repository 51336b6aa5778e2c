//! Progress (capaian): achieved against target as of a date, what remains and
//! the rate it now takes.

use yew::prelude::*;

use crate::calc::progress::{Date, Progress, Rate};
use crate::calc::{Explain, Figure};
use crate::figures::progress_figures;
use crate::i18n::{Lang, T};
use crate::numbers::format::{format, Style};
use crate::state::{Action, AppState, Field};

use super::math::MathValue;
use super::table_field::field_input;
use super::targets::calc_error_text;

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
            { match result {
                Some(Ok(r)) => progress_view(&ProgressViewProps { progress: r, lang }),
                Some(Err(e)) => html! { <p class="waiting">{ calc_error_text(lang, e) }</p> },
                None => html! { <p class="waiting">{ T::ProgressWaiting.get(lang) }</p> },
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
