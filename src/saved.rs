//! Saved work and its versioned schema: the autosaved current work, named
//! scenarios and share links. Pure Rust (serde JSON, no web types), so every
//! rule here is tested natively.
//!
//! The rule throughout: nothing the user entered is lost or silently changed.
//! Data that cannot be read (corrupted, or written by a newer version of the
//! app) is never discarded: the caller keeps it under a backup key and offers
//! it for download. Values are texts exactly as typed, so an out-of-range
//! value comes back as typed and its field reports it, rather than being
//! clamped here.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::state::{AppState, PartnerRow};

/// The schema version this build writes. Bump it when `AppState` changes in a
/// way older data cannot be read as, and add a step to [`migrate`].
pub const SCHEMA_VERSION: u64 = 1;

/// The longest share-link payload accepted (characters after `#s=`). Long
/// enough for about 40 partners; WhatsApp carries links far longer, but a
/// limit keeps a pasted or tampered giant from freezing a phone.
pub const MAX_SHARE_CHARS: usize = 8_000;

/// Storage keys.
pub mod keys {
    /// The current work, saved as it changes.
    pub const CURRENT: &str = "target-umkm.current";
    /// The named scenarios.
    pub const SCENARIOS: &str = "target-umkm.scenarios";
    /// Data found unreadable at start-up, kept untouched.
    pub const BACKUP: &str = "target-umkm.backup";
}

/// Why saved data cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON, or not the shape of saved work.
    Unreadable,
    /// Written by a newer version of the app (its schema version).
    NewerVersion(u64),
    /// Readable, but its figures break a rule (e.g. not twelve month weights).
    Invalid,
}

/// Why a share link cannot be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Longer than [`MAX_SHARE_CHARS`].
    TooLong,
    /// Cut short, altered, or not a share link at all.
    Damaged,
    /// Made by a newer version of the app.
    NewerVersion(u64),
    /// Readable, but its figures break a rule.
    Invalid,
}

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    v: u64,
    data: T,
}

/// The current work as saved text.
pub fn encode(state: &AppState) -> String {
    let env = Envelope {
        v: SCHEMA_VERSION,
        data: state,
    };
    // Serialising plain structs of strings and numbers cannot fail.
    serde_json::to_string(&env).unwrap_or_default()
}

/// Upgrades the `data` of an older schema version to the current one. There is
/// one version so far; each future version adds a step here.
fn migrate(version: u64, data: Value) -> Result<Value, LoadError> {
    match version {
        SCHEMA_VERSION => Ok(data),
        v if v > SCHEMA_VERSION => Err(LoadError::NewerVersion(v)),
        _ => Err(LoadError::Unreadable),
    }
}

fn versioned(text: &str) -> Result<(u64, Value), LoadError> {
    let value: Value = serde_json::from_str(text).map_err(|_| LoadError::Unreadable)?;
    let version = value
        .get("v")
        .and_then(Value::as_u64)
        .ok_or(LoadError::Unreadable)?;
    let data = value.get("data").cloned().ok_or(LoadError::Unreadable)?;
    Ok((version, data))
}

/// Rules a state must keep whatever its source: the reducer and the views
/// rely on them.
fn check(state: AppState) -> Result<AppState, LoadError> {
    let ids = state
        .partners
        .iter()
        .map(|p| p.id)
        .chain(state.split.offices.iter().map(|o| o.id));
    let mut seen = std::collections::BTreeSet::new();
    for id in ids {
        if id >= state.next_id || !seen.insert(id) {
            return Err(LoadError::Invalid);
        }
    }
    if state.split.month_weights.len() != 12 || state.iuran.rates.jkk.len() != 5 {
        return Err(LoadError::Invalid);
    }
    if !(1..=5).contains(&state.iuran.risk_class) {
        return Err(LoadError::Invalid);
    }
    Ok(state)
}

/// Reads saved work.
pub fn decode(text: &str) -> Result<AppState, LoadError> {
    let (version, data) = versioned(text)?;
    let data = migrate(version, data)?;
    let state: AppState = serde_json::from_value(data).map_err(|_| LoadError::Unreadable)?;
    check(state)
}

/// A named scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    /// The name the user gave it.
    pub name: String,
    /// The work.
    pub state: AppState,
}

/// The scenario list as saved text.
pub fn encode_scenarios(list: &[Scenario]) -> String {
    let env = Envelope {
        v: SCHEMA_VERSION,
        data: list,
    };
    serde_json::to_string(&env).unwrap_or_default()
}

