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
    AppState, IuranInputs, LineRow, Lines, OfficeRow, PartnerRow, ProgressInputs, RateTexts,
    Section, SplitInputs,
};

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

/// `{"v": version, "data": …}`: every saved text is wrapped in this.
fn envelope(data: Json) -> String {
    obj([("v", Json::Int(SCHEMA_VERSION)), ("data", data)]).to_text()
}

// ---- the schema, version 1 ------------------------------------------------
// Field names and order are those of the state structs (schema 1 was first
// written by serde's derives; tests/saved_compat.rs keeps both readings equal).

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

fn partner_to(p: &PartnerRow) -> Json {
    obj([
        ("id", Json::Int(p.id.into())),
        ("name", Json::from(p.name.as_str())),
        ("umkm", Json::from(p.umkm.as_str())),
        ("workers", Json::from(p.workers.as_str())),
        ("enrolment", Json::from(p.enrolment.as_str())),
        ("pu_share", Json::from(p.pu_share.as_str())),
    ])
}

fn partner_from(v: &Json) -> Option<PartnerRow> {
    Some(PartnerRow {
        id: id(v, "id")?,
        name: text(v, "name")?,
        umkm: text(v, "umkm")?,
        workers: text(v, "workers")?,
        enrolment: text(v, "enrolment")?,
        pu_share: text(v, "pu_share")?,
    })
}

const LINE_KEYS: [&str; 6] = ["total", "pu", "bpu", "jakon", "pmi", "entities"];

fn lines_to(l: &Lines) -> Json {
    let rows = Segment::ALL.map(|s| l.get(s));
    Json::Obj(
        LINE_KEYS
            .iter()
            .zip(rows)
            .map(|(k, r)| {
                (
                    (*k).to_owned(),
                    obj([
                        ("base", Json::from(r.base.as_str())),
                        ("growth", Json::from(r.growth.as_str())),
                        ("target", Json::from(r.target.as_str())),
                    ]),
                )
            })
            .collect(),
    )
}

fn lines_from(v: &Json) -> Option<Lines> {
    let row = |k: &str| {
        let r = v.get(k)?;
        Some(LineRow {
            base: text(r, "base")?,
            growth: text(r, "growth")?,
            target: text(r, "target")?,
        })
    };
    let [total, pu, bpu, jakon, pmi, entities] = LINE_KEYS;
    Some(Lines {
        total: row(total)?,
        pu: row(pu)?,
        bpu: row(bpu)?,
        jakon: row(jakon)?,
        pmi: row(pmi)?,
        entities: row(entities)?,
    })
}

fn split_to(s: &SplitInputs) -> Json {
    obj([
        ("line", Json::from(s.line.name())),
        (
            "offices",
            Json::Arr(
                s.offices
                    .iter()
                    .map(|o| {
                        obj([
                            ("id", Json::Int(o.id.into())),
                            ("name", Json::from(o.name.as_str())),
                            ("weight", Json::from(o.weight.as_str())),
                        ])
                    })
                    .collect(),
            ),
        ),
        ("month_weights", strs(&s.month_weights)),
        (
            "agents_per_office",
            Json::from(s.agents_per_office.as_str()),
        ),
        ("working_days", Json::from(s.working_days.as_str())),
        ("capacity", Json::from(s.capacity.as_str())),
    ])
}

fn split_from(v: &Json) -> Option<SplitInputs> {
    Some(SplitInputs {
        line: segment_from(v.get("line")?)?,
        offices: list(v, "offices", |o| {
            Some(OfficeRow {
                id: id(o, "id")?,
                name: text(o, "name")?,
                weight: text(o, "weight")?,
            })
        })?,
        month_weights: texts(v, "month_weights")?,
        agents_per_office: text(v, "agents_per_office")?,
        working_days: text(v, "working_days")?,
        capacity: text(v, "capacity")?,
    })
}

fn progress_to(p: &ProgressInputs) -> Json {
    obj([
        ("target", Json::from(p.target.as_str())),
        ("achieved", Json::from(p.achieved.as_str())),
        ("date", Json::from(p.date.as_str())),
    ])
}

fn progress_from(v: &Json) -> Option<ProgressInputs> {
    Some(ProgressInputs {
        target: text(v, "target")?,
        achieved: text(v, "achieved")?,
        date: text(v, "date")?,
    })
}

