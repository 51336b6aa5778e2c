//! Texts saved by the app while it wrote schema 2 (files under
//! `tests/fixtures/schema2/`, written by that version's own `saved::encode`,
//! `encode_scenarios` and `encode_share` at commit 4129549) open in this
//! version with every text as the user typed it. They hold the schema-1
//! article work (`common`) opened in schema 2 with the months the agents work
//! changed to 10, plus the issue's link: Sampoerna and the 2019 targets.

mod common;

use common::{assert_article_work_id, line, partner};
use umkm_core::calc::growth::Segment;
use umkm_core::i18n::Lang;
use umkm_core::report::headline;
use umkm_core::saved::{self, LoadError, ShareError};
use umkm_core::state::{Action, AppState, Field, Section};

fn fixture(name: &str) -> String {
    common::fixture(2, name)
}

fn assert_schema2_work_id(s: &AppState) {
    assert_article_work_id(s);
    assert_eq!(s.texts[Field::AgentMonths], "10");
}

#[test]
fn saved_work_of_schema_2_opens_unchanged() {
    let s = saved::decode(&fixture("work-id.json")).expect("opens");
    assert_schema2_work_id(&s);
    assert_eq!(s.section, Section::Partners);
    assert_eq!(
        (s.partners[0].id, s.partners[1].id, s.next_id),
        (38, 39, 40)
    );
    common::assert_article_figures_and_saved_again(s);
}

#[test]
fn english_work_of_schema_2_keeps_its_english_numbers() {
    let s = saved::decode(&fixture("work-en.json")).expect("opens");
    assert_eq!(s.lang, Lang::En);
    assert_eq!(
        partner(&s, 0),
        ["Sampoerna", "108,000", "5", "100", "40", ""]
    );
    assert_eq!(line(&s, Segment::Total), ["2,257,958", "3", "2,336,252"]);
    assert_eq!(s.texts[Field::PuWage], "4,500,000");
    assert_eq!(s.texts[Field::AgentMonths], "10");
    let id = s.apply(Action::SwitchLanguage(Lang::Id));
    assert_schema2_work_id(&id);
}

#[test]
fn default_work_of_schema_2_is_todays_default() {
    let s = saved::decode(&fixture("work-default.json")).expect("opens");
    let d = AppState::default();
    assert_eq!(s.texts, common::old_default_texts());
    assert_eq!(s.lines, d.lines);
    assert_eq!(partner(&s, 0), ["", "", "5", "100", "0", ""]);
    assert_eq!(s.offices.len(), 36);
}

#[test]
fn scenarios_of_schema_2_open_unchanged() {
    let list = saved::decode_scenarios(&fixture("scenarios.json")).expect("opens");
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].name, "Optimis");
    assert_schema2_work_id(&list[0].state);
    assert_eq!(list[1].name, "Default");
    assert_eq!(partner(&list[1].state, 0), ["", "", "5", "100", "0", ""]);
}

#[test]
fn share_links_of_schema_2_open_unchanged() {
    let s = saved::decode_share(&fixture("share-article.txt")).expect("opens");
    assert_schema2_work_id(&s);

    let a = saved::decode_share(&fixture("share-sampoerna-2019.txt")).expect("opens");
    assert_eq!(a.partners.len(), 2);
    assert_eq!(
        partner(&a, 1),
        ["Sampoerna", "108.000", "5", "100", "0", ""]
    );
    assert_eq!(line(&a, Segment::Bpu), ["199.731", "27", "411.156"]);
    assert_eq!(
        headline(&a).expected,
        Some(umkm_core::calc::span::Span::one(540_000.0))
    );

    let d = saved::decode_share(&fixture("share-default.txt")).expect("opens");
    assert_eq!(d.texts, common::old_default_texts());
    assert_eq!(d.partners.len(), 1);
}

