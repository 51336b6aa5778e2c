//! Ringkasan: the plan on one screen (`umkm_core::plan`), then one chart,
//! the pipeline against the target by segment.

use yew::prelude::*;

use crate::calc::growth::{Plan, Segment};
use crate::calc::pipeline::PipelineTotal;
use crate::i18n::T;
use crate::numbers::format::Style;
use crate::state::Action;
use umkm_core::calc::span::Span;

use super::chart::BarGroup;
use super::math::segment_name;

/// What [`summary_section`] shows.
pub struct SummaryProps<'a> {
    /// The work.
    pub state: &'a crate::state::AppState,
    /// The pipeline total, if computable.
    pub pipeline: Option<PipelineTotal>,
    /// The plan of targets.
    pub plan: Plan,
    /// Dispatches user actions (a line's tap opens its section).
    pub dispatch: Callback<Action>,
}

/// The summary section: the plan on one screen (each line a tap to the
/// section that computes it), then the pipeline against the targets.
// A plain function rather than a component: no state of its own, and each
// component costs ~2 KB of wasm (issue 7).
pub fn summary_section(props: &SummaryProps) -> Html {
    let state = props.state;
    let lang = state.lang;
    let fmt = move |style, v| crate::numbers::format::format(lang, style, v);
    let lines = umkm_core::plan::plan_lines(state, &fmt, super::browser::today());
    let no_target = props.plan.target(Segment::Total).is_err();
    let no_partner = state.partners.iter().all(|p| p.is_untouched());
    let staged = props.pipeline.as_ref().is_some_and(|p| p.staged());
    // Weighted bars only once a partner has a stage (the PU and BPU parts
    // are not weighted separately: the total's bar says it).
    let p = props.pipeline.as_ref();
    let groups: Vec<BarGroup> = [
        (Segment::Total, p.map(|p| p.expected), p.map(|p| p.weighted)),
        (
            Segment::Pu,
            p.filter(|p| p.pu_known).map(|p| p.expected_pu),
            None,
        ),
        (
            Segment::Bpu,
            p.filter(|p| p.pu_known).map(|p| p.expected_bpu),
            None,
        ),
    ]
    .into_iter()
    .filter_map(|(seg, pipe, weighted)| {
        let t = props.plan.target(seg).ok()?;
        // PU and BPU wait for every partner's PU share: no bar of 0.
        if seg != Segment::Total && p.is_some() && pipe.is_none() {
            return None;
        }
        let mut bars = vec![Some(pipe.unwrap_or_default())];
        if staged {
            // PU and BPU are not weighted apart: no bar, "–" in the table.
            bars.push(weighted);
        }
        bars.push(Some(Span::one(t)));
        Some(BarGroup {
            label: segment_name(lang, seg).to_owned(),
            bars,
        })
    })
    .collect();
    let mut names: Vec<AttrValue> = vec![T::Pipeline.get(lang).into()];
    if staged {
        names.push(T::WeightedExpected.get(lang).into());
    }
    names.push(T::Target.get(lang).into());

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
            <p class="note">{ T::PlanTapHint.get(lang) }</p>
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
            if !groups.is_empty() {
                { super::chart::bar_chart(&super::chart::BarChartProps {
                    title: T::ChartPipelineVsTarget.get(lang).into(),
                    names: names.clone(),
                    groups: groups.clone(),
                    lang,
                }) }
                <div class="table-wrap">
                    <table class="num" id="summary-table">
                        <caption>{ T::ChartPipelineVsTarget.get(lang) }</caption>
                        <thead><tr><th scope="col">{ T::Segment.get(lang) }</th>{ for names.iter().map(|n| html! { <th scope="col" key={n.to_string()}>{ n.clone() }</th> }) }</tr></thead>
                        <tbody>
                            { for groups.iter().map(|g| html! {
                                <tr key={g.label.clone()}><th scope="row">{ g.label.clone() }</th>{ for g.bars.iter().enumerate().map(|(k, b)| html! { <td key={k}>{ b.map_or_else(|| "–".to_owned(), |b| super::math::span(lang, Style::Whole, b)) }</td> }) }</tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </section>
    }
}
