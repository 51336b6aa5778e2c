//! Target UMKM: a participant-acquisition target calculator that runs entirely in
//! the browser. See ARCHITECTURE.md for the module map and how a keystroke
//! becomes a rendered number.

// The core's modules under their own names, so the browser side reads
// `crate::calc`, `crate::state`, … wherever it uses them.
pub use umkm_core::{calc, figures, i18n, json, messages, qr, read, report, saved, session, state};

pub mod compress;
pub mod embed;
pub mod frame;
pub mod numbers;
pub mod prefill;
pub mod pwa;
pub mod storage;
pub mod ui;
pub mod url;

/// Mounts the app on the page's `#app` (index.html), or on `<body>` in a page
/// without one.
pub fn start() {
    // A panic in WebAssembly stops the app; say so in the console (with the
    // Rust message) and on the page, in both languages, instead of freezing.
    #[cfg(not(panic = "immediate-abort"))]
    yew::set_custom_panic_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        report_panic_on_page();
    }));
    // The release build (tools/env) traps at once on a panic and runs no hook:
    // the loader (tools/postbuild.mjs) shows the same message on the trap. An
    // empty hook keeps Yew from linking in its default one, which never runs.
    #[cfg(panic = "immediate-abort")]
    yew::set_custom_panic_hook(Box::new(|_| {}));
    // A share link is inflated (asynchronously) before the first render, so
    // its work is the first thing on screen.
    yew::platform::spawn_local(async {
        let link = ui::keep_share::read_link().await;
        let props = ui::AppProps { link };
        // Beside the loading page rather than over it: static/app.css moves
        // that page out of sight once #app has content (index.html says why).
        match web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("app"))
        {
            Some(root) => yew::Renderer::<ui::App>::with_root_and_props(root, props).render(),
            None => yew::Renderer::<ui::App>::with_props(props).render(),
        };
    });
}

#[cfg(not(panic = "immediate-abort"))]
fn report_panic_on_page() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Ok(el), Some(body)) = (doc.create_element("div"), doc.body()) else {
        return;
    };
    el.set_class_name("panic");
    let _ = el.set_attribute("role", "alert");
    el.set_text_content(Some(&format!(
        "{} / {}",
        i18n::T::PanicMessage.get(i18n::Lang::Id),
        i18n::T::PanicMessage.get(i18n::Lang::En)
    )));
    let _ = body.prepend_with_node_1(&el);
}
