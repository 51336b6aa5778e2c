//! Texts saved by the app while it wrote schema 4 (files under
//! `tests/fixtures/schema4/`, written by that version's own `saved::encode`,
//! `encode_scenarios` and `encode_share` at commit 2357ba8, and its
//! `encode_backup`) open in this
//! version with every text as the user typed it and the same figures; the
//! texts schema 5 added (an agent's income on the terms in force) take their
//! defaults. They hold the schema-3 article work with Sampoerna at stage 2
//! (its probability edited to 40 %), the second partner's enrolment as the
//! range 10–30 %, and the 2018 agent terms edited (8 %, Rp600.000): those
//! stay, as the 2018 set, history on the work's date.

mod common;

use common::partner;
use umkm_core::calc::incentive::Standing;
use umkm_core::calc::span::Span;
use umkm_core::figures::{income_figures, iuran_figures};
use umkm_core::i18n::Lang;
use umkm_core::report::headline;
use umkm_core::saved;
use umkm_core::state::{Action, AppState, Field};

fn fixture(name: &str) -> String {
    common::fixture(4, name)
}

fn assert_schema4_work(s: &AppState) {
    assert_eq!(s.lang, Lang::Id);
    assert_eq!(
        partner(s, 0),
        ["Sampoerna", "108.000", "5", "100", "40", "2"]
    );
    assert_eq!(partner(s, 1)[3], "10–30");
    assert_eq!(s.texts[Field::Stage2], "40");
    assert_eq!(s.texts[Field::AgentFee], "8");
    assert_eq!(s.texts[Field::AgentBonus], "600.000");
    assert_eq!(s.texts[Field::AgentParticipants], "60");
    assert_eq!(s.texts[Field::IuranDate], "2026-03-01");
    // Schema 4's contributions were everyone's: its work keeps them so, the
    // active share 100 % (shown, editable), not the new default of 75,47 %.
    assert_eq!(s.texts[Field::ActiveShare], "100");
    // Schema 5's other texts take their defaults.
    for (f, default) in [
        (Field::AgentAcqJht, "15.000"),
        (Field::AgentAcqJkkJkm, "10.000"),
        (Field::AgentAcqFrom, "25"),
        (Field::AgentShareEarly, "15"),
        (Field::AgentShareLate, "5"),
        (Field::AgentOfficeShare, "10"),
        (Field::IncomeMonths, "24"),
        (Field::IncomeGoal, ""),
        (Field::IncomeGoalMonth, "12"),
    ] {
        assert_eq!(s.texts[f], default, "{f:?}");
    }
    // The same figures: Sampoerna 108.000 × 5 = 540.000 expected, at 40 %
    // (stage 2) 216.000; the second partner 12.000 × 5 × 10–30 % =
    // 6.000–18.000, no stage.
    let h = headline(s);
    assert_eq!(
        h.expected,
        Some(Span {
            low: 546_000.0,
            high: 558_000.0
        })
    );
    assert_eq!(
        h.weighted,
        Some(Span {
            low: 222_000.0,
            high: 234_000.0
        })
    );
    assert_eq!(h.waiting_rows, 0);
    // On 1 March 2026 the 2022 set is in force; the user's 2018 set is
    // history, kept as typed (edited).
    let f = income_figures(s, &iuran_figures(s, None));
    assert_eq!(f.in_force, Some(1));
    let sets = f.sets.expect("a date");
    assert_eq!(
        (sets[0].standing, sets[0].edited),
        (Standing::History, true)
    );
    assert_eq!(
        (sets[1].standing, sets[1].edited),
        (Standing::InForce, false)
    );
    let old = sets[0].terms.clone().expect("reads");
    assert_eq!(old.bands[0].share, 0.08);
}

