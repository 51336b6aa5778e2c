//! A number input that shows, next to itself, how its text was read
//! ("= 108.000") or what is wrong with it, in the user's language.

use yew::prelude::*;

use crate::i18n::{Lang, L, T};
use crate::numbers::parse::{parse, parse_range, FieldSpec, ParseError, RangeError};
pub use umkm_core::messages::{
    error_message, range_error_message, range_reading_text, reading_text, style_for,
};

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
    /// Accepts a range (`10–30`): read with `parse_range`, its reading
    /// shows both ends.
    pub range: bool,
}

/// A labelled text input for a number, with its reading or error below it,
/// keyed by its id. A plain function, not a component: it has no state, the
/// partner card around a row's fields already skips unchanged rows, and each
/// component costs ~2 KB of wasm.
pub fn number_field(props: &NumberFieldProps) -> Html {
    let lang = props.lang;
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
    let empty = match (props.optional, props.range) {
        (true, _) => (String::new(), "msg hint", false),
        (false, true) => (L::ErrEmptyRange.get(lang).to_owned(), "msg hint", false),
        (false, false) => (T::ErrEmpty.get(lang).to_owned(), "msg hint", false),
    };
    let (msg, class, invalid) = if props.range {
        match parse_range(&props.value, &props.spec, lang.locale()) {
            Ok(r) => (range_reading_text(lang, &props.spec, &r), "msg read", false),
            Err(RangeError::Low(ParseError::Empty)) => empty,
            Err(e) => (
                range_error_message(lang, &props.spec, &e),
                "msg error",
                true,
            ),
        }
    } else {
        match parse(&props.value, &props.spec, lang.locale()) {
            Ok(r) => (reading_text(lang, &props.spec, &r), "msg read", false),
            Err(ParseError::Empty) => empty,
            Err(e) => (error_message(lang, &props.spec, &e), "msg error", true),
        }
    };
    // The keypad: a phone's decimal keypad for most fields, but iPhones give
    // it no minus key, so a field whose range allows negatives (growth) opens
    // the full keyboard, whose "123" layer has the minus, comma and point; so
    // does a field that accepts a range (`10–30`, `10 s.d. 30`).
    html! {
        <div key={props.id.as_str()} class={classes!("field", invalid.then_some("invalid"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input
                id={props.id.clone()}
                type="text"
                inputmode={if props.spec.min < 0.0 || props.range { "text" } else { "decimal" }}
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