#[test]
fn damaged_schema_2_texts_are_refused_not_guessed() {
    let work = fixture("work-id.json");
    let cut = work.replacen(r#""split.capacity":"50""#, r#""split.capacity":50"#, 1);
    assert_ne!(cut, work);
    assert_eq!(saved::decode(&cut), Err(LoadError::Unreadable));
    // A schema-2 link partner missing one of the texts it always had.
    let link = fixture("share-sampoerna-2019.txt");
    let short = link.replacen(
        r#"["Sampoerna","108.000","5","100","0"]"#,
        r#"["Sampoerna","108.000","5"]"#,
        1,
    );
    assert_ne!(short, link);
    assert_eq!(saved::decode_share(&short), Err(ShareError::Damaged));
}

#[test]
fn schema_2_rates_are_kept_as_the_users_own_set() {
    use umkm_core::figures::{iuran_figures, RatesUsed};
    // The fixture's rates are the defaults of their day: every text kept,
    // the internal file name of the old default label gone, the figures
    // follow the preset in force on the date.
    let s = saved::decode(&fixture("work-id.json")).expect("opens");
    assert_eq!(s.texts[Field::JpCap], "10.547.400");
    assert_eq!(s.texts[Field::Jkk1], "0,24");
    assert_eq!(s.texts[Field::RatesValidFrom], "2025-01-01");
    assert_eq!(s.texts[Field::RatesSource], "");
    assert_eq!(s.texts[Field::Jkp], "0");
    assert!(!s.texts.on(Field::RatesOwn));
    assert_eq!(s.texts[Field::IuranDate], "");
    assert!(!s.texts.on(Field::ReliefTransport));
    let day = umkm_core::calc::progress::Date::new(2026, 12, 1).ok();
    assert_eq!(iuran_figures(&s, day).used, Some(RatesUsed::Preset(4)));
    // The same work with a rate the user changed: the set is used as their
    // own, so the figures stay what they were (JP cap 9.000.000 typed).
    let typed = fixture("work-id.json").replacen(
        r#""iuran.rates.jp_cap":"10.547.400""#,
        r#""iuran.rates.jp_cap":"9.000.000""#,
        1,
    );
    let own = saved::decode(&typed).expect("opens");
    assert!(own.texts.on(Field::RatesOwn));
    assert_eq!(own.texts[Field::JpCap], "9.000.000");
    let f = iuran_figures(&own, day);
    assert_eq!(f.used, Some(RatesUsed::Own));
    // 4.500.000 is under either cap; the own cap is what the figures use.
    assert_eq!(f.rates.expect("reads").pu_jp_wage_cap, 9_000_000.0);
    // Only the source renamed (the user's own label, every rate as it was):
    // the set is theirs, and keeps its name.
    let named = fixture("work-id.json").replacen(
        r#""iuran.rates.label":"DOMAIN.md; batas upah JP 2025""#,
        r#""iuran.rates.label":"SK Kanwil Jatim 2025""#,
        1,
    );
    assert_ne!(named, fixture("work-id.json"));
    let named = saved::decode(&named).expect("opens");
    assert!(named.texts.on(Field::RatesOwn));
    assert_eq!(named.texts[Field::RatesSource], "SK Kanwil Jatim 2025");
    // The English work keeps its English rate texts, untouched: by date.
    let en = saved::decode(&fixture("work-en.json")).expect("opens");
    assert_eq!(en.texts[Field::Jkk1], "0.24");
    assert!(!en.texts.on(Field::RatesOwn));
    // A schema-2 link carries only texts that differ from the defaults: with
    // none of the rates, it follows the date; with a rate, that is its own set.
    let link = saved::decode_share(&fixture("share-article.txt")).expect("opens");
    assert_eq!(link.texts[Field::RatesSource], "");
    assert!(!link.texts.on(Field::RatesOwn));
    let with_rate = fixture("share-article.txt").replacen(
        r#""texts":{"#,
        r#""texts":{"iuran.rates.jp_cap":"9.000.000","#,
        1,
    );
    let link = saved::decode_share(&with_rate).expect("opens");
    assert!(link.texts.on(Field::RatesOwn));
    assert_eq!(link.texts[Field::JpCap], "9.000.000");
}
