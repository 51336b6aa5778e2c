//! Realisasi per office by month (issue 13): typed into the state, kept as
//! typed through saved work, share links, a language switch and schema-2
//! data (the committed fixtures), and pasted without losing what was typed.

mod common;

use umkm_core::i18n::Lang;
use umkm_core::saved;
use umkm_core::state::{Action, AppState};

fn typed() -> AppState {
    let s = AppState::default();
    let (first, third) = (s.offices[0].id, s.offices[2].id);
    s.apply(Action::EditOfficeMonth {
        id: first,
        month: 0,
        text: "150.000".into(),
    })
    .apply(Action::EditOfficeMonth {
        id: first,
        month: 1,
        text: "12 rb".into(),
    })
    .apply(Action::EditOfficeMonth {
        id: third,
        month: 5,
        text: "1.250,5".into(),
    })
}

#[test]
fn months_are_typed_per_office_and_an_unknown_month_or_office_is_ignored() {
    let s = typed();
    assert_eq!(s.offices[0].months[0], "150.000");
    assert_eq!(s.offices[0].months[1], "12 rb");
    assert_eq!(s.offices[0].months[2], "");
    assert_eq!(s.offices[2].months[5], "1.250,5");
    assert!(s.offices[1].months.iter().all(String::is_empty));
    let id = s.offices[0].id;
    let same = s
        .clone()
        .apply(Action::EditOfficeMonth {
            id,
            month: 12,
            text: "1".into(),
        })
        .apply(Action::EditOfficeMonth {
            id: 9_999,
            month: 0,
            text: "1".into(),
        });
    assert_eq!(same, s);
}

#[test]
fn saved_work_keeps_every_office_month() {
    let s = typed();
    let back = saved::decode(&saved::encode(&s)).expect("opens");
    assert_eq!(back, s);
}

#[test]
fn a_link_carries_the_typed_months_and_leaves_out_the_empty_ones() {
    let s = typed();
    let payload = saved::encode_share(&s);
    // Office 1: two months; office 2: none; office 3: six, five of them empty.
    assert!(
        payload.contains(r#""office_months":[["150.000","12 rb"],[],["","","","","","1.250,5"]]"#),
        "{payload}"
    );
    // The 36 default offices themselves are not in the link.
    assert!(!payload.contains(r#""offices""#), "{payload}");
    let back = saved::decode_share(&payload).expect("opens");
    let months = |st: &AppState| {
        st.offices
            .iter()
            .map(|o| o.months.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(months(&back), months(&s));
    // Nothing typed: no member at all.
    assert!(!saved::encode_share(&AppState::default()).contains("office_months"));
}

#[test]
fn links_with_wrong_office_months_are_damaged() {
    let s = typed();
    let payload = saved::encode_share(&s);
    let thirteen = payload.replacen(
        r#"["150.000","12 rb"]"#,
        r#"["1","2","3","4","5","6","7","8","9","10","11","12","13"]"#,
        1,
    );
    assert_ne!(thirteen, payload);
    assert_eq!(
        saved::decode_share(&thirteen),
        Err(saved::ShareError::Damaged)
    );
    let number = payload.replacen(r#""12 rb""#, "12", 1);
    assert_ne!(number, payload);
    assert_eq!(
        saved::decode_share(&number),
        Err(saved::ShareError::Damaged)
    );
    // More rows of months than offices.
    let mut few = s.clone();
    few.offices.truncate(2);
    let p = saved::encode_share(&few).replacen(
        r#""office_months":["#,
        r#""office_months":[[],[],["#,
        1,
    );
    assert_eq!(saved::decode_share(&p), Err(saved::ShareError::Damaged));
}

#[test]
fn a_language_switch_rewrites_office_months_like_other_numbers() {
    let en = typed().apply(Action::SwitchLanguage(Lang::En));
    assert_eq!(en.offices[0].months[0], "150,000");
    // Not a number as typed: kept exactly.
    assert_eq!(en.offices[0].months[1], "12 rb");
    // A fraction is no count of people: also kept exactly.
    assert_eq!(en.offices[2].months[5], "1.250,5");
    let id = en.apply(Action::SwitchLanguage(Lang::Id));
    assert_eq!(id, typed());
}

#[test]
fn a_paste_fills_the_cells_given_and_keeps_what_is_typed_elsewhere() {
    let s = typed();
    let (first, second) = (s.offices[0].id, s.offices[1].id);
    let mut cells: [String; 12] = Default::default();
    cells[1] = "160.000".into();
    cells[2] = "170.000".into();
    let mut other: [String; 12] = Default::default();
    other[0] = "5".into();
    let s = s.apply(Action::PasteOfficeMonths(vec![
        (first, cells),
        (second, other),
        (9_999, Default::default()),
    ]));
    assert_eq!(
        s.offices[0].months[..4],
        ["150.000", "160.000", "170.000", ""]
    );
    assert_eq!(s.offices[1].months[0], "5");
    assert_eq!(s.offices[2].months[5], "1.250,5");
}

#[test]
fn schema_2_work_and_links_get_offices_without_months() {
    for name in ["work-id.json", "work-en.json", "work-default.json"] {
        let s = saved::decode(&common::fixture(2, name)).expect("opens");
        assert_eq!(s.offices.len(), 36, "{name}");
        assert!(
            s.offices
                .iter()
                .all(|o| o.months.iter().all(String::is_empty)),
            "{name}"
        );
        // And they save and open again as schema 3.
        assert_eq!(saved::decode(&saved::encode(&s)), Ok(s));
    }
    let list = saved::decode_scenarios(&common::fixture(2, "scenarios.json")).expect("opens");
    assert!(list.iter().all(|sc| sc
        .state
        .offices
        .iter()
        .all(|o| o.months == <[String; 12]>::default())));
    for name in [
        "share-article.txt",
        "share-default.txt",
        "share-sampoerna-2019.txt",
    ] {
        let s = saved::decode_share(&common::fixture(2, name)).expect("opens");
        assert!(
            s.offices
                .iter()
                .all(|o| o.months.iter().all(String::is_empty)),
            "{name}"
        );
    }
    // The Indonesian fixture keeps everything else as typed, the first
    // office's weight 2,5 included.
    let s = saved::decode(&common::fixture(2, "work-id.json")).expect("opens");
    common::assert_article_work_id(&s);
    assert_eq!(s.offices[0].weight, "2,5");
    assert_eq!(common::partner(&s, 0)[1], "108.000");
    assert_eq!(
        common::line(&s, umkm_core::calc::growth::Segment::Total)[2],
        "2.336.252"
    );
}