/// Reads the scenario list.
pub fn decode_scenarios(text: &str) -> Result<Vec<Scenario>, LoadError> {
    let (version, data) = versioned(text)?;
    let data = migrate(version, data)?;
    let list: Vec<Scenario> = serde_json::from_value(data).map_err(|_| LoadError::Unreadable)?;
    list.into_iter()
        .map(|s| {
            Ok(Scenario {
                name: s.name,
                state: check(s.state)?,
            })
        })
        .collect()
}

/// The part of the work a share link carries. What equals the defaults (the
/// 36 offices, the rates table, …) is left out, which keeps a typical link
/// short enough for a chat message.
#[derive(Serialize, Deserialize, Default)]
struct Shared {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lang: Option<crate::i18n::Lang>,
    #[serde(default)]
    partners: Vec<SharedPartner>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lines: Option<crate::state::Lines>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    years: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    compare: Option<crate::calc::growth::Segment>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    split: Option<crate::state::SplitInputs>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    progress: Option<crate::state::ProgressInputs>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    iuran: Option<crate::state::IuranInputs>,
}

/// A partner in a share link: its texts in order (name, UMKM, workers,
/// enrolment, PU share), without the row id.
type SharedPartner = [String; 5];

fn differs<T: PartialEq + Clone>(value: &T, default: &T) -> Option<T> {
    (value != default).then(|| value.clone())
}

/// The share-link payload (what follows `#s=`, before URL-encoding).
pub fn encode_share(state: &AppState) -> String {
    let d = AppState::default();
    let shared = Shared {
        lang: Some(state.lang),
        partners: state
            .partners
            .iter()
            .map(|p| {
                [
                    p.name.clone(),
                    p.umkm.clone(),
                    p.workers.clone(),
                    p.enrolment.clone(),
                    p.pu_share.clone(),
                ]
            })
            .collect(),
        lines: differs(&state.lines, &d.lines),
        years: differs(&state.projection_years, &d.projection_years),
        compare: differs(&state.compare_line, &d.compare_line),
        split: if offices_match(state, &d) {
            differs(
                &crate::state::SplitInputs {
                    offices: Vec::new(),
                    ..state.split.clone()
                },
                &crate::state::SplitInputs {
                    offices: Vec::new(),
                    ..d.split.clone()
                },
            )
        } else {
            Some(state.split.clone())
        },
        progress: differs(&state.progress, &d.progress),
        iuran: differs(&state.iuran, &d.iuran),
    };
    let env = Envelope {
        v: SCHEMA_VERSION,
        data: shared,
    };
    serde_json::to_string(&env).unwrap_or_default()
}

/// Whether the office list is the default one (names and weights; ids aside).
fn offices_match(a: &AppState, b: &AppState) -> bool {
    a.split.offices.len() == b.split.offices.len()
        && a.split
            .offices
            .iter()
            .zip(&b.split.offices)
            .all(|(x, y)| x.name == y.name && x.weight == y.weight)
}

