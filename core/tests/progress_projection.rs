//! Progress weighted by month within a month, its working, and the
//! projection's limits and working; every expected value worked by hand.

use umkm_core::calc::explain::{Bracket, Explain, Figure, Op, Quantity, Token, Unit};
use umkm_core::calc::growth::Segment;
use umkm_core::calc::progress::{self, Date};
use umkm_core::calc::projection;
use umkm_core::calc::CalcError;

#[macro_use]
mod common;

use common::close;

fn n(value: f64, unit: Unit) -> Token {
    Token::Num(Quantity { value, unit })
}

#[test]
fn month_weights_count_the_days_of_the_current_month() {
    let mid_june = Date::new(2026, 6, 15).unwrap();
    // Twelve equal weights, 15 of June's 30 days gone: (5 + 1 × 15/30) ÷ 12
    // = 5,5/12; of 1.200, 550 are expected by now, and 500 is behind.
    let p = progress::progress(1_200.0, 500.0, mid_june, Some(&[1.0; 12])).unwrap();
    assert_close!(p.elapsed_fraction, 5.5 / 12.0);
    assert_close!(p.expected_by_now, 550.0);
    assert!(!p.on_track);
    // June weighing 2: (5 + 2 × 15/30) ÷ 13 = 6/13; 1.300 × 6/13 = 600.
    let mut w = [1.0; 12];
    w[5] = 2.0;
    let p = progress::progress(1_300.0, 500.0, mid_june, Some(&w)).unwrap();
    assert_close!(p.elapsed_fraction, 6.0 / 13.0);
    assert_close!(p.expected_by_now, 600.0);
}

#[test]
fn the_progress_working_starts_from_what_remains() {
    // 1.200 − 500 = 700 remain.
    let p = progress::progress(1_200.0, 500.0, Date::new(2026, 6, 15).unwrap(), None).unwrap();
    let all = p.explain();
    let remaining = all
        .iter()
        .find(|e| e.figure == Figure::Remaining)
        .expect("shown");
    assert_eq!(
        remaining.steps[0].tokens,
        [
            n(1_200.0, Unit::People),
            Token::Op(Op::Sub),
            n(500.0, Unit::People)
        ]
    );
    assert_eq!(remaining.result().unwrap().value, 700.0);
}

#[test]
fn a_fall_of_100_percent_is_allowed_and_beyond_it_is_not() {
    // −100 % a year: nothing left after the first year.
    let p = projection::project(Segment::Total, 1_000.0, -1.0, 1).unwrap();
    assert_eq!(p.years[0].value, 0.0);
    // −150 % a year would be a negative number of people.
    assert_eq!(
        projection::project(Segment::Total, 1_000.0, -1.5, 1).map(|_| ()),
        Err(CalcError::OutOfRange)
    );
}

#[test]
fn each_projected_year_is_worked_out() {
    // 2.257.958 × (1 + 3 %)^1 = 2.325.696,74 and ^2 = 2.257.958 × 1,0609
    // = 2.395.467,6422.
    let p = projection::project(Segment::Total, 2_257_958.0, 0.03, 2).unwrap();
    let all = p.explain();
    assert_eq!(
        all.iter().map(|e| e.figure).collect::<Vec<_>>(),
        [Figure::ProjectionYear(1), Figure::ProjectionYear(2)]
    );
    assert_eq!(
        all[1].steps[0].tokens,
        [
            n(2_257_958.0, Unit::People),
            Token::Op(Op::Mul),
            Token::Open(Bracket::Paren),
            n(1.0, Unit::Decimal),
            Token::Op(Op::Add),
            n(0.03, Unit::Fraction),
            Token::Close(Bracket::Paren),
            Token::Op(Op::Pow),
            n(2.0, Unit::Years),
        ]
    );
    assert_close!(all[0].result().unwrap().value, 2_325_696.74);
    assert_close!(all[1].result().unwrap().value, 2_395_467.642_2);
}
