//! The source article's figures (duta.co, January 2019; docs/DOMAIN.md), with
//! every expected value worked out by hand in the comments and written as a
//! literal.

use umkm_core::calc::explain::{Bracket, Explain, Figure, Note, Op, Token, Unit};
use umkm_core::calc::growth::{self, GrowthInput, PeopleTargets, PlanInput, Segment, Solved};
use umkm_core::calc::iuran::{self, Rates};
use umkm_core::calc::pipeline::{self, Partner};
use umkm_core::calc::progress::{self, Date, Rate};
use umkm_core::calc::projection;
use umkm_core::calc::span::Span;
use umkm_core::calc::split::{self, OfficeKind};
use umkm_core::calc::CalcError;

#[macro_use]
mod common;

use common::close;

fn sampoerna() -> Partner {
    Partner {
        name: "Sampoerna".into(),
        umkm: 108_000.0,
        ..Partner::default()
    }
}

#[test]
fn partner_defaults() {
    let p = Partner::default();
    assert_eq!(p.workers_per_umkm, Span::one(5.0));
    assert_eq!(p.enrolment, Span::one(1.0));
    assert_eq!(p.pu_share, Span::one(0.0));
}

#[test]
fn sampoerna_pipeline() {
    let r = pipeline::partner(&sampoerna()).unwrap();
    // 108,000 × 5 = 540,000
    assert_close!(r.potential.low, 540_000.0);
    // 540,000 × 1.0 = 540,000
    assert_close!(r.expected.low, 540_000.0);
    // PU share 0 by default: 540,000 × 0 = 0 PU, 540,000 × (1 − 0) = 540,000 BPU
    assert_close!(r.expected_pu.low, 0.0);
    assert_close!(r.expected_bpu.low, 540_000.0);

    let with_pu = pipeline::partner(&Partner {
        enrolment: Span::one(0.5),
        pu_share: Span::one(0.25),
        ..sampoerna()
    })
    .unwrap();
    // 540,000 × 0.5 = 270,000; × 0.25 = 67,500 PU; × 0.75 = 202,500 BPU
    assert_close!(with_pu.expected.low, 270_000.0);
    assert_close!(with_pu.expected_pu.low, 67_500.0);
    assert_close!(with_pu.expected_bpu.low, 202_500.0);
}

#[test]
fn sampoerna_explanation_is_data() {
    let r = pipeline::partner(&sampoerna()).unwrap();
    let e = r.explanation(Figure::PotentialWorkers).unwrap();
    assert_eq!(e.steps.len(), 1);
    let tokens = &e.steps[0].tokens;
    assert_eq!(tokens.len(), 3);
    assert!(matches!(tokens[0], Token::Num(q) if q.value == 108_000.0 && q.unit == Unit::Count));
    assert_eq!(tokens[1], Token::Op(Op::Mul));
    assert!(matches!(tokens[2], Token::Num(q) if q.value == 5.0 && q.unit == Unit::Decimal));
    assert_eq!(e.steps[0].result.value, 540_000.0);
    assert_eq!(e.steps[0].result.unit, Unit::People);

    let e = r.explanation(Figure::ExpectedParticipants).unwrap();
    let tokens = &e.steps[0].tokens;
    assert!(matches!(tokens[0], Token::Num(q) if q.value == 540_000.0 && q.unit == Unit::People));
    assert!(matches!(tokens[2], Token::Num(q) if q.value == 1.0 && q.unit == Unit::Fraction));
    assert_eq!(e.result().unwrap().value, 540_000.0);
}

#[test]
fn sampoerna_share_of_the_total_target() {
    let total = pipeline::total(&[sampoerna()]).unwrap();
    assert_close!(total.expected.low, 540_000.0);
    // 540,000 ÷ 2,336,252 = 0.231139449… (23.11 %)
    let share = total.share_of(2_336_252.0).unwrap();
    assert_close!(share.share.low, 0.231_139_448_997_796_5);
    assert!((share.share.low - 0.2311).abs() < 0.00005);
    assert_eq!(total.share_of(0.0), Err(CalcError::ZeroBase));
}

