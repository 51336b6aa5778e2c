//! The session: what the app knows about keeping work, besides the work
//! itself. The saved scenarios, whether a shared link is on screen, the
//! notices about saved data and storage, printing, and what the keeping
//! section shows (its message, the undo of a deletion, the comparison, the
//! share link and chat summary made).
//!
//! It changes in one place, [`Session::reduce`], a pure function of what the
//! user did and the work on screen. Whatever that asks of the browser
//! (replacing the work, writing the list, forgetting the link, reloading)
//! comes back as [`Effects`] for the app to carry out; the browser's answers
//! that matter (a write refused, a copy that failed) come back as actions.
//!
//! ```
//! use umkm_core::session::{Session, SessionAction};
//! use umkm_core::state::AppState;
//!
//! let work = AppState::default();
//! let (session, effects) = Session::new(Vec::new())
//!     .reduce(SessionAction::TypeScenarioName("Kunjungan".into()), &work);
//! let (session, effects2) = session.reduce(SessionAction::SaveAsScenario, &work);
//! assert!(!effects.keep_scenarios && effects2.keep_scenarios);
//! assert_eq!(session.scenarios()[0].name, "Kunjungan");
//! ```

use crate::i18n::{Lang, T};
use crate::prefill::PrefillError;
use crate::saved::backup::{Backup, BackupError};
use crate::saved::{LoadError, Scenario, ShareError};
use crate::state::{Action, AppState};

mod message;
pub use message::{KeepCard, KeepMessage, Notice};

/// What the app knows about keeping work, besides the work itself. Its fields
/// are private so that every change goes through [`Session::reduce`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Session {
    /// Autosave failed (storage denied or full): said once, then quiet.
    storage_failed: bool,
    storage_warning_dismissed: bool,
    /// Saved data could not be read; it was kept under this key.
    backup_key: Option<String>,
    /// Why the saved data could not be read. Kept after the notice is
    /// dismissed: it still decides whether autosave may write.
    backup_reason: Option<LoadError>,
    backup_notice_dismissed: bool,
    /// The screen shows a shared link's work; the user's own work is untouched
    /// and autosave is off until the user decides.
    viewing_shared: bool,
    /// A share link that could not be opened, and why.
    share_error: Option<ShareError>,
    /// The sections are all rendered for printing.
    printing: bool,
    /// The page address's parameters that could not be used (none was).
    prefill_problems: Vec<PrefillError>,
    /// `None` until read from storage. It is read when the keeping section
    /// opens, not at start-up (the first result comes sooner), and afresh
    /// each time (another tab may have changed it). A list never read is
    /// never written: it would replace the saved one.
    scenarios: Option<Vec<Scenario>>,
    keep: KeepView,
}

/// What the keeping section shows while it is open. Leaving the section
/// forgets it ([`SessionAction::LeaveKeepSection`]), as it always has.
#[derive(Clone, Debug, PartialEq)]
struct KeepView {
    draft_name: String,
    message: Option<KeepMessage>,
    /// The last deleted scenario and where it was, until the next change to
    /// the list.
    deleted: Option<(usize, Scenario)>,
    compare: (usize, usize),
    share_link: Option<String>,
    summary: Option<String>,
    /// A backup file read, until the user takes from it or closes it.
    backup_file: Option<Result<Backup, BackupError>>,
}

impl Default for KeepView {
    fn default() -> Self {
        KeepView {
            draft_name: String::new(),
            message: None,
            deleted: None,
            // The first two scenarios: comparing one with itself says nothing.
            compare: (0, 1),
            share_link: None,
            summary: None,
            backup_file: None,
        }
    }
}

/// Which side of the comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The first column.
    A,
    /// The second column.
    B,
}

