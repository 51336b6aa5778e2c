//! Rencana: the plan on one screen (`umkm_core::plan`), each line a tap to
//! the section that computes it.

use yew::prelude::*;

use crate::calc::growth::{Plan, Segment};
use crate::i18n::T;
use crate::state::Action;

/// What [`summary_section`] shows.
pub struct SummaryProps<'a> {
    /// The work.
    pub state: &'a crate::state::AppState,
    /// The plan of targets.
    pub plan: Plan,
    /// Dispatches user actions (a line's tap opens its section).
    pub dispatch: Callback<Action>,
}

/// The summary section: the plan on one screen, and the two presets that
/// start it on a fresh page.
// A plain function rather than a component: no state of its own, and each
// component costs ~2 KB of wasm (issue 7).
pub fn summary_section(props: &SummaryProps) -> Html {
    let state = props.state;
    let lang = state.lang;
    let fmt = move |style, v| crate::numbers::format::format(lang, style, v);
    let lines = umkm_core::plan::plan_lines(state, &fmt, super::browser::today());
    let no_target = props.plan.target(Segment::Total).is_err();
    let no_partner = state.partners.iter().all(|p| p.is_untouched());
    html! {
        <section class="section" aria-labelledby="summary-h">
            <h2 id="summary-h">{ T::SectionSummary.get(lang) }</h2>
            <ul class="plan" id="plan">
                { for lines.into_iter().map(|l| {
                    let section = l.section;
                    html! {
                        <li key={l.id}>
                            <button type="button" id={l.id} class={classes!("plan-line", l.warn.then_some("warn"))}
                                onclick={props.dispatch.reform(move |_| Action::OpenSection(section))}>
                                <span class="label">{ l.label }</span>
                                <strong class={classes!(l.value.is_none().then_some("waiting"))}>{ l.value.unwrap_or_else(|| "–".to_owned()) }</strong>
                                if let Some(n) = l.note { <span class="note">{ n }</span> }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <p class="note" id="plan-tap">{ T::PlanTapHint.get(lang) }</p>
            if no_target || no_partner {
                <div class="actions">
                    if no_target {
                        <button type="button" id="plan-fill-targets" class="secondary" onclick={super::targets::fill_article(state, &props.dispatch)}>{ T::FillArticle.get(lang) }</button>
                    }
                    if no_partner {
                        <button type="button" id="plan-add-sampoerna" class="secondary" onclick={props.dispatch.reform(|_| Action::AddPresetPartner(0))}>{ "+ Sampoerna" }</button>
                    }
                </div>
            }
        </section>
    }
}
