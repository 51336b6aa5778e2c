//! Schema 3 → schema 4. Schema 4 adds the partner stage (the last partner
//! field, empty: no stage, counted in full) and the probability of each
//! stage (rows of the field tables with `since: 4`); this step gives each
//! its default and leaves everything schema 3 saved exactly as it was.
//! Ranges (`10–30`) need no step: they are texts in fields that schema 3
//! already had. Real texts saved by schema 3 are in
//! `tests/fixtures/schema3/`.

use super::v2::{add_defaults, lang_of, pad_link_partners};
use crate::json::Json;
use crate::state::fields::{FIELDS, PARTNER_FIELDS};

/// Saved work (or a scenario's work) of schema 3 as schema 4.
pub fn work_to_v4(v: &Json) -> Option<Json> {
    let lang = lang_of(v);
    let mut out = v.clone();
    let Json::Obj(members) = &mut out else {
        return None;
    };
    for (key, value) in members.iter_mut() {
        match key.as_str() {
            "texts" => {
                add_defaults(value, FIELDS.iter().filter(|d| d.since >= 4), lang);
            }
            "partners" => {
                for p in value.as_array_mut()? {
                    add_defaults(p, PARTNER_FIELDS.iter().filter(|d| d.since >= 4), lang);
                }
            }
            _ => {}
        }
    }
    Some(out)
}

/// A share-link payload of schema 3 as schema 4: each partner (texts in
/// table order) is padded with the defaults of the fields added since. A
/// schema-3 partner missing a field schema 3 had is damaged, not padded.
pub fn share_to_v4(v: &Json) -> Option<Json> {
    let lang = lang_of(v);
    let mut out = v.clone();
    if let Json::Obj(members) = &mut out {
        for (key, value) in members.iter_mut() {
            if key == "partners" {
                pad_link_partners(value, lang, 3)?;
            }
        }
    }
    Some(out)
}
