//! The notices about keeping work, above the sections: a shared link on
//! screen, a link that could not be opened, unreadable saved data, storage
//! that does not work, page-address parameters that could not be used.

use yew::prelude::*;

use crate::i18n::{Lang, T};
use crate::prefill::problem_text;
use crate::session::{backup_text, share_error_text, KeepCard, Notice, SessionAction};
use crate::state::AppState;
use crate::storage;

use super::super::browser;
use super::{on, SessionHandle, SessionMsg};

/// What [`notices`] shows. Borrowed: the notices are part of every render,
/// and copying the work for them cost a clone of it at every keystroke.
pub struct NoticesProps<'a> {
    /// The session.
    pub session: &'a SessionHandle,
    /// The work on screen.
    pub state: &'a AppState,
    /// Interface language.
    pub lang: Lang,
}

/// Messages about keeping work, above the sections. A plain function rather
/// than a component: no state of its own (each component costs ~2 KB of wasm).
pub fn notices(props: &NoticesProps<'_>) -> Html {
    let lang = props.lang;
    let s = &props.session.session;
    let on = |action| on::<MouseEvent>(props.session, props.state, action);
    let keep_shared = || {
        let (session, state) = (props.session.clone(), props.state.clone());
        Callback::from(move |_: MouseEvent| {
            if browser::confirm(T::ConfirmReplaceOwn.get(lang)) {
                session.dispatch(SessionMsg(SessionAction::MakeSharedMine, state.clone()));
            }
        })
    };
    let download_backup = {
        let key = s.backup_key().map(str::to_owned);
        Callback::from(move |_: MouseEvent| {
            if let Some(text) = key.as_deref().and_then(storage::get) {
                browser::download("target-umkm-cadangan.json", "application/json", &text);
            }
        })
    };
    let prefill = s.prefill_problems();
    html! {
        <div class="notices" aria-live="polite">
            if !prefill.is_empty() {
                <div class="notice warn" id="prefill-notice" role="alert">
                    <p>{ T::PrefillProblems.get(lang) }</p>
                    <ul>
                        { for prefill.iter().map(|e| html! {
                            <li><code>{ format!("{}={}", e.param, e.value) }</code>{ " — " }{ problem_text(lang, &e.problem) }</li>
                        }) }
                    </ul>
                    <button type="button" class="secondary" onclick={on(SessionAction::Dismiss(Notice::Prefill))}>{ T::Dismiss.get(lang) }</button>
                </div>
            }
            if s.viewing_shared() {
                <div class="notice info" id="shared-notice" role="status">
                    <p>{ T::SharedNotice.get(lang) }</p>
                    <div class="actions">
                        <button type="button" onclick={on(SessionAction::SaveSharedAsScenario)}>{ T::SaveSharedAsScenario.get(lang) }</button>
                        <button type="button" class="secondary" onclick={keep_shared()}>{ T::UseSharedAsMine.get(lang) }</button>
                        <button type="button" class="secondary" onclick={on(SessionAction::BackToOwnWork)}>{ T::BackToMine.get(lang) }</button>
                    </div>
                </div>
            }
            if let Some(e) = s.share_error() {
                <div class="notice warn" id="share-error" role="alert">
                    <p>{ share_error_text(lang, e) }</p>
                    <button type="button" class="secondary" onclick={on(SessionAction::Dismiss(Notice::ShareError))}>{ T::Dismiss.get(lang) }</button>
                </div>
            }
            if let Some(reason) = s.backup_notice() {
                <div class="notice warn" id="backup-notice" role="alert">
                    <p>{ backup_text(lang, reason) }</p>
                    <div class="actions">
                        if s.backup_key().is_some() {
                            <button type="button" onclick={download_backup}>{ T::DownloadBackup.get(lang) }</button>
                        }
                        <button type="button" class="secondary" onclick={on(SessionAction::Dismiss(Notice::Backup))}>{ T::Dismiss.get(lang) }</button>
                    </div>
                </div>
            }
            if s.storage_warning() {
                <div class="notice warn" id="storage-warning" role="status">
                    <p>{ T::StorageUnavailable.get(lang) }</p>
                    <button type="button" class="secondary" onclick={on(SessionAction::Dismiss(Notice::StorageWarning))}>{ T::Dismiss.get(lang) }</button>
                </div>
            }
        </div>
    }
}

/// The session's message, when it answers a control of `card`: shown next
/// to that control, not at the top of the section.
pub(super) fn status(session: &SessionHandle, card: KeepCard, lang: Lang) -> Html {
    match session.session.message().filter(|m| m.card() == card) {
        Some(msg) => {
            html! { <p class="notice ok" role="status" id="keep-status">{ msg.text(lang) }</p> }
        }
        None => html! {},
    }
}
