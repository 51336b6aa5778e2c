//! Texts saved by the app while it wrote schema 1 (files under
//! `tests/fixtures/schema1/`, written by that version's own `saved::encode`,
//! `encode_scenarios` and `encode_share`) open in this version with every
//! text as the user typed it. The expected values are written out here by
//! hand from what was typed when the fixtures were made: the article scenario
//! (Sampoerna 108.000 UMKM with PU share 40 %, the 2019 targets, realisasi
//! 1.050.000 by 30 June 2019, BPU split, June weight 0,5, the first office
//! weight 2,5, a PU wage of Rp4.500.000 at risk class 2, BPU with JHT) plus a
//! second partner whose name is markup and whose enrolment is "abc".

use umkm_core::calc::growth::Segment;
use umkm_core::i18n::Lang;
use umkm_core::report::headline;
use umkm_core::saved::{self, LoadError};
use umkm_core::state::{AppState, Field, LineField, PartnerField, Section};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/schema1/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn partner(s: &AppState, i: usize) -> Vec<&str> {
    PartnerField::ALL
        .iter()
        .map(|f| s.partners[i][*f].as_str())
        .collect()
}

fn line(s: &AppState, seg: Segment) -> [&str; 3] {
    [LineField::Base, LineField::Growth, LineField::Target].map(|f| s.lines[seg][f].as_str())
}

/// Everything typed in the Indonesian fixture, as typed.
fn assert_article_work_id(s: &AppState) {
    assert_eq!(s.lang, Lang::Id);
    assert_eq!(partner(s, 0), ["Sampoerna", "108.000", "5", "100", "40"]);
    assert_eq!(
        partner(s, 1),
        ["Gudang \"Garam\" <b>&amp;</b> ✓", "12 rb", "5", "abc", "0"]
    );
    assert_eq!(line(s, Segment::Total), ["2.257.958", "3", "2.336.252"]);
    assert_eq!(line(s, Segment::Pu), ["", "", "796.634"]);
    assert_eq!(line(s, Segment::Bpu), ["199.731", "27", "411.156"]);
    assert_eq!(line(s, Segment::Jakon), ["", "", ""]);
    assert_eq!(line(s, Segment::BusinessEntities), ["", "27", "28.630"]);
    assert_eq!(s.split_line, Segment::Bpu);
    assert_eq!(s.offices.len(), 36);
    assert_eq!(
        (s.offices[0].name.as_str(), s.offices[0].weight.as_str()),
        ("KC 01", "2,5")
    );
    assert_eq!(s.offices[35].name, "KCP 20");
    assert_eq!(s.month_weights[5], "0,5");
    assert_eq!(s.month_weights.iter().filter(|w| *w == "1").count(), 11);
    let t = |f: Field| s.texts[f].as_str();
    assert_eq!(t(Field::ProjectionYears), "5");
    assert_eq!(
        [
            t(Field::AgentsPerOffice),
            t(Field::WorkingDays),
            t(Field::Capacity)
        ],
        ["10", "22", "50"]
    );
    assert_eq!(
        [
            t(Field::ProgressTarget),
            t(Field::ProgressAchieved),
            t(Field::ProgressDate)
        ],
        ["2.336.252", "1.050.000", "2019-06-30"]
    );
    assert_eq!(
        [t(Field::BpuIncome), t(Field::PuWage)],
        ["1.000.000", "4.500.000"]
    );
    assert!(s.bpu_jht);
    assert_eq!(s.risk_class, 2);
    assert_eq!(t(Field::RatesValidFrom), "2025-01-01");
    assert_eq!(
        [
            Field::Jkk1,
            Field::Jkk2,
            Field::Jkk3,
            Field::Jkk4,
            Field::Jkk5
        ]
        .map(t),
        ["0,24", "0,54", "0,89", "1,27", "1,74"]
    );
    assert_eq!(
        [
            Field::Jkm,
            Field::JhtEmployer,
            Field::JhtWorker,
            Field::JpEmployer,
            Field::JpWorker
        ]
        .map(t),
        ["0,30", "3,7", "2", "2", "1"]
    );
    assert_eq!(
        [
            t(Field::JpCap),
            t(Field::BpuJkk),
            t(Field::BpuJkm),
            t(Field::BpuJht)
        ],
        ["10.547.400", "1", "6.800", "2"]
    );
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
    // The figures from it: 108.000 × 5 × 100 % = 540.000 expected; the second
    // row waits for its enrolment; the total target is the typed 2.336.252.
    let h = headline(&s);
    assert_eq!(h.expected, Some(540_000.0));
    assert_eq!(h.potential, Some(540_000.0));
    assert_eq!(h.total_target, Some(2_336_252.0));
    assert_eq!(h.waiting_rows, 1);
    // Saved again, it is schema 2 and opens as the same work.
    let again = saved::encode(&s);
    assert!(again.starts_with(r#"{"v":2,"#), "{again}");
    assert_eq!(saved::decode(&again), Ok(s));
}

#[test]
fn english_work_of_schema_1_keeps_its_english_numbers() {
    let s = saved::decode(&fixture("work-en.json")).expect("opens");
    assert_eq!(s.lang, Lang::En);
    assert_eq!(partner(&s, 0), ["Sampoerna", "108,000", "5", "100", "40"]);
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
    assert_eq!(partner(&list[1].state, 0), ["", "", "5", "100", "0"]);
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
    assert_eq!(partner(&d, 0), ["", "", "5", "100", "0"]);
    assert_eq!(d.offices.len(), 36);
    assert_eq!(d.texts, AppState::default().texts);
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
