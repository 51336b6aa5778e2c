//! Charts drawn as SVG by the app (no chart library): scalable, printable,
//! styled by CSS, with a title for screen readers. Every chart sits beside a
//! table that holds the same figures.

use yew::prelude::*;

use crate::i18n::Lang;
use crate::numbers::format::{format, Style};

const W: f64 = 320.0;
const H: f64 = 190.0;
const LEFT: f64 = 62.0;
const RIGHT: f64 = 8.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 24.0;

/// Colours for light and dark alike: at least 4.3:1 on the light card and
/// 3.4:1 on the dark one (graphics need 3:1), told apart by dash pattern too.
const COLOURS: [&str; 6] = [
    "#1f8a5f", "#3b6fe0", "#d9433a", "#a66b00", "#8d5cc4", "#6b7a74",
];
const DASHES: [&str; 6] = ["", "6 3", "2 3", "8 3 2 3", "4 4", "1 2"];

/// An SVG coordinate. Whole units are precise enough at this size, and integer
/// formatting keeps Rust's float-to-text machinery out of the download.
fn n(v: f64) -> String {
    (v.round() as i32).to_string()
}

/// A legend swatch. An SVG fill rather than style="background:…": the strict
/// CSP (style-src 'self', docs/EMBEDDING.md) blocks inline styles.
fn swatch(colour: &'static str) -> Html {
    html! {
        <svg class="swatch" viewBox="0 0 12 12" aria-hidden="true"><rect width="12" height="12" rx="3" fill={colour} /></svg>
    }
}

/// The series' names by their colours.
fn legend(series: &[Series]) -> Html {
    html! {
        <figcaption>
            <ul class="legend">
                { for series.iter().enumerate().map(|(k, s)| html! {
                    <li key={k}>{ swatch(COLOURS[k % COLOURS.len()]) }{ s.name.clone() }</li>
                }) }
            </ul>
        </figcaption>
    }
}

/// One named series of values.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// Legend name.
    pub name: String,
    /// Values, one per label.
    pub values: Vec<f64>,
}

/// A "nice" upper bound for the axis: 1, 2, 3, 4, 5, 6 or 8 times a power of ten.
fn nice_max(max: f64) -> f64 {
    if !(max.is_finite() && max > 0.0) {
        return 1.0;
    }
    let mut step = 1.0;
    while step * 10.0 <= max {
        step *= 10.0;
    }
    // Four gridlines: every top here divides into quarters people read
    // (3 juta: 0,75 / 1,5 / 2,25), and a target just over a step (2,34 juta)
    // does not leave half the chart empty.
    for m in [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0] {
        if step * m >= max {
            return step * m;
        }
    }
    step * 10.0
}

fn y_of(v: f64, top: f64) -> f64 {
    let v = if v.is_finite() { v.max(0.0) } else { 0.0 };
    TOP + (H - TOP - BOTTOM) * (1.0 - v / top)
}

fn grid(lang: Lang, top: f64) -> Html {
    html! {
        <g class="grid-lines">
            { for (0..=4).map(|i| {
                let v = top * f64::from(i) / 4.0;
                let y = y_of(v, top);
                html! {
                    <g key={i}>
                        <line x1={n(LEFT)} x2={n(W - RIGHT)} y1={n(y)} y2={n(y)} />
                        <text x={n(LEFT - 4.0)} y={n(y + 4.0)} text-anchor="end">{ format(lang, Style::Compact, v) }</text>
                    </g>
                }
            }) }
        </g>
    }
}

/// What [`line_chart`] and [`stacked_bars`] draw.
#[derive(PartialEq)]
pub struct ChartProps {
    /// The chart's title (also its accessible name).
    pub title: AttrValue,
    /// X-axis labels.
    pub labels: Vec<String>,
    /// The series.
    pub series: Vec<Series>,
    /// Interface language.
    pub lang: Lang,
}

/// A line chart, one line per series. A plain function, not a component:
/// it has no state, and each component costs ~2 KB of wasm (issue 7).
pub fn line_chart(props: &ChartProps) -> Html {
    let lang = props.lang;
    let count = props.labels.len().max(1);
    let max = props
        .series
        .iter()
        .flat_map(|s| s.values.iter().copied())
        .filter(|v| v.is_finite())
        .fold(0.0_f64, f64::max);
    let top = nice_max(max);
    let x_of = |i: usize| {
        let span = W - LEFT - RIGHT;
        if count <= 1 {
            LEFT + span / 2.0
        } else {
            LEFT + span * i as f64 / (count - 1) as f64
        }
    };
    let label_every = count.div_ceil(6).max(1);
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {} {}", n(W), n(H))} role="img" aria-label={props.title.clone()}>
                <title>{ props.title.clone() }</title>
                { grid(lang, top) }
                { for props.labels.iter().enumerate().filter(|(i, _)| i % label_every == 0).map(|(i, l)| html! {
                    <text key={i} class="x" x={n(x_of(i))} y={n(H - 6.0)} text-anchor="middle">{ l.clone() }</text>
                }) }
                { for props.series.iter().enumerate().map(|(k, s)| {
                    let points: Vec<String> = s.values.iter().enumerate()
                        .map(|(i, v)| format!("{},{}", n(x_of(i)), n(y_of(*v, top)))).collect();
                    html! {
                        <polyline key={k} fill="none" stroke={COLOURS[k % COLOURS.len()]} stroke-width="2.5"
                            stroke-dasharray={DASHES[k % DASHES.len()]} points={points.join(" ")} />
                    }
                }) }
            </svg>
            { legend(&props.series) }
        </figure>
    }
}

/// A bar per label, the series stacked on it. A plain function, like
/// [`line_chart`].
pub fn stacked_bars(props: &ChartProps) -> Html {
    let lang = props.lang;
    let count = props.labels.len().max(1);
    let total = |i: usize| -> f64 {
        props
            .series
            .iter()
            .filter_map(|s| s.values.get(i).copied())
            .filter(|v| v.is_finite())
            .sum()
    };
    let top = nice_max((0..count).map(total).fold(0.0_f64, f64::max));
    let slot = (W - LEFT - RIGHT) / count as f64;
    let width = (slot * 0.7).max(1.0);
    let label_every = count.div_ceil(6).max(1);
    let mut bars = Vec::new();
    for i in 0..count {
        let x = LEFT + slot * i as f64 + (slot - width) / 2.0;
        let mut base = 0.0;
        for (k, s) in props.series.iter().enumerate() {
            let v = s
                .values
                .get(i)
                .copied()
                .filter(|v| v.is_finite())
                .unwrap_or(0.0);
            let (y0, y1) = (y_of(base, top), y_of(base + v, top));
            base += v;
            bars.push(html! {
                <rect key={format!("{i}-{k}")} x={n(x)} y={n(y1)} width={n(width)} height={n(y0 - y1)} fill={COLOURS[k % COLOURS.len()]} />
            });
        }
    }
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {} {}", n(W), n(H))} role="img" aria-label={props.title.clone()}>
                <title>{ props.title.clone() }</title>
                { grid(lang, top) }
                { for bars }
                { for props.labels.iter().enumerate().filter(|(i, _)| i % label_every == 0).map(|(i, l)| html! {
                    <text key={i} class="x" x={n(LEFT + slot * (i as f64 + 0.5))} y={n(H - 6.0)} text-anchor="middle">{ l.clone() }</text>
                }) }
            </svg>
            { legend(&props.series) }
        </figure>
    }
}
