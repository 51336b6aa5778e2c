//! Saved work and its versioned schema: the autosaved current work, named
//! scenarios and share links. Pure Rust (JSON through `crate::json`, no web
//! types), so every rule here is tested natively.
//!
//! The rule throughout: nothing the user entered is lost or silently changed.
//! Data that cannot be read (corrupted, or written by a newer version of the
//! app) is never discarded: the caller keeps it under a backup key and offers
//! it for download. Values are texts exactly as typed, so an out-of-range
//! value comes back as typed and its field reports it, rather than being
//! clamped here.

use std::rc::Rc;

use crate::calc::growth::Segment;
use crate::i18n::Lang;
use crate::json::{obj, strs, Json};
use crate::state::{
    AppState, Field, LineField, LineRow, Lines, OfficeRow, PartnerField, PartnerRow, PartnerTexts,
    Section, Texts,
};

pub mod backup;
pub mod link;
mod share;
mod v1;
mod v2;
mod v3;
mod v4;

pub use share::{decode_share, encode_share};

/// The schema version this build writes. Bump it when `AppState` changes in a
/// way older data cannot be read as, and add a step to [`migrate`].
///
/// - 1: the first version (nested like the state structs of the time).
/// - 2: every text of the field table in one `texts` object keyed by the
///   field's key, so a new field is a row of the table, not a schema edit.
/// - 3: the fields and members of this round's capabilities (rows with
///   `since: 3`); schema-2 data gets their defaults ([`v2`]).
/// - 4: the partner stage and the stage probabilities (rows with
///   `since: 4`); schema-3 data gets their defaults ([`v3`]).
/// - 5: an agent's income on the terms in force (rows with `since: 5`);
///   schema-4 data gets their defaults ([`v4`]).
pub const SCHEMA_VERSION: u64 = 5;

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
    /// A short (`#z=`) link, in a browser without `DecompressionStream`.
    BrowserTooOld,
}

/// `{"v": version, "data": …}`: every saved text is wrapped in this.
fn envelope(data: Json) -> String {
    obj([("v", Json::Int(SCHEMA_VERSION)), ("data", data)]).to_text()
}

// ---- the schema, version 2 ------------------------------------------------

fn text(v: &Json, key: &str) -> Option<String> {
    v.get(key)?.as_str().map(str::to_owned)
}

fn texts(v: &Json, key: &str) -> Option<Vec<String>> {
    v.get(key)?
        .as_array()?
        .iter()
        .map(|x| x.as_str().map(str::to_owned))
        .collect()
}

fn id(v: &Json, key: &str) -> Option<u32> {
    u32::try_from(v.get(key)?.as_u64()?).ok()
}

fn list<T>(v: &Json, key: &str, read: fn(&Json) -> Option<T>) -> Option<Vec<T>> {
    v.get(key)?.as_array()?.iter().map(read).collect()
}

fn lang_to(l: Lang) -> Json {
    Json::from(match l {
        Lang::Id => "Id",
        Lang::En => "En",
    })
}

fn lang_from(v: &Json) -> Option<Lang> {
    match v.as_str()? {
        "Id" => Some(Lang::Id),
        "En" => Some(Lang::En),
        _ => None,
    }
}

fn segment_from(v: &Json) -> Option<Segment> {
    Segment::from_name(v.as_str()?)
}

fn bool_from(v: &Json) -> Option<bool> {
    match v {
        Json::Bool(b) => Some(*b),
        _ => None,
    }
}

/// An object of `keys` → texts, in the given order.
fn texts_obj<'a>(pairs: impl Iterator<Item = (&'static str, &'a String)>) -> Json {
    Json::Obj(
        pairs
            .map(|(k, t)| (k.to_owned(), Json::from(t.as_str())))
            .collect(),
    )
}

fn partner_to(p: &PartnerRow) -> Json {
    let mut members = vec![("id".to_owned(), Json::Int(p.id.into()))];
    if let Json::Obj(texts) = texts_obj(
        PartnerField::ALL
            .iter()
            .map(|f| (f.def().key, &p.texts[*f])),
    ) {
        members.extend(texts);
    }
    Json::Obj(members)
}

/// The texts of a partner from an object keyed by the field table.
fn partner_texts_from(v: &Json) -> Option<PartnerTexts> {
    let mut texts = PartnerTexts::default();
    for f in PartnerField::ALL {
        texts[*f] = text(v, f.def().key)?;
    }
    Some(texts)
}

fn partner_from(v: &Json) -> Option<PartnerRow> {
    Some(PartnerRow {
        id: id(v, "id")?,
        texts: partner_texts_from(v)?,
    })
}

fn line_to(row: &LineRow) -> Json {
    texts_obj(LineField::ALL.iter().map(|f| (f.def().key, &row[*f])))
}

fn line_from(v: &Json) -> Option<LineRow> {
    let mut row = LineRow::default();
    for f in LineField::ALL {
        row[*f] = text(v, f.def().key)?;
    }
    Some(row)
}

