//! Share links in the page address: reading the one the page was opened
//! with, and making one. The forms and their limits are the core's
//! (`saved::link`); the compression is the browser's (`crate::compress`).

use yew::prelude::*;

use crate::i18n::{Lang, T};
use crate::qr::qr_path;
use crate::saved::link::{self, LinkPayload, MAX_INFLATED_BYTES};
use crate::saved::{self, ShareError};
use crate::state::AppState;

use super::super::browser;
use crate::compress::{self, PumpError};

/// The share payload the page was opened with (its JSON text), or why it
/// cannot be opened; `None` when the address carries no share link. Read
/// before the app starts: inflating is asynchronous.
pub async fn read_link() -> Option<Result<String, ShareError>> {
    let fragment = crate::url::fragment()?;
    Some(match link::read_fragment(&fragment)? {
        Err(e) => Err(e),
        Ok(LinkPayload::Plain(encoded)) => {
            browser::decode_component(&encoded).ok_or(ShareError::Damaged)
        }
        Ok(LinkPayload::Packed(bytes)) => match compress::inflate(&bytes, MAX_INFLATED_BYTES).await
        {
            Ok(text) => String::from_utf8(text).map_err(|_| ShareError::Damaged),
            Err(PumpError::TooLarge) => Err(ShareError::TooLong),
            Err(PumpError::Failed) => Err(ShareError::Damaged),
            Err(PumpError::Unsupported) => Err(ShareError::BrowserTooOld),
        },
    })
}

thread_local! {
    /// The link of the work on screen, made while the keeping section is open
    /// (see [`use_prepared_link`]).
    static PREPARED: std::cell::RefCell<Option<(AppState, String)>> = Default::default();
}

/// The link of `state` if it is made already: a tap can then copy or share it
/// at once. Safari lets the clipboard and the share sheet act only in the tap
/// itself, not after waiting for the compression.
pub fn prepared_link(state: &AppState) -> Option<String> {
    PREPARED.with_borrow(|p| {
        p.as_ref()
            .filter(|(s, _)| s == state)
            .map(|(_, l)| l.clone())
    })
}

/// Makes the link of the work on screen while the keeping section is open,
/// and again whenever the work changes there.
#[hook]
pub fn use_prepared_link(open: bool, state: &AppState) {
    use_effect_with(open.then(|| state.clone()), |work| {
        if let Some(work) = work.clone() {
            yew::platform::spawn_local(async move {
                let link = make_link(&work).await;
                PREPARED.set(Some((work, link)));
            });
        }
    });
}

/// The link to this page carrying `state`: compressed where the browser can,
/// else in the older percent-encoded form (which every version opens).
pub async fn make_link(state: &AppState) -> String {
    if let Some(link) = prepared_link(state) {
        return link;
    }
    let address = crate::url::address_without_fragment().unwrap_or_default();
    let payload = saved::encode_share(state);
    match compress::deflate(&payload).await {
        Some(bytes) => link::packed_link(&address, &bytes),
        None => format!(
            "{address}#{}{}",
            link::PLAIN,
            browser::encode_component(&payload)
        ),
    }
}

/// The QR code of `url`, drawn as SVG (dark on white in either theme: QR
/// readers expect it), or why there is none.
pub fn qr_figure(url: &str, lang: Lang) -> Html {
    let Some(qr) = qr_path(url) else {
        return html! { <p class="note" id="share-qr-none">{ T::QrTooLong.get(lang) }</p> };
    };
    // Four modules of light margin all round: the quiet zone readers need.
    let side = qr.size + 8;
    html! {
        <figure class="qr" id="share-qr">
            <svg role="img" aria-label={T::QrLabel.get(lang)} viewBox={format!("-4 -4 {side} {side}")} shape-rendering="crispEdges">
                <rect x="-4" y="-4" width={side.to_string()} height={side.to_string()} fill="#fff" />
                <path d={qr.path} fill="#000" />
            </svg>
            <figcaption class="note">{ T::QrCaption.get(lang) }</figcaption>
        </figure>
    }
}
