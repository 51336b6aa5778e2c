//! A number input that shows, next to itself, how its text was read
//! ("= 108.000") or what is wrong with it, in the user's language.

use yew::prelude::*;

use crate::i18n::{Lang, T};
use crate::numbers::parse::{parse, FieldSpec, ParseError};
pub use umkm_core::messages::{error_message, reading_text, style_for};

/// What [`number_field`] shows.
#[derive(Properties, PartialEq, Clone)]
pub struct NumberFieldProps {
    /// The input's id; the message below it gets `{id}-msg`.
    pub id: AttrValue,
    /// The visible label.
    pub label: AttrValue,
    /// The text as typed (the state keeps it verbatim).
    pub value: AttrValue,
    /// What the field holds and its valid range.
    pub spec: FieldSpec,
    /// Interface language (labels, messages and the number convention).
    pub lang: Lang,
    /// Called with the whole new text on every keystroke.
    pub oninput: Callback<String>,
    /// A field that may stay empty (e.g. one of base/growth/target) shows no
    /// hint while empty.
    pub optional: bool,
}

/// A labelled text input for a number, with its reading or error below it,
/// keyed by its id. A plain function, not a component: it has no state, the
/// partner card around a row's fields already skips unchanged rows, and each
/// component costs ~2 KB of wasm.
pub fn number_field(props: &NumberFieldProps) -> Html {
    let result = parse(&props.value, &props.spec, props.lang.locale());
    let msg_id = format!("{}-msg", props.id);
    let oninput = {
        let cb = props.oninput.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                cb.emit(input.value());
            }
        })
    };
    // A field not filled in yet is a hint, not an error: a new row should not
    // greet the user in red.
    let (msg, class, invalid) = match &result {
        Ok(r) => (reading_text(props.lang, &props.spec, r), "msg read", false),
        Err(ParseError::Empty) if props.optional => (String::new(), "msg hint", false),
        Err(ParseError::Empty) => (T::ErrEmpty.get(props.lang).to_owned(), "msg hint", false),
        Err(e) => (error_message(props.lang, &props.spec, e), "msg error", true),
    };
    // The keypad: a phone's decimal keypad for most fields, but iPhones give
    // it no minus key, so a field whose range allows negatives (growth) opens
    // the full keyboard, whose "123" layer has the minus, comma and point.
    html! {
        <div key={props.id.as_str()} class={classes!("field", invalid.then_some("invalid"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input
                id={props.id.clone()}
                type="text"
                inputmode={if props.spec.min < 0.0 { "text" } else { "decimal" }}
                autocomplete="off"
                spellcheck="false"
                value={props.value.clone()}
                aria-invalid={invalid.to_string()}
                aria-describedby={msg_id.clone()}
                {oninput}
            />
            <p id={msg_id} {class} aria-live="polite">{ msg }</p>
        </div>
    }
}