fn iuran_to(i: &IuranInputs) -> Json {
    let r = &i.rates;
    obj([
        ("bpu_income", Json::from(i.bpu_income.as_str())),
        ("bpu_jht", Json::Bool(i.bpu_jht)),
        ("pu_wage", Json::from(i.pu_wage.as_str())),
        ("risk_class", Json::Int(i.risk_class.into())),
        (
            "rates",
            obj([
                ("label", Json::from(r.label.as_str())),
                ("valid_from", Json::from(r.valid_from.as_str())),
                ("jkk", strs(&r.jkk)),
                ("jkm", Json::from(r.jkm.as_str())),
                ("jht_employer", Json::from(r.jht_employer.as_str())),
                ("jht_worker", Json::from(r.jht_worker.as_str())),
                ("jp_employer", Json::from(r.jp_employer.as_str())),
                ("jp_worker", Json::from(r.jp_worker.as_str())),
                ("jp_cap", Json::from(r.jp_cap.as_str())),
                ("bpu_jkk", Json::from(r.bpu_jkk.as_str())),
                ("bpu_jkm", Json::from(r.bpu_jkm.as_str())),
                ("bpu_jht", Json::from(r.bpu_jht.as_str())),
            ]),
        ),
    ])
}

fn iuran_from(v: &Json) -> Option<IuranInputs> {
    let r = v.get("rates")?;
    Some(IuranInputs {
        bpu_income: text(v, "bpu_income")?,
        bpu_jht: match v.get("bpu_jht")? {
            Json::Bool(b) => *b,
            _ => return None,
        },
        pu_wage: text(v, "pu_wage")?,
        risk_class: u8::try_from(v.get("risk_class")?.as_u64()?).ok()?,
        rates: RateTexts {
            label: text(r, "label")?,
            valid_from: text(r, "valid_from")?,
            jkk: texts(r, "jkk")?,
            jkm: text(r, "jkm")?,
            jht_employer: text(r, "jht_employer")?,
            jht_worker: text(r, "jht_worker")?,
            jp_employer: text(r, "jp_employer")?,
            jp_worker: text(r, "jp_worker")?,
            jp_cap: text(r, "jp_cap")?,
            bpu_jkk: text(r, "bpu_jkk")?,
            bpu_jkm: text(r, "bpu_jkm")?,
            bpu_jht: text(r, "bpu_jht")?,
        },
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
        ("projection_years", Json::from(s.projection_years.as_str())),
        ("split", split_to(&s.split)),
        ("progress", progress_to(&s.progress)),
        ("iuran", iuran_to(&s.iuran)),
    ])
}

fn state_from(v: &Json) -> Option<AppState> {
    Some(AppState {
        lang: lang_from(v.get("lang")?)?,
        section: Section::from_name(v.get("section")?.as_str()?)?,
        partners: Rc::new(list(v, "partners", |p| partner_from(p).map(Rc::new))?),
        next_id: id(v, "next_id")?,
        compare_line: segment_from(v.get("compare_line")?)?,
        lines: lines_from(v.get("lines")?)?,
        projection_years: text(v, "projection_years")?,
        split: split_from(v.get("split")?)?,
        progress: progress_from(v.get("progress")?)?,
        iuran: iuran_from(v.get("iuran")?)?,
    })
}

/// The current work as saved text.
pub fn encode(state: &AppState) -> String {
    envelope(state_to(state))
}

