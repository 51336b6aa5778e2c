//! Ringkasan: the headline figures as large cards and one chart, pipeline
//! against target by segment.

use yew::prelude::*;

use crate::calc::growth::{Plan, Segment};
use crate::calc::pipeline::PipelineTotal;
use crate::calc::{Explain, Figure};
use crate::i18n::{Lang, T};
use crate::numbers::format::{format, Style};

use super::chart::BarGroup;
use super::math::{segment_name, MathValue};

/// What [`summary_section`] shows.
pub struct SummaryProps {
    /// The pipeline total, if computable.
    pub pipeline: Option<PipelineTotal>,
    /// The plan of targets.
    pub plan: Plan,
    /// Rows still waiting for a valid entry.
    pub waiting_rows: usize,
    /// Interface language.
    pub lang: Lang,
}

/// The summary section.
// A plain function rather than a component: no state of its own, and each
// component costs ~2 KB of wasm (issue 7).
pub fn summary_section(props: &SummaryProps) -> Html {
    let lang = props.lang;
    let total_target = props.plan.target(Segment::Total).ok();
    let pipeline_all = props
        .pipeline
        .as_ref()
        .map(|p| p.explain())
        .unwrap_or_default();
    let card = |label: T, body: Html, id: &'static str| {
        html! {
            <div class="big-card" id={id}><p class="label">{ label.get(lang) }</p><div class="big">{ body }</div></div>
        }
    };
    let fig = |f: Figure| match pipeline_all.iter().find(|e| e.figure == f) {
        Some(e) => html! { <MathValue explanation={e.clone()} {lang} /> },
        None => html! { <span class="waiting">{ "–" }</span> },
    };
    let share = props
        .pipeline
        .as_ref()
        .zip(total_target)
        .and_then(|(p, t)| p.share_of(t).ok())
        .and_then(|s| s.explain().into_iter().next());
    let target_expl = props.plan.lines[Segment::Total]
        .as_ref()
        .ok()
        .and_then(|l| {
            l.explain()
                .into_iter()
                .find(|e| e.figure == Figure::GrowthTarget(Segment::Total))
        });

    let groups: Vec<BarGroup> = [
        (Segment::Total, props.pipeline.as_ref().map(|p| p.expected)),
        (Segment::Pu, props.pipeline.as_ref().map(|p| p.expected_pu)),
        (
            Segment::Bpu,
            props.pipeline.as_ref().map(|p| p.expected_bpu),
        ),
    ]
    .into_iter()
    .filter_map(|(seg, pipe)| {
        let t = props.plan.target(seg).ok()?;
        Some(BarGroup {
            label: segment_name(lang, seg).to_owned(),
            a: pipe.unwrap_or(0.0),
            b: t,
        })
    })
    .collect();

    html! {
        <section class="section" aria-labelledby="summary-h">
            <h2 id="summary-h">{ T::SectionSummary.get(lang) }</h2>
            <div class="big-cards">
                { card(T::ExpectedParticipants, fig(Figure::ExpectedParticipants), "sum-expected") }
                { card(T::PotentialWorkers, fig(Figure::PotentialWorkers), "sum-potential") }
                { card(T::TotalTarget, match (&target_expl, total_target) {
                    (Some(e), _) => html! { <MathValue explanation={e.clone()} {lang} /> },
                    (None, Some(t)) => html! { { format(lang, Style::Whole, t) } },
                    (None, None) => html! { <span class="waiting">{ "–" }</span> },
                }, "sum-target") }
                { card(T::ShareOfTarget, match share {
                    Some(e) => html! { <MathValue explanation={e} {lang} /> },
                    None => html! { <span class="waiting">{ "–" }</span> },
                }, "sum-share") }
            </div>
            if props.waiting_rows > 0 {
                <p class="note">{ umkm_core::report::rows_waiting(lang, props.waiting_rows) }</p>
            }
            if total_target.is_none() {
                <p class="waiting">{ T::SummaryNeedsTarget.get(lang) }</p>
            }
            if !groups.is_empty() {
                { super::chart::bar_chart(&super::chart::BarChartProps {
                    title: T::ChartPipelineVsTarget.get(lang).into(),
                    a_name: T::Pipeline.get(lang).into(),
                    b_name: T::Target.get(lang).into(),
                    groups: groups.clone(),
                    lang,
                }) }
                <div class="table-wrap">
                    <table class="num" id="summary-table">
                        <caption>{ T::ChartPipelineVsTarget.get(lang) }</caption>
                        <thead><tr><th scope="col">{ T::Segment.get(lang) }</th><th scope="col">{ T::Pipeline.get(lang) }</th><th scope="col">{ T::Target.get(lang) }</th></tr></thead>
                        <tbody>
                            { for groups.iter().map(|g| html! {
                                <tr key={g.label.clone()}><th scope="row">{ g.label.clone() }</th><td>{ format(lang, Style::Whole, g.a) }</td><td>{ format(lang, Style::Whole, g.b) }</td></tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </section>
    }
}
