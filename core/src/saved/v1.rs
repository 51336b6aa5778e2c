//! Schema 1 → schema 2. Schema 1 nested the texts like the state structs of
//! its time (`split.capacity`, `iuran.rates.jkk[0]`); schema 2 keeps them in
//! one `texts` object keyed by the field table. The table's keys are the
//! schema-1 paths, so this step reads each field where schema 1 kept it.
//! Real texts saved by schema 1 are in `tests/fixtures/schema1/`.

use super::v2::lang_of;
use crate::json::Json;
use crate::state::Field;

/// The member at a dotted path; a numeric part indexes an array.
fn at<'a>(v: &'a Json, path: &str) -> Option<&'a Json> {
    path.split('.')
        .try_fold(v, |v, part| match part.parse::<usize>() {
            Ok(i) => v.as_array()?.get(i),
            Err(_) => v.get(part),
        })
}

fn member(key: &str, v: Option<&Json>) -> Option<(String, Json)> {
    Some((key.to_owned(), v?.clone()))
}

/// Saved work (or a scenario's work) of schema 1 as schema 2; `None` when
/// something schema 1 always had is missing. Fields that came later take
/// their defaults.
pub fn work_to_v2(v: &Json) -> Option<Json> {
    let lang = lang_of(v);
    let texts = Field::ALL
        .iter()
        .map(|f| match f.def().since {
            1 => member(
                f.def().key,
                at(v, f.def().key).filter(|t| t.as_str().is_some()),
            ),
            _ => Some((
                f.def().key.to_owned(),
                super::v2::default_for(f.def(), lang),
            )),
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Json::Obj(vec![
        member("lang", v.get("lang"))?,
        member("section", v.get("section"))?,
        member("partners", v.get("partners"))?,
        member("next_id", v.get("next_id"))?,
        member("compare_line", v.get("compare_line"))?,
        member("lines", v.get("lines"))?,
        ("texts".to_owned(), Json::Obj(texts)),
        member("split_line", at(v, "split.line"))?,
        member("offices", at(v, "split.offices"))?,
        member("month_weights", at(v, "split.month_weights"))?,
        member("bpu_jht", at(v, "iuran.bpu_jht"))?,
        member("risk_class", at(v, "iuran.risk_class"))?,
    ]))
}

/// Whether a schema-1 link carries a group (`split`, `progress`, `iuran`):
/// absent or `null` is "left at the defaults".
fn given(v: &Json, group: &str) -> bool {
    !matches!(v.get(group), None | Some(Json::Null))
}

/// A share-link payload of schema 1 as schema 2; `None` when a group it
/// carries is incomplete (it was always written whole).
pub fn share_to_v2(v: &Json) -> Option<Json> {
    if !matches!(v, Json::Obj(_)) {
        return None;
    }
    let mut out: Vec<(String, Json)> = Vec::new();
    for key in ["lang", "partners", "lines"] {
        if let Some(x) = v.get(key) {
            out.push((key.to_owned(), x.clone()));
        }
    }
    if let Some(x) = v.get("compare") {
        out.push(("compare".to_owned(), x.clone()));
    }
    let mut texts = Vec::new();
    for f in Field::ALL.iter().filter(|f| f.def().since == 1) {
        let key = f.def().key;
        // Schema 1 links called the projection years `years`.
        let path = if *f == Field::ProjectionYears {
            "years"
        } else {
            key
        };
        let group = path.split('.').next().unwrap_or(path);
        if !given(v, group) {
            continue;
        }
        match at(v, path) {
            Some(t @ Json::Str(_)) => texts.push((key.to_owned(), t.clone())),
            _ => return None,
        }
    }
    out.push(("texts".to_owned(), Json::Obj(texts)));
    if given(v, "split") {
        out.push(member("split_line", at(v, "split.line"))?);
        let offices = at(v, "split.offices")?.as_array()?;
        // An empty list meant "the default offices".
        if !offices.is_empty() {
            let pairs = offices
                .iter()
                .map(|o| {
                    Some(Json::Arr(vec![
                        o.get("name")?.clone(),
                        o.get("weight")?.clone(),
                    ]))
                })
                .collect::<Option<Vec<_>>>()?;
            out.push(("offices".to_owned(), Json::Arr(pairs)));
        }
        out.push(member("month_weights", at(v, "split.month_weights"))?);
    }
    if given(v, "iuran") {
        out.push(member("bpu_jht", at(v, "iuran.bpu_jht"))?);
        out.push(member("risk_class", at(v, "iuran.risk_class"))?);
    }
    Some(Json::Obj(out))
}
