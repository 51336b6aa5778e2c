//! "Show the math": a result that opens, on tap or click, to the working that
//! produced it, written from `calc::Explanation` data in the current language
//! by the core's `words` (here given the app's number writer, which falls
//! back to `Intl.NumberFormat` where integers cannot write a value).

use yew::prelude::*;

use crate::calc::growth::Segment;
use crate::calc::{Explanation, Figure, Note, Quantity};
use crate::i18n::{Lang, L, T};
use crate::numbers::format::format;
use umkm_core::words;

pub use umkm_core::words::{figure_name, segment_name, style_of};

/// [`words::quantity`] written with the app's number writer.
pub fn quantity(lang: Lang, q: Quantity) -> String {
    words::quantity(lang, &|s, v| format(lang, s, v), q)
}

/// A span (`54.000–162.000`, or one value) written with the app's number
/// writer.
pub fn span(
    lang: Lang,
    style: crate::numbers::format::Style,
    s: umkm_core::calc::span::Span,
) -> String {
    words::span_text(&|st, v| format(lang, st, v), style, s)
}

/// [`words::note_text`] written with the app's number writer.
pub fn note_text(lang: Lang, n: &Note) -> String {
    words::note_text(lang, &|s, v| format(lang, s, v), n)
}

/// [`words::working_lines`] written with the app's number writer.
pub fn working_lines(lang: Lang, e: &Explanation) -> Vec<String> {
    words::working_lines(lang, &|s, v| format(lang, s, v), e)
}

/// A `<select>` of segments (its option values are the variant names) as an
/// action.
pub fn on_segment_change(
    dispatch: &Callback<crate::state::Action>,
    action: fn(Segment) -> crate::state::Action,
) -> Callback<Event> {
    let d = dispatch.clone();
    Callback::from(move |e: Event| {
        if let Some(sel) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
            if let Some(seg) = Segment::from_name(&sel.value()) {
                d.emit(action(seg));
            }
        }
    })
}

/// Properties of [`MathValue`].
#[derive(Properties, PartialEq)]
pub struct MathValueProps {
    /// The working; its last result is the value shown.
    pub explanation: Explanation,
    /// Interface language.
    pub lang: Lang,
    /// Optional id for the value element (tests and links find it by id).
    #[prop_or_default]
    pub id: Option<AttrValue>,
    /// Show the result of this step instead of the last one (an audit's
    /// headline is the implied growth, its last step the difference).
    #[prop_or_default]
    pub headline_step: Option<usize>,
}

/// A result that opens to its working. A native `<details>` costs no script,
/// works with the keyboard and is announced as expandable by screen readers.
#[function_component(MathValue)]
pub fn math_value(props: &MathValueProps) -> Html {
    let lang = props.lang;
    let e = &props.explanation;
    let headline = match props.headline_step {
        Some(i) => e.steps.get(i).map(|s| s.result),
        None => e.result(),
    };
    let value = match (props.headline_step, headline) {
        (None, Some(_)) => words::headline_text(lang, &|s, v| format(lang, s, v), e),
        (_, Some(q)) => quantity(lang, q),
        (_, None) => "–".to_owned(),
    };
    // The working is written only once opened: a total over 1,000 partners
    // has 1,000 terms, and formatting them on every keystroke for a closed
    // box would be most of the app's work.
    let open = use_state(|| false);
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <details class="math">
            // The "?" mark is the summary's ::after (static/app.css), and what
            // it does is in the summary's name: two spans fewer per figure, and
            // a partner card shows two to five (issue 28, DOM nodes per row).
            <summary onclick={on_toggle} aria-label={format!("{value} — {}", L::ShowMath.get(lang))}>
                <span class={classes!("value", e.high_from.is_some().then_some("range"))} id={props.id.clone()}>{ value }</span>
            </summary>
            if *open {
                <div class="working">
                    <p class="what">{ figure_name(lang, e.figure) }</p>
                    { for working_lines(lang, e).into_iter().enumerate().map(|(i, line)| html! {
                        <p class="step" key={i}>{ line }</p>
                    }) }
                    { for e.notes.iter().enumerate().map(|(i, n)| html! {
                        <p class="note" key={format!("n{i}")}>{ note_text(lang, n) }</p>
                    }) }
                </div>
            }
        </details>
    }
}

/// The figures of `rows` that `all` explains, in the order of `rows`, as one
/// `<dl class="figures">`: each value opens to its working and has the id
/// `{prefix}-{suffix}`; a share spans the row. One loop for the partner
/// card, the totals and the goal card (each literal item costs wasm).
pub fn figure_list(
    lang: Lang,
    all: &[crate::calc::Explanation],
    prefix: &str,
    rows: &[(Figure, T, &'static str)],
) -> Html {
    html! {
        <dl class="figures">
            { for rows.iter().filter_map(|(f, label, suffix)| {
                let e = all.iter().find(|e| e.figure == *f)?;
                let wide = !matches!(f, Figure::PotentialWorkers | Figure::ExpectedParticipants | Figure::WeightedExpected | Figure::ExpectedPu | Figure::ExpectedBpu);
                Some(html! {
                    <div key={*suffix} class={classes!(wide.then_some("wide"))}><dt>{ label.get(lang) }</dt><dd>
                        <MathValue explanation={e.clone()} {lang} id={Some(AttrValue::from(format!("{prefix}-{suffix}")))} />
                    </dd></div>
                })
            }) }
        </dl>
    }
}