#[test]
fn partners_add_up() {
    let gudang_garam = Partner {
        name: "Gudang Garam".into(),
        umkm: 20_000.0,
        workers_per_umkm: Span::one(3.0),
        enrolment: Span::one(0.5),
        pu_share: Span::one(0.2),
        pu_known: true,
        probability: None,
    };
    let t = pipeline::total(&[sampoerna(), gudang_garam]).unwrap();
    // 540,000 + 20,000 × 3 = 540,000 + 60,000 = 600,000 potential
    assert_close!(t.potential.low, 600_000.0);
    // 540,000 + 60,000 × 0.5 = 540,000 + 30,000 = 570,000 expected
    assert_close!(t.expected.low, 570_000.0);
    // PU: 0 + 30,000 × 0.2 = 6,000; BPU: 540,000 + 24,000 = 564,000
    assert_close!(t.expected_pu.low, 6_000.0);
    assert_close!(t.expected_bpu.low, 564_000.0);
    let e = t.explanation(Figure::PotentialWorkers).unwrap();
    assert_eq!(e.steps[0].tokens.len(), 3); // 540000 + 60000
                                            // No partners: nothing expected.
    assert_eq!(pipeline::total(&[]).unwrap().expected, Span::one(0.0));
}

#[test]
fn total_line_implied_growth_does_not_warn() {
    let a = growth::audit(2_257_958.0, 0.03, 2_336_252.0).unwrap();
    // 2,336,252 ÷ 2,257,958 − 1 = 78,294 ÷ 2,257,958 = 0.034674692…
    assert_close!(a.implied, 0.034_674_692_797_651_785);
    // 0.034674692… − 0.03 = 0.004674692… (0.47 points) ≤ 0.005
    assert_close!(a.difference, 0.004_674_692_797_651_785);
    assert!(!a.warn);
    // +3 % of 2,257,958 = 2,257,958 + 67,738.74 = 2,325,696.74
    assert_close!(a.target_at_stated, 2_325_696.74);
}

#[test]
fn bpu_line_implied_growth_warns() {
    let a = growth::audit(199_731.0, 0.27, 411_156.0).unwrap();
    // 411,156 ÷ 199,731 − 1 = 211,425 ÷ 199,731 = 1.058548748… (+105.85 %)
    assert_close!(a.implied, 1.058_548_748_066_149);
    // 1.058548748… − 0.27 = 0.788548748… (78.85 points) > 0.005
    assert_close!(a.difference, 0.788_548_748_066_149);
    assert!(a.warn);
    // +27 % of 199,731 = 199,731 + 53,927.37 = 253,658.37
    assert_close!(a.target_at_stated, 253_658.37);

    let line = growth::line(
        Segment::Bpu,
        &GrowthInput {
            base: Some(199_731.0),
            growth: Some(0.27),
            target: Some(411_156.0),
        },
    )
    .unwrap();
    // Nothing typed is corrected.
    assert_eq!(line.solved, Solved::Audited);
    assert_eq!(line.growth, 0.27);
    assert_eq!(line.target, 411_156.0);
    let e = line
        .explanation(Figure::ImpliedGrowth(Segment::Bpu))
        .unwrap();
    assert!(e
        .notes
        .iter()
        .any(|n| matches!(n, Note::AuditWarning { .. })));
    assert_eq!(e.steps[1].result.unit, Unit::PercentPoints);
}