/// Upgrades the `data` of an older schema version to the current one. There is
/// one version so far; each future version adds a step here.
fn migrate(version: u64, data: Json) -> Result<Json, LoadError> {
    match version {
        SCHEMA_VERSION => Ok(data),
        v if v > SCHEMA_VERSION => Err(LoadError::NewerVersion(v)),
        _ => Err(LoadError::Unreadable),
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
        .chain(state.split.offices.iter().map(|o| o.id))
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
    let data = migrate(version, data)?;
    let items = data.as_array().ok_or(LoadError::Unreadable)?;
    items
        .iter()
        .map(|item| {
            let name = text(item, "name").ok_or(LoadError::Unreadable)?;
            let state = item
                .get("state")
                .and_then(state_from)
                .ok_or(LoadError::Unreadable)?;
            Ok(Scenario {
                name,
                state: check(state)?,
            })
        })
        .collect()
}

// ---- share links -----------------------------------------------------------
// The part of the work a link carries. What equals the defaults (the 36
// offices, the rates table, …) is left out, which keeps a typical link short
// enough for a chat message. Every member but `partners` is optional; a
// partner is its five texts in order (name, UMKM, workers, enrolment, PU
// share), without the row id.

/// The share-link payload (what follows `#s=`, before URL-encoding).
pub fn encode_share(state: &AppState) -> String {
    let d = AppState::default();
    let mut members: Vec<(String, Json)> = vec![("lang".to_owned(), lang_to(state.lang))];
    let partners = state
        .partners
        .iter()
        .map(|p| {
            Json::Arr(
                [&p.name, &p.umkm, &p.workers, &p.enrolment, &p.pu_share]
                    .map(|t| Json::from(t.as_str()))
                    .to_vec(),
            )
        })
        .collect();
    members.push(("partners".to_owned(), Json::Arr(partners)));
    let mut put = |key: &str, differs: bool, value: Json| {
        if differs {
            members.push((key.to_owned(), value));
        }
    };
    put("lines", state.lines != d.lines, lines_to(&state.lines));
    put(
        "years",
        state.projection_years != d.projection_years,
        Json::from(state.projection_years.as_str()),
    );
    put(
        "compare",
        state.compare_line != d.compare_line,
        Json::from(state.compare_line.name()),
    );
    // Default offices are left out of the split; edited ones travel whole.
    let offices_default = offices_match(state, &d);
    let without_offices = |s: &SplitInputs| SplitInputs {
        offices: Vec::new(),
        ..s.clone()
    };
    let split = if offices_default {
        without_offices(&state.split)
    } else {
        state.split.clone()
    };
    put(
        "split",
        !offices_default || split != without_offices(&d.split),
        split_to(&split),
    );
    put(
        "progress",
        state.progress != d.progress,
        progress_to(&state.progress),
    );
    put("iuran", state.iuran != d.iuran, iuran_to(&state.iuran));
    envelope(Json::Obj(members))
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

/// An optional member: absent or `null` is `None`; present but unreadable is
/// an error.
fn optional<T>(v: &Json, key: &str, read: fn(&Json) -> Option<T>) -> Result<Option<T>, ShareError> {
    match v.get(key) {
        None | Some(Json::Null) => Ok(None),
        Some(x) => read(x).map(Some).ok_or(ShareError::Damaged),
    }
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
    if !matches!(data, Json::Obj(_)) {
        return Err(ShareError::Damaged);
    }
    let partners = optional(&data, "partners", |v| {
        v.as_array()?
            .iter()
            .map(|p| match p.as_array()? {
                [a, b, c, d, e] => Some([a, b, c, d, e].map(|t| t.as_str().map(str::to_owned))),
                _ => None,
            })
            .map(|texts| {
                let [a, b, c, d, e] = texts?;
                Some([a?, b?, c?, d?, e?])
            })
            .collect::<Option<Vec<_>>>()
    })?
    .unwrap_or_default();
    let lang = optional(&data, "lang", lang_from)?;
    let lines = optional(&data, "lines", lines_from)?;
    let years = optional(&data, "years", |v| v.as_str().map(str::to_owned))?;
    let compare = optional(&data, "compare", segment_from)?;
    let split = optional(&data, "split", split_from)?;
    let progress = optional(&data, "progress", progress_from)?;
    let iuran = optional(&data, "iuran", iuran_from)?;

    let mut state = AppState::default();
    if let Some(lang) = lang {
        state.lang = lang;
    }
    let mut rows = Vec::with_capacity(partners.len());
    for [name, umkm, workers, enrolment, pu_share] in partners {
        let id = state.next_id;
        state.next_id = state.next_id.saturating_add(1);
        rows.push(Rc::new(PartnerRow {
            id,
            name,
            umkm,
            workers,
            enrolment,
            pu_share,
        }));
    }
    state.partners = Rc::new(rows);
    if let Some(lines) = lines {
        state.lines = lines;
    }
    if let Some(years) = years {
        state.projection_years = years;
    }
    if let Some(c) = compare {
        state.compare_line = c;
    }
    if let Some(mut split) = split {
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
    if let Some(p) = progress {
        state.progress = p;
    }
    if let Some(i) = iuran {
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
        for (a, b) in back.partners.iter().zip(s.partners.iter()) {
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
