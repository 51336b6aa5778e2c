//! Embedding in an intranet page: the browser side (messages to the parent
//! window, the iframe's height, compact mode). What the page address asks for
//! and the results sent are the core's `embed` module.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::pwa::Listener;
use crate::state::AppState;
pub use umkm_core::embed::*;

/// `{type, …}` as a plain object (structured-clonable for `postMessage`).
fn message(kind: &str, fields: &[(&str, JsValue)]) -> JsValue {
    let obj = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&obj, &"type".into(), &kind.into());
    for (k, v) in fields {
        let _ = js_sys::Reflect::set(&obj, &(*k).into(), v);
    }
    obj.into()
}

fn results_message(state: &AppState) -> JsValue {
    // People counts are far below 2^53, so a JS number holds them exactly.
    let mut fields = vec![("lang", JsValue::from(state.lang.code()))];
    for (name, value) in results(state) {
        fields.push((name, value.map_or(JsValue::NULL, JsValue::from_f64)));
    }
    message(RESULTS_TYPE, &fields)
}

/// A resize observer and the callback it calls (which must outlive it).
type Observer = (web_sys::ResizeObserver, Closure<dyn FnMut(js_sys::Array)>);

/// What keeps the embedding alive; dropping it stops everything.
struct Embedding {
    _listeners: Vec<Listener>,
    observer: Option<Observer>,
    body_class: bool,
}

impl Drop for Embedding {
    fn drop(&mut self) {
        if let Some((observer, _)) = &self.observer {
            observer.disconnect();
        }
        if self.body_class {
            if let Some(body) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.body())
            {
                let _ = body.class_list().remove_1("embed");
            }
        }
    }
}

fn start(config: &EmbedConfig, latest: Rc<RefCell<Option<AppState>>>) -> Option<Embedding> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let mut embedding = Embedding {
        _listeners: Vec::new(),
        observer: None,
        body_class: false,
    };
    if config.embed {
        if let Some(body) = document.body() {
            embedding.body_class = body.class_list().add_1("embed").is_ok();
        }
        // No install prompt inside someone else's page.
        if let Some(l) = Listener::new(&window, "beforeinstallprompt", |e| e.prevent_default()) {
            embedding._listeners.push(l);
        }
    }
    let Some(origin) = config.parent.clone() else {
        return Some(embedding);
    };
    // Only when framed: at the top, `parent` is this window itself.
    let parent = window.parent().ok().flatten()?;
    if parent == window {
        return Some(embedding);
    }

    let root = document.document_element()?;
    let sent = Rc::new(Cell::new(-1.0_f64));
    let post_height = {
        let (parent, origin, root) = (parent.clone(), origin.clone(), root.clone());
        move |_: js_sys::Array| {
            let height = root.get_bounding_client_rect().height().ceil();
            if height != sent.get() {
                sent.set(height);
                let msg = message(HEIGHT_TYPE, &[("height", JsValue::from_f64(height))]);
                let _ = parent.post_message(&msg, &origin);
            }
        }
    };
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(post_height);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        // Fires once at once, then on every change of the page's height.
        observer.observe(&root);
        embedding.observer = Some((observer, callback));
    }

    let on_message = move |e: web_sys::Event| {
        let Some(e) = e.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        if e.origin() != origin {
            return;
        }
        let data = e.data();
        let kind = data
            .is_object()
            .then(|| js_sys::Reflect::get(&data, &"type".into()).ok())
            .flatten()
            .and_then(|v| v.as_string());
        if kind.as_deref() != Some(REQUEST_TYPE) {
            return;
        }
        if let Some(state) = latest.borrow().as_ref() {
            let _ = parent.post_message(&results_message(state), &origin);
        }
    };
    if let Some(l) = Listener::new(&window, "message", on_message) {
        embedding._listeners.push(l);
    }
    Some(embedding)
}

/// Reads `?embed` and `?parent` once and runs the embedding for the app's
/// lifetime; the current `state` answers results requests.
#[hook]
pub fn use_embed(state: &AppState) -> Rc<EmbedConfig> {
    let config = use_memo((), |_| config(&crate::url::query()));
    let latest = use_mut_ref(|| None::<AppState>);
    if config.parent.is_some() {
        *latest.borrow_mut() = Some(state.clone());
    }
    use_effect_with(config.clone(), move |config| {
        let embedding = start(config, latest);
        move || drop(embedding)
    });
    config
}