#[test]
fn forward_reverse_and_base() {
    // 2,257,958 × 1.03 = 2,325,696.74
    assert_close!(growth::forward(2_257_958.0, 0.03).unwrap(), 2_325_696.74);
    // 199,731 × 1.27 = 253,658.37
    assert_close!(growth::forward(199_731.0, 0.27).unwrap(), 253_658.37);
    // Business entities: 28,630 ÷ 1.27 = 22,543.307… (the 2017 base the article implies)
    assert_close!(
        growth::base_from(28_630.0, 0.27).unwrap(),
        22_543.307_086_614_17
    );
    // 22,543.307… × 1.27 = 28,630 again
    let be = growth::line(
        Segment::BusinessEntities,
        &GrowthInput {
            base: None,
            growth: Some(0.27),
            target: Some(28_630.0),
        },
    )
    .unwrap();
    assert_eq!(be.solved, Solved::Base);
    assert_close!(be.base, 22_543.307_086_614_17);
    let e = be
        .explanation(Figure::Base(Segment::BusinessEntities))
        .unwrap();
    assert_eq!(e.steps[0].result.unit, Unit::Companies);
    assert!(e.notes.contains(&Note::CompaniesNotPeople));
    // The audit's edge: 1,035 ÷ 1,000 − 1 = 3.5 %, stated 3 %: exactly 0.5
    // points, which is not more than 0.5 → no warning; 1,035.1 gives 3.51 %,
    // 0.51 points → a warning.
    assert!(!growth::audit(1_000.0, 0.03, 1_035.0).unwrap().warn);
    assert!(growth::audit(1_000.0, 0.03, 1_035.1).unwrap().warn);
    // Base and growth give the target: 2,257,958 × 1.03 = 2,325,696.74.
    let pu = growth::line(
        Segment::Pu,
        &GrowthInput {
            base: Some(2_257_958.0),
            growth: Some(0.03),
            target: None,
        },
    )
    .unwrap();
    assert_eq!(pu.solved, Solved::Target);
    assert_eq!((pu.base, pu.growth), (2_257_958.0, 0.03));
    assert_close!(pu.target, 2_325_696.74);
    assert_eq!(pu.audit, None);
    // Base and target give the growth: 411,156 ÷ 199,731 − 1 = 1.058548748…
    let bpu = growth::line(
        Segment::Bpu,
        &GrowthInput {
            base: Some(199_731.0),
            growth: None,
            target: Some(411_156.0),
        },
    )
    .unwrap();
    assert_eq!(bpu.solved, Solved::Growth);
    assert_eq!((bpu.base, bpu.target), (199_731.0, 411_156.0));
    assert_close!(bpu.growth, 1.058_548_748_066_149);
    // A base of zero cannot give a growth.
    assert_eq!(
        growth::line(
            Segment::Bpu,
            &GrowthInput {
                base: Some(0.0),
                growth: None,
                target: Some(5.0),
            },
        ),
        Err(CalcError::ZeroBase)
    );
    // Fewer than two figures.
    assert_eq!(
        growth::line(
            Segment::Pu,
            &GrowthInput {
                target: Some(1.0),
                ..Default::default()
            }
        ),
        Err(CalcError::Missing)
    );
    assert_eq!(growth::implied_growth(0.0, 5.0), Err(CalcError::ZeroBase));
    assert_eq!(growth::base_from(5.0, -1.0), Err(CalcError::ZeroBase));
    assert_eq!(growth::forward(5.0, -1.5), Err(CalcError::OutOfRange));
}

#[test]
fn other_is_what_pu_and_bpu_leave() {
    let o = growth::other(
        2_336_252.0,
        &PeopleTargets {
            pu: Some(796_634.0),
            bpu: Some(411_156.0),
            ..Default::default()
        },
    )
    .unwrap();
    // 796,634 + 411,156 = 1,207,790; 2,336,252 − 1,207,790 = 1,128,462
    assert_close!(o.entered_sum, 1_207_790.0);
    assert_close!(o.other, 1_128_462.0);
    assert!(!o.negative);

    let over = growth::other(
        100.0,
        &PeopleTargets {
            pu: Some(80.0),
            bpu: Some(30.0),
            ..Default::default()
        },
    )
    .unwrap();
    // 100 − (80 + 30) = −10, shown and flagged
    assert_close!(over.other, -10.0);
    assert!(over.negative);
    assert!(over.explain()[0].notes.contains(&Note::OtherNegative));
}

/// The working of "Lainnya" as operators and brackets, numbers left out.
fn other_shape(pu: Option<f64>, bpu: Option<f64>) -> Vec<Token> {
    let o = growth::other(
        2_336_252.0,
        &PeopleTargets {
            pu,
            bpu,
            ..Default::default()
        },
    )
    .unwrap();
    o.explain()[0].steps[0]
        .tokens
        .iter()
        .filter(|t| !matches!(t, Token::Num(_)))
        .cloned()
        .collect()
}

// Caught no mutant before (bench/MUTANTS.md): the working's shape by hand.
#[test]
fn other_working_subtracts_the_entered_lines_in_brackets_when_more_than_one() {
    // 2.336.252 − (796.634 + 411.156)
    assert_eq!(
        other_shape(Some(796_634.0), Some(411_156.0)),
        vec![
            Token::Op(Op::Sub),
            Token::Open(Bracket::Paren),
            Token::Op(Op::Add),
            Token::Close(Bracket::Paren)
        ]
    );
    // 2.336.252 − 796.634: one line, no brackets
    assert_eq!(other_shape(Some(796_634.0), None), vec![Token::Op(Op::Sub)]);
    // 2.336.252: nothing entered, nothing subtracted
    assert_eq!(other_shape(None, None), vec![]);
}