/// What happened: mostly what the user did, plus what start-up found and the
/// browser's answers the session must know.
#[derive(Clone, Debug, PartialEq)]
pub enum SessionAction {
    /// Start-up: the saved work could not be read. Its text was kept under
    /// `backup_key`, or could not be kept at all (`None`).
    SavedWorkUnreadable {
        /// Why it could not be read.
        reason: LoadError,
        /// Where the unreadable text was kept.
        backup_key: Option<String>,
    },
    /// Start-up: the page was opened from a share link; its work, or why it
    /// could not be read.
    OpenSharedLink(Result<Box<AppState>, ShareError>),
    /// The shared work on screen becomes the user's own: autosave back on.
    /// (The app asks first: it replaces the user's saved work.)
    MakeSharedMine,
    /// Saves the shared work on screen as a scenario, then goes back to the
    /// user's own work.
    SaveSharedAsScenario,
    /// Leaves the shared work for the user's own, as saved.
    BackToOwnWork,
    /// Closes a notice.
    Dismiss(Notice),
    /// Autosave could not write.
    AutosaveFailed,
    /// The scenario list as storage has it (unreadable reads as empty).
    ScenariosRead(Vec<Scenario>),
    /// Types the name for the next scenario.
    TypeScenarioName(String),
    /// Saves the work on screen as a scenario under the typed name.
    SaveAsScenario,
    /// Renames a scenario.
    Rename {
        /// Its place in the list.
        index: usize,
        /// The whole new name.
        name: String,
    },
    /// Copies a scenario, placing the copy below it.
    Duplicate(usize),
    /// Deletes a scenario; it can be brought back until the next change.
    Delete(usize),
    /// Brings the last deleted scenario back at its place.
    UndoDelete,
    /// Opens a scenario: its work replaces the work on screen. (The app asks
    /// first unless [`Session::opening_asks`] says no.)
    Open(usize),
    /// Chooses the scenario shown on one side of the comparison.
    Compare {
        /// Which side.
        side: Side,
        /// The scenario's place in the list.
        index: usize,
    },
    /// A share link was made (the app knows the page's address).
    ShareLinkMade(String),
    /// A chat summary was made.
    SummaryMade(String),
    /// The clipboard took the link or summary (`true`) or refused.
    CopyFinished(bool),
    /// Asked for the offices' CSV before there is a split.
    OfficesCsvWaiting,
    /// The scenario list could not be written.
    ScenariosNotKept,
    /// The keeping section closed (another section opened, or printing).
    LeaveKeepSection,
    /// Shows the sections for printing.
    StartPrinting,
    /// Back from printing.
    StopPrinting,
    /// A backup file was read: what it holds, or why it cannot be used.
    BackupFileRead(Result<Box<Backup>, BackupError>),
    /// Adds the backup file's scenarios to the list; none is overwritten.
    AddBackupScenarios,
    /// The backup file's work replaces the work on screen. (The app asks
    /// first.)
    OpenBackupWork,
    /// Closes what the backup file showed, taking nothing.
    CloseBackupFile,
}

impl SessionAction {
    /// Whether the action reads or changes the scenario list: the session
    /// ignores it until the list is read ([`SessionAction::ScenariosRead`]).
    pub fn needs_scenarios(&self) -> bool {
        matches!(
            self,
            SessionAction::SaveSharedAsScenario
                | SessionAction::SaveAsScenario
                | SessionAction::Rename { .. }
                | SessionAction::Duplicate(_)
                | SessionAction::Delete(_)
                | SessionAction::UndoDelete
                | SessionAction::Open(_)
                | SessionAction::AddBackupScenarios
        )
    }
}

/// What the browser side must do after an action, besides showing the new
/// session. Carried out in this order: `keep_scenarios`, `work`, then
/// `forget_link` and `reload` — the last two only if keeping the list, when
/// asked, succeeded, so a shared work is never left unsaved.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Effects {
    /// For the work reducer: opening a scenario or a shared link replaces
    /// the work on screen.
    pub work: Option<Action>,
    /// The scenario list changed: write it to storage.
    pub keep_scenarios: bool,
    /// Take the share link out of the address, so a reload opens the user's
    /// own work.
    pub forget_link: bool,
    /// Reload the page: the user's own work is read afresh, exactly as saved.
    pub reload: bool,
}