#[test]
fn saved_work_and_scenarios_of_schema_4_open_unchanged() {
    let s = saved::decode(&fixture("work-id.json")).expect("opens");
    assert_schema4_work(&s);
    let again = saved::encode(&s);
    assert!(again.starts_with(r#"{"v":5,"#), "{again}");
    assert_eq!(saved::decode(&again), Ok(s));
    let en = saved::decode(&fixture("work-en.json")).expect("opens");
    assert_eq!(en.lang, Lang::En);
    assert_eq!(en.texts[Field::ActiveShare], "100");
    assert_eq!(en.texts[Field::AgentAcqJht], "15,000");
    // Written the English way, the regulation's figures are not "edited".
    let sets = income_figures(&en, &iuran_figures(&en, None)).sets;
    assert_eq!(sets.map(|s| s[1].edited), Some(false));
    let list = saved::decode_scenarios(&fixture("scenarios.json")).expect("opens");
    assert_eq!(list[0].name, "Kunjungan \"Sampoerna\" <b>");
    assert_schema4_work(&list[0].state);
    assert_eq!(list[1].state.texts, common::old_default_texts());
    let d = saved::decode(&fixture("work-default.json")).expect("opens");
    assert_eq!(d.texts, common::old_default_texts());
}

#[test]
fn a_backup_file_of_schema_4_opens_unchanged() {
    // `backup.json`: schema 4's `encode_backup` (the commit before schema 5)
    // of the work and the scenarios above, made on 2026-12-05.
    use saved::backup::{decode_backup, encode_backup, BackupError, MAX_BACKUP_BYTES};
    let text = fixture("backup.json");
    assert!(text.starts_with(r#"{"app":"target-umkm-backup","v":4,"#));
    let b = decode_backup(&text).expect("opens");
    assert_eq!(b.made, "2026-12-05");
    assert_schema4_work(&b.work);
    assert_eq!(b.scenarios.len(), 2);
    assert_eq!(b.scenarios[0].name, "Kunjungan \"Sampoerna\" <b>");
    assert_schema4_work(&b.scenarios[0].state);
    assert_eq!(b.scenarios[1].state.texts, common::old_default_texts());
    // Written again it is schema 5, and reads back the same.
    let again = encode_backup(&b);
    assert!(again.contains(r#""v":5,"#));
    assert_eq!(decode_backup(&again), Ok(b));
    // The same file marked 6 is from a newer app.
    let newer = text.replacen(r#""v":4,"#, r#""v":6,"#, 1);
    assert_eq!(decode_backup(&newer), Err(BackupError::NewerVersion(6)));
    // Exactly the largest size is read (here: not ours); one byte more is
    // refused before reading.
    let at_limit = " ".repeat(MAX_BACKUP_BYTES);
    assert_eq!(decode_backup(&at_limit), Err(BackupError::Foreign));
    let over = " ".repeat(MAX_BACKUP_BYTES + 1);
    assert_eq!(decode_backup(&over), Err(BackupError::TooLarge));
}

#[test]
fn share_links_of_schema_4_open_unchanged() {
    let s = saved::decode_share(&fixture("share-article.txt")).expect("opens");
    assert_schema4_work(&s);
    let d = saved::decode_share(&fixture("share-default.txt")).expect("opens");
    assert_eq!(d.texts, common::old_default_texts());
    // And a schema-5 link of it carries the edited 2018 set.
    let edited = s.apply(Action::EditField {
        field: Field::ActiveShare,
        text: "70–80".into(),
    });
    let back = saved::decode_share(&saved::encode_share(&edited)).expect("opens");
    assert_eq!(back.texts, edited.texts);
}

#[test]
fn a_schema_4_link_without_texts_gets_everyone_paying() {
    // A schema-4 link leaves out every text equal to its default; without
    // any (no member, or null), the active share is still schema 4's 100 %.
    for payload in [r#"{"v":4,"data":{}}"#, r#"{"v":4,"data":{"texts":null}}"#] {
        let s = saved::decode_share(payload).expect("opens");
        assert_eq!(s.texts[Field::ActiveShare], "100", "{payload}");
    }
    // Texts that are not an object are damaged, not replaced.
    assert_eq!(
        saved::decode_share(r#"{"v":4,"data":{"texts":5}}"#),
        Err(saved::ShareError::Damaged)
    );
}
