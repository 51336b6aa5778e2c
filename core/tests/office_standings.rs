//! Realisasi per office (issue 13): each office's part of the target, its
//! achieved share, rank and on-track flag, and blocks pasted from a sheet
//! with every cell's problem; expected values worked out by hand.

#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use umkm_core::calc::months::{office_standings, sum_of_offices};
use umkm_core::calc::progress::Rate;
use umkm_core::calc::split::east_java_offices;
use umkm_core::calc::CalcError;
use umkm_core::i18n::Lang;
use umkm_core::numbers::parse::ParseError;
use umkm_core::paste_months::{read_month_block, CellProblem};

fn months(values: &[f64]) -> [Option<f64>; 12] {
    let mut m = [None; 12];
    for (i, v) in values.iter().enumerate() {
        m[i] = Some(*v);
    }
    m
}

#[test]
fn three_offices_by_hand() {
    // 10 over weights 1, 1, 1: exact 3,33… each, floors 3 + 3 + 3 = 9, the
    // one left over to the first (ties go to the earlier): 4, 3, 3.
    let achieved = [months(&[1.0, 1.0]), months(&[2.0, 1.0]), months(&[1.0])];
    let s = office_standings(10, &[1.0, 1.0, 1.0], &achieved, 2, 2.0 / 12.0).unwrap();
    assert_eq!(s.iter().map(|o| o.part).collect::<Vec<_>>(), vec![4, 3, 3]);
    // A: 2 of 4 = 50 %, plan 4 × 2/12 = 0,67: on track; needs ⌈2 ÷ 10⌉ = 1.
    assert_eq!(s[0].ytd, Ok(2.0));
    assert_eq!(s[0].share, Some(0.5));
    assert!((s[0].plan_to_date - 4.0 / 6.0).abs() < 1e-12);
    assert_eq!(s[0].on_track, Some(true));
    assert_eq!(s[0].per_month, Some(Rate::Each(1)));
    // B: 3 of 3 = 100 %: first; its part is reached.
    assert_eq!((s[1].share, s[1].rank), (Some(1.0), Some(1)));
    assert_eq!(s[1].per_month, Some(Rate::Reached));
    assert_eq!(s[0].rank, Some(2));
    // C: February not entered yet: no figure, no rank, never counted as 0.
    assert_eq!(s[2].ytd, Err(vec![1]));
    assert_eq!((s[2].share, s[2].rank, s[2].on_track), (None, None, None));
}

#[test]
fn ties_rank_the_earlier_office_first_and_behind_is_flagged() {
    // 12 over 1, 1: 6 and 6; both achieved 1 in January: 1/6 each, plan
    // 6 × 1/12 = 0,5: on track; equal shares rank in office order.
    let achieved = [months(&[1.0]), months(&[1.0])];
    let s = office_standings(12, &[1.0, 1.0], &achieved, 1, 1.0 / 12.0).unwrap();
    assert_eq!((s[0].rank, s[1].rank), (Some(1), Some(2)));
    // With half the year planned: 6 × ½ = 3 > 1: behind; ⌈5 ÷ 11⌉ = 1.
    let s = office_standings(12, &[1.0, 1.0], &achieved, 1, 0.5).unwrap();
    assert_eq!(s[0].on_track, Some(false));
    assert_eq!(s[0].per_month, Some(Rate::Each(1)));
    assert_eq!(
        office_standings(12, &[1.0], &achieved, 1, 0.5),
        Err(CalcError::OutOfRange)
    );
    assert_eq!(
        office_standings(12, &[1.0, 1.0], &achieved, 0, 0.5),
        Err(CalcError::OutOfRange)
    );
}

#[test]
fn thirty_six_offices_add_up_exactly() {
    let weights: Vec<f64> = east_java_offices().iter().map(|o| o.weight).collect();
    let achieved = vec![months(&[0.0]); 36];
    let s = office_standings(2_336_252, &weights, &achieved, 1, 1.0 / 12.0).unwrap();
    assert_eq!(s.len(), 36);
    assert_eq!(s.iter().map(|o| o.part).sum::<u64>(), 2_336_252);
    // Nothing achieved in January against a plan above zero: all behind,
    // all ranked (equal shares, office order).
    assert!(s.iter().all(|o| o.on_track == Some(false)));
    assert_eq!(s[35].rank, Some(36));
}

