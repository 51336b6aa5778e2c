//! The pipeline's total: weighted by the partners' stages, what 100 %
//! enrolment would bring weighted, and which lines its working shows;
//! every expected value worked by hand.

use umkm_core::calc::explain::{Explain, Figure, Op, Quantity, Token, Unit};
use umkm_core::calc::pipeline::{self, Partner};
use umkm_core::calc::span::Span;

#[macro_use]
mod common;

use common::close;

/// 108.000 UMKM × 5 workers = 540.000, enrolment 10 %: 54.000 expected.
fn sampoerna(probability: Option<f64>) -> Partner {
    Partner {
        name: "Sampoerna".into(),
        umkm: 108_000.0,
        enrolment: Span::one(0.1),
        probability,
        ..Partner::default()
    }
}

#[test]
fn a_staged_partner_weighs_its_potential_and_its_participants() {
    // At a 60 % stage: 540.000 × 0,6 = 324.000 potential weighted, and
    // 54.000 × 0,6 = 32.400 participants weighted. With 4 to 6 workers per
    // UMKM: 432.000 × 0,6 = 259.200 to 648.000 × 0,6 = 388.800.
    let t = pipeline::total(&[sampoerna(Some(0.6))]).unwrap();
    assert_close!(t.weighted_potential.low, 324_000.0);
    assert_close!(t.weighted_potential.high, 324_000.0);
    let range = Partner {
        workers_per_umkm: Span {
            low: 4.0,
            high: 6.0,
        },
        ..sampoerna(Some(0.6))
    };
    let r = pipeline::total(&[range]).unwrap();
    assert_close!(r.weighted_potential.low, 259_200.0);
    assert_close!(r.weighted_potential.high, 388_800.0);
    assert_close!(t.weighted.low, 32_400.0);
    // Of a target of 2.336.252: 54.000 ÷ 2.336.252 = 2,31 % as expected,
    // 32.400 ÷ 2.336.252 = 1,39 % weighted, and the weighted one says so.
    let plain = t.share_of(2_336_252.0).unwrap();
    assert_close!(plain.share.low, 54_000.0 / 2_336_252.0);
    assert!(!plain.weighted);
    let weighted = t.weighted_share_of(2_336_252.0).unwrap();
    assert_close!(weighted.share.low, 32_400.0 / 2_336_252.0);
    assert!(weighted.weighted);
    // Their workings: 54.000 ÷ 2.336.252, and 32.400 ÷ 2.336.252 named as
    // the weighted share.
    let working = |s: &pipeline::Share| -> Vec<(Figure, Vec<Token>)> {
        s.explain()
            .into_iter()
            .map(|e| (e.figure, e.steps[0].tokens.clone()))
            .collect()
    };
    let people = |value: f64| {
        Token::Num(Quantity {
            value,
            unit: Unit::People,
        })
    };
    assert_eq!(
        working(&plain),
        [(
            Figure::ShareOfTarget,
            vec![people(54_000.0), Token::Op(Op::Div), people(2_336_252.0)]
        )]
    );
    assert_eq!(
        working(&weighted),
        [(
            Figure::WeightedShare,
            vec![people(32_400.0), Token::Op(Op::Div), people(2_336_252.0)]
        )]
    );
    let row = t.partners[0].weighted_share_of(2_336_252.0).unwrap();
    assert_close!(row.share.low, 32_400.0 / 2_336_252.0);
    assert!(row.weighted);
}

#[test]
fn the_working_shows_pu_and_bpu_only_when_every_share_is_known() {
    let figures = |p: Partner| -> Vec<Figure> {
        let t = pipeline::total(&[p]).unwrap();
        t.explain().into_iter().map(|e| e.figure).collect()
    };
    // A PU share given (the default 0 %): potential, expected, PU and BPU.
    assert_eq!(
        figures(sampoerna(None)),
        [
            Figure::PotentialWorkers,
            Figure::ExpectedParticipants,
            Figure::ExpectedPu,
            Figure::ExpectedBpu
        ]
    );
    // No PU share yet: PU and BPU wait; a stage adds the weighted line.
    let unknown = Partner {
        pu_known: false,
        ..sampoerna(Some(0.6))
    };
    assert_eq!(
        figures(unknown),
        [
            Figure::PotentialWorkers,
            Figure::ExpectedParticipants,
            Figure::WeightedExpected
        ]
    );
}
