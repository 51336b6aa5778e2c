//! The comparison of two scenarios' headline figures.

use yew::prelude::*;

use crate::i18n::{Lang, L, T};
use crate::numbers::format::Style;
use crate::report::Headline;
use umkm_core::calc::span::Span;

// A plain function rather than a component: no state of its own, and each
// component costs ~2 KB of wasm (issue 7).
/// What [`compare_table`] shows.
pub struct CompareProps {
    /// Scenario A's figures.
    pub a: Headline,
    /// Scenario B's figures.
    pub b: Headline,
    /// Interface language.
    pub lang: Lang,
}

/// A, B and B − A for the headline figures.
pub fn compare_table(props: &CompareProps) -> Html {
    let lang = props.lang;
    let (a, b) = (&props.a, &props.b);
    let one = |v: Option<f64>| v.map(Span::one);
    let mut rows: Vec<(T, Option<Span>, Option<Span>, Style)> = vec![
        (T::PotentialWorkers, a.potential, b.potential, Style::Whole),
        (
            T::ExpectedParticipants,
            a.expected,
            b.expected,
            Style::Whole,
        ),
    ];
    if a.staged || b.staged {
        // A work without stages counts in full: its weighted is its expected.
        rows.push((T::WeightedExpected, a.weighted, b.weighted, Style::Whole));
    }
    rows.extend([
        (
            T::TotalTarget,
            one(a.total_target),
            one(b.total_target),
            Style::Whole,
        ),
        (T::ShareOfTarget, a.share, b.share, Style::Percent),
        (T::SegOther, one(a.other), one(b.other), Style::Whole),
        (T::YearToDate, one(a.ytd), one(b.ytd), Style::Whole),
        (
            T::ForecastPace,
            one(a.year_end),
            one(b.year_end),
            Style::Whole,
        ),
    ]);
    let show = |v: Option<Span>, style: Style| {
        v.map(|v| super::super::math::span(lang, style, v))
            .unwrap_or_else(|| "–".into())
    };
    html! {
        <div class="table-wrap">
            <table class="num" id="compare-table">
                <caption class="sr-only">{ L::Compare.get(lang) }</caption>
                <thead><tr><th scope="col">{ L::Figure.get(lang) }</th><th scope="col">{ "A" }</th><th scope="col">{ "B" }</th><th scope="col">{ "B − A" }</th></tr></thead>
                <tbody>
                    { for rows.iter().map(|(t, x, y, style)| {
                        let diff = x.zip(*y).and_then(|(x, y)| crate::calc::pipeline::span_difference(x, y).ok());
                        let signed = |d: Span, k: f64| super::super::math::span(lang, Style::SignedDecimal, Span { low: d.low * k, high: d.high * k });
                        let diff_text = match (diff, style) {
                            (Some(d), Style::Percent) => format!("{} {}", signed(d, 100.0), T::UnitPoints.get(lang)),
                            (Some(d), _) => signed(d, 1.0),
                            (None, _) => "–".into(),
                        };
                        html! {
                            <tr key={t.get(Lang::En)}><th scope="row">{ t.get(lang) }</th><td>{ show(*x, *style) }</td><td>{ show(*y, *style) }</td><td>{ diff_text }</td></tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}
