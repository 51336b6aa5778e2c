//! Start-up and the scenario list in storage: reading the user's saved work
//! (or a share link's), keeping unreadable data as a backup, and reading and
//! writing the list. What the findings mean is the session's business.

use crate::saved::{self, keys, Scenario, ShareError};
use crate::session::{Session, SessionAction};
use crate::state::AppState;
use crate::storage;

/// Keeps unreadable saved data under a backup key that does not overwrite an
/// earlier backup; returns the key, or `None` if it could not be kept.
fn keep_backup(text: &str) -> Option<String> {
    for n in 0..100u32 {
        let key = if n == 0 {
            keys::BACKUP.to_owned()
        } else {
            format!("{}.{n}", keys::BACKUP)
        };
        match storage::get(&key) {
            Some(existing) if existing == text => return Some(key),
            Some(_) => continue,
            None => return storage::set(&key, text).ok().map(|_| key),
        }
    }
    None
}

/// The user's own saved work, or the defaults and what went wrong.
fn own_work() -> (AppState, Option<SessionAction>) {
    let Some(text) = storage::get(keys::CURRENT) else {
        return (AppState::default(), None);
    };
    match saved::decode(&text) {
        Ok(state) => (state, None),
        Err(reason) => {
            let backup_key = keep_backup(&text);
            let found = SessionAction::SavedWorkUnreadable { reason, backup_key };
            (AppState::default(), Some(found))
        }
    }
}

/// The state and session to start with: the user's saved work, or the work
/// of the share link the page was opened with (`link`, its payload as read by
/// `link::read_link`) shown as new and unsaved. The scenario list is not
/// read yet (see `Session`).
pub fn boot(link: Option<Result<String, ShareError>>) -> (AppState, Session) {
    let (mut work, found) = own_work();
    let mut session = Session::default();
    let shared = link.map(|l| l.and_then(|p| saved::decode_share(&p)).map(Box::new));
    for action in found
        .into_iter()
        .chain(shared.map(SessionAction::OpenSharedLink))
    {
        let (next, effects) = session.reduce(action, &work);
        session = next;
        // A shared link's work keeps the reader's own language (its numbers
        // are rewritten for it) and section, as `Action::LoadWork` does.
        if let Some(a) = effects.work {
            work = work.apply(a);
        }
    }
    (work, session)
}

/// The saved scenarios (an unreadable list reads as empty but is not
/// overwritten until the user saves a scenario).
pub fn load_scenarios() -> Vec<Scenario> {
    storage::get(keys::SCENARIOS)
        .and_then(|t| saved::decode_scenarios(&t).ok())
        .unwrap_or_default()
}

/// Writes the list; whether it worked.
pub fn save_scenarios(list: &[Scenario]) -> bool {
    if let Some(text) = storage::get(keys::SCENARIOS) {
        if saved::decode_scenarios(&text).is_err() {
            // Never overwrite a list this version cannot read.
            if keep_backup(&text).is_none() {
                return false;
            }
        }
    }
    storage::set(keys::SCENARIOS, &saved::encode_scenarios(list)).is_ok()
}
