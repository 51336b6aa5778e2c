//! Small wrappers over browser APIs the app needs beyond rendering. Each one
//! reports failure as a value: a denied clipboard or a blocked download must
//! never stop the app.

use wasm_bindgen::JsCast;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// `encodeURIComponent`.
pub fn encode_component(s: &str) -> String {
    String::from(js_sys::encode_uri_component(s))
}

/// `decodeURIComponent`; `None` for a malformed escape.
pub fn decode_component(s: &str) -> Option<String> {
    js_sys::decode_uri_component(s).ok().map(String::from)
}

/// Whether this page is a secure context (https, or localhost). A plain-http
/// intranet page is not: no clipboard API and no service worker there.
pub fn secure_context() -> bool {
    window().is_some_and(|w| w.is_secure_context())
}

/// Copies text to the clipboard; resolves to whether it worked. The
/// clipboard API needs a secure context: a page on a plain-http intranet has
/// none (`navigator.clipboard` is undefined there), so it copies from a
/// selected text box with the platform's copy command instead, which works
/// within the user's tap.
pub async fn copy_text(text: &str) -> bool {
    let Some(w) = window() else { return false };
    if secure_context() {
        let clipboard = w.navigator().clipboard();
        if wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
            .await
            .is_ok()
        {
            return true;
        }
    }
    copy_by_command(&w, text)
}

/// `document.execCommand('copy')` on a text box holding `text`; whether the
/// browser says it copied.
fn copy_by_command(w: &web_sys::Window, text: &str) -> bool {
    let Some(doc) = w.document() else {
        return false;
    };
    let Some(area) = doc
        .create_element("textarea")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    else {
        return false;
    };
    area.set_value(text);
    let _ = area.set_attribute("readonly", "");
    let _ = area.set_attribute("style", "position:fixed;top:0;left:-9999px;opacity:0");
    let Some(body) = doc.body() else {
        return false;
    };
    if body.append_child(&area).is_err() {
        return false;
    }
    area.select();
    // Not in web-sys's stable surface without another feature: called by name.
    let copied = js_sys::Reflect::get(&doc, &"execCommand".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(&doc, &"copy".into()).ok())
        .is_some_and(|r| r.is_truthy());
    area.remove();
    copied
}

/// Offers `content` as a file download.
pub fn download(filename: &str, mime: &str, content: &str) -> bool {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return false;
    };
    // Revoked when dropped, after the click has started the download.
    let url = gloo_file::ObjectUrl::from(gloo_file::Blob::new_with_options(content, Some(mime)));
    doc.create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(&url);
            a.set_download(filename);
            a.click();
        })
        .is_some()
}

/// Whether the browser has a share sheet (`navigator.share`).
pub fn can_share() -> bool {
    window().is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()) == Ok(true))
}

/// Opens the phone's share sheet with `text` or `url`; resolves to whether
/// it was shared (`false` when the user closed it or the browser refused).
pub async fn share(text: Option<&str>, url: Option<&str>) -> bool {
    let Some(w) = window() else { return false };
    let data = web_sys::ShareData::new();
    if let Some(t) = text {
        data.set_text(t);
    }
    if let Some(u) = url {
        data.set_url(u);
    }
    wasm_bindgen_futures::JsFuture::from(w.navigator().share_with_data(&data))
        .await
        .is_ok()
}

/// The text of a file the user chose or dropped; `None` if it is larger than
/// `max` bytes (not read at all) or cannot be read.
pub async fn file_text(file: &web_sys::File, max: usize) -> Result<String, FileProblem> {
    if file.size() > max as f64 {
        return Err(FileProblem::TooLarge);
    }
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or(FileProblem::Unreadable)
}

/// Why a file's text was not read.
pub enum FileProblem {
    /// Over the limit: not read.
    TooLarge,
    /// The browser could not read it (or it is not text).
    Unreadable,
}

/// Asks a yes/no question; `false` when the browser cannot ask.
pub fn confirm(message: &str) -> bool {
    window()
        .and_then(|w| w.confirm_with_message(message).ok())
        .unwrap_or(false)
}

/// Opens the print dialog.
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Today on the device, for an empty date field (the core never reads the
/// clock: it is passed in).
pub fn today() -> Option<crate::calc::progress::Date> {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).ok()?;
    let month = u8::try_from(now.get_month().checked_add(1)?).ok()?;
    let day = u8::try_from(now.get_date()).ok()?;
    crate::calc::progress::Date::new(year, month, day).ok()
}

/// Today's date as `YYYY-MM-DD`, for file names.
pub fn today_iso() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month().saturating_add(1),
        d.get_date()
    )
}