#[test]
fn article_plan_keeps_business_entities_out_of_people() {
    let mut input = PlanInput::default();
    input[Segment::Total] = GrowthInput {
        base: Some(2_257_958.0),
        growth: Some(0.03),
        target: Some(2_336_252.0),
    };
    input[Segment::Pu] = GrowthInput {
        target: Some(796_634.0),
        ..Default::default()
    };
    input[Segment::Bpu] = GrowthInput {
        base: Some(199_731.0),
        growth: Some(0.27),
        target: Some(411_156.0),
    };
    input[Segment::BusinessEntities] = GrowthInput {
        growth: Some(0.27),
        target: Some(28_630.0),
        ..Default::default()
    };
    let plan = growth::plan(&input);
    // PU has only a target, as the article gives it: the line has nothing to
    // work out, but its target is still a target…
    assert_eq!(plan.lines[Segment::Pu], Err(CalcError::Missing));
    assert_eq!(plan.target(Segment::Pu), Ok(796_634.0));
    // …so Lainnya is 2,336,252 − (796,634 + 411,156) = 1,128,462.
    let other = plan.other.unwrap();
    assert_close!(other.other, 1_128_462.0);
    // The 28,630 business entities are never in the people sum.
    assert_eq!(other.entered.len(), 2);
    assert_close!(other.entered_sum, 1_207_790.0);
    let line = |s: Segment| plan.lines[s].clone().unwrap();
    assert!(line(Segment::Total).audit.is_some_and(|a| !a.warn));
    assert!(line(Segment::Bpu).audit.is_some_and(|a| a.warn));
    assert_close!(line(Segment::BusinessEntities).target, 28_630.0);

    // A line with nothing typed stays out; one with only a base has no target.
    input[Segment::Jakon] = GrowthInput {
        base: Some(942_210.0),
        ..Default::default()
    };
    let plan = growth::plan(&input);
    assert_eq!(plan.target(Segment::Jakon), Err(CalcError::Missing));
    assert_close!(plan.other.unwrap().other, 1_128_462.0);
}

#[test]
fn projection_compounds() {
    let p = projection::project(Segment::Total, 2_257_958.0, 0.03, 2).unwrap();
    // Year 1: 2,257,958 × 1.03 = 2,325,696.74
    assert_close!(p.years[0].value, 2_325_696.74);
    // Year 2: 2,325,696.74 × 1.03 = 2,325,696.74 + 69,770.9022 = 2,395,467.6422
    assert_close!(p.years[1].value, 2_395_467.642_2);
    assert_eq!(
        projection::project(Segment::Total, 1.0, 0.03, 31),
        Err(CalcError::OutOfRange)
    );
    assert_eq!(
        projection::project(Segment::Total, 1.0, 0.03, 30)
            .unwrap()
            .years
            .len(),
        30
    );
}

#[test]
fn total_target_over_the_36_offices() {
    let offices = split::east_java_offices();
    assert_eq!(offices.len(), 36);
    assert_eq!(
        offices.iter().filter(|o| o.kind == OfficeKind::Kc).count(),
        16
    );
    assert_eq!(
        offices.iter().filter(|o| o.kind == OfficeKind::Kcp).count(),
        20
    );
    assert_eq!(offices[0].name, "KC 01");
    assert_eq!(offices[15].name, "KC 16");
    assert_eq!(offices[16].name, "KCP 01");
    assert_eq!(offices[35].name, "KCP 20");

    let s = split::split_offices(2_336_252, &offices).unwrap();
    let parts = s.parts();
    // 2,336,252 ÷ 36 = 64,895.89: floors 64,895 × 36 = 2,336,220, 32 left,
    // so the first 32 offices get 64,896 and the last 4 get 64,895:
    // 32 × 64,896 + 4 × 64,895 = 2,076,672 + 259,580 = 2,336,252.
    assert_eq!(parts.iter().sum::<u64>(), 2_336_252);
    assert!(parts[..32].iter().all(|&p| p == 64_896));
    assert!(parts[32..].iter().all(|&p| p == 64_895));
    // Each office's quota is ⌈64,895.89⌉ = 64,896; together 2,336,256 (4 over).
    assert!(s.quotas().iter().all(|&q| q == 64_896));
    let e = s.explanation(Figure::Quota(0)).unwrap();
    assert!(e.notes.contains(&Note::QuotasMayExceedTotal));
    assert_eq!(e.steps[0].tokens[0], Token::Open(Bracket::Ceil));
}

