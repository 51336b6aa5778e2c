//! The rough edges a new user met (issue 14): the first screen's empty row
//! and a preset, "incomplete" rows, and English counts. Every expected value
//! is written out by hand.

use umkm_core::calc::explain::{Quantity, Unit};
use umkm_core::i18n::Lang;
use umkm_core::numbers::format::Style;
use umkm_core::report::{headline, summary_text};
use umkm_core::state::{Action, AppState, PartnerField};
use umkm_core::words::quantity;

fn names(s: &AppState) -> Vec<&str> {
    s.partners
        .iter()
        .map(|p| p[PartnerField::Name].as_str())
        .collect()
}

/// Plain numbers, enough to read the summary's words.
fn plain(_: Style, v: f64) -> String {
    format!("{v:.0}")
}

#[test]
fn a_preset_fills_the_first_screens_empty_row() {
    let s = AppState::default();
    assert_eq!(s.partners.len(), 1);
    assert!(s.partners[0].is_untouched());
    let id = s.partners[0].id;
    let s = s.apply(Action::AddPresetPartner(0));
    assert_eq!(names(&s), ["Sampoerna"]);
    assert_eq!(s.partners[0][PartnerField::Umkm], "108.000");
    // The same row (its id), now filled.
    assert_eq!(s.partners[0].id, id);
    // The next preset adds a row: the last one is no longer untouched.
    let s = s.apply(Action::AddPresetPartner(1));
    assert_eq!(names(&s), ["Sampoerna", "Gudang Garam"]);
}

#[test]
fn a_preset_fills_an_added_empty_row_in_english_too() {
    let s = AppState::default()
        .apply(Action::SwitchLanguage(Lang::En))
        .apply(Action::AddPresetPartner(0))
        .apply(Action::AddPartner)
        .apply(Action::AddPresetPartner(0));
    assert_eq!(names(&s), ["Sampoerna", "Sampoerna"]);
    assert_eq!(s.partners[1][PartnerField::Umkm], "108,000");
}

#[test]
fn a_touched_row_is_kept_when_a_preset_is_added() {
    let s = AppState::default();
    let id = s.partners[0].id;
    // Workers changed from its default 5: typed into, so kept.
    let s = s
        .apply(Action::EditPartner {
            id,
            field: PartnerField::Workers,
            text: "4".into(),
        })
        .apply(Action::AddPresetPartner(0));
    assert_eq!(names(&s), ["", "Sampoerna"]);
    assert_eq!(s.partners[0][PartnerField::Workers], "4");
    // A name typed and then cleared again is back at the defaults: untouched.
    let s = AppState::default();
    let s = s
        .apply(Action::EditPartner {
            id,
            field: PartnerField::Name,
            text: "PT A".into(),
        })
        .apply(Action::EditPartner {
            id,
            field: PartnerField::Name,
            text: String::new(),
        });
    assert!(s.partners[0].is_untouched());
}

#[test]
fn an_untouched_row_is_not_incomplete() {
    // The first screen: one empty row, nothing to count, nothing incomplete.
    let s = AppState::default();
    let read = umkm_core::read::read_work_partners(&s);
    assert_eq!(
        (read.valid.len(), read.untouched, read.waiting()),
        (0, 1, 0)
    );
    // An empty row beside Sampoerna (a preset row with its enrolment typed,
    // then "+ Tambah mitra").
    let s = s.apply(Action::AddPresetPartner(0));
    let id = s.partners[0].id;
    let s = s
        .apply(Action::EditPartner {
            id,
            field: PartnerField::Enrolment,
            text: "10".into(),
        })
        .apply(Action::AddPartner)
        .apply(Action::FillArticleTargets);
    let h = headline(&s);
    assert_eq!((h.partners, h.waiting_rows), (1, 0));
    let text = summary_text(&s, &plain, None);
    assert!(!text.contains("belum lengkap"), "{text}");
    // Typing something unreadable into it makes it incomplete.
    let id = s.partners[1].id;
    let s = s.apply(Action::EditPartner {
        id,
        field: PartnerField::Umkm,
        text: "abc".into(),
    });
    assert_eq!(headline(&s).waiting_rows, 1);
    let text = summary_text(&s, &plain, None);
    assert!(
        text.contains("(1 baris belum lengkap, tidak ikut dijumlahkan.)"),
        "{text}"
    );
}

#[test]
fn english_counts_say_row_for_one_and_rows_for_more() {
    let mut s = AppState::default()
        .apply(Action::SwitchLanguage(Lang::En))
        .apply(Action::AddPresetPartner(0));
    let id = s.partners[0].id;
    s = s.apply(Action::EditPartner {
        id,
        field: PartnerField::Enrolment,
        text: "10".into(),
    });
    for _ in 0..2 {
        s = s.apply(Action::AddPartner);
        let id = s.partners.last().map(|p| p.id).unwrap_or(0);
        s = s.apply(Action::EditPartner {
            id,
            field: PartnerField::Umkm,
            text: "x".into(),
        });
        let n = s.partners.len() - 1;
        let want = if n == 1 {
            "(1 row incomplete, not included in the total.)"
        } else {
            "(2 rows incomplete, not included in the total.)"
        };
        let text = summary_text(&s, &plain, None);
        assert!(text.contains(want), "{text}");
    }
}

#[test]
fn units_after_a_number_agree_with_it() {
    let q = |value: f64, unit: Unit| Quantity { value, unit };
    let fmt = &plain;
    assert_eq!(
        quantity(Lang::En, fmt, q(1.0, Unit::WorkingDays)),
        "1 working day"
    );
    assert_eq!(
        quantity(Lang::En, fmt, q(22.0, Unit::WorkingDays)),
        "22 working days"
    );
    assert_eq!(quantity(Lang::En, fmt, q(1.0, Unit::Years)), "1 year");
    assert_eq!(quantity(Lang::En, fmt, q(0.0, Unit::Weeks)), "0 weeks");
    assert_eq!(quantity(Lang::En, fmt, q(1.0, Unit::Months)), "1 month");
    assert_eq!(quantity(Lang::En, fmt, q(1.0, Unit::Days)), "1 day");
    assert_eq!(
        quantity(Lang::Id, fmt, q(1.0, Unit::WorkingDays)),
        "1 hari kerja"
    );
    assert_eq!(
        quantity(Lang::Id, fmt, q(3.0, Unit::WorkingDays)),
        "3 hari kerja"
    );
}
