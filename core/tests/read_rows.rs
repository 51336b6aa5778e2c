//! Partner rows typed and pasted: a row that cannot be read names the fields
//! still invalid, each by its own label (what the row's "waiting for" line
//! shows), and a pasted UMKM count is one number, never a range, never left
//! out.

#![allow(clippy::indexing_slicing)]

use umkm_core::i18n::{Lang, T};
use umkm_core::read::{read_partner, read_pasted};
use umkm_core::state::{Action, AppState, PartnerField};

#[test]
fn an_unreadable_row_names_each_invalid_field_by_its_label() {
    let s = AppState::default();
    let id = s.partners[0].id;
    let edit = |s: AppState, field, text: &str| {
        s.apply(Action::EditPartner {
            id,
            field,
            text: text.into(),
        })
    };
    let s = edit(s, PartnerField::Umkm, "abc");
    let s = edit(s, PartnerField::Workers, "x");
    let s = edit(s, PartnerField::Enrolment, "200%");
    let s = edit(s, PartnerField::PuShare, "-1");
    let got = read_partner(&s.partners[0], Lang::Id, &[None; 5]);
    assert_eq!(
        got.err(),
        Some(vec![
            T::UmkmCount,
            T::WorkersPerUmkm,
            T::Enrolment,
            T::PuShare
        ])
    );
    // The labels in words, as the row shows them.
    assert_eq!(T::Enrolment.get(Lang::Id), "Kepesertaan (%)");
}

#[test]
fn a_pasted_umkm_count_is_one_number_though_workers_and_enrolment_may_be_ranges() {
    let rows = read_pasted("A\t100\t5\t10\nB\t10-30\t4-6\t10-30\n", Lang::Id);
    assert_eq!(rows.len(), 2);
    assert!(rows[0].problems.is_empty());
    // Row B: the UMKM column (1) is refused; the two ranges are kept.
    assert_eq!(
        rows[1]
            .problems
            .iter()
            .map(|p| (p.column, p.label))
            .collect::<Vec<_>>(),
        vec![(1, T::UmkmCount)]
    );
    assert_eq!(
        (rows[1].cells[2].as_str(), rows[1].cells[3].as_str()),
        ("4-6", "10-30")
    );
}

#[test]
fn a_pasted_row_without_its_umkm_count_says_so_though_the_other_numbers_may_be_left_out() {
    let rows = read_pasted("A\t100\nB\t\t5\t10\n", Lang::Id);
    // Row A leaves out workers and enrolment (the defaults apply).
    assert!(rows[0].problems.is_empty());
    // Row B leaves out its UMKM count: column 1 is empty.
    assert_eq!(
        rows[1]
            .problems
            .iter()
            .map(|p| (p.column, p.error))
            .collect::<Vec<_>>(),
        vec![(1, umkm_core::numbers::parse::ParseError::Empty)]
    );
}
