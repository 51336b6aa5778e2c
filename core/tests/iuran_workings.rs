//! The workings the Iuran section shows for a PU participant and for the
//! active participants' year, token by token, worked by hand at the rates of
//! 1 June 2025 (PP 6/2025: JKK class 1 0,10 % with its 0,14 % JKP part,
//! JKM 0,30 %, JHT 3,7 % + 2 %, JP 2 % + 1 % up to Rp10.547.400).

use umkm_core::calc::iuran::{with_active_share, Program, PuIuran};
use umkm_core::calc::{Explain, Explanation, Figure, Note, Op, Quantity, Step, Token, Unit};
use umkm_core::figures::iuran_figures;
use umkm_core::state::{Action, AppState, Field, PartnerField};

#[macro_use]
mod common;

use common::close;

/// One partner of 100 UMKM × 5 workers, all enrolled, all PU: 500 PU
/// participants, at `wage` on `date`.
fn pu(wage: &str, date: &str) -> PuIuran {
    let s = AppState::default();
    let id = s.partners[0].id;
    let s = [
        (PartnerField::Umkm, "100"),
        (PartnerField::Enrolment, "100"),
        (PartnerField::PuShare, "100"),
    ]
    .into_iter()
    .fold(s, |s, (field, text)| {
        s.apply(Action::EditPartner {
            id,
            field,
            text: text.into(),
        })
    });
    let s = [(Field::PuWage, wage), (Field::IuranDate, date)]
        .into_iter()
        .fold(s, |s, (field, text)| {
            s.apply(Action::EditField {
                field,
                text: text.into(),
            })
        });
    iuran_figures(&s, None)
        .pu
        .expect("reads")
        .expect("computes")
}

fn find(all: &[Explanation], f: Figure) -> &Explanation {
    all.iter().find(|e| e.figure == f).expect("shown")
}

fn n(value: f64, unit: Unit) -> Token {
    Token::Num(Quantity { value, unit })
}

/// The fractions in a working's first step.
fn rates(e: &Explanation) -> Vec<f64> {
    e.steps[0]
        .tokens
        .iter()
        .filter_map(|t| match t {
            Token::Num(q) if q.unit == Unit::Fraction => Some(q.value),
            _ => None,
        })
        .collect()
}

fn capped(e: &Explanation) -> bool {
    e.notes
        .iter()
        .any(|n| matches!(n, Note::JpWageCapped { .. }))
}

#[test]
fn a_pu_participant_at_rp4_500_000() {
    let p = pu("4.500.000", "2025-06-01");
    let all = p.explain();
    let figures: Vec<Figure> = all.iter().map(|e| e.figure).collect();
    assert_eq!(
        figures,
        [
            Figure::IuranProgram(Program::Jkk),
            Figure::IuranProgram(Program::Jkp),
            Figure::IuranProgram(Program::Jkm),
            Figure::IuranProgram(Program::Jht),
            Figure::IuranProgram(Program::Jp),
            Figure::IuranEmployer,
            Figure::IuranWorker,
            Figure::IuranPerWorker,
            Figure::IuranMonthly,
            Figure::IuranYearly,
        ]
    );
    // JHT: 4.500.000 × (3,7 % + 2 %) = 166.500 + 90.000 = 256.500.
    let jht = find(&all, Figure::IuranProgram(Program::Jht));
    assert_close!(rates(jht)[0], 0.057);
    assert_close!(jht.result().unwrap().value, 256_500.0);
    // JP: min(4.500.000; 10.547.400) × (2 % + 1 %) = 135.000, not capped.
    let jp = find(&all, Figure::IuranProgram(Program::Jp));
    assert_close!(rates(jp)[0], 0.03);
    assert_close!(jp.result().unwrap().value, 135_000.0);
    assert!(!capped(jp));
    // The employer: ⌊(4.500 + 6.300) + 13.500 + 166.500 + 90.000⌉ = 280.800,
    // JKK and its JKP part as one amount.
    let employer = find(&all, Figure::IuranEmployer);
    let amounts: Vec<f64> = employer.steps[0]
        .tokens
        .iter()
        .filter_map(|t| match t {
            Token::Num(q) => Some(q.value),
            _ => None,
        })
        .collect();
    assert_eq!(amounts.len(), 4);
    for (got, want) in amounts
        .iter()
        .zip([10_800.0, 13_500.0, 166_500.0, 90_000.0])
    {
        assert_close!(*got, want);
    }
    assert_eq!(employer.result().unwrap().value, 280_800.0);
    // The worker: 90.000 + 45.000 = 135.000; per participant 415.800.
    assert_eq!(
        find(&all, Figure::IuranWorker).result().unwrap().value,
        135_000.0
    );
    let per = find(&all, Figure::IuranPerWorker);
    assert_eq!(
        per.steps[0].tokens,
        [
            n(280_800.0, Unit::Rupiah),
            Token::Op(Op::Add),
            n(135_000.0, Unit::Rupiah)
        ]
    );
    assert!(!capped(per));
}

