//! Share links: the part of the work a link carries. What equals the
//! defaults (the 36 offices, the rates table, …) is left out, which keeps a
//! typical link short enough for a chat message. A partner is its texts in
//! the field table's order, without the row id; an office is its name and
//! weight; the target lines are rows of texts (segments and fields in table
//! order), which deflates to a quarter shorter than keyed objects. Each
//! office's realisasi by month is `office_months` (rows in office order,
//! trailing empty months and offices left out). Every member but
//! `partners` is optional.

use std::rc::Rc;

use super::{
    envelope, lang_from, lang_to, migrate_share, segment_from, texts, versioned, LoadError,
    ShareError, MAX_SHARE_CHARS,
};
use crate::calc::segment::Segment;
use crate::json::{strs, Json};
use crate::state::{
    AppState, Field, LineField, LineTexts, Lines, OfficeRow, PartnerField, PartnerRow, PartnerTexts,
};

/// The share-link payload (what follows `#s=`, before URL-encoding).
pub fn encode_share(state: &AppState) -> String {
    let d = AppState::default();
    let mut members: Vec<(String, Json)> = vec![("lang".to_owned(), lang_to(state.lang))];
    let partners = state
        .partners
        .iter()
        .map(|p| Json::Arr(p.texts.0.iter().map(|t| Json::from(t.as_str())).collect()))
        .collect();
    members.push(("partners".to_owned(), Json::Arr(partners)));
    let mut put = |key: &str, differs: bool, value: Json| {
        if differs {
            members.push((key.to_owned(), value));
        }
    };
    put(
        "lines",
        state.lines != d.lines,
        Json::Arr(state.lines.iter().map(|(_, row)| strs(&row.0)).collect()),
    );
    put(
        "compare",
        state.compare_line != d.compare_line,
        Json::from(state.compare_line.name()),
    );
    let changed: Vec<(String, Json)> = Field::ALL
        .iter()
        .filter(|f| state.texts[**f] != d.texts[**f])
        .map(|f| (f.def().key.to_owned(), Json::from(state.texts[*f].as_str())))
        .collect();
    put("texts", !changed.is_empty(), Json::Obj(changed));
    put(
        "split_line",
        state.split_line != d.split_line,
        Json::from(state.split_line.name()),
    );
    let office_pairs = |s: &AppState| -> Vec<(String, String)> {
        s.offices
            .iter()
            .map(|o| (o.name.clone(), o.weight.clone()))
            .collect()
    };
    put(
        "offices",
        office_pairs(state) != office_pairs(&d),
        Json::Arr(
            state
                .offices
                .iter()
                .map(|o| {
                    Json::Arr(vec![
                        Json::from(o.name.as_str()),
                        Json::from(o.weight.as_str()),
                    ])
                })
                .collect(),
        ),
    );
    // Each office's months in office order, trailing empty months and
    // offices left out; absent when no office has a month.
    let mut months: Vec<Json> = state
        .offices
        .iter()
        .map(|o| {
            let typed = o
                .months
                .iter()
                .rposition(|m| !m.is_empty())
                .map_or(0, |i| i.saturating_add(1));
            strs(o.months.get(..typed).unwrap_or_default())
        })
        .collect();
    while months.last() == Some(&Json::Arr(Vec::new())) {
        months.pop();
    }
    put("office_months", !months.is_empty(), Json::Arr(months));
    put(
        "month_weights",
        state.month_weights != d.month_weights,
        strs(&state.month_weights),
    );
    put(
        "bpu_jht",
        state.bpu_jht != d.bpu_jht,
        Json::Bool(state.bpu_jht),
    );
    put(
        "risk_class",
        state.risk_class != d.risk_class,
        Json::Int(state.risk_class.into()),
    );
    envelope(Json::Obj(members))
}

/// An optional member: absent or `null` is `None`; present but unreadable is
/// an error.
fn optional<T>(
    v: &Json,
    key: &str,
    read: impl Fn(&Json) -> Option<T>,
) -> Result<Option<T>, ShareError> {
    match v.get(key) {
        None | Some(Json::Null) => Ok(None),
        Some(x) => read(x).map(Some).ok_or(ShareError::Damaged),
    }
}

/// The texts of a list, exactly `N` of them.
fn exactly<const N: usize>(v: &Json) -> Option<[String; N]> {
    let items = v.as_array()?;
    if items.len() != N {
        return None;
    }
    let mut out: [String; N] = std::array::from_fn(|_| String::new());
    for (slot, item) in out.iter_mut().zip(items) {
        *slot = item.as_str()?.to_owned();
    }
    Some(out)
}

