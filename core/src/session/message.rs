//! The session's messages: the keeping section's (what each says, and which
//! card's control it answers) and the notices a user can dismiss.

use crate::i18n::{Lang, T};

/// The one-line message of the keeping section, shown next to the control
/// that caused it ([`KeepMessage::card`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeepMessage {
    /// A scenario was saved (or duplicated).
    Saved,
    /// A scenario was renamed.
    Renamed,
    /// A scenario was deleted (the undo line names it).
    Deleted,
    /// The deleted scenario is back.
    Restored,
    /// A scenario was opened; its name.
    Opened(String),
    /// The scenario list could not be written.
    NotKept,
    /// The link or summary is on the clipboard.
    Copied,
    /// The clipboard refused: the text is shown to copy by hand.
    CopyManually,
    /// The offices' CSV needs a target to split first.
    SplitWaiting,
    /// Scenarios from a backup file were added: how many.
    BackupAdded(usize),
    /// Every scenario of the backup file is in the list already.
    BackupNothingNew,
    /// The backup file's work is on screen.
    BackupWorkOpened,
}

/// The card of the keeping section whose control a message answers: the
/// message shows next to that control.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeepCard {
    /// Scenarios: save, rename, delete, open.
    Scenarios,
    /// Copying and sharing the link or the summary.
    Share,
    /// The backup file.
    Backup,
    /// CSV and printing.
    Export,
}

impl KeepMessage {
    /// The card whose control this message answers.
    pub fn card(&self) -> KeepCard {
        match self {
            KeepMessage::Saved
            | KeepMessage::Renamed
            | KeepMessage::Deleted
            | KeepMessage::Restored
            | KeepMessage::Opened(_)
            | KeepMessage::NotKept => KeepCard::Scenarios,
            KeepMessage::Copied | KeepMessage::CopyManually => KeepCard::Share,
            KeepMessage::SplitWaiting => KeepCard::Export,
            KeepMessage::BackupAdded(_)
            | KeepMessage::BackupNothingNew
            | KeepMessage::BackupWorkOpened => KeepCard::Backup,
        }
    }

    /// The message in words.
    pub fn text(&self, lang: Lang) -> String {
        let t = match self {
            KeepMessage::Saved => T::ScenarioSaved,
            KeepMessage::Renamed => T::ScenarioRenamed,
            KeepMessage::Deleted => T::ScenarioDeleted,
            KeepMessage::Restored => T::ScenarioRestored,
            KeepMessage::Opened(name) => {
                return format!("{} {name}", T::ScenarioOpened.get(lang));
            }
            KeepMessage::NotKept => T::StorageUnavailable,
            KeepMessage::Copied => T::Copied,
            KeepMessage::CopyManually => T::CopyManually,
            KeepMessage::SplitWaiting => T::SplitWaiting,
            KeepMessage::BackupAdded(n) => {
                return format!("{} {n}", T::BackupAdded.get(lang));
            }
            KeepMessage::BackupNothingNew => T::BackupNothingNew,
            KeepMessage::BackupWorkOpened => T::BackupWorkOpened,
        };
        t.get(lang).to_owned()
    }
}

/// A notice the user can close.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The share link could not be opened.
    ShareError,
    /// The saved data could not be read.
    Backup,
    /// Storage does not work here.
    StorageWarning,
    /// Parameters of the page address could not be used.
    Prefill,
}
