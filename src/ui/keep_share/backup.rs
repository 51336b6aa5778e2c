//! The backup file card of the keeping section: download everything kept on
//! this device as one file, and open (or drop) such a file to see what it
//! holds before taking anything from it. What a file means is the core's
//! (`saved::backup`, `Session`).

use yew::prelude::*;

use crate::i18n::{Lang, L, T};
use crate::saved::backup::{self, Backup, BackupError, MAX_BACKUP_BYTES};
use crate::saved::{self, keys};
use crate::session::{backup_error_text, SessionAction};
use crate::state::AppState;
use crate::storage;
use umkm_core::words::date_words;

use super::super::browser::{self, FileProblem};
use super::{on, SessionHandle, SessionMsg};

/// The user's own work: the one on screen, unless that is a shared link's
/// (then the saved one, which autosave has left alone).
fn own_work(session: &SessionHandle, on_screen: &AppState) -> AppState {
    if !session.session.viewing_shared() {
        return on_screen.clone();
    }
    storage::get(keys::CURRENT)
        .and_then(|t| saved::decode(&t).ok())
        .unwrap_or_default()
}

/// Reads `file` and tells the session what it holds.
fn read_file(file: web_sys::File, session: SessionHandle, work: AppState) {
    yew::platform::spawn_local(async move {
        let read = match browser::file_text(&file, MAX_BACKUP_BYTES).await {
            Ok(text) => backup::decode_backup(&text).map(Box::new),
            Err(FileProblem::TooLarge) => Err(BackupError::TooLarge),
            Err(FileProblem::Unreadable) => Err(BackupError::Foreign),
        };
        session.dispatch(SessionMsg(SessionAction::BackupFileRead(read), work));
    });
}

/// What a backup file holds, with what the user can take from it.
fn preview(b: &Backup, lang: Lang, session: &SessionHandle, work: &AppState) -> Html {
    let open_work = {
        let (session, work) = (session.clone(), work.clone());
        Callback::from(move |_: MouseEvent| {
            if browser::confirm(T::ConfirmReplaceOwn.get(lang)) {
                session.dispatch(SessionMsg(SessionAction::OpenBackupWork, work.clone()));
            }
        })
    };
    html! {
        <div class="notice info" id="backup-preview" role="status">
            <p><strong>{ format!("{} {}", L::BackupMade.get(lang), date_words(lang, &b.made)) }</strong></p>
            <p>{ format!("{} {}", L::BackupHolds.get(lang), b.work.partners.len()) }</p>
            <p>{ L::BackupScenarios.get(lang) }{ " " }{ b.scenarios.len() }</p>
            <ul>{ for b.scenarios.iter().enumerate().map(|(i, s)| html! { <li key={i}>{ s.name.clone() }</li> }) }</ul>
            <div class="actions">
                <button type="button" id="backup-add" disabled={b.scenarios.is_empty()} onclick={on::<MouseEvent>(session, work, SessionAction::AddBackupScenarios)}>{ L::BackupAddScenarios.get(lang) }</button>
                <button type="button" id="backup-open-work" class="secondary" onclick={open_work}>{ L::BackupOpenWork.get(lang) }</button>
                <button type="button" class="secondary" onclick={on::<MouseEvent>(session, work, SessionAction::CloseBackupFile)}>{ T::Dismiss.get(lang) }</button>
            </div>
        </div>
    }
}

/// The backup card.
pub fn backup_card(state: &AppState, session: &SessionHandle, lang: Lang) -> Html {
    let download = {
        let (session, state) = (session.clone(), state.clone());
        Callback::from(move |_: MouseEvent| {
            let made = browser::today_iso();
            let text = backup::encode_backup(&Backup {
                made: made.clone(),
                work: own_work(&session, &state),
                scenarios: session.session.scenarios().to_vec(),
            });
            browser::download(&backup::backup_file_name(&made), "application/json", &text);
        })
    };
    let chosen = {
        let (session, state) = (session.clone(), state.clone());
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                read_file(file, session.clone(), state.clone());
            }
            // The same file can be chosen again.
            input.set_value("");
        })
    };
    let dropped = {
        let (session, state) = (session.clone(), state.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            let file = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0));
            if let Some(file) = file {
                read_file(file, session.clone(), state.clone());
            }
        })
    };
    // The file input stays hidden (its look cannot be styled); a button opens it.
    let choose = Callback::from(|_: MouseEvent| {
        use wasm_bindgen::JsCast;
        let input = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("backup-file"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(input) = input {
            input.click();
        }
    });
    // A drop needs the drag-over refused to the browser's default (open the file).
    let dragover = Callback::from(|e: DragEvent| e.prevent_default());
    html! {
        <div class="card" ondrop={dropped} ondragover={dragover}>
            <h3>{ L::BackupTitle.get(lang) }</h3>
            <p class="note">{ L::BackupWhy.get(lang) }</p>
            <div class="actions">
                <button type="button" id="backup-download" class="secondary" onclick={download}>{ L::BackupDownload.get(lang) }</button>
                <button type="button" id="backup-choose" class="secondary" onclick={choose}>{ L::BackupOpen.get(lang) }</button>
                <input id="backup-file" hidden=true type="file" accept=".json,application/json" onchange={chosen} />
            </div>
            { super::notices::status(session, umkm_core::session::KeepCard::Backup, lang) }
            { match session.session.backup_file() {
                Some(Ok(b)) => preview(b, lang, session, state),
                Some(Err(e)) => html! { <p class="notice warn" role="alert" id="backup-error">{ backup_error_text(lang, e) }</p> },
                None => html! {},
            } }
        </div>
    }
}
