//! Ringkasan: the headline figures as large cards and one chart, pipeline
//! against target by segment.

use yew::prelude::*;

use crate::calc::growth::{Plan, Segment};
use crate::calc::pipeline::PipelineTotal;
use crate::calc::{Explain, Figure};
use crate::i18n::{Lang, T};
use crate::numbers::format::{format, Style};
use umkm_core::calc::span::Span;

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
    let staged = props.pipeline.as_ref().is_some_and(|p| p.staged());
    let weighted_share = props
        .pipeline
        .as_ref()
        .filter(|_| staged)
        .zip(total_target)
        .and_then(|(p, t)| p.weighted_share_of(t).ok())
        .and_then(|s| s.explain().into_iter().next());
    let target_expl = props.plan.lines[Segment::Total]
        .as_ref()
        .ok()
        .and_then(|l| {
            l.explain()
                .into_iter()
                .find(|e| e.figure == Figure::GrowthTarget(Segment::Total))
        });

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
            <div class="big-cards">
                { card(T::ExpectedParticipants, fig(Figure::ExpectedParticipants), "sum-expected") }
                if staged {
                    { card(T::WeightedExpected, fig(Figure::WeightedExpected), "sum-weighted") }
                }
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
                if let Some(e) = weighted_share {
                    { card(T::WeightedShare, html! { <MathValue explanation={e} {lang} /> }, "sum-wshare") }
                }
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
