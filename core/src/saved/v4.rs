//! Schema 4 → schema 5. Schema 5 adds what an agent earns on the terms in
//! force (issue 27): the editable terms of 2022, the active share, the
//! months shown and the income goal (rows of the field table with
//! `since: 5`). This step gives each its default and leaves everything
//! schema 4 saved exactly as it was, the 2018 agent texts included: they are
//! the 2018 set, shown as history (or in force, for a date before April
//! 2022), with the user's own figures. A link needs no step: it carries only
//! the texts that differ from the defaults, and no partner field was added.
//! Real texts saved by schema 4 are in `tests/fixtures/schema4/`.

use super::v2::{add_defaults, each_member, NotAnObject};
use crate::json::Json;
use crate::state::fields::FIELDS;

/// Saved work (or a scenario's work) of schema 4 as schema 5.
pub fn work_to_v5(v: &Json) -> Option<Json> {
    each_member(v, NotAnObject::Damaged, |key, value, lang| {
        if key == "texts" {
            add_defaults(value, FIELDS.iter().filter(|d| d.since >= 5), lang);
        }
        Some(())
    })
}