/// Why a share link could not be opened, in words.
pub fn share_error_text(lang: Lang, e: &ShareError) -> &'static str {
    match e {
        ShareError::TooLong => T::ShareTooLong.get(lang),
        ShareError::Damaged => T::ShareDamaged.get(lang),
        ShareError::NewerVersion(_) => T::ShareNewer.get(lang),
        ShareError::Invalid => T::ShareInvalid.get(lang),
        ShareError::BrowserTooOld => T::ShareBrowserTooOld.get(lang),
    }
}

/// Why a file could not be read as a backup, in words.
pub fn backup_error_text(lang: Lang, e: &BackupError) -> &'static str {
    match e {
        BackupError::TooLarge => T::BackupTooLarge.get(lang),
        BackupError::Foreign => T::BackupForeign.get(lang),
        BackupError::Damaged => T::BackupDamaged.get(lang),
        BackupError::NewerVersion(_) => T::BackupNewer.get(lang),
    }
}

/// Why the saved work could not be used, in words.
pub fn backup_text(lang: Lang, e: &LoadError) -> &'static str {
    match e {
        LoadError::NewerVersion(_) => T::SavedNewer.get(lang),
        LoadError::Unreadable | LoadError::Invalid => T::SavedUnreadable.get(lang),
    }
}

/// The name of a scenario's copy: "Kunjungan (salinan)", "Visit (copy)".
pub fn copy_name(lang: Lang, name: &str) -> String {
    format!("{name} ({})", T::Copy.get(lang))
}

impl Session {
    /// A session with the saved scenarios, nothing else to say.
    pub fn new(scenarios: Vec<Scenario>) -> Session {
        Session {
            scenarios: Some(scenarios),
            ..Session::default()
        }
    }