#[test]
fn months_days_and_agents() {
    // 2,336,252 ÷ 12 = 194,687.67: 12 × 194,687 = 2,336,244, 8 left →
    // January–August 194,688, September–December 194,687.
    let m = split::split_months(2_336_252, &split::EQUAL_MONTHS).unwrap();
    let parts = m.parts();
    assert_eq!(parts.iter().sum::<u64>(), 2_336_252);
    assert_eq!(parts[0], 194_688);
    assert_eq!(parts[7], 194_688);
    assert_eq!(parts[8], 194_687);
    assert_eq!(
        split::split_months(12, &[1.0; 11]),
        Err(CalcError::OutOfRange)
    );
    // ⌈194,688 ÷ 22⌉ = ⌈8,849.45⌉ = 8,850 a working day.
    let d = split::daily_quota(194_688, split::DEFAULT_WORKING_DAYS).unwrap();
    assert_eq!(d.quota, 8_850);
    assert_eq!(split::daily_quota(1, 0), Err(CalcError::ZeroBase));
    // One office's 64,896 over 10 agents: 6,489.6 each → 6 agents get 6,490,
    // 4 get 6,489 (6 × 6,490 + 4 × 6,489 = 38,940 + 25,956 = 64,896); each
    // agent's quota is ⌈6,489.6⌉ = 6,490, together 64,900 (4 over).
    let a = split::split_agents_equal(64_896, 10).unwrap();
    assert_eq!(
        (a.base, a.with_extra, a.quota, a.quota_excess),
        (6_489, 6, 6_490, 4)
    );
    assert_close!(a.exact, 6_489.6);
    assert_eq!(split::split_agents_equal(5, 0), Err(CalcError::ZeroBase));
    // BPU 411,156 with agents recruiting 36 a month (≈ 72 in two months) over
    // 12 months: 411,156 ÷ (36 × 12) = 411,156 ÷ 432 = 951.75 → 952 agents.
    let n = split::agents_needed(411_156.0, 36.0, 12).unwrap();
    assert_close!(n.exact, 951.75);
    assert_eq!(n.agents, 952);
    assert_eq!(split::agents_needed(1.0, 0.0, 12), Err(CalcError::ZeroBase));
}

#[test]
fn bpu_iuran_smallest_package() {
    let rates = Rates::default();
    // 1,000,000 × 1 % = 10,000 JKK + 6,800 JKM = 16,800
    let b = iuran::bpu(&rates, 1_000_000.0, false, 10, None).unwrap();
    assert_eq!(b.per_worker, 16_800);
    // 10 workers: 168,000 a month; × 12 = 2,016,000 a year
    assert_eq!(b.monthly, 168_000);
    assert_eq!(b.yearly, 2_016_000);
    // + 1,000,000 × 2 % = 20,000 JHT → 36,800
    let b = iuran::bpu(&rates, 1_000_000.0, true, 1, None).unwrap();
    assert_eq!(b.per_worker, 36_800);
}

#[test]
fn pu_iuran() {
    let rates = Rates::default();
    // 5,000,000, class 1: employer 5,000,000 × (0.24 + 0.30 + 3.7 + 2) %
    // = 12,000 + 15,000 + 185,000 + 100,000 = 312,000; worker 5,000,000 ×
    // (2 + 1) % = 100,000 + 50,000 = 150,000; together 462,000.
    let p = iuran::pu(&rates, 5_000_000.0, 1, 2, None).unwrap();
    assert_eq!(
        (p.employer, p.worker, p.per_worker),
        (312_000, 150_000, 462_000)
    );
    assert_eq!(p.monthly, 924_000);
    // 20,000,000, class 5, JP on the 10,547,400 cap: employer 348,000 (1.74 %)
    // + 60,000 (0.3 %) + 740,000 (3.7 %) + 210,948 (2 % of the cap) = 1,358,948;
    // worker 400,000 (2 %) + 105,474 (1 % of the cap) = 505,474.
    let p = iuran::pu(&rates, 20_000_000.0, 5, 1, None).unwrap();
    assert_eq!((p.employer, p.worker), (1_358_948, 505_474));
    assert!(p
        .explain()
        .iter()
        .any(|e| e.notes.contains(&Note::JpWageCapped { cap: 10_547_400.0 })));
    // Half-up once per worker per month: 1,234,567 × 6.24 % = 77,036.9808 →
    // 77,037; × 3 % = 37,037.01 → 37,037.
    let p = iuran::pu(&rates, 1_234_567.0, 1, 1, None).unwrap();
    assert_eq!((p.employer, p.worker), (77_037, 37_037));
    assert_eq!(
        iuran::pu(&rates, 1.0, 0, 1, None).map(|p| p.per_worker),
        Err(CalcError::OutOfRange)
    );
    assert_eq!(
        iuran::pu(&rates, 1.0, 6, 1, None).map(|p| p.per_worker),
        Err(CalcError::OutOfRange)
    );
}

