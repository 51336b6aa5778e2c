//! A block of months pasted from a sheet for *Capaian*: which office each
//! row is for, one cell alone, and an empty cell past December.

#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use umkm_core::i18n::Lang;
use umkm_core::paste_months::{read_month_block, CellProblem};

#[test]
fn rows_without_names_go_to_the_offices_in_order_and_no_further() {
    // Three rows of numbers, two offices: the first row is the first
    // office's, the second the second's, the third no office's.
    let rows = read_month_block(
        "1\t2\n3\t4\n5\t6\n",
        Lang::Id,
        &["KC Surabaya", "KC Malang"],
    );
    assert_eq!(
        rows.iter().map(|r| r.office).collect::<Vec<_>>(),
        vec![Some(0), Some(1), None]
    );
    assert_eq!(
        (rows[1].cells[0].as_str(), rows[1].cells[1].as_str()),
        ("3", "4")
    );
}

#[test]
fn one_number_alone_is_january_of_the_first_office() {
    let rows = read_month_block("5", Lang::Id, &["KC Surabaya"]);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].office, Some(0));
    assert_eq!(rows[0].cells[0], "5");
    assert!(rows[0].problems.is_empty());
}

#[test]
fn an_empty_cell_after_december_is_no_problem_and_a_number_there_is() {
    // Twelve months and a trailing tab (an empty 13th cell), as sheets copy.
    let months = (1..=12)
        .map(|m| m.to_string())
        .collect::<Vec<_>>()
        .join("\t");
    let rows = read_month_block(
        &format!("KC Surabaya\t{months}\t"),
        Lang::Id,
        &["KC Surabaya"],
    );
    assert_eq!(rows[0].cells[11], "12");
    assert!(rows[0].problems.is_empty(), "{:?}", rows[0].problems);
    let rows = read_month_block(
        &format!("KC Surabaya\t{months}\t13"),
        Lang::Id,
        &["KC Surabaya"],
    );
    assert_eq!(rows[0].problems, vec![(12, CellProblem::BeyondDecember)]);
}