#[test]
fn before_the_jkp_part_there_is_no_jkp_line() {
    // 1 June 2024 (PP 44/2015's JKK 0,24 % whole, no JKP part).
    let all = pu("4.500.000", "2024-06-01").explain();
    assert!(!all
        .iter()
        .any(|e| e.figure == Figure::IuranProgram(Program::Jkp)));
}

#[test]
fn the_jp_cap_is_noted_above_it_not_at_it() {
    // Rp12.000.000 is above the cap: min(12.000.000; 10.547.400) × 3 % =
    // 316.422, and both the JP line and the per-participant line say so.
    let all = pu("12.000.000", "2025-06-01").explain();
    let jp = find(&all, Figure::IuranProgram(Program::Jp));
    assert_close!(jp.result().unwrap().value, 316_422.0);
    assert!(capped(jp));
    assert!(capped(find(&all, Figure::IuranPerWorker)));
    // Exactly the cap: the whole wage counts, nothing to note.
    let all = pu("10.547.400", "2025-06-01").explain();
    assert!(!capped(find(&all, Figure::IuranProgram(Program::Jp))));
    assert!(!capped(find(&all, Figure::IuranPerWorker)));
}

#[test]
fn the_active_participants_year_is_twelve_active_months() {
    // A registered month of Rp5.443.200.000 (324.000 × Rp16.800) at an
    // active share of 75,47 %: 5.443.200.000 × 0,7547 = 4.107.983.040 a
    // month, × 12 = 49.295.796.480 a year.
    let base = vec![Explanation {
        figure: Figure::IuranYearly,
        steps: vec![Step {
            tokens: vec![
                n(5_443_200_000.0, Unit::Rupiah),
                Token::Op(Op::Mul),
                n(12.0, Unit::Months),
            ],
            result: Quantity {
                value: 65_318_400_000.0,
                unit: Unit::Rupiah,
            },
        }],
        notes: Vec::new(),
        high_from: None,
    }];
    let (month, year, out) = with_active_share(base, 5_443_200_000, 0.7547).unwrap();
    assert_eq!((month, year), (4_107_983_040, 49_295_796_480));
    let yearly = find(&out, Figure::IuranYearly);
    assert_eq!(
        yearly.steps[0].tokens,
        [
            n(4_107_983_040.0, Unit::Rupiah),
            Token::Op(Op::Mul),
            n(12.0, Unit::Months)
        ]
    );
    assert_eq!(yearly.result().unwrap().value, 49_295_796_480.0);
    assert!(yearly.notes.contains(&Note::ActiveShare(0.7547)));
}

#[test]
fn each_programme_is_named_by_its_abbreviation_in_both_languages() {
    use umkm_core::i18n::Lang;
    use umkm_core::words::figure_name;
    for lang in [Lang::Id, Lang::En] {
        let names: Vec<String> = [
            Program::Jkk,
            Program::Jkm,
            Program::Jht,
            Program::Jp,
            Program::Jkp,
        ]
        .into_iter()
        .map(|p| figure_name(lang, Figure::IuranProgram(p)))
        .collect();
        assert_eq!(names, ["JKK", "JKM", "JHT", "JP", "JKP"]);
    }
}
