//! Keeping and sharing work, the browser's side: start-up (saved work, share
//! links), autosave, the notices about them, and the section with scenarios,
//! comparison, share link, chat summary, CSV export and printing.
//!
//! Every decision is the core's (`crate::session`): this module reads and
//! writes storage, the clipboard, downloads and the address, and dispatches
//! what happened to [`SessionStore`].

use std::rc::Rc;

use yew::prelude::*;

use crate::session::{Session, SessionAction};
use crate::state::{Action, AppState};

mod autosave;
mod backup;
mod compare;
mod link;
mod notices;
mod section;
mod startup;

pub use autosave::use_autosave;
pub use link::{read_link, use_prepared_link};
pub use notices::{notices, NoticesProps};
pub use section::{keep_section, use_keep_section_open, KeepProps};
pub use startup::boot;

/// The reducer wrapper Yew needs for the session; the logic lives in
/// `Session::reduce`. It carries out the effects the core asks for right
/// where the change happens: Yew runs a reducer once per dispatch, and doing
/// them here costs no extra render and keeps a write next to its cause.
#[derive(Clone, PartialEq)]
pub struct SessionStore {
    /// The session now.
    pub session: Session,
    /// The work reducer, for the actions the session hands it.
    to_work: Callback<Action>,
}

impl SessionStore {
    /// A store starting at `session`, handing work actions to `to_work`.
    pub fn new(session: Session, to_work: Callback<Action>) -> Self {
        SessionStore { session, to_work }
    }
}

/// What happened, and the work on screen when it did.
pub struct SessionMsg(pub SessionAction, pub AppState);

/// The session as components hold it.
pub type SessionHandle = UseReducerHandle<SessionStore>;

impl Reducible for SessionStore {
    type Action = SessionMsg;

    fn reduce(self: Rc<Self>, SessionMsg(action, work): SessionMsg) -> Rc<Self> {
        let mut session = self.session.clone();
        if action.needs_scenarios() && !session.scenarios_read() {
            session = session
                .reduce(
                    SessionAction::ScenariosRead(startup::load_scenarios()),
                    &work,
                )
                .0;
        }
        let (mut session, effects) = session.reduce(action, &work);
        let mut kept = true;
        if effects.keep_scenarios && !startup::save_scenarios(session.scenarios()) {
            kept = false;
            session = session.reduce(SessionAction::ScenariosNotKept, &work).0;
        }
        if let Some(a) = effects.work {
            self.to_work.emit(a);
        }
        // Leaving a shared link's work unsaved would lose it: only once kept.
        if kept && effects.forget_link {
            crate::url::clear_fragment();
        }
        if kept && effects.reload {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        }
        if session == self.session {
            // The same Rc: Yew skips the render (leaving the section when
            // it showed nothing, a repeated autosave failure).
            self
        } else {
            Rc::new(SessionStore {
                session,
                to_work: self.to_work.clone(),
            })
        }
    }
}

/// A callback dispatching `action` with the work on screen.
pub fn on<E: 'static>(
    session: &SessionHandle,
    work: &AppState,
    action: SessionAction,
) -> Callback<E> {
    let (session, work) = (session.clone(), work.clone());
    Callback::from(move |_: E| session.dispatch(SessionMsg(action.clone(), work.clone())))
}
