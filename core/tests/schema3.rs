//! Texts saved by the app while it wrote schema 3 (files under
//! `tests/fixtures/schema3/`, written by that version's own `saved::encode`,
//! `encode_scenarios` and `encode_share` at commit b335e6a) open in this
//! version with every text as the user typed it, every partner without a
//! stage and the stage probabilities at their defaults, and the same
//! figures. They hold the schema-2 article work (`common`) with January and
//! February realisasi, the transport relief, an iuran date and agent
//! participants typed.

mod common;

use common::{assert_article_work_id, partner};
use umkm_core::calc::span::Span;
use umkm_core::i18n::Lang;
use umkm_core::report::headline;
use umkm_core::saved::{self, ShareError};
use umkm_core::state::{Action, AppState, Field};

fn fixture(name: &str) -> String {
    common::fixture(3, name)
}

fn assert_schema3_work_id(s: &AppState) {
    assert_article_work_id(s);
    assert_eq!(s.texts[Field::AgentMonths], "10");
    assert_eq!(s.texts[Field::ProgressM0], "150.000");
    assert_eq!(s.texts[Field::ProgressM1], "170.000");
    assert_eq!(s.texts[Field::ProgressM2], "");
    assert!(s.texts.on(Field::ReliefTransport));
    assert_eq!(s.texts[Field::IuranDate], "2026-03-01");
    assert_eq!(s.texts[Field::AgentParticipants], "60");
    // Schema 4's new texts get their defaults: no stage, 10/30/60/90/100 %.
    assert!(s
        .partners
        .iter()
        .all(|p| p[umkm_core::state::PartnerField::Stage].is_empty()));
    assert_eq!(
        Field::STAGE_ODDS.map(|f| s.texts[f].as_str()),
        ["10", "30", "60", "90", "100"]
    );
}

#[test]
fn saved_work_of_schema_3_opens_unchanged_with_the_same_figures() {
    let s = saved::decode(&fixture("work-id.json")).expect("opens");
    assert_schema3_work_id(&s);
    let h = headline(&s);
    // No stage: weighted is expected, 540.000, not a range.
    assert_eq!(h.weighted, Some(Span::one(540_000.0)));
    assert!(!h.staged);
    assert_eq!(h.ytd, Some(320_000.0));
    common::assert_article_figures_and_saved_again(s);
}

#[test]
fn english_work_and_scenarios_of_schema_3_open_unchanged() {
    let en = saved::decode(&fixture("work-en.json")).expect("opens");
    assert_eq!(en.lang, Lang::En);
    assert_eq!(
        partner(&en, 0),
        ["Sampoerna", "108,000", "5", "100", "40", ""]
    );
    assert_eq!(en.texts[Field::ProgressM1], "170,000");
    assert_schema3_work_id(&en.apply(Action::SwitchLanguage(Lang::Id)));
    let list = saved::decode_scenarios(&fixture("scenarios.json")).expect("opens");
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].name, "Optimis");
    assert_schema3_work_id(&list[0].state);
    assert_eq!(list[1].state.texts, common::old_default_texts());
    let d = saved::decode(&fixture("work-default.json")).expect("opens");
    assert_eq!(d.texts, common::old_default_texts());
    assert_eq!(partner(&d, 0), ["", "", "5", "100", "0", ""]);
}

#[test]
fn share_links_of_schema_3_open_unchanged() {
    let s = saved::decode_share(&fixture("share-article.txt")).expect("opens");
    assert_schema3_work_id(&s);
    let d = saved::decode_share(&fixture("share-default.txt")).expect("opens");
    assert_eq!(d.texts, common::old_default_texts());
    // A schema-3 link's partner missing a text schema 3 always had is damaged.
    let link = fixture("share-article.txt");
    let short = link.replacen(
        r#"["Sampoerna","108.000","5","100","40"]"#,
        r#"["Sampoerna","108.000","5","100"]"#,
        1,
    );
    assert_ne!(short, link);
    assert_eq!(saved::decode_share(&short), Err(ShareError::Damaged));
}

#[test]
fn work_of_schema_4_keeps_stages_ranges_and_probabilities() {
    let s = saved::decode(&fixture("work-id.json")).expect("opens");
    let id = s.partners[0].id;
    let s = s
        .apply(Action::EditPartner {
            id,
            field: umkm_core::state::PartnerField::Enrolment,
            text: "10 s.d. 30".into(),
        })
        .apply(Action::EditPartner {
            id,
            field: umkm_core::state::PartnerField::Stage,
            text: "3".into(),
        })
        .apply(Action::EditField {
            field: Field::Stage3,
            text: "55".into(),
        });
    assert_eq!(saved::decode(&saved::encode(&s)).as_ref(), Ok(&s));
    assert_eq!(
        saved::decode_share(&saved::encode_share(&s)).map(|l| l.partners[0].texts.clone()),
        Ok(s.partners[0].texts.clone())
    );
    assert_eq!(
        saved::decode_share(&saved::encode_share(&s)).map(|l| l.texts[Field::Stage3].clone()),
        Ok("55".to_owned())
    );
}
