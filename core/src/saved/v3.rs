//! Schema 3 → schema 4. Schema 4 adds the partner stage (the last partner
//! field, empty: no stage, counted in full) and the probability of each
//! stage (rows of the field tables with `since: 4`); this step gives each
//! its default and leaves everything schema 3 saved exactly as it was.
//! Ranges (`10–30`) need no step: they are texts in fields that schema 3
//! already had. Real texts saved by schema 3 are in
//! `tests/fixtures/schema3/`.

use super::v2::{add_defaults, each_member, pad_link_partners, NotAnObject};
use crate::json::Json;
use crate::state::fields::{FIELDS, PARTNER_FIELDS};
use crate::state::FieldDef;

/// Saved work (or a scenario's work) of schema 3 as schema 4.
pub fn work_to_v4(v: &Json) -> Option<Json> {
    each_member(v, NotAnObject::Damaged, |key, value, lang| {
        let added = |d: &&FieldDef| d.since >= 4;
        match key {
            "texts" => add_defaults(value, FIELDS.iter().filter(added), lang),
            "partners" => {
                for p in value.as_array_mut()? {
                    add_defaults(p, PARTNER_FIELDS.iter().filter(added), lang);
                }
            }
            _ => {}
        }
        Some(())
    })
}

/// A share-link payload of schema 3 as schema 4: each partner (texts in
/// table order) is padded with the defaults of the fields added since. A
/// schema-3 partner missing a field schema 3 had is damaged, not padded.
pub fn share_to_v4(v: &Json) -> Option<Json> {
    each_member(v, NotAnObject::PassThrough, |key, value, lang| {
        if key == "partners" {
            pad_link_partners(value, lang, 3)?;
        }
        Some(())
    })
}
