//! Offline support, browser side: registers the service worker that
//! `tools/postbuild.mjs` writes as `sw.js` at the root of every build, and
//! offers a new version when one has been deployed.
//!
//! The worker serves the app from its cache first (see `tools/sw-template.js`),
//! so a field agent on a weak signal gets the app at once and one with no
//! signal still gets it. A new deployment is a new `sw.js`; the browser finds
//! it on the next visit and installs it beside the running one, where it
//! waits. [`use_waiting_worker`] reports it, [`update_notice`] offers the
//! reload, and the reload only happens when the user asks for it, so nothing
//! being typed is interrupted (and the work is kept by the autosave).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};
use yew::prelude::*;

use crate::i18n::{Lang, T};

/// The message that tells a waiting worker to take over (`sw-template.js`).
const SKIP_WAITING: &str = "skip-waiting";

/// An event listener that is removed when dropped.
pub struct Listener {
    target: web_sys::EventTarget,
    kind: &'static str,
    callback: Closure<dyn FnMut(web_sys::Event)>,
}

impl Listener {
    /// Listens for `kind` events on `target`; `None` if the browser refuses.
    pub fn new(
        target: &web_sys::EventTarget,
        kind: &'static str,
        f: impl FnMut(web_sys::Event) + 'static,
    ) -> Option<Listener> {
        let callback = Closure::<dyn FnMut(web_sys::Event)>::new(f);
        target
            .add_event_listener_with_callback(kind, callback.as_ref().unchecked_ref())
            .ok()?;
        Some(Listener {
            target: target.clone(),
            kind,
            callback,
        })
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback(self.kind, self.callback.as_ref().unchecked_ref());
    }
}

/// The service worker container, when this page may have one: served over
/// http(s) and in a secure context (elsewhere `navigator.serviceWorker` is
/// missing and touching it would throw).
fn container() -> Option<ServiceWorkerContainer> {
    let window = web_sys::window()?;
    let protocol = window.location().protocol().ok()?;
    if protocol != "http:" && protocol != "https:" {
        return None;
    }
    let navigator = window.navigator();
    let present = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .ok()
        .is_some_and(|v| !v.is_undefined() && !v.is_null());
    present.then(|| navigator.service_worker())
}

/// Calls `report` with `worker` once it is installed and waiting to replace
/// the worker that controls this page (not on the very first install, which
/// has nothing to replace).
fn watch(
    worker: ServiceWorker,
    container: ServiceWorkerContainer,
    report: Rc<dyn Fn(ServiceWorker)>,
    keep: &Rc<RefCell<Vec<Listener>>>,
) {
    let check = {
        let worker = worker.clone();
        move || {
            if worker.state() == ServiceWorkerState::Installed && container.controller().is_some() {
                report(worker.clone());
            }
        }
    };
    check();
    if let Some(l) = Listener::new(&worker, "statechange", move |_| check()) {
        keep.borrow_mut().push(l);
    }
}

/// Resolves once the page has loaded (at once if it already has).
async fn page_loaded() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if window
        .document()
        .is_none_or(|d| d.ready_state() == "complete")
    {
        return;
    }
    let loaded = js_sys::Promise::new(&mut |resolve, _| {
        // `resolve` ignores calls after the first; the listener can stay.
        let _ = window.add_event_listener_with_callback("load", &resolve);
    });
    let _ = JsFuture::from(loaded).await;
}

