//! An input placed from the field table (`state::fields`): its id, label,
//! spec and text come from the table row, so a view names only the field.

use yew::prelude::*;

use crate::i18n::Lang;
use crate::state::{Action, Field, Holds, Texts};

use super::field::{number_field, NumberFieldProps};

/// The input of `field` with its reading or error below it.
pub fn field_input(field: Field, texts: &Texts, lang: Lang, dispatch: &Callback<Action>) -> Html {
    let def = field.def();
    let oninput = dispatch.reform(move |text: String| Action::EditField { field, text });
    let value = AttrValue::from(texts[field].clone());
    let label = AttrValue::from(def.label.text(lang));
    match def.holds {
        Holds::Switch => {
            let onchange = oninput.reform(|e: Event| {
                let on = e
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .checked();
                if on { "1" } else { "" }.to_owned()
            });
            html! {
                <div key={def.id} class="field check">
                    <label><input type="checkbox" id={def.id} checked={texts.on(field)} {onchange} />{ " " }{ label }</label>
                </div>
            }
        }
        Holds::Number(spec) => html! {
            { number_field(&NumberFieldProps { id: def.id.into(), label, value, spec: *spec, lang, oninput, optional: def.optional, range: def.range }) }
        },
        // A partner's stage is a row's choice, placed by the partner card.
        Holds::Stage => html! {},
        Holds::Date | Holds::Text => {
            let kind = if def.holds == Holds::Date {
                "date"
            } else {
                "text"
            };
            let oninput = oninput.reform(|e: InputEvent| {
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value()
            });
            html! {
                <div key={def.id} class={classes!("field", (def.holds == Holds::Text).then_some("name"))}>
                    <label for={def.id}>{ label }</label>
                    <input id={def.id} type={kind} {value} {oninput} />
                </div>
            }
        }
    }
}
