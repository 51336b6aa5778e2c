//! The comparison of two scenarios' headline figures.

use yew::prelude::*;

use crate::i18n::{Lang, T};
use crate::numbers::format::{format, Style};
use crate::report::Headline;

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
    let rows: [(T, Option<f64>, Option<f64>, Style); 7] = [
        (T::PotentialWorkers, a.potential, b.potential, Style::Whole),
        (
            T::ExpectedParticipants,
            a.expected,
            b.expected,
            Style::Whole,
        ),
        (T::TotalTarget, a.total_target, b.total_target, Style::Whole),
        (T::ShareOfTarget, a.share, b.share, Style::Percent),
        (T::SegOther, a.other, b.other, Style::Whole),
        (T::YearToDate, a.ytd, b.ytd, Style::Whole),
        (T::ForecastPace, a.year_end, b.year_end, Style::Whole),
    ];
    let show = |v: Option<f64>, style: Style| {
        v.map(|v| format(lang, style, v))
            .unwrap_or_else(|| "–".into())
    };
    html! {
        <div class="table-wrap">
            <table class="num" id="compare-table">
                <caption class="sr-only">{ T::Compare.get(lang) }</caption>
                <thead><tr><th scope="col">{ T::Figure.get(lang) }</th><th scope="col">{ "A" }</th><th scope="col">{ "B" }</th><th scope="col">{ "B − A" }</th></tr></thead>
                <tbody>
                    { for rows.iter().map(|(t, x, y, style)| {
                        let diff = x.zip(*y).and_then(|(x, y)| crate::calc::pipeline::difference(x, y).ok());
                        let diff_text = match (diff, style) {
                            (Some(d), Style::Percent) => format!("{} {}", format(lang, Style::SignedDecimal, d * 100.0), T::UnitPoints.get(lang)),
                            (Some(d), _) => format(lang, Style::SignedDecimal, d),
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
