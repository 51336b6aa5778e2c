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

/// Three offices (weights 1, 1, 1), a target of 12 typed in *Capaian*.
fn three_offices(months: [&[&str]; 3]) -> AppState {
    let mut s = AppState::default().apply(Action::EditField {
        field: umkm_core::state::Field::ProgressTarget,
        text: "12".into(),
    });
    s.offices.truncate(3);
    for (o, typed) in months.iter().enumerate() {
        let id = s.offices[o].id;
        for (month, text) in typed.iter().enumerate() {
            s = s.apply(Action::EditOfficeMonth {
                id,
                month,
                text: (*text).into(),
            });
        }
    }
    s
}

#[test]
fn capaian_is_the_sum_of_the_offices_and_each_office_stands_against_its_part() {
    use umkm_core::figures::progress_figures;
    // A: 2 + 2; B: 1 + 1; C: 1 and February not entered yet.
    let s = three_offices([&["2", "2"], &["1", "1"], &["1"]]);
    let f = progress_figures(&s, None);
    assert!(f.by_office);
    // January 2 + 1 + 1 = 4; February waits for C: not entered, not zero.
    let e = f.entered.clone().expect("reads");
    assert_eq!(e[0], Some(4.0));
    assert_eq!(e[1], None);
    assert_eq!(f.months.clone().expect("months").expect("ok").ytd, 4.0);
    let o = f.offices.expect("offices").expect("ok");
    // 12 ÷ 3 = 4 each; two months counted (February is the last entered).
    assert_eq!(o.iter().map(|x| x.part).collect::<Vec<_>>(), [4, 4, 4]);
    assert_eq!(o[0].ytd, Ok(4.0));
    assert_eq!(o[1].ytd, Ok(2.0));
    assert_eq!(o[2].ytd, Err(vec![1]));
    assert_eq!(
        (o[0].share, o[1].share, o[2].share),
        (Some(1.0), Some(0.5), None)
    );
    assert_eq!((o[0].rank, o[1].rank, o[2].rank), (Some(1), Some(2), None));
    // Plan by February: 4 × 2/12 = 0,67; both entered offices are above it.
    assert!((o[1].plan_to_date - 4.0 * 2.0 / 12.0).abs() < 1e-9);
    assert_eq!((o[0].on_track, o[1].on_track), (Some(true), Some(true)));
    // The section's own month fields are not used once offices have months.
    let typed = s.apply(Action::EditField {
        field: umkm_core::state::Field::ProgressM0,
        text: "999".into(),
    });
    assert_eq!(
        progress_figures(&typed, None).entered.expect("reads")[0],
        Some(4.0)
    );
}

#[test]
fn an_office_month_that_cannot_be_read_is_reported_by_its_month() {
    use umkm_core::figures::progress_figures;
    let s = three_offices([&["2", "x"], &["1", "1"], &["1", "1"]]);
    let f = progress_figures(&s, None);
    assert_eq!(f.entered, Err(vec![1]));
    assert!(f.offices.is_none());
    // Without any office month, the section's own months are used again.
    let none = three_offices([&[], &[], &[]]);
    assert!(!progress_figures(&none, None).by_office);
}

#[test]
fn a_pasted_cells_problem_is_worded_for_its_month_in_the_users_language() {
    use umkm_core::messages::month_cell_text;
    use umkm_core::paste_months::read_month_block;
    let rows = read_month_block("KC Surabaya\t1\t2\tx\t-4", Lang::Id, &["KC Surabaya"]);
    let said: Vec<String> = rows[0]
        .problems
        .iter()
        .map(|(m, p)| month_cell_text(Lang::Id, *m, p))
        .collect();
    assert_eq!(
        said,
        [
            "Mar: Bukan angka. Contoh: 108.000 atau 108 ribu.",
            "Apr: Tidak boleh negatif."
        ]
    );
    let en = read_month_block(
        "a\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\t13",
        Lang::En,
        &["A"],
    );
    assert_eq!(en[0].office, Some(0));
    assert_eq!(
        month_cell_text(Lang::En, en[0].problems[0].0, &en[0].problems[0].1),
        "More than 12 months"
    );
}

#[test]
fn the_office_months_csv_has_a_row_per_office_and_the_sum_in_both_dialects() {
    // Whole numbers only here: the plain style as the app writes them.
    let plain = |_: umkm_core::numbers::format::Style, v: f64| v.to_string();
    use umkm_core::report::office_months_csv;
    let s = three_offices([&["2", "2"], &["1", "1"], &["1"]]);
    let csv = office_months_csv(&s, &plain).expect("computes");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(
        lines[0],
        "Kantor;Bagian;Jan;Feb;Mar;Apr;Mei;Jun;Jul;Agu;Sep;Okt;Nov;Des;Realisasi;% dari bagiannya"
    );
    // KC 01: part 4, 2 + 2 = 4, 100 %; KC 03: February not entered yet.
    assert_eq!(lines[1], "KC 01;4;2;2;;;;;;;;;;;4;100");
    assert_eq!(lines[2], "KC 02;4;1;1;;;;;;;;;;;2;50");
    assert_eq!(lines[3], "KC 03;4;1;;;;;;;;;;;;;");
    // The sum: 12; January 4, February waits for KC 03; achieved 4 (the
    // section's January), as many cells as every other row.
    assert_eq!(lines[4], "Jumlah;12;4;;;;;;;;;;;;4;");
    assert!(lines.iter().all(|l| l.matches(';').count() == 15));
    assert_eq!(lines.len(), 5);
    let en = s.apply(Action::SwitchLanguage(Lang::En));
    let csv = office_months_csv(&en, &plain).expect("computes");
    assert!(csv.contains("\r\nKC 02,4,1,1,,,,,,,,,,,2,50\r\n"), "{csv}");
    // Nothing per office: no CSV.
    assert_eq!(office_months_csv(&AppState::default(), &plain), None);
}