fn lines_to(lines: &Lines) -> Json {
    Json::Obj(
        lines
            .iter()
            .map(|(s, row)| (s.key().to_owned(), line_to(row)))
            .collect(),
    )
}

fn lines_from(v: &Json) -> Option<Lines> {
    let mut lines = Lines::default();
    for s in Segment::ALL {
        lines[s] = line_from(v.get(s.key())?)?;
    }
    Some(lines)
}

fn field_texts_to(t: &Texts, keep: impl Fn(Field) -> bool) -> Json {
    texts_obj(
        Field::ALL
            .iter()
            .filter(|f| keep(**f))
            .map(|f| (f.def().key, &t[*f])),
    )
}

/// The field texts of an object keyed by the field table; a field absent
/// keeps its text in `into` only when `partial` (share links leave out what
/// equals the defaults).
fn field_texts_from(v: &Json, into: &mut Texts, partial: bool) -> Option<()> {
    for f in Field::ALL {
        match v.get(f.def().key) {
            Some(x) => into[*f] = x.as_str()?.to_owned(),
            None if partial => {}
            None => return None,
        }
    }
    Some(())
}

fn office_to(o: &OfficeRow) -> Json {
    obj([
        ("id", Json::Int(o.id.into())),
        ("name", Json::from(o.name.as_str())),
        ("weight", Json::from(o.weight.as_str())),
        ("months", strs(&o.months)),
    ])
}

fn office_from(v: &Json) -> Option<OfficeRow> {
    Some(OfficeRow {
        id: id(v, "id")?,
        name: text(v, "name")?,
        weight: text(v, "weight")?,
        months: texts(v, "months")?.try_into().ok()?,
    })
}

fn state_to(s: &AppState) -> Json {
    obj([
        ("lang", lang_to(s.lang)),
        ("section", Json::from(s.section.name())),
        (
            "partners",
            Json::Arr(s.partners.iter().map(|p| partner_to(p)).collect()),
        ),
        ("next_id", Json::Int(s.next_id.into())),
        ("compare_line", Json::from(s.compare_line.name())),
        ("lines", lines_to(&s.lines)),
        ("texts", field_texts_to(&s.texts, |_| true)),
        ("split_line", Json::from(s.split_line.name())),
        (
            "offices",
            Json::Arr(s.offices.iter().map(office_to).collect()),
        ),
        ("month_weights", strs(&s.month_weights)),
        ("bpu_jht", Json::Bool(s.bpu_jht)),
        ("risk_class", Json::Int(s.risk_class.into())),
    ])
}

fn state_from(v: &Json) -> Option<AppState> {
    let mut field_texts = Texts::default();
    field_texts_from(v.get("texts")?, &mut field_texts, false)?;
    Some(AppState {
        lang: lang_from(v.get("lang")?)?,
        section: Section::from_name(v.get("section")?.as_str()?)?,
        partners: Rc::new(list(v, "partners", |p| partner_from(p).map(Rc::new))?),
        next_id: id(v, "next_id")?,
        compare_line: segment_from(v.get("compare_line")?)?,
        lines: lines_from(v.get("lines")?)?,
        texts: field_texts,
        split_line: segment_from(v.get("split_line")?)?,
        offices: list(v, "offices", office_from)?,
        month_weights: texts(v, "month_weights")?,
        bpu_jht: bool_from(v.get("bpu_jht")?)?,
        risk_class: u8::try_from(v.get("risk_class")?.as_u64()?).ok()?,
    })
}

/// The current work as saved text.
pub fn encode(state: &AppState) -> String {
    envelope(state_to(state))
}

/// Upgrades the `data` of saved work of an older schema version to the
/// current one, step by step.
fn migrate(version: u64, data: Json) -> Result<Json, LoadError> {
    match version {
        SCHEMA_VERSION => Ok(data),
        4 => v4::work_to_v5(&data).ok_or(LoadError::Unreadable),
        3 => migrate(4, v3::work_to_v4(&data).ok_or(LoadError::Unreadable)?),
        2 => migrate(3, v2::work_to_v3(&data).ok_or(LoadError::Unreadable)?),
        1 => migrate(2, v1::work_to_v2(&data).ok_or(LoadError::Unreadable)?),
        v if v > SCHEMA_VERSION => Err(LoadError::NewerVersion(v)),
        _ => Err(LoadError::Unreadable),
    }
}

/// Upgrades a share-link payload of an older schema version.
fn migrate_share(version: u64, data: Json) -> Result<Json, LoadError> {
    match version {
        1 => migrate_share(2, v1::share_to_v2(&data).ok_or(LoadError::Unreadable)?),
        2 => migrate_share(3, v2::share_to_v3(&data).ok_or(LoadError::Unreadable)?),
        3 => migrate_share(4, v3::share_to_v4(&data).ok_or(LoadError::Unreadable)?),
        4 => v4::share_to_v5(&data).ok_or(LoadError::Unreadable),
        v => migrate(v, data),
    }
}

