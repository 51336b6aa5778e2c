//! What *Capaian* reads from the work: which month weights shape its plan,
//! the months no office row can be read in, and the offices' plan fraction
//! under seasonal weights. Expected values worked out by hand.

#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use umkm_core::calc::progress::Date;
use umkm_core::figures::progress_figures;
use umkm_core::state::{Action, AppState, Field};

fn edit(s: AppState, field: Field, text: &str) -> AppState {
    s.apply(Action::EditField {
        field,
        text: text.to_owned(),
    })
}

fn weights(s: AppState, w: &[&str; 12]) -> AppState {
    w.iter().enumerate().fold(s, |s, (month, text)| {
        s.apply(Action::EditMonthWeight {
            month,
            text: (*text).to_owned(),
        })
    })
}

/// Two offices, A and B, of weight 1 each.
fn two_offices() -> AppState {
    let rows = vec![
        ("A".to_owned(), "1".to_owned()),
        ("B".to_owned(), "1".to_owned()),
    ];
    AppState::default().apply(Action::PasteOffices {
        rows,
        replace: true,
    })
}

fn office_month(s: AppState, row: usize, month: usize, text: &str) -> AppState {
    let id = s.offices[row].id;
    s.apply(Action::EditOfficeMonth {
        id,
        month,
        text: text.to_owned(),
    })
}

#[test]
fn equal_month_weights_are_no_weights_and_any_difference_is_used() {
    let today = Date::new(2026, 6, 30).ok();
    let s = edit(AppState::default(), Field::ProgressTarget, "1.200");
    let s = edit(s, Field::ProgressAchieved, "500");
    // Twelve weights of 1 (the default): the plan is linear, by days.
    let p = progress_figures(&s, today).progress.unwrap().unwrap();
    assert_eq!(p.month_weights, None);
    // 1, 2, 1, 2, …: no two months side by side are equal, and the plan
    // follows them: Σ = 6 × 1 + 6 × 2 = 18.
    let s = weights(
        s,
        &["1", "2", "1", "2", "1", "2", "1", "2", "1", "2", "1", "2"],
    );
    let p = progress_figures(&s, today).progress.unwrap().unwrap();
    assert_eq!(
        p.month_weights,
        Some(vec![
            1.0, 2.0, 1.0, 2.0, 1.0, 2.0, 1.0, 2.0, 1.0, 2.0, 1.0, 2.0
        ])
    );
    // By the end of June: (1 + 2) × 3 = 9 of 18, half the year's plan: 600.
    assert!(
        (p.expected_by_now - 600.0).abs() < 1e-9,
        "{}",
        p.expected_by_now
    );
}

#[test]
fn a_month_no_office_can_read_is_named_once() {
    let today = Date::new(2026, 6, 30).ok();
    let s = edit(two_offices(), Field::ProgressTarget, "120");
    let s = office_month(s, 0, 0, "10");
    let s = office_month(s, 1, 0, "9");
    // February cannot be read in either office: it is listed once.
    let s = office_month(s, 0, 1, "abc");
    let s = office_month(s, 1, 1, "x");
    let f = progress_figures(&s, today);
    assert!(f.by_office);
    assert_eq!(f.entered, Err(vec![1]));
    assert_eq!(f.offices, None);
}

#[test]
fn offices_are_measured_against_the_weighted_plan() {
    let today = Date::new(2026, 1, 31).ok();
    let s = edit(two_offices(), Field::ProgressTarget, "120");
    // January weighs 2, every other month 1: Σ = 13.
    let s = weights(
        s,
        &["2", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1"],
    );
    let s = office_month(s, 0, 0, "10");
    let s = office_month(s, 1, 0, "9");
    let offices = progress_figures(&s, today).offices.unwrap().unwrap();
    // 120 over weights 1 and 1: 60 each. January only is counted; its plan
    // is 2 of 13: 60 × 2 ÷ 13 = 9,2307… (linear it would be 60 ÷ 12 = 5,
    // and B's 9 would be on track).
    assert_eq!(
        offices.iter().map(|o| o.part).collect::<Vec<_>>(),
        vec![60, 60]
    );
    for o in &offices {
        assert!(
            (o.plan_to_date - 120.0 / 13.0).abs() < 1e-9,
            "{}",
            o.plan_to_date
        );
    }
    assert_eq!(
        offices.iter().map(|o| o.on_track).collect::<Vec<_>>(),
        vec![Some(true), Some(false)]
    );
}
