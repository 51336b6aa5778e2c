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

/// The save waiting for typing to pause: run at most once, by the pause or by
/// the page being hidden, whichever comes first.
type Pending = std::rc::Rc<std::cell::RefCell<Option<Box<dyn FnOnce()>>>>;

fn run_pending(pending: &Pending) {
    let save = pending.borrow_mut().take();
    if let Some(save) = save {
        save();
    }
}

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
    let pending: Pending = use_mut_ref(|| None);
    // The page being hidden or left saves what is waiting. Listened for once:
    // listening anew at every keystroke cost about 0.3 ms of each keystroke
    // with 1,000 rows (bench/FINDINGS.md).
    {
        let pending = pending.clone();
        use_effect_with((), move |_| {
            let mut listeners: Vec<crate::pwa::Listener> = Vec::new();
            if let Some(window) = web_sys::window() {
                let on_hide = {
                    let pending = pending.clone();
                    move |_: web_sys::Event| run_pending(&pending)
                };
                listeners.extend(crate::pwa::Listener::new(&window, "pagehide", on_hide));
                if let Some(document) = window.document() {
                    let d = document.clone();
                    let on_hidden = move |_: web_sys::Event| {
                        if d.hidden() {
                            run_pending(&pending);
                        }
                    };
                    listeners.extend(crate::pwa::Listener::new(
                        &document,
                        "visibilitychange",
                        on_hidden,
                    ));
                }
            }
            move || drop(listeners)
        });
    }
    use_effect_with((state.clone(), allowed), move |(state, allowed)| {
        let at_once = std::mem::replace(&mut *opened.borrow_mut(), false);
        // A newer state's save replaces an older one's that has not run.
        pending.borrow_mut().take();
        if !*allowed {
            return Box::new(|| ()) as Box<dyn FnOnce()>;
        }
        // Only the first run compares (a clone per edit would be waste).
        let opened_with = at_once.then(|| state.clone());
        let state = state.clone();
        let save = move || {
            if storage::set(keys::CURRENT, &saved::encode(&state)).is_err()
                && !session.session.storage_failed()
            {
                session.dispatch(SessionMsg(SessionAction::AutosaveFailed, state.clone()));
            }
        };
        if at_once {
            // Once the first frame is painted, not before it (the check too:
            // it builds a fresh state to compare). A first visit's untouched
            // work is not stored: encoding it was the longest task after the
            // first frame (95 ms with the CPU 4× slower, as Lighthouse counts
            // a phone), and a later visit opens on the same work anyway.
            let waiting = crate::frame::after_paint(move || {
                if !opened_with.as_ref().is_some_and(AppState::is_untouched) {
                    save();
                }
            });
            return Box::new(move || drop(waiting));
        }
        *pending.borrow_mut() = Some(Box::new(save));
        let pause = Timeout::new(SAVE_DELAY_MS, move || run_pending(&pending));
        Box::new(move || drop(pause))
    });
}