#[test]
fn the_comparison_carries_each_scenarios_year_to_date_and_year_end() {
    use umkm_core::report::headline;
    // A: the offices' sum, January 4 (2 + 1 + 1), February waits for the third.
    // 4 in one month: year end at that pace 4 × 12 = 48.
    let a = three_offices([&["2", "2"], &["1", "1"], &["1"]]);
    let h = headline(&a);
    assert_eq!((h.ytd, h.year_end), (Some(4.0), Some(48.0)));
    // B: the section's own months, 150.000 and 160.000: 310.000, and
    // 310.000 ÷ 2 × 12 = 1.860.000.
    let b = AppState::default()
        .apply(Action::EditField {
            field: umkm_core::state::Field::ProgressTarget,
            text: "2.336.252".into(),
        })
        .apply(Action::EditField {
            field: umkm_core::state::Field::ProgressM0,
            text: "150.000".into(),
        })
        .apply(Action::EditField {
            field: umkm_core::state::Field::ProgressM1,
            text: "160.000".into(),
        });
    let h = headline(&b);
    assert_eq!((h.ytd, h.year_end), (Some(310_000.0), Some(1_860_000.0)));
    // Nothing entered: nothing to compare.
    let h = headline(&AppState::default());
    assert_eq!((h.ytd, h.year_end), (None, None));
}

#[test]
fn offices_pasted_with_weights_or_last_years_realisasi() {
    use umkm_core::numbers::parse::ParseError;
    use umkm_core::paste_months::read_office_block;
    let text = "Kantor\tRealisasi 2025\nKC Surabaya\t60.000\nKC Malang\t45,000\nKC Blitar\t1,234.5\n\nKCP Batu\nKC Kediri\tabc\n\t5";
    let rows = read_office_block(text, Lang::Id);
    let got: Vec<(usize, &str, &str, Option<ParseError>)> = rows
        .iter()
        .map(|r| (r.line, r.name.as_str(), r.weight.as_str(), r.problem))
        .collect();
    assert_eq!(
        got,
        [
            // The header is skipped. "45,000" reads in Indonesian (45) and is
            // kept; "1,234.5" reads only the English way and is rewritten.
            (2, "KC Surabaya", "60.000", None),
            (3, "KC Malang", "45,000", None),
            (4, "KC Blitar", "1.234,5", None),
            // A name alone weighs 1.
            (6, "KCP Batu", "1", None),
            (7, "KC Kediri", "abc", Some(ParseError::NotANumber)),
        ]
    );
}

#[test]
fn pasting_offices_replaces_or_updates_and_keeps_an_offices_months() {
    let s = typed(); // KC 01 has January and February typed.
    let first = s.offices[0].clone();
    let rows = || {
        vec![
            ("kc 01".to_owned(), "3".to_owned()),
            ("KC Batu".to_owned(), "2".to_owned()),
        ]
    };
    // Replace: the list is the pasted one; KC 01 (same name, other case)
    // keeps its months under its old name's months, the new office has none.
    let r = s.clone().apply(Action::PasteOffices {
        rows: rows(),
        replace: true,
    });
    assert_eq!(r.offices.len(), 2);
    assert_eq!(
        (r.offices[0].name.as_str(), r.offices[0].weight.as_str()),
        ("kc 01", "3")
    );
    assert_eq!(r.offices[0].months, first.months);
    assert_eq!(r.offices[1].name, "KC Batu");
    assert!(r.offices[1].months.iter().all(String::is_empty));
    assert_ne!(r.offices[0].id, r.offices[1].id);
    // Update and add: the 36 stay, KC 01 takes weight 3 (its name and
    // months as they were), KC Batu is the 37th.
    let u = s.apply(Action::PasteOffices {
        rows: rows(),
        replace: false,
    });
    assert_eq!(u.offices.len(), 37);
    assert_eq!(u.offices[0].id, first.id);
    assert_eq!(
        (u.offices[0].name.as_str(), u.offices[0].weight.as_str()),
        ("KC 01", "3")
    );
    assert_eq!(u.offices[0].months, first.months);
    assert_eq!(u.offices[36].name, "KC Batu");
    // And the saved work still opens (ids unique).
    assert_eq!(saved::decode(&saved::encode(&u)), Ok(u.clone()));
    assert_eq!(saved::decode(&saved::encode(&r)), Ok(r));
}