/// Opens a share-link payload as a new state. Ids are handed out afresh.
pub fn decode_share(payload: &str) -> Result<AppState, ShareError> {
    if payload.chars().count() > MAX_SHARE_CHARS {
        return Err(ShareError::TooLong);
    }
    let (version, data) = versioned(payload).map_err(|_| ShareError::Damaged)?;
    let data = migrate(version, data).map_err(|e| match e {
        LoadError::NewerVersion(v) => ShareError::NewerVersion(v),
        _ => ShareError::Damaged,
    })?;
    let shared: Shared = serde_json::from_value(data).map_err(|_| ShareError::Damaged)?;
    let mut state = AppState::default();
    state.partners.clear();
    if let Some(lang) = shared.lang {
        state.lang = lang;
    }
    for [name, umkm, workers, enrolment, pu_share] in shared.partners {
        let id = state.next_id;
        state.next_id = state.next_id.saturating_add(1);
        state.partners.push(PartnerRow {
            id,
            name,
            umkm,
            workers,
            enrolment,
            pu_share,
        });
    }
    if let Some(lines) = shared.lines {
        state.lines = lines;
    }
    if let Some(years) = shared.years {
        state.projection_years = years;
    }
    if let Some(c) = shared.compare {
        state.compare_line = c;
    }
    if let Some(mut split) = shared.split {
        if split.offices.is_empty() {
            split.offices = state.split.offices.clone();
        } else {
            for o in &mut split.offices {
                o.id = state.next_id;
                state.next_id = state.next_id.saturating_add(1);
            }
        }
        state.split = split;
    }
    if let Some(p) = shared.progress {
        state.progress = p;
    }
    if let Some(i) = shared.iuran {
        state.iuran = i;
    }
    check(state).map_err(|_| ShareError::Invalid)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{Action, LineField, PartnerField};

    fn worked_state() -> AppState {
        let s = AppState::default().apply(Action::AddPresetPartner(0));
        let id = s.partners[0].id;
        s.apply(Action::EditPartner {
            id,
            field: PartnerField::Name,
            text: "<img src=x onerror=alert(1)>".into(),
        })
        .apply(Action::EditLine {
            line: crate::calc::growth::Segment::Bpu,
            field: LineField::Growth,
            text: "27".into(),
        })
        .apply(Action::FillArticleTargets)
    }

    #[test]
    fn saved_work_round_trips_exactly() {
        let s = worked_state();
        assert_eq!(decode(&encode(&s)), Ok(s));
    }

    #[test]
    fn unreadable_and_newer_data_are_reported_not_guessed() {
        assert_eq!(decode("{not json"), Err(LoadError::Unreadable));
        assert_eq!(decode("{\"v\":1,\"data\":{}}"), Err(LoadError::Unreadable));
        assert_eq!(decode("{\"data\":{}}"), Err(LoadError::Unreadable));
        let newer = encode(&AppState::default()).replacen("\"v\":1", "\"v\":7", 1);
        assert_eq!(decode(&newer), Err(LoadError::NewerVersion(7)));
    }

    #[test]
    fn broken_rules_are_invalid() {
        let mut s = AppState::default();
        s.split.month_weights.pop();
        assert_eq!(decode(&encode(&s)), Err(LoadError::Invalid));
        let s = AppState {
            next_id: 1,
            ..AppState::default()
        };
        assert_eq!(decode(&encode(&s)), Err(LoadError::Invalid));
    }

    #[test]
    fn share_link_carries_the_work_and_stays_short() {
        let s = worked_state();
        let payload = encode_share(&s);
        assert!(payload.len() < 1_000, "{} chars: {payload}", payload.len());
        let back = decode_share(&payload).expect("opens");
        assert_eq!(back.partners.len(), s.partners.len());
        for (a, b) in back.partners.iter().zip(&s.partners) {
            assert_eq!(
                (&a.name, &a.umkm, &a.workers),
                (&b.name, &b.umkm, &b.workers)
            );
        }
        assert_eq!(back.lines, s.lines);
        assert_eq!(back.split.month_weights, s.split.month_weights);
        assert_eq!(back.split.offices.len(), 36);
        assert_eq!(back.iuran, s.iuran);
    }

    #[test]
    fn edited_offices_travel_in_the_link() {
        let s = AppState::default();
        let id = s.split.offices[0].id;
        let s = s.apply(Action::EditOffice {
            id,
            field: crate::state::OfficeField::Name,
            text: "KC Surabaya".into(),
        });
        let back = decode_share(&encode_share(&s)).expect("opens");
        assert_eq!(back.split.offices[0].name, "KC Surabaya");
        assert_eq!(back.split.offices.len(), 36);
    }

    #[test]
    fn bad_links_are_refused_with_a_reason() {
        let payload = encode_share(&worked_state());
        let cut = &payload[..payload.len() / 2];
        assert_eq!(decode_share(cut), Err(ShareError::Damaged));
        assert_eq!(decode_share("hello"), Err(ShareError::Damaged));
        let newer = payload.replacen("\"v\":1", "\"v\":2", 1);
        assert_eq!(decode_share(&newer), Err(ShareError::NewerVersion(2)));
        let long = "x".repeat(MAX_SHARE_CHARS + 1);
        assert_eq!(decode_share(&long), Err(ShareError::TooLong));
        let bad_weights = r#"{"v":1,"data":{"partners":[],"split":{"line":"Total","offices":[],"month_weights":["1"],"agents_per_office":"1","working_days":"22","capacity":"1"}}}"#;
        assert_eq!(decode_share(bad_weights), Err(ShareError::Invalid));
    }

    #[test]
    fn out_of_range_values_come_back_as_typed() {
        let s = AppState::default();
        let id = s.partners[0].id;
        let s = s.apply(Action::EditPartner {
            id,
            field: PartnerField::Enrolment,
            text: "250".into(),
        });
        let back = decode_share(&encode_share(&s)).expect("opens");
        assert_eq!(back.partners[0].enrolment, "250");
    }

    #[test]
    fn scenarios_round_trip() {
        let list = vec![
            Scenario {
                name: "Kunjungan Sampoerna".into(),
                state: worked_state(),
            },
            Scenario {
                name: "Kosong".into(),
                state: AppState::default(),
            },
        ];
        assert_eq!(decode_scenarios(&encode_scenarios(&list)), Ok(list));
    }
}
