//! Words the core gives the views: a range's working (each end named once,
//! where it starts), the section bar's short names, the recent-pace label
//! and the language's tag for the browser. Written out by hand.

use umkm_core::calc::{Explanation, Figure, Op, Quantity, Step, Token, Unit};
use umkm_core::i18n::Lang;
use umkm_core::numbers::format::{fixed, Style};
use umkm_core::state::Section;
use umkm_core::words::{recent_forecast_label, section_short_name, working_lines};

fn id_fmt(style: Style, v: f64) -> String {
    fixed(Lang::Id, style, v).unwrap_or_default()
}

fn step(a: f64, b: f64) -> Step {
    Step {
        tokens: vec![
            Token::Num(Quantity::new(a, Unit::People)),
            Token::Op(Op::Add),
            Token::Num(Quantity::new(b, Unit::People)),
        ],
        result: Quantity::new(a + b, Unit::People),
    }
}

#[test]
fn a_range_s_working_names_each_end_once_where_it_starts() {
    // Two steps for the low end, two for the high end (from step 2).
    let e = Explanation {
        figure: Figure::ExpectedParticipants,
        steps: vec![
            step(1.0, 2.0),
            step(3.0, 4.0),
            step(10.0, 20.0),
            step(30.0, 40.0),
        ],
        notes: vec![],
        high_from: Some(2),
    };
    assert_eq!(
        working_lines(Lang::Id, &id_fmt, &e),
        [
            "Ujung bawah: 1 + 2 = 3",
            "3 + 4 = 7",
            "Ujung atas: 10 + 20 = 30",
            "30 + 40 = 70"
        ]
    );
}

#[test]
fn the_section_bar_s_short_names() {
    let id: Vec<&str> = Section::ALL
        .iter()
        .map(|s| section_short_name(Lang::Id, *s))
        .collect();
    assert_eq!(
        id,
        [
            "Rencana",
            "Mitra",
            "Target",
            "Pembagian",
            "Capaian",
            "Iuran",
            "Simpan"
        ]
    );
    assert_eq!(section_short_name(Lang::En, Section::Iuran), "Dues");
}

#[test]
fn the_recent_pace_names_its_months() {
    assert_eq!(
        recent_forecast_label(Lang::Id, 2),
        "Akhir tahun, laju 2 bulan terakhir"
    );
    assert_eq!(
        recent_forecast_label(Lang::En, 1),
        "Year-end at the pace of the last 1 month"
    );
    assert_eq!(
        recent_forecast_label(Lang::En, 3),
        "Year-end at the pace of the last 3 months"
    );
}

#[test]
fn each_language_has_its_tag_for_the_browser() {
    assert_eq!((Lang::Id.bcp47(), Lang::En.bcp47()), ("id-ID", "en-US"));
}

#[test]
fn a_set_of_incentive_terms_is_named_with_its_date_and_source() {
    use umkm_core::calc::incentive::{terms_2022, Standing};
    use umkm_core::figures::TermsShown;
    use umkm_core::words::terms_text;
    let shown = |index, edited| TermsShown {
        index,
        terms: Ok(terms_2022()),
        standing: Standing::InForce,
        edited,
    };
    assert_eq!(
        terms_text(Lang::Id, &shown(1, false)),
        (
            "PERDIR 13/PERDIR.02/042022, berlaku sejak 1 Apr 2022".to_owned(),
            "Sumber: Peraturan Direksi BPJS Ketenagakerjaan 13/PERDIR.02/042022; Probis Kepesertaan"
                .to_owned()
        )
    );
    assert_eq!(
        terms_text(Lang::En, &shown(1, true)).0,
        "PERDIR 13/PERDIR.02/042022, in force since 1 Apr 2022 (edited)"
    );
    // No such preset: nothing to name.
    assert_eq!(
        terms_text(Lang::Id, &shown(7, false)),
        (String::new(), String::new())
    );
}