    /// Applies `action`; `work` is the work on screen (saved as a scenario,
    /// and its language names things).
    pub fn reduce(mut self, action: SessionAction, work: &AppState) -> (Session, Effects) {
        let lang = work.lang;
        let mut effects = Effects::default();
        if action.needs_scenarios() && self.scenarios.is_none() {
            return (self, effects);
        }
        let mut unread = Vec::new();
        let list = self.scenarios.as_mut().unwrap_or(&mut unread);
        let view = &mut self.keep;
        match action {
            SessionAction::SavedWorkUnreadable { reason, backup_key } => {
                // Could not keep a copy: autosave must not write over the
                // original, and the user is told storage is not working.
                self.storage_failed |= backup_key.is_none();
                self.backup_reason = Some(reason);
                self.backup_key = backup_key;
                self.backup_notice_dismissed = false;
            }
            SessionAction::OpenSharedLink(Ok(shared)) => {
                self.viewing_shared = true;
                self.share_error = None;
                effects.work = Some(Action::LoadWork(shared));
            }
            SessionAction::OpenSharedLink(Err(e)) => self.share_error = Some(e),
            SessionAction::MakeSharedMine => {
                if self.viewing_shared {
                    self.viewing_shared = false;
                    effects.forget_link = true;
                }
            }
            SessionAction::SaveSharedAsScenario => {
                view.deleted = None;
                list.push(Scenario {
                    name: T::SharedScenarioName.get(lang).to_owned(),
                    state: work.clone(),
                });
                effects.keep_scenarios = true;
                // Autosave stays off until the reload: it must not write the
                // shared work over the user's own.
                effects.forget_link = true;
                effects.reload = true;
            }
            SessionAction::BackToOwnWork => {
                effects.forget_link = true;
                effects.reload = true;
            }
            SessionAction::Dismiss(Notice::ShareError) => self.share_error = None,
            SessionAction::Dismiss(Notice::Prefill) => self.prefill_problems.clear(),
            SessionAction::Dismiss(Notice::Backup) => self.backup_notice_dismissed = true,
            SessionAction::Dismiss(Notice::StorageWarning) => {
                self.storage_warning_dismissed = true;
            }
            SessionAction::AutosaveFailed => self.storage_failed = true,
            SessionAction::ScenariosRead(read) => self.scenarios = Some(read),
            SessionAction::TypeScenarioName(name) => view.draft_name = name,
            SessionAction::SaveAsScenario => {
                let typed = std::mem::take(&mut view.draft_name);
                let name = match typed.trim() {
                    "" => T::Untitled.get(lang),
                    n => n,
                };
                list.push(Scenario {
                    name: name.to_owned(),
                    state: work.clone(),
                });
                view.deleted = None;
                view.message = Some(KeepMessage::Saved);
                effects.keep_scenarios = true;
            }
            SessionAction::Rename { index, name } => {
                if let Some(s) = list.get_mut(index) {
                    s.name = name;
                    view.deleted = None;
                    view.message = Some(KeepMessage::Renamed);
                    effects.keep_scenarios = true;
                }
            }
            SessionAction::Duplicate(index) => {
                if let Some(s) = list.get(index) {
                    let copy = Scenario {
                        name: copy_name(lang, &s.name),
                        state: s.state.clone(),
                    };
                    list.insert(index.saturating_add(1), copy);
                    view.deleted = None;
                    view.message = Some(KeepMessage::Saved);
                    effects.keep_scenarios = true;
                }
            }
            SessionAction::Delete(index) => {
                if index < list.len() {
                    let gone = list.remove(index);
                    view.deleted = Some((index, gone));
                    view.message = Some(KeepMessage::Deleted);
                    effects.keep_scenarios = true;
                }
            }
            SessionAction::UndoDelete => {
                if let Some((index, s)) = view.deleted.take() {
                    let at = index.min(list.len());
                    list.insert(at, s);
                    view.message = Some(KeepMessage::Restored);
                    effects.keep_scenarios = true;
                }
            }
            SessionAction::Open(index) => {
                if let Some(s) = list.get(index) {
                    view.deleted = None;
                    view.message = Some(KeepMessage::Opened(s.name.clone()));
                    effects.work = Some(Action::LoadWork(Box::new(s.state.clone())));
                }
            }
            SessionAction::Compare { side, index } => match side {
                Side::A => view.compare.0 = index,
                Side::B => view.compare.1 = index,
            },
            SessionAction::ShareLinkMade(url) => view.share_link = Some(url),
            SessionAction::SummaryMade(text) => view.summary = Some(text),
            SessionAction::CopyFinished(copied) => {
                view.message = Some(if copied {
                    KeepMessage::Copied
                } else {
                    KeepMessage::CopyManually
                });
            }
            SessionAction::OfficesCsvWaiting => view.message = Some(KeepMessage::SplitWaiting),
            SessionAction::ScenariosNotKept => view.message = Some(KeepMessage::NotKept),
            SessionAction::LeaveKeepSection => self.keep = KeepView::default(),
            SessionAction::StartPrinting => self.printing = true,
            SessionAction::StopPrinting => self.printing = false,
            SessionAction::BackupFileRead(read) => view.backup_file = Some(read.map(|b| *b)),
            SessionAction::AddBackupScenarios => {
                if let Some(Ok(backup)) = view.backup_file.take_if(|b| b.is_ok()) {
                    let before = list.len();
                    for s in backup.scenarios {
                        // Same name, other work: both are kept, told apart.
                        let told_apart = format!("{} ({})", s.name, T::FromBackupFile.get(lang));
                        let here = |name: &str| list.iter().any(|l| l.name == name);
                        let same =
                            |name: &str| list.iter().any(|l| l.name == name && l.state == s.state);
                        if same(&s.name) || same(&told_apart) {
                            continue;
                        }
                        let name = if here(&s.name) { told_apart } else { s.name };
                        list.push(Scenario { name, ..s });
                    }
                    let added = list.len().saturating_sub(before);
                    view.deleted = None;
                    view.message = Some(match added {
                        0 => KeepMessage::BackupNothingNew,
                        n => KeepMessage::BackupAdded(n),
                    });
                    effects.keep_scenarios = added > 0;
                }
            }
            SessionAction::OpenBackupWork => {
                if let Some(Ok(backup)) = view.backup_file.take_if(|b| b.is_ok()) {
                    view.message = Some(KeepMessage::BackupWorkOpened);
                    effects.work = Some(Action::LoadWork(Box::new(backup.work)));
                }
            }
            SessionAction::CloseBackupFile => view.backup_file = None,
        }
        (self, effects)
    }

