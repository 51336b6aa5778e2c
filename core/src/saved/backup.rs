//! The backup file: everything the app keeps on this device (the current
//! work, with its language and section, and every scenario) in one file the
//! user downloads, and reads back. Browsers may clear a site's storage (Safari
//! on iOS after days without a visit); the file survives that.
//!
//! The file is JSON marked as this app's backup, with the schema version of
//! the app that wrote it: a file of an older version is migrated like saved
//! work, a newer one is refused, and a foreign or damaged file is refused
//! with its own reason. Reading it changes nothing: the session shows what
//! it holds, and the user chooses what to take.

use super::{migrate, state_from, state_to, versioned, Scenario, SCHEMA_VERSION};
use crate::json::{obj, Json};
use crate::state::AppState;

/// What marks a file as this app's backup.
const MARK: &str = "target-umkm-backup";

/// The largest backup file read (5 MB): a thousand partners in fifty
/// scenarios is a tenth of it; anything bigger is not a backup of ours.
pub const MAX_BACKUP_BYTES: usize = 5_000_000;

/// What a backup file holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    /// The day it was made, as the file says (`YYYY-MM-DD`).
    pub made: String,
    /// The work that was current.
    pub work: AppState,
    /// Every scenario, in the user's order.
    pub scenarios: Vec<Scenario>,
}

/// Why a file cannot be read as a backup. Nothing is changed in any case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupError {
    /// Larger than [`MAX_BACKUP_BYTES`].
    TooLarge,
    /// Not this app's backup (another file, another app's JSON).
    Foreign,
    /// Marked as ours but cut short or altered.
    Damaged,
    /// Written by a newer version of the app (its schema version).
    NewerVersion(u64),
}

/// The backup file's text.
pub fn encode_backup(backup: &Backup) -> String {
    obj([
        ("app", Json::from(MARK)),
        ("v", Json::Int(SCHEMA_VERSION)),
        ("made", Json::from(backup.made.as_str())),
        (
            "data",
            obj([
                ("work", state_to(&backup.work)),
                (
                    "scenarios",
                    Json::Arr(
                        backup
                            .scenarios
                            .iter()
                            .map(|s| {
                                obj([
                                    ("name", Json::from(s.name.as_str())),
                                    ("state", state_to(&s.state)),
                                ])
                            })
                            .collect(),
                    ),
                ),
            ]),
        ),
    ])
    .to_text()
}

fn state_of(version: u64, v: Option<&Json>) -> Result<AppState, BackupError> {
    let data = v.cloned().ok_or(BackupError::Damaged)?;
    // decode_backup has refused newer versions already.
    let data = migrate(version, data).map_err(|_| BackupError::Damaged)?;
    let state = state_from(&data).ok_or(BackupError::Damaged)?;
    super::check(state).map_err(|_| BackupError::Damaged)
}

/// Reads a backup file's text.
pub fn decode_backup(text: &str) -> Result<Backup, BackupError> {
    if text.len() > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge);
    }
    // A file that holds our mark but does not parse (cut short, edited)
    // is ours and damaged, not someone else's.
    let value = Json::parse(text).map_err(|_| {
        if text.contains(MARK) {
            BackupError::Damaged
        } else {
            BackupError::Foreign
        }
    })?;
    if value.get("app").and_then(Json::as_str) != Some(MARK) {
        return Err(BackupError::Foreign);
    }
    let (version, data) = versioned(text).map_err(|_| BackupError::Damaged)?;
    if version > SCHEMA_VERSION {
        return Err(BackupError::NewerVersion(version));
    }
    let made = value
        .get("made")
        .and_then(Json::as_str)
        .ok_or(BackupError::Damaged)?
        .to_owned();
    let work = state_of(version, data.get("work"))?;
    let scenarios = data
        .get("scenarios")
        .and_then(Json::as_array)
        .ok_or(BackupError::Damaged)?
        .iter()
        .map(|item| {
            let name = item.get("name").and_then(Json::as_str);
            Ok(Scenario {
                name: name.ok_or(BackupError::Damaged)?.to_owned(),
                state: state_of(version, item.get("state"))?,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Backup {
        made,
        work,
        scenarios,
    })
}

/// The file name for a backup made on `date` (`YYYY-MM-DD`).
pub fn backup_file_name(date: &str) -> String {
    format!("target-umkm-cadangan-{date}.json")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Action;

    fn sample() -> Backup {
        let work = AppState::default().apply(Action::AddPresetPartner(0));
        let other = work.clone().apply(Action::FillArticleTargets);
        Backup {
            made: "2026-12-01".into(),
            work: work.clone(),
            scenarios: vec![
                Scenario {
                    name: "Optimis".into(),
                    state: other,
                },
                Scenario {
                    name: "Kunjungan \"Senin\"".into(),
                    state: work,
                },
            ],
        }
    }

    #[test]
    fn a_backup_round_trips_with_every_scenario() {
        let b = sample();
        let text = encode_backup(&b);
        assert!(
            text.starts_with(r#"{"app":"target-umkm-backup","v":"#),
            "{text}"
        );
        assert_eq!(decode_backup(&text), Ok(b));
    }

    #[test]
    fn foreign_damaged_newer_and_giant_files_are_refused() {
        let text = encode_backup(&sample());
        assert_eq!(
            decode_backup("Nama;UMKM\nSampoerna;108.000"),
            Err(BackupError::Foreign)
        );
        assert_eq!(
            decode_backup(r#"{"v":3,"data":{}}"#),
            Err(BackupError::Foreign)
        );
        // Cut short: still ours, so damaged (not "not a backup").
        assert_eq!(
            decode_backup(&text[..text.len() - 40]),
            Err(BackupError::Damaged)
        );
        let altered = text.replacen(r#""umkm":"108.000""#, r#""umkm":108000"#, 1);
        assert_ne!(altered, text);
        assert_eq!(decode_backup(&altered), Err(BackupError::Damaged));
        let current = format!("\"v\":{SCHEMA_VERSION},");
        let newer = text.replacen(&current, "\"v\":99,", 1);
        assert_eq!(decode_backup(&newer), Err(BackupError::NewerVersion(99)));
        let giant = format!("{text}{}", " ".repeat(MAX_BACKUP_BYTES));
        assert_eq!(decode_backup(&giant), Err(BackupError::TooLarge));
    }
}
