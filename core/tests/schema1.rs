//! Texts saved by the app while it wrote schema 1 (files under
//! `tests/fixtures/schema1/`, written by that version's own `saved::encode`,
//! `encode_scenarios` and `encode_share`) open in this version with every
//! text as the user typed it (what was typed: `common`).

mod common;

use common::{assert_article_work_id, line, partner};
use umkm_core::calc::growth::Segment;
use umkm_core::i18n::Lang;
use umkm_core::saved::{self, LoadError};
use umkm_core::state::{Field, PartnerField, Section};

fn fixture(name: &str) -> String {
    common::fixture(1, name)
}

#[test]
fn saved_work_of_schema_1_opens_unchanged() {
    let s = saved::decode(&fixture("work-id.json")).expect("opens");
    assert_article_work_id(&s);
    assert_eq!(s.section, Section::Partners);
    assert_eq!(s.compare_line, Segment::Total);
    assert_eq!(
        (s.partners[0].id, s.partners[1].id, s.next_id),
        (38, 39, 40)
    );
    assert_eq!(s.offices[0].id, 2);
    common::assert_article_figures_and_saved_again(s);
}

#[test]
fn english_work_of_schema_1_keeps_its_english_numbers() {
    let s = saved::decode(&fixture("work-en.json")).expect("opens");
    assert_eq!(s.lang, Lang::En);
    assert_eq!(
        partner(&s, 0),
        ["Sampoerna", "108,000", "5", "100", "40", ""]
    );
    // "12 rb" reads the same in both conventions, so the switch left it.
    assert_eq!(s.partners[1][PartnerField::Umkm], "12 rb");
    assert_eq!(line(&s, Segment::Total), ["2,257,958", "3", "2,336,252"]);
    assert_eq!(s.month_weights[5], "0.5");
    assert_eq!(s.offices[0].weight, "2.5");
    assert_eq!(s.texts[Field::Jkk1], "0.24");
    assert_eq!(s.texts[Field::PuWage], "4,500,000");
    // Switching back gives exactly the Indonesian work.
    let id = s.apply(umkm_core::state::Action::SwitchLanguage(Lang::Id));
    assert_article_work_id(&id);
}

#[test]
fn scenarios_of_schema_1_open_unchanged() {
    let list = saved::decode_scenarios(&fixture("scenarios.json")).expect("opens");
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].name, "Optimis");
    assert_article_work_id(&list[0].state);
    assert_eq!(list[1].name, "Default");
    assert_eq!(list[1].state.partners.len(), 1);
    assert_eq!(partner(&list[1].state, 0), ["", "", "5", "100", "0", ""]);
    assert_eq!(list[1].state.next_id, 38);
    assert_eq!(
        saved::decode_scenarios(&saved::encode_scenarios(&list)),
        Ok(list)
    );
}

#[test]
fn share_links_of_schema_1_open_unchanged() {
    let s = saved::decode_share(&fixture("share-article.txt")).expect("opens");
    assert_article_work_id(&s);
    // A link carries no ids: they are handed out afresh, all different.
    let mut ids: Vec<u32> = s.partners.iter().map(|p| p.id).collect();
    ids.extend(s.offices.iter().map(|o| o.id));
    assert_eq!(ids.len(), 38);
    assert!(ids.iter().all(|id| *id < s.next_id));

    let d = saved::decode_share(&fixture("share-default.txt")).expect("opens");
    assert_eq!(partner(&d, 0), ["", "", "5", "100", "0", ""]);
    assert_eq!(d.offices.len(), 36);
    assert_eq!(d.texts, common::old_default_texts());
}

#[test]
fn damaged_schema_1_texts_are_refused_not_guessed() {
    let work = fixture("work-id.json");
    // A schema-1 text without one of the texts it always had.
    let cut = work.replacen(r#""capacity":"50""#, r#""capacity":50"#, 1);
    assert_eq!(saved::decode(&cut), Err(LoadError::Unreadable));
    let no_rates = work.replacen(r#""jkm":"0,30","#, "", 1);
    assert_eq!(saved::decode(&no_rates), Err(LoadError::Unreadable));
    // A link whose split group is incomplete.
    let link = r#"{"v":1,"data":{"partners":[],"split":{"line":"Total"}}}"#;
    assert_eq!(saved::decode_share(link), Err(saved::ShareError::Damaged));
}