#[test]
fn the_section_is_the_sum_of_its_offices_once_all_have_a_month() {
    let m = sum_of_offices(&[months(&[1.0, 2.0]), months(&[3.0])]);
    assert_eq!(m[0], Some(4.0));
    // February: the second office has not entered it yet.
    assert_eq!(m[1], None);
    assert_eq!(sum_of_offices(&[]), [None; 12]);
}

fn numbers(row: usize) -> Vec<String> {
    (0..12)
        .map(|m| format!("{}", (row + 1) * 1000 + m))
        .collect()
}

#[test]
fn a_36_by_12_block_with_bad_cells_reports_each() {
    let offices = east_java_offices();
    let names: Vec<&str> = offices.iter().map(|o| o.name.as_str()).collect();
    let mut text =
        String::from("Kantor\tJan\tFeb\tMar\tApr\tMei\tJun\tJul\tAgu\tSep\tOkt\tNov\tDes\n");
    for (r, name) in names.iter().enumerate() {
        let mut cells = numbers(r);
        match r {
            4 => cells[3] = "abc".into(),
            9 => cells[0] = "-7".into(),
            // Written the English way: read, and rewritten the Indonesian way.
            20 => cells[11] = "21,011".into(),
            30 => cells[5] = String::new(),
            _ => {}
        }
        text.push_str(&format!("{}\t{}\n", name.to_uppercase(), cells.join("\t")));
    }
    let rows = read_month_block(&text, Lang::Id, &names);
    assert_eq!(rows.len(), 36);
    // The header is skipped; rows match their offices by name, any case.
    assert!(rows.iter().enumerate().all(|(i, r)| r.office == Some(i)));
    assert_eq!(rows[0].line, 2);
    assert_eq!(rows[0].cells[0], "1000");
    assert_eq!(
        rows[4].problems,
        vec![(3, CellProblem::Number(ParseError::NotANumber))]
    );
    assert_eq!(rows[4].cells[3], "abc");
    assert_eq!(
        rows[9].problems,
        vec![(0, CellProblem::Number(ParseError::Negative))]
    );
    assert!(rows[20].problems.is_empty());
    assert_eq!(rows[20].cells[11], "21.011");
    // An empty cell is a month not entered, not a problem and not zero.
    assert!(rows[30].problems.is_empty());
    assert_eq!(rows[30].cells[5], "");
    let bad: usize = rows.iter().map(|r| r.problems.len()).sum();
    assert_eq!(bad, 2);
}

#[test]
fn a_column_a_row_and_what_does_not_fit() {
    // A single column of months: January down.
    let rows = read_month_block("150.000\n160 ribu\n\n170,000\n", Lang::Id, &[]);
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0].cells[..4], ["150.000", "160 ribu", "170.000", ""]);
    // The same in English mode: "150.000" is rewritten the English way.
    let rows = read_month_block("150.000\n160,000\n", Lang::En, &[]);
    assert_eq!(&rows[0].cells[..2], ["150,000", "160,000"]);
    // A row of 14 months: the 13th and 14th are beyond December.
    let row = (1..=14)
        .map(|m| m.to_string())
        .collect::<Vec<_>>()
        .join("\t");
    let rows = read_month_block(&row, Lang::Id, &[]);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].cells[11], "12");
    assert_eq!(
        rows[0].problems,
        vec![
            (12, CellProblem::BeyondDecember),
            (13, CellProblem::BeyondDecember)
        ]
    );
    // A name that is no office.
    let rows = read_month_block("Surabaya\t1\nNowhere\t2\n", Lang::Id, &["Surabaya"]);
    assert_eq!((rows[0].office, rows[1].office), (Some(0), None));
}

#[test]
fn an_office_of_weight_zero_has_no_share_and_no_rank() {
    // 10 over weights 1 and 0: the first office carries all 10, the second 0.
    // 3 achieved in January by the first (30 %); the second's 0 of 0 is no
    // share at all (not 0 %, not a division by zero), so it is not ranked.
    let achieved = [months(&[3.0]), months(&[0.0])];
    let s = office_standings(10, &[1.0, 0.0], &achieved, 1, 1.0 / 12.0).unwrap();
    assert_eq!(s.iter().map(|o| o.part).collect::<Vec<_>>(), vec![10, 0]);
    assert_eq!((s[0].share, s[0].rank), (Some(0.3), Some(1)));
    assert_eq!((s[1].share, s[1].rank), (None, None));
}
