//! Schema 4 → schema 5. Schema 5 adds what an agent earns on the terms in
//! force (issue 27): the editable terms of 2022, the active share, the
//! months shown and the income goal (rows of the field table with
//! `since: 5`). This step gives each its default and leaves everything
//! schema 4 saved exactly as it was, the 2018 agent texts included: they are
//! the 2018 set, shown as history (or in force, for a date before April
//! 2022), with the user's own figures. One exception keeps old figures as
//! they were: schema 4's contributions were everyone's, so its work (and its
//! links) get an active share of 100 %, shown and editable, not the new
//! default. Real texts saved by schema 4 are in `tests/fixtures/schema4/`.

use super::v2::{add_defaults, each_member, NotAnObject};
use crate::json::{obj, Json};
use crate::state::fields::FIELDS;
use crate::state::Field;

/// Everyone paying, as schema 4 computed the contributions.
const EVERYONE: &str = "100";

/// Sets the active share of an object of texts to everyone paying.
fn everyone_pays(texts: &mut Json) {
    let key = Field::ActiveShare.def().key;
    if let Json::Obj(members) = texts {
        match members.iter_mut().find(|(k, _)| k == key) {
            Some((_, v)) => *v = Json::from(EVERYONE),
            None => members.push((key.to_owned(), Json::from(EVERYONE))),
        }
    }
}

/// Saved work (or a scenario's work) of schema 4 as schema 5.
pub fn work_to_v5(v: &Json) -> Option<Json> {
    each_member(v, NotAnObject::Damaged, |key, value, lang| {
        if key == "texts" {
            // Set, not added: the steps from schemas 1 and 2 give every later
            // field its default, this one's included.
            everyone_pays(value);
            add_defaults(value, FIELDS.iter().filter(|d| d.since >= 5), lang);
        }
        Some(())
    })
}

/// A share-link payload of schema 4 as schema 5: its texts (only those that
/// differ from the defaults) get the active share schema 4 meant.
pub fn share_to_v5(v: &Json) -> Option<Json> {
    let mut out = v.clone();
    let Json::Obj(members) = &mut out else {
        // Not an object: later checks word it.
        return Some(out);
    };
    let key = Field::ActiveShare.def().key;
    match members.iter_mut().find(|(k, _)| k == "texts") {
        Some((_, texts)) if matches!(texts, Json::Obj(_)) => everyone_pays(texts),
        // `null` or absent: no text differed; now this one does.
        Some((_, texts)) if matches!(texts, Json::Null) => {
            *texts = obj([(key, Json::from(EVERYONE))])
        }
        Some(_) => {}
        None => members.push(("texts".to_owned(), obj([(key, Json::from(EVERYONE))]))),
    }
    Some(out)
}
