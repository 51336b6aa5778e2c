//! Prefill by URL parameters, the browser side: the parameters come from
//! [`crate::url`], the rules from the core's `prefill` module; the notice of
//! what could not be used is with the other notices (`ui::keep_share`).

use crate::state::AppState;
pub use umkm_core::prefill::*;

/// Applies the page address's parameters to `state`: the new state, or
/// `state` unchanged and the problems to show.
pub fn from_page(state: AppState) -> (AppState, Vec<PrefillError>) {
    open_with(state, &crate::url::query())
}
