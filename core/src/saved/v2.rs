//! Schema 2 → schema 3. Schema 3 adds fields (rows of the field tables with
//! `since: 3`) and members that schema 2 did not have; this step gives each
//! its default, written the way the work's language writes numbers, and
//! leaves everything schema 2 saved exactly as it was. Real texts saved by
//! schema 2 are in `tests/fixtures/schema2/`.
//!
//! A partner field added in schema 3 goes at the end of the partner table:
//! share links keep a partner as its texts in table order, so a schema-2
//! link's partner is padded with the newer fields' defaults.

use crate::calc::segment::Segment;
use crate::i18n::Lang;
use crate::json::Json;
use crate::numbers::rewrite::rewrite_for_lang;
use crate::state::fields::FIELDS;
use crate::state::{Field, FieldDef, LineField, PartnerField};

/// The default of a field, written the way `lang` writes numbers.
pub(super) fn default_for(def: &FieldDef, lang: Lang) -> Json {
    let text = match def.holds.spec() {
        Some(spec) => rewrite_for_lang(def.default, spec, Lang::Id, lang),
        None => def.default.to_owned(),
    };
    Json::from(text.as_str())
}

pub(super) fn lang_of(v: &Json) -> Lang {
    match v.get("lang").and_then(Json::as_str) {
        Some("En") => Lang::En,
        _ => Lang::Id,
    }
}

/// What a migration step does with a text that is not an object.
#[derive(Clone, Copy)]
pub(super) enum NotAnObject {
    /// Saved work always is one: otherwise it is damaged (`None`).
    Damaged,
    /// A link's payload passes through unchanged (later checks word it).
    PassThrough,
}

/// `v` with `step` run on each member: its key, its value, and the language
/// the text was saved in; `None` when a step refuses.
pub(super) fn each_member(
    v: &Json,
    not_object: NotAnObject,
    mut step: impl FnMut(&str, &mut Json, Lang) -> Option<()>,
) -> Option<Json> {
    let lang = lang_of(v);
    let mut out = v.clone();
    match (&mut out, not_object) {
        (Json::Obj(members), _) => {
            for (key, value) in members.iter_mut() {
                step(key, value, lang)?;
            }
        }
        (_, NotAnObject::Damaged) => return None,
        (_, NotAnObject::PassThrough) => {}
    }
    Some(out)
}

/// Adds `key: value` to an object unless it has the key already.
pub(super) fn add_missing(obj: &mut Json, key: &str, value: impl FnOnce() -> Json) {
    if let Json::Obj(members) = obj {
        if !members.iter().any(|(k, _)| k == key) {
            members.push((key.to_owned(), value()));
        }
    }
}

/// Gives `obj` the default of each field of `defs` it does not have.
pub(super) fn add_defaults<'a>(
    obj: &mut Json,
    defs: impl IntoIterator<Item = &'a FieldDef>,
    lang: Lang,
) {
    for def in defs {
        add_missing(obj, def.key, || default_for(def, lang));
    }
}

/// The source label every rate table had by default before schema 3 (an
/// internal file name; schema 3's default is empty, "own rates").
const OLD_RATES_LABEL: &str = "DOMAIN.md; batas upah JP 2025";

/// Schema 3 chooses the preset in force on the date unless `iuran.rates.own`
/// is on. Schema-2 texts keep their single rate set as the user's own; it is
/// used (the switch on) when the user had changed any of it from the
/// defaults, so their figures stay as they were. Untouched defaults were
/// the preset of their day: the figures then follow the date. The old
/// default label (a file name) becomes the new default, empty.
fn rates_to_v3(texts: &mut Json, lang: Lang) {
    let Json::Obj(members) = texts else {
        return;
    };
    let label = Field::RatesSource.def().key;
    let mut own = false;
    for (k, v) in members.iter_mut() {
        let Some(f) = Field::RATES.iter().find(|f| f.def().key == k) else {
            continue;
        };
        if *f == Field::RatesSource {
            if v.as_str() == Some(OLD_RATES_LABEL) {
                *v = Json::from("");
            }
            own |= v.as_str() != Some("") && k == label;
        } else {
            own |= *v != default_for(f.def(), lang);
        }
    }
    let key = Field::RatesOwn.def().key;
    if !members.iter().any(|(k, _)| k == key) {
        members.push((key.to_owned(), Json::from(if own { "1" } else { "" })));
    }
}

/// Saved work (or a scenario's work) of schema 2 as schema 3. Idempotent, so
/// work migrated from schema 1 (which already has every field) passes through.
pub fn work_to_v3(v: &Json) -> Option<Json> {
    each_member(v, NotAnObject::Damaged, |key, value, lang| {
        match key {
            "texts" => {
                rates_to_v3(value, lang);
                add_defaults(value, FIELDS, lang);
            }
            // Schema 3 added no partner field: schema 4's step adds the stage.
            "offices" => {
                // Schema 3: each office's realisasi by month, none entered.
                for o in value.as_array_mut()? {
                    add_missing(o, "months", || Json::Arr(vec![Json::from(""); 12]));
                }
            }
            _ => {}
        }
        Some(())
    })
}

/// A share-link payload of schema 2 as schema 3: partners (texts in table
/// order) get the defaults of the partner fields added since, and the target
/// lines, objects keyed by segment and field in schema 2, become rows.
pub fn share_to_v3(v: &Json) -> Option<Json> {
    each_member(v, NotAnObject::PassThrough, |key, value, lang| {
        // (`null` is "not given" and stays so.)
        if key == "lines" && matches!(value, Json::Obj(_)) {
            *value = Json::Arr(
                Segment::ALL
                    .iter()
                    .map(|s| {
                        let row = value.get(s.key())?;
                        let texts = LineField::ALL
                            .iter()
                            .map(|f| row.get(f.def().key).cloned())
                            .collect::<Option<Vec<_>>>()?;
                        Some(Json::Arr(texts))
                    })
                    .collect::<Option<Vec<_>>>()?,
            );
        }
        if key == "texts" {
            // A link leaves out the texts equal to the defaults: those
            // present differ, and the set is the user's own.
            rates_to_v3(value, lang);
        }
        if key == "partners" {
            pad_link_partners(value, lang, 2)?;
        }
        Some(())
    })
}

/// Pads each partner of a link (texts in table order) with the defaults of
/// the partner fields added after schema `had`; `None` (damaged) when a
/// partner lacks a field that schema always had.
pub(super) fn pad_link_partners(partners: &mut Json, lang: Lang, had: u64) -> Option<()> {
    for p in partners.as_array_mut()? {
        let texts = p.as_array_mut()?;
        for f in PartnerField::ALL.iter().skip(texts.len()) {
            if f.def().since <= had {
                return None;
            }
            texts.push(default_for(f.def(), lang));
        }
    }
    Some(())
}