    /// Whether autosave may write the work on screen: not a shared link's
    /// work, and not over unreadable saved data that could not be backed up.
    pub fn autosave_allowed(&self) -> bool {
        let original_unprotected = self.backup_reason.is_some() && self.backup_key.is_none();
        !self.viewing_shared && !original_unprotected
    }

    /// Whether opening scenario `index` must ask first: it replaces the work
    /// on screen, which is lost unless it is saved as a scenario.
    pub fn opening_asks(&self, index: usize, work: &AppState) -> bool {
        let list = self.scenarios();
        index < list.len() && !list.iter().any(|s| s.state == *work)
    }

    /// The saved scenarios, in the user's order.
    pub fn scenarios(&self) -> &[Scenario] {
        self.scenarios.as_deref().unwrap_or_default()
    }

    /// Whether the list has been read from storage (see
    /// [`SessionAction::needs_scenarios`]).
    pub fn scenarios_read(&self) -> bool {
        self.scenarios.is_some()
    }

    /// A shared link's work is on screen.
    pub fn viewing_shared(&self) -> bool {
        self.viewing_shared
    }

    /// The share link that could not be opened, while its notice is shown.
    pub fn share_error(&self) -> Option<&ShareError> {
        self.share_error.as_ref()
    }

    /// The session told which page-address parameters could not be used.
    pub fn with_prefill_problems(self, prefill_problems: Vec<PrefillError>) -> Session {
        Session {
            prefill_problems,
            ..self
        }
    }

    /// The page-address parameters that could not be used, until dismissed.
    pub fn prefill_problems(&self) -> &[PrefillError] {
        &self.prefill_problems
    }

    /// Why the saved data could not be read, while its notice is shown.
    pub fn backup_notice(&self) -> Option<&LoadError> {
        self.backup_reason
            .as_ref()
            .filter(|_| !self.backup_notice_dismissed)
    }

    /// Where the unreadable saved data was kept.
    pub fn backup_key(&self) -> Option<&str> {
        self.backup_key.as_deref()
    }

    /// Whether the warning that storage does not work is shown.
    pub fn storage_warning(&self) -> bool {
        self.storage_failed && !self.storage_warning_dismissed
    }

    /// Autosave (or keeping a backup) has failed.
    pub fn storage_failed(&self) -> bool {
        self.storage_failed
    }

    /// The sections are rendered for printing.
    pub fn printing(&self) -> bool {
        self.printing
    }

    /// The name typed for the next scenario.
    pub fn draft_name(&self) -> &str {
        &self.keep.draft_name
    }

    /// The keeping section's message.
    pub fn message(&self) -> Option<&KeepMessage> {
        self.keep.message.as_ref()
    }

    /// The line offering to undo a deletion, naming the deleted scenario.
    pub fn undo_text(&self, lang: Lang) -> Option<String> {
        let (_, s) = self.keep.deleted.as_ref()?;
        Some(format!("{} {}", T::ScenarioDeleted.get(lang), s.name))
    }

    /// The scenarios chosen for A and B (places in the list; one past the end
    /// after deletions, which shows as no figures).
    pub fn compare(&self) -> (usize, usize) {
        self.keep.compare
    }

    /// The share link made, to copy by hand.
    pub fn share_link(&self) -> Option<&str> {
        self.keep.share_link.as_deref()
    }

    /// The chat summary made, to copy by hand.
    pub fn summary(&self) -> Option<&str> {
        self.keep.summary.as_deref()
    }

    /// The backup file read: what it holds, or why it cannot be used.
    pub fn backup_file(&self) -> Option<&Result<Backup, BackupError>> {
        self.keep.backup_file.as_ref()
    }
}