fn versioned(text: &str) -> Result<(u64, Json), LoadError> {
    let value = Json::parse(text).map_err(|_| LoadError::Unreadable)?;
    let version = value
        .get("v")
        .and_then(Json::as_u64)
        .ok_or(LoadError::Unreadable)?;
    let data = value.get("data").cloned().ok_or(LoadError::Unreadable)?;
    Ok((version, data))
}

/// Rules a state must keep whatever its source: the reducer and the views
/// rely on them.
fn check(state: AppState) -> Result<AppState, LoadError> {
    let ids: Vec<u32> = state
        .partners
        .iter()
        .map(|p| p.id)
        .chain(state.offices.iter().map(|o| o.id))
        .collect();
    // Quadratic, but a thousand rows take a millisecond, once, and no sort
    // code ships for it.
    let repeated = ids
        .iter()
        .enumerate()
        .any(|(k, id)| ids.get(..k).is_some_and(|earlier| earlier.contains(id)));
    if repeated || ids.iter().any(|&id| id >= state.next_id) {
        return Err(LoadError::Invalid);
    }
    if state.month_weights.len() != 12 || !(1..=5).contains(&state.risk_class) {
        return Err(LoadError::Invalid);
    }
    Ok(state)
}

/// Reads saved work.
pub fn decode(text: &str) -> Result<AppState, LoadError> {
    let (version, data) = versioned(text)?;
    let data = migrate(version, data)?;
    check(state_from(&data).ok_or(LoadError::Unreadable)?)
}

/// A named scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    /// The name the user gave it.
    pub name: String,
    /// The work.
    pub state: AppState,
}

/// The scenario list as saved text.
pub fn encode_scenarios(list: &[Scenario]) -> String {
    envelope(Json::Arr(
        list.iter()
            .map(|s| {
                obj([
                    ("name", Json::from(s.name.as_str())),
                    ("state", state_to(&s.state)),
                ])
            })
            .collect(),
    ))
}

/// Reads the scenario list.
pub fn decode_scenarios(saved: &str) -> Result<Vec<Scenario>, LoadError> {
    let (version, data) = versioned(saved)?;
    let items = data.as_array().ok_or(LoadError::Unreadable)?;
    items
        .iter()
        .map(|item| {
            let name = text(item, "name").ok_or(LoadError::Unreadable)?;
            let state = item.get("state").cloned().ok_or(LoadError::Unreadable)?;
            let state = state_from(&migrate(version, state)?).ok_or(LoadError::Unreadable)?;
            Ok(Scenario {
                name,
                state: check(state)?,
            })
        })
        .collect()
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
        assert_eq!(decode("{\"v\":2,\"data\":{}}"), Err(LoadError::Unreadable));
        assert_eq!(decode("{\"data\":{}}"), Err(LoadError::Unreadable));
        assert_eq!(decode("{\"v\":3,\"data\":{}}"), Err(LoadError::Unreadable));
        let current = format!("\"v\":{SCHEMA_VERSION}");
        let newer = encode(&AppState::default()).replacen(&current, "\"v\":7", 1);
        assert_eq!(decode(&newer), Err(LoadError::NewerVersion(7)));
    }

    #[test]
    fn broken_rules_are_invalid() {
        let mut s = AppState::default();
        s.month_weights.pop();
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
        for (a, b) in back.partners.iter().zip(s.partners.iter()) {
            assert_eq!(a.texts, b.texts);
        }
        assert_eq!(back.lines, s.lines);
        assert_eq!(back.month_weights, s.month_weights);
        assert_eq!(back.offices.len(), 36);
        assert_eq!(back.texts, s.texts);
    }

    #[test]
    fn edited_offices_travel_in_the_link() {
        let s = AppState::default();
        let id = s.offices[0].id;
        let s = s.apply(Action::EditOffice {
            id,
            field: crate::state::OfficeField::Name,
            text: "KC Surabaya".into(),
        });
        let back = decode_share(&encode_share(&s)).expect("opens");
        assert_eq!(back.offices[0].name, "KC Surabaya");
        assert_eq!(back.offices.len(), 36);
    }

    #[test]
    fn bad_links_are_refused_with_a_reason() {
        let payload = encode_share(&worked_state());
        let cut = &payload[..payload.len() / 2];
        assert_eq!(decode_share(cut), Err(ShareError::Damaged));
        assert_eq!(decode_share("hello"), Err(ShareError::Damaged));
        let current = format!("\"v\":{SCHEMA_VERSION}");
        let newer = payload.replacen(&current, "\"v\":9", 1);
        assert_eq!(decode_share(&newer), Err(ShareError::NewerVersion(9)));
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
        assert_eq!(back.partners[0][PartnerField::Enrolment], "250");
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