#[test]
fn progress_mid_year() {
    let as_of = Date::new(2019, 6, 30).unwrap();
    let p = progress::progress(2_336_252.0, 1_000_000.0, as_of, None).unwrap();
    // 1,000,000 ÷ 2,336,252 = 0.428036…
    assert_close!(p.achieved_fraction, 1_000_000.0 / 2_336_252.0);
    // 2,336,252 − 1,000,000 = 1,336,252
    assert_close!(p.remaining, 1_336_252.0);
    // 30 June is day 31 + 28 + 31 + 30 + 31 + 30 = 181 of 365 → 0.495890…
    assert_eq!(p.days_elapsed, 181);
    assert_close!(p.elapsed_fraction, 0.495_890_410_958_904_1);
    // 2,336,252 × 181 ÷ 365 = 1,158,524.96… expected by now; 1,000,000 is behind.
    assert_close!(p.expected_by_now, 1_158_524.964_383_561_6);
    assert!(!p.on_track);
    // 6 months left: ⌈1,336,252 ÷ 6⌉ = ⌈222,708.67⌉ = 222,709
    assert_close!(p.months_remaining, 6.0);
    assert_eq!(p.per_month, Rate::Each(222_709));
    // 184 days = 26.29 weeks: ⌈1,336,252 × 7 ÷ 184⌉ = ⌈50,835.67⌉ = 50,836
    assert_eq!(p.per_week, Rate::Each(50_836));
    // Working days July–December 2019: 23 + 22 + 21 + 23 + 21 + 22 = 132;
    // ⌈1,336,252 ÷ 132⌉ = ⌈10,123.12⌉ = 10,124
    assert_eq!(p.working_days_remaining, 132);
    assert_eq!(p.per_working_day, Rate::Each(10_124));

    // 15 June: 6 months after June + 15 of 30 days = 6.5 months left.
    let p = progress::progress(100.0, 0.0, Date::new(2019, 6, 15).unwrap(), None).unwrap();
    assert_close!(p.months_remaining, 6.5);
}

#[test]
fn progress_at_the_edges() {
    let last = Date::new(2019, 12, 31).unwrap();
    let p = progress::progress(100.0, 40.0, last, None).unwrap();
    assert!(p.period_over);
    assert_eq!(p.elapsed_fraction, 1.0);
    assert_eq!(p.per_month, Rate::NoTimeLeft);
    assert_eq!(p.per_week, Rate::NoTimeLeft);
    assert_eq!(p.per_working_day, Rate::NoTimeLeft);
    let done = progress::progress(100.0, 120.0, last, None).unwrap();
    // 100 − 120 = −20: reached.
    assert!(done.reached);
    assert_close!(done.remaining, -20.0);
    assert_eq!(done.per_month, Rate::Reached);
    // 2019-12-28 is a Saturday: 3 days left but only Monday 30 and Tuesday 31 work.
    let p = progress::progress(100.0, 0.0, Date::new(2019, 12, 28).unwrap(), None).unwrap();
    assert_eq!(p.working_days_remaining, 2);
    assert_eq!(p.per_working_day, Rate::Each(50));
    assert_eq!(
        progress::progress(0.0, 0.0, last, None).map(|p| p.remaining),
        Err(CalcError::ZeroBase)
    );
    // Month weights: the first half of the year weighs 1, the second 3, so by
    // 30 June 6 of 24 weight units are gone: 0.25.
    let w = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0];
    let p = progress::progress(100.0, 0.0, Date::new(2019, 6, 30).unwrap(), Some(&w)).unwrap();
    assert_close!(p.elapsed_fraction, 0.25);
    assert_close!(p.expected_by_now, 25.0);
}
