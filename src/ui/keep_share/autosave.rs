//! Autosave: the work goes to storage once it stops changing for a moment.

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::saved::{self, keys};
use crate::session::SessionAction;
use crate::state::AppState;
use crate::storage;

use super::{SessionHandle, SessionMsg};

/// How long typing must pause before the work is saved. Writing 1,000 rows
/// to storage on every keystroke took longer than the rest of the update.
const SAVE_DELAY_MS: u32 = 400;

/// Saves the work once it stops changing for a moment, and at once when the
/// page is hidden or left (switching apps, closing the tab, reloading), so
/// nothing typed is lost. Only when the session allows it (not a shared
/// link's work, not over unreadable data that could not be backed up).
#[hook]
pub fn use_autosave(state: &AppState, session: SessionHandle) {
    let allowed = session.session.autosave_allowed();
    // The work as the app opened it is saved at once (a moment after the
    // first frame), as before any edit; edits wait for a pause.
    let opened = use_mut_ref(|| true);
    use_effect_with((state.clone(), allowed), move |(state, allowed)| {
        let mut keep: (Option<Timeout>, Vec<crate::pwa::Listener>) = (None, Vec::new());
        let at_once = std::mem::replace(&mut *opened.borrow_mut(), false);
        if *allowed {
            // Only the first run compares (a clone per edit would be waste).
            let opened_with = at_once.then(|| state.clone());
            let state = state.clone();
            let save = std::rc::Rc::new(move || {
                if storage::set(keys::CURRENT, &saved::encode(&state)).is_err()
                    && !session.session.storage_failed()
                {
                    session.dispatch(SessionMsg(SessionAction::AutosaveFailed, state.clone()));
                }
            });
            // Whichever comes first; the other is dropped with this effect
            // (a newer state's effect saves the newer work).
            if at_once {
                // Once the first frame is painted, not before it (the check
                // too: it builds a fresh state to compare). A first visit's
                // untouched work is not stored: encoding it was the longest
                // task after the first frame (95 ms with the CPU 4× slower,
                // as Lighthouse counts a phone), and a later visit opens on
                // the same work anyway.
                let waiting = crate::frame::after_paint(move || {
                    if !opened_with.as_ref().is_some_and(AppState::is_untouched) {
                        save();
                    }
                });
                return Box::new(move || drop(waiting)) as Box<dyn FnOnce()>;
            }
            let done = std::rc::Rc::new(std::cell::Cell::new(false));
            let once = move || {
                if !done.replace(true) {
                    save();
                }
            };
            keep.0 = Some(Timeout::new(SAVE_DELAY_MS, once.clone()));
            if let Some(window) = web_sys::window() {
                let on_hide = {
                    let once = once.clone();
                    move |_: web_sys::Event| once()
                };
                keep.1
                    .extend(crate::pwa::Listener::new(&window, "pagehide", on_hide));
                if let Some(document) = window.document() {
                    let d = document.clone();
                    let on_hidden = move |_: web_sys::Event| {
                        if d.hidden() {
                            once();
                        }
                    };
                    keep.1.extend(crate::pwa::Listener::new(
                        &document,
                        "visibilitychange",
                        on_hidden,
                    ));
                }
            }
        }
        Box::new(move || drop(keep)) as Box<dyn FnOnce()>
    });
}