/// Opens a share-link payload as a new state. Ids are handed out afresh.
pub fn decode_share(payload: &str) -> Result<AppState, ShareError> {
    if payload.chars().count() > MAX_SHARE_CHARS {
        return Err(ShareError::TooLong);
    }
    let (version, data) = versioned(payload).map_err(|_| ShareError::Damaged)?;
    let data = migrate_share(version, data).map_err(|e| match e {
        LoadError::NewerVersion(v) => ShareError::NewerVersion(v),
        _ => ShareError::Damaged,
    })?;
    if !matches!(data, Json::Obj(_)) {
        return Err(ShareError::Damaged);
    }
    let partners = optional(&data, "partners", |v| {
        v.as_array()?
            .iter()
            .map(exactly::<{ PartnerField::ALL.len() }>)
            .collect::<Option<Vec<_>>>()
    })?
    .unwrap_or_default();
    let lang = optional(&data, "lang", lang_from)?;
    let lines = optional(&data, "lines", |v| {
        let rows = v.as_array()?;
        if rows.len() != Segment::ALL.len() {
            return None;
        }
        let mut lines = Lines::default();
        for (s, row) in Segment::ALL.into_iter().zip(rows) {
            lines[s] = LineTexts(exactly::<{ LineField::ALL.len() }>(row)?);
        }
        Some(lines)
    })?;
    let compare = optional(&data, "compare", segment_from)?;
    let changed = optional(&data, "texts", |v| match v {
        Json::Obj(members) => members
            .iter()
            .map(|(k, t)| {
                let field = Field::ALL.iter().find(|f| f.def().key == k)?;
                Some((*field, t.as_str()?.to_owned()))
            })
            .collect::<Option<Vec<_>>>(),
        _ => None,
    })?;
    let split_line = optional(&data, "split_line", segment_from)?;
    let offices = optional(&data, "offices", |v| {
        v.as_array()?
            .iter()
            .map(exactly::<2>)
            .collect::<Option<Vec<_>>>()
    })?;
    let office_months = optional(&data, "office_months", |v| {
        v.as_array()?
            .iter()
            .map(|row| {
                let cells = row.as_array()?;
                let mut out: [String; 12] = Default::default();
                if cells.len() > 12 {
                    return None;
                }
                for (slot, cell) in out.iter_mut().zip(cells) {
                    *slot = cell.as_str()?.to_owned();
                }
                Some(out)
            })
            .collect::<Option<Vec<_>>>()
    })?;
    let month_weights = optional(&data, "month_weights", |v| {
        texts(&Json::Obj(vec![("w".to_owned(), v.clone())]), "w")
    })?;
    let bpu_jht = optional(&data, "bpu_jht", |v| match v {
        Json::Bool(b) => Some(*b),
        _ => None,
    })?;
    let risk_class = optional(&data, "risk_class", |v| u8::try_from(v.as_u64()?).ok())?;

    let mut state = AppState::default();
    if let Some(lang) = lang {
        state.lang = lang;
    }
    let mut rows = Vec::with_capacity(partners.len());
    for texts in partners {
        let id = state.next_id;
        state.next_id = state.next_id.saturating_add(1);
        rows.push(Rc::new(PartnerRow {
            id,
            texts: PartnerTexts(texts),
        }));
    }
    state.partners = Rc::new(rows);
    if let Some(lines) = lines {
        state.lines = lines;
    }
    if let Some(c) = compare {
        state.compare_line = c;
    }
    for (field, text) in changed.unwrap_or_default() {
        state.texts[field] = text;
    }
    if let Some(line) = split_line {
        state.split_line = line;
    }
    if let Some(offices) = offices {
        state.offices = offices
            .into_iter()
            .map(|[name, weight]| {
                let id = state.next_id;
                state.next_id = state.next_id.saturating_add(1);
                OfficeRow {
                    id,
                    name,
                    weight,
                    months: Default::default(),
                }
            })
            .collect();
    }
    let office_months = office_months.unwrap_or_default();
    if office_months.len() > state.offices.len() {
        return Err(ShareError::Damaged);
    }
    for (office, months) in state.offices.iter_mut().zip(office_months) {
        office.months = months;
    }
    if let Some(w) = month_weights {
        state.month_weights = w;
    }
    if let Some(b) = bpu_jht {
        state.bpu_jht = b;
    }
    if let Some(r) = risk_class {
        state.risk_class = r;
    }
    super::check(state).map_err(|_| ShareError::Invalid)
}