async fn register(report: Rc<dyn Fn(ServiceWorker)>, keep: Rc<RefCell<Vec<Listener>>>) {
    // After the page has loaded: registering (and the worker's precaching)
    // must not compete with the first screen for the main thread or the
    // network.
    page_loaded().await;
    let Some(container) = container() else {
        return;
    };
    let options = web_sys::RegistrationOptions::new();
    // Relative: the worker and its scope are the folder the app is served
    // from, whatever the sub-path.
    options.set_scope("./");
    let registration =
        match JsFuture::from(container.register_with_options("./sw.js", &options)).await {
            Ok(r) => r.dyn_into::<ServiceWorkerRegistration>().ok(),
            // No sw.js (a development build) or refused: the app still works online.
            Err(_) => None,
        };
    let Some(registration) = registration else {
        return;
    };
    // Found on an earlier visit and still waiting.
    if let Some(w) = registration.waiting() {
        watch(w, container.clone(), report.clone(), &keep);
    }
    // Being installed now.
    if let Some(w) = registration.installing() {
        watch(w, container.clone(), report.clone(), &keep);
    }
    // Found later, while the app stays open.
    let on_found = {
        let (registration, container, report, keep2) = (
            registration.clone(),
            container.clone(),
            report.clone(),
            Rc::downgrade(&keep),
        );
        move |_| {
            if let (Some(w), Some(keep)) = (registration.installing(), keep2.upgrade()) {
                watch(w, container.clone(), report.clone(), &keep);
            }
        }
    };
    if let Some(l) = Listener::new(&registration, "updatefound", on_found) {
        keep.borrow_mut().push(l);
    }
    // An agent may keep the app open for days: look for a new version
    // whenever it comes back to the foreground.
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let on_visible = {
        let document = document.clone();
        move |_| {
            if !document.hidden() {
                if let Ok(p) = registration.update() {
                    // Offline, the check fails: nothing to do, try next time.
                    wasm_bindgen_futures::spawn_local(async move {
                        let _ = JsFuture::from(p).await;
                    });
                }
            }
        }
    };
    if let Some(l) = Listener::new(&document, "visibilitychange", on_visible) {
        keep.borrow_mut().push(l);
    }
}

/// Registers the service worker (when `enabled`) and returns the new
/// version's worker once one is waiting.
#[hook]
pub fn use_waiting_worker(enabled: bool) -> Option<ServiceWorker> {
    let waiting = use_state(|| None::<ServiceWorker>);
    {
        let set = waiting.setter();
        use_effect_with(enabled, move |enabled| {
            let keep: Rc<RefCell<Vec<Listener>>> = Rc::new(RefCell::new(Vec::new()));
            // Once the first frame is painted: the effects run in one task
            // right after the render, and registering was half of that task
            // (bench/FINDINGS.md). Dropping the handle (a new `enabled`, the
            // app gone) cancels a registration not yet started.
            let start = enabled.then(|| {
                let keep = keep.clone();
                crate::frame::after_paint(move || {
                    let report: Rc<dyn Fn(ServiceWorker)> = Rc::new(move |w| set.set(Some(w)));
                    wasm_bindgen_futures::spawn_local(register(report, keep));
                })
            });
            move || {
                drop(start);
                keep.borrow_mut().clear()
            }
        });
    }
    (*waiting).clone()
}

/// Lets `worker` take over and reloads the page once it controls it.
fn activate_and_reload(worker: &ServiceWorker) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let reload = {
        let window = window.clone();
        move || {
            let _ = window.location().reload();
        }
    };
    // Already active (another tab let it in): just reload.
    if matches!(
        worker.state(),
        ServiceWorkerState::Activating
            | ServiceWorkerState::Activated
            | ServiceWorkerState::Redundant
    ) {
        reload();
        return;
    }
    let Some(container) = container() else {
        reload();
        return;
    };
    // One-shot: the page reloads, so the listener needs no removal.
    let on_change = Closure::once_into_js(move |_: JsValue| reload());
    if container
        .add_event_listener_with_callback("controllerchange", on_change.unchecked_ref())
        .is_err()
    {
        let _ = window.location().reload();
        return;
    }
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &SKIP_WAITING.into());
    if worker.post_message(&message).is_err() {
        let _ = window.location().reload();
    }
}

/// What [`update_notice`] shows.
pub struct UpdateNoticeProps {
    /// The new version's worker, waiting; no notice without one.
    pub worker: Option<ServiceWorker>,
    /// Interface language.
    pub lang: Lang,
}

/// "New version available — reload", with the button that does it.
// A plain function rather than a component: no state of its own, and each
// component costs ~2 KB of wasm (issue 7).
pub fn update_notice(props: &UpdateNoticeProps) -> Html {
    let Some(worker) = props.worker.clone() else {
        return html! {};
    };
    let lang = props.lang;
    html! {
        <div class="notice update" id="update-notice" role="status">
            <p>{ T::UpdateAvailable.get(lang) }</p>
            <button type="button" id="update-reload" onclick={Callback::from(move |_: MouseEvent| activate_and_reload(&worker))}>
                { T::UpdateReload.get(lang) }
            </button>
        </div>
    }
}
