//! Prefill by URL parameters, the browser side: the parameters come from
//! [`crate::url`], the rules from the core's `prefill` module.

use yew::prelude::*;

use crate::i18n::{Lang, T};
use crate::state::AppState;
pub use umkm_core::prefill::*;

/// Applies the page address's parameters to `state`: the new state, or
/// `state` unchanged and the problems to show.
pub fn from_page(state: AppState) -> (AppState, Vec<PrefillError>) {
    open_with(state, &crate::url::query())
}

/// Properties of [`PrefillNotice`].
#[derive(Properties, PartialEq)]
pub struct PrefillNoticeProps {
    /// The problems found in the page address.
    pub errors: Vec<PrefillError>,
    /// Interface language.
    pub lang: Lang,
}

/// Says which link parameters could not be used, until dismissed.
#[function_component(PrefillNotice)]
pub fn prefill_notice(props: &PrefillNoticeProps) -> Html {
    let dismissed = use_state(|| false);
    if props.errors.is_empty() || *dismissed {
        return html! {};
    }
    let lang = props.lang;
    html! {
        <div class="notice warn" id="prefill-notice" role="alert">
            <p>{ T::PrefillProblems.get(lang) }</p>
            <ul>
                { for props.errors.iter().map(|e| html! {
                    <li><code>{ format!("{}={}", e.param, e.value) }</code>{ " — " }{ problem_text(lang, &e.problem) }</li>
                }) }
            </ul>
            <button type="button" class="secondary" onclick={Callback::from(move |_: MouseEvent| dismissed.set(true))}>
                { T::Dismiss.get(lang) }
            </button>
        </div>
    }
}
