//! The one reader of the page address: its query parameters (read once and
//! kept: they do not change while the app runs) and its `#fragment` (a share
//! link). What the parameters mean is the core's (`prefill`, `embed`).

use std::rc::Rc;

use wasm_bindgen::JsValue;
use web_sys::window;

thread_local! {
    static QUERY: Rc<[(String, String)]> = read_query().into();
}

/// The page address's query parameters, decoded as the browser does, in order.
pub fn query() -> Rc<[(String, String)]> {
    QUERY.with(Rc::clone)
}

fn read_query() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let Some(search) = window().and_then(|w| w.location().search().ok()) else {
        return out;
    };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return out;
    };
    let Ok(Some(entries)) = js_sys::try_iter(&params) else {
        return out;
    };
    for entry in entries.flatten() {
        let pair = js_sys::Array::from(&entry);
        if let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
            out.push((k, v));
        }
    }
    out
}

/// The page's `#fragment`, without the `#`.
pub fn fragment() -> Option<String> {
    let hash = window()?.location().hash().ok()?;
    hash.strip_prefix('#').map(str::to_owned)
}

/// Removes the `#fragment` from the address without reloading or adding a
/// history entry.
pub fn clear_fragment() {
    let Some(w) = window() else { return };
    let (Ok(path), Ok(search), Ok(history)) =
        (w.location().pathname(), w.location().search(), w.history())
    else {
        return;
    };
    let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{search}")));
}

/// The page's address without its fragment.
pub fn address_without_fragment() -> Option<String> {
    let href = window()?.location().href().ok()?;
    Some(href.split('#').next().unwrap_or_default().to_owned())
}
