//! Properties of the arithmetic: splits add up, growth round-trips, results
//! are monotonic, and no input whatever makes a public function panic.
//!
//! Cases: 2,000 + 2,000 (largest remainder) + 2,000 + 2,000 + 2,000 + 1,000 + 3,000 + 1,500 + 1,000 =
//! 16,500 generated cases, plus the explicit special values.

use proptest::prelude::*;
use proptest::test_runner::Config as ProptestConfig;
use umkm_core::calc::span::Span;

use umkm_core::calc::explain::{Explain, Token};
use umkm_core::calc::growth::{self, GrowthInput, PeopleTargets, PlanInput, Segment};
use umkm_core::calc::iuran::{self, Rates};
use umkm_core::calc::pipeline::{self, Partner};
use umkm_core::calc::progress::{self, Date};
use umkm_core::calc::projection;
use umkm_core::calc::split::{self, Office, OfficeKind};

const SPECIALS: [f64; 14] = [
    f64::NAN,
    f64::INFINITY,
    f64::NEG_INFINITY,
    1e308,
    -1e308,
    -0.0,
    0.0,
    f64::MIN_POSITIVE,
    -f64::MIN_POSITIVE,
    f64::MAX,
    f64::MIN,
    f64::EPSILON,
    5e-324,
    -1.0,
];

/// Any `f64` at all, with the awkward ones and everyday ones made likely.
fn any_f64() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => proptest::num::f64::ANY,
        3 => proptest::sample::select(SPECIALS.to_vec()),
        2 => -10.0..1e7f64,
        1 => 0.0..=1.0f64,
    ]
}

fn any_u64() -> impl Strategy<Value = u64> {
    prop_oneof![
        3 => any::<u64>(),
        1 => proptest::sample::select(vec![0, 1, u64::MAX, u64::MAX - 1, 1 << 53, (1 << 53) + 1]),
        3 => 0..10_000_000u64,
    ]
}

/// Every number an explanation shows is finite.
fn assert_explained<T: Explain>(r: &T) {
    for e in r.explain() {
        for s in &e.steps {
            assert!(s.result.value.is_finite(), "{e:?}");
            for t in &s.tokens {
                if let Token::Num(q) = t {
                    assert!(q.value.is_finite(), "{e:?}");
                }
            }
        }
    }
}

/// Calls every public function with these inputs; each must return, Ok or a
/// typed Err, and every Ok must be finite and explain itself.
fn exercise_everything(x: [f64; 6], n: u64, m: u64, small: u32, date: (u16, u8, u8), flag: bool) {
    let [a, b, c, d, e, f] = x;
    let partner = Partner {
        name: String::new(),
        umkm: a,
        // A range from `b` to `e` (reversed when `e < b`: an error).
        workers_per_umkm: Span { low: b, high: e },
        enrolment: Span::one(c),
        pu_share: Span { low: d, high: d },
        pu_known: true,
        probability: flag.then_some(f),
    };
    if let Ok(r) = pipeline::partner(&partner) {
        assert!(r.potential.high.is_finite() && r.expected.high.is_finite());
        assert!(r.expected_pu.low >= 0.0 && r.expected_bpu.low >= 0.0);
        assert_explained(&r);
    }
    if let Ok(t) = pipeline::total(&[partner.clone(), partner.clone(), Partner::default()]) {
        assert!(t.expected.high.is_finite());
        assert_explained(&t);
        if let Ok(s) = t.share_of(e) {
            assert!(s.share.high.is_finite());
            assert_explained(&s);
        }
        if let Ok(g) = umkm_core::calc::goal::goal_seek(&t, e, f, small) {
            assert!(g.gap.value.low <= g.gap.value.high);
            for a in [
                g.more_umkm.ok(),
                g.enrolment.ok(),
                g.agents.ok(),
                g.more_partners.ok().map(|p| p.1),
            ]
            .into_iter()
            .flatten()
            {
                assert!(a.value.low <= a.value.high && a.value.high.is_finite());
                assert!(a.explanation.result().is_some());
            }
        }
    }
    if let Ok(s) = pipeline::share_of_target(Span::one(a), b) {
        assert!(s.share.low.is_finite());
    }

    for v in [
        growth::forward(a, b),
        growth::implied_growth(a, b),
        growth::base_from(a, b),
    ]
    .into_iter()
    .flatten()
    {
        assert!(v.is_finite());
    }
    let _ = growth::audit(a, b, c);
    let input = |o: f64| GrowthInput {
        base: flag.then_some(a),
        growth: Some(b + o),
        target: (!flag || o > 0.0).then_some(c),
    };
    for seg in Segment::ALL {
        if let Ok(l) = growth::line(seg, &input(0.0)) {
            assert!(l.base.is_finite() && l.growth.is_finite() && l.target.is_finite());
            assert_explained(&l);
        }
    }
    // Total, PU, BPU, Jakon, PMI, business entities.
    let plan = growth::plan(&PlanInput::from_fn(|s| match s {
        Segment::Total => input(0.0),
        Segment::Pu => input(1.0),
        Segment::Bpu => GrowthInput {
            base: Some(d),
            growth: None,
            target: Some(e),
        },
        Segment::Jakon => GrowthInput::default(),
        Segment::Pmi => input(f),
        Segment::BusinessEntities => input(2.0),
    }));
    if let Ok(o) = &plan.other {
        assert!(o.other.is_finite());
        assert_eq!(o.negative, o.other < 0.0);
        assert_explained(o);
    }
    let _ = growth::other(
        a,
        &PeopleTargets {
            pu: Some(b),
            bpu: Some(c),
            jakon: flag.then_some(d),
            pmi: None,
        },
    );

    if let Ok(p) = projection::project(Segment::Pu, a, b, small) {
        assert!(p.years.iter().all(|y| y.value.is_finite()));
        assert_explained(&p);
    }

    let weights = [a, b, c, d, e, f];
    if let Ok(s) = split::split(n, &weights) {
        assert_eq!(s.parts().iter().sum::<u64>(), n);
        assert_explained(&s);
    }
    let _ = split::apportion(n, &weights[..usize::try_from(small % 7).unwrap_or(0)]);
    let offices: Vec<Office> = weights
        .iter()
        .map(|&w| Office {
            name: String::new(),
            kind: OfficeKind::Kc,
            weight: w,
        })
        .collect();
    let _ = split::split_offices(n, &offices);
    let months = [a, b, c, d, e, f, a, b, c, d, e, f];
    let _ = split::split_months(n, &months);
    let _ = split::split_agents(n, &weights);
    if let Ok(s) = split::split_agents_equal(n, m) {
        let sum = u128::from(s.base) * u128::from(m) + u128::from(s.with_extra);
        assert_eq!(sum, u128::from(n));
        assert_explained(&s);
    }
    if let Ok(dq) = split::daily_quota(n, small) {
        assert!(u128::from(dq.quota) * u128::from(small) >= u128::from(n));
        assert_explained(&dq);
    }
    if let Ok(an) = split::agents_needed(a, b, small) {
        assert!(an.exact.is_finite());
        assert_explained(&an);
    }

    let (y, mo, da) = date;
    let date = Date {
        year: y,
        month: mo,
        day: da,
    };
    let _ = Date::new(y, mo, da);
    let _ = date.day_of_year();
    let _ = date.weekday();
    let _ = date.days_in_month();
    let _ = progress::working_days_in_month(y, mo);
    let _ = progress::days_in_month(y, mo);
    let _ = progress::days_in_year(y);
    for w in [None, Some(&months[..]), Some(&weights[..])] {
        if let Ok(p) = progress::progress(a, b, date, w) {
            assert!((0.0..=1.0).contains(&p.elapsed_fraction));
            assert!(p.remaining.is_finite() && p.expected_by_now.is_finite());
            assert_explained(&p);
        }
    }

    let rates = Rates::default();
    if let Ok(r) = iuran::bpu(&rates, a, flag, n, None) {
        assert_explained(&r);
    }
    if let Ok(r) = iuran::pu(&rates, a, u8::try_from(small % 8).unwrap_or(0), m, None) {
        assert_eq!(r.per_worker, r.employer + r.worker);
        assert_explained(&r);
    }
    let odd = Rates {
        pu_jkk: [a, b, c, d, e],
        pu_jkm: f,
        pu_jkp: a,
        pu_jp_wage_cap: b,
        bpu_jkm: c,
        bpu_jkk: d,
        bpu_jht: e,
        valid_from: date,
        ..Rates::default()
    };
    let _ = odd.validate();
    let _ = iuran::bpu(&odd, f, flag, n, None);
    let _ = iuran::pu(&odd, f, 3, n, None);
}

#[test]
fn explicit_special_values_never_panic() {
    let dates = [
        (2019, 6, 30),
        (2019, 12, 31),
        (2020, 2, 29),
        (0, 0, 0),
        (9999, 12, 31),
        (u16::MAX, 255, 255),
    ];
    let counts = [0, 1, 36, 1 << 53, u64::MAX];
    for &v in &SPECIALS {
        for &w in &SPECIALS {
            for (i, &n) in counts.iter().enumerate() {
                let date = dates[i % dates.len()];
                let small = [0, 1, 5, 30, 31, 32, u32::MAX][i % 7];
                exercise_everything([v, w, v, w, 1.0, 0.5], n, n, small, date, i % 2 == 0);
                exercise_everything([1.0, v, 0.5, w, v, 1.0], 10, n, small, date, i % 2 == 1);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// Parts add up exactly and each is the floor or ceiling of its exact share.
    #[test]
    fn splits_add_up_and_stay_within_one(
        total in prop_oneof![0..1_000u64, 0..10_000_000u64, 0..1_000_000_000_000u64],
        weights in proptest::collection::vec(
            prop_oneof![1 => Just(0.0), 1 => Just(1.0), 4 => 0.0..1e6f64, 1 => 0.0..1e-3f64],
            1..40,
        ),
    ) {
        let w_sum: f64 = weights.iter().sum();
        prop_assume!(w_sum > 0.0);
        let s = split::split(total, &weights).unwrap();
        prop_assert_eq!(s.parts().iter().sum::<u64>(), total);
        for (p, &w) in s.parts.iter().zip(&weights) {
            let exact = total as f64 * w / w_sum;
            let slack = 1e-9 * exact.max(1.0);
            prop_assert!((p.part as f64 - exact).abs() < 1.0 + slack, "{} vs {}", p.part, exact);
            prop_assert!(p.part >= p.floor && p.part <= p.floor + 1);
            prop_assert!(p.quota as f64 >= exact - slack);
            prop_assert!((p.quota as f64) < exact + 1.0 + slack);
            if w == 0.0 {
                prop_assert_eq!(p.part, 0);
            }
        }
    }

    /// Largest remainder, exactly: with whole weights the remainders are exact
    /// integers, (total × w) mod Σw. Every item given an extra unit has a
    /// larger remainder than every weighted item not given one, or an equal
    /// one and an earlier place in the list.
    #[test]
    fn extras_go_to_the_largest_remainders_then_the_earlier_item(
        total in 0..5_000u64,
        weights in proptest::collection::vec(0u64..12, 1..40),
    ) {
        let w_sum: u64 = weights.iter().sum();
        prop_assume!(w_sum > 0);
        let as_f64: Vec<f64> = weights.iter().map(|&w| w as f64).collect();
        let s = split::split(total, &as_f64).unwrap();
        let rem: Vec<u64> = weights.iter().map(|&w| (total * w) % w_sum).collect();
        let floor: Vec<u64> = weights.iter().map(|&w| (total * w) / w_sum).collect();
        let extra: Vec<bool> = s.parts.iter().zip(&floor).map(|(p, &f)| p.part == f + 1).collect();
        for (i, p) in s.parts.iter().enumerate() {
            prop_assert!(p.part == floor[i] || extra[i], "item {}: {} vs floor {}", i, p.part, floor[i]);
        }
        for i in 0..weights.len() {
            for j in 0..weights.len() {
                if extra[i] && !extra[j] && weights[j] > 0 {
                    prop_assert!(
                        rem[i] > rem[j] || (rem[i] == rem[j] && i < j),
                        "item {} (rem {}) got an extra unit before item {} (rem {})", i, rem[i], j, rem[j]
                    );
                }
            }
        }
    }

    /// Any total and any weights: Ok with parts summing to the total, or a typed error.
    #[test]
    fn apportion_takes_anything(
        total in any_u64(),
        weights in proptest::collection::vec(any_f64(), 0..12),
    ) {
        if let Ok(parts) = split::apportion(total, &weights) {
            prop_assert_eq!(parts.len(), weights.len());
            prop_assert_eq!(parts.iter().map(|&p| u128::from(p)).sum::<u128>(), u128::from(total));
        }
    }

    /// Forward then reverse gives back the growth; forward then base gives back the base.
    #[test]
    fn growth_round_trips(base in 1.0..1e9f64, g in -0.99..10.0f64) {
        let target = growth::forward(base, g).unwrap();
        let back = growth::implied_growth(base, target).unwrap();
        prop_assert!((back - g).abs() <= 1e-12 * (1.0 + g.abs()), "{} vs {}", back, g);
        let base_back = growth::base_from(target, g).unwrap();
        prop_assert!((base_back - base).abs() <= 1e-12 * base);
        let a = growth::audit(base, g, target).unwrap();
        prop_assert!(!a.warn);
        let year1 = projection::project(Segment::Total, base, g, 1).unwrap();
        prop_assert_eq!(year1.years[0].value, target);
    }

    /// More UMKM, workers or enrolment never means fewer expected participants.
    #[test]
    fn pipeline_is_monotonic(
        umkm in 0.0..1e7f64, more_umkm in 0.0..1e6f64,
        workers in 0.0..50.0f64, more_workers in 0.0..10.0f64,
        enrolment in 0.0..=1.0f64, more_enrolment in 0.0..=1.0f64,
        pu in 0.0..=1.0f64,
    ) {
        let p = Partner { name: String::new(), umkm, workers_per_umkm: Span::one(workers), enrolment: Span::one(enrolment), pu_share: Span::one(pu), pu_known: true, probability: None };
        let r = pipeline::partner(&p).unwrap();
        let bigger = [
            Partner { umkm: umkm + more_umkm, ..p.clone() },
            Partner { workers_per_umkm: Span::one(workers + more_workers), ..p.clone() },
            Partner { enrolment: Span::one((enrolment + more_enrolment).min(1.0)), ..p.clone() },
        ];
        for q in &bigger {
            let s = pipeline::partner(q).unwrap();
            prop_assert!(s.potential.low >= r.potential.low);
            prop_assert!(s.expected.low >= r.expected.low);
            prop_assert!(s.expected_pu.low >= r.expected_pu.low);
            prop_assert!(s.expected_bpu.low >= r.expected_bpu.low);
        }
        let t1 = pipeline::total(std::slice::from_ref(&p)).unwrap();
        let t2 = pipeline::total(&[p.clone(), bigger[0].clone()]).unwrap();
        prop_assert!(t2.expected.low >= t1.expected.low);
        let share = t1.share_of(2_336_252.0).unwrap();
        let share2 = t2.share_of(2_336_252.0).unwrap();
        prop_assert!(share2.share.low >= share.share.low);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_000))]

    /// Higher incomes, wages, targets and growth never give less.
    #[test]
    fn money_quotas_and_growth_are_monotonic(
        x in 0.0..1e9f64, more in 0.0..1e8f64,
        class in 1u8..=5, workers in 0..10_000u64,
        g in -1.0..5.0f64, more_g in 0.0..1.0f64,
        capacity in 0.1..500.0f64, months in 1u32..=24,
        total in 0..10_000_000u64, w in 0.0..100.0f64,
    ) {
        let rates = Rates::default();
        for jht in [false, true] {
            let a = iuran::bpu(&rates, x, jht, workers, None).unwrap();
            let b = iuran::bpu(&rates, x + more, jht, workers, None).unwrap();
            prop_assert!(b.per_worker >= a.per_worker && b.yearly >= a.yearly);
        }
        let a = iuran::pu(&rates, x, class, workers, None).unwrap();
        let b = iuran::pu(&rates, x + more, class, workers, None).unwrap();
        prop_assert!(b.employer >= a.employer && b.worker >= a.worker);
        if class < 5 {
            let c = iuran::pu(&rates, x, class + 1, workers, None).unwrap();
            prop_assert!(c.employer >= a.employer);
        }
        let t1 = growth::forward(x, g).unwrap();
        prop_assert!(growth::forward(x + more, g).unwrap() >= t1);
        prop_assert!(growth::forward(x, g + more_g).unwrap() >= t1);
        let n1 = split::agents_needed(x, capacity, months).unwrap();
        let n2 = split::agents_needed(x + more, capacity, months).unwrap();
        let n3 = split::agents_needed(x, capacity * 2.0, months).unwrap();
        prop_assert!(n2.agents >= n1.agents && n3.agents <= n1.agents);
        prop_assert!(n1.agents as f64 * capacity * f64::from(months) >= x * (1.0 - 1e-12));
        // Quotas grow with the total (the parts need not: Alabama paradox).
        let s1 = split::split(total, &[w, 1.0, 2.5]).unwrap();
        let s2 = split::split(total + 1, &[w, 1.0, 2.5]).unwrap();
        for (p, q) in s1.parts.iter().zip(&s2.parts) {
            prop_assert!(q.quota >= p.quota);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3_000))]

    /// Any f64s and any u64s into every public function: Ok or a typed Err.
    #[test]
    fn every_function_takes_any_input(
        x in proptest::array::uniform6(any_f64()),
        n in any_u64(), m in any_u64(),
        small in prop_oneof![0u32..40, any::<u32>()],
        date in (prop_oneof![1990u16..2040, any::<u16>()], 0u8..14, 0u8..33),
        flag in any::<bool>(),
    ) {
        exercise_everything(x, n, m, small, date, flag);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_500))]

    /// Progress over valid dates: consistent figures and rates that cover what remains.
    #[test]
    fn progress_is_consistent(
        target in 1.0..1e8f64, achieved in 0.0..2e8f64,
        year in 1900u16..2100, month in 1u8..=12, day in 1u8..=31,
    ) {
        prop_assume!(Date::new(year, month, day).is_ok());
        let date = Date::new(year, month, day).unwrap();
        let p = progress::progress(target, achieved, date, None).unwrap();
        prop_assert!(p.elapsed_fraction > 0.0 && p.elapsed_fraction <= 1.0);
        prop_assert_eq!(p.days_elapsed + p.days_remaining, p.days_in_year);
        prop_assert_eq!(p.reached, achieved >= target);
        prop_assert_eq!(p.on_track, achieved >= p.expected_by_now);
        prop_assert!(p.working_days_remaining <= u32::from(p.days_remaining));
        if let progress::Rate::Each(k) = p.per_working_day {
            prop_assert!(k as f64 * f64::from(p.working_days_remaining) >= p.remaining * (1.0 - 1e-12));
        }
        if let progress::Rate::Each(k) = p.per_month {
            prop_assert!(k as f64 * p.months_remaining >= p.remaining * (1.0 - 1e-12));
        }
        if p.period_over && !p.reached {
            prop_assert_eq!(p.per_month, progress::Rate::NoTimeLeft);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_000))]

    /// Equal splits over agents and daily quotas in whole numbers.
    #[test]
    fn agent_and_daily_splits(total in any_u64(), agents in 1..100_000u64, days in 1u32..=31) {
        let a = split::split_agents_equal(total, agents).unwrap();
        prop_assert_eq!(u128::from(a.base) * u128::from(agents) + u128::from(a.with_extra), u128::from(total));
        prop_assert!(a.with_extra < agents);
        prop_assert_eq!(
            u128::from(a.quota) * u128::from(agents),
            u128::from(total) + u128::from(a.quota_excess)
        );
        let d = split::daily_quota(total, days).unwrap();
        prop_assert!(u128::from(d.quota) * u128::from(days) >= u128::from(total));
        prop_assert!(u128::from(d.quota) * u128::from(days) < u128::from(total) + u128::from(days));
    }
}

/// A span from two draws, low first.
fn span(a: f64, b: f64) -> Span {
    Span {
        low: a.min(b),
        high: a.max(b),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Issue 12: for any ranges, low ≤ high at every step (each partner, the
    /// total, both shares, the gap and every goal-seek answer), and the
    /// weighted pipeline never exceeds the unweighted.
    #[test]
    fn ranges_keep_low_below_high_and_weighted_below_expected(
        rows in proptest::collection::vec(
            (0.0..2e5f64, 0.0..20.0f64, 0.0..20.0f64, 0.0..=1.0f64, 0.0..=1.0f64, 0.0..=1.0f64, 0.0..=1.0f64, proptest::option::of(0.0..=1.0f64)),
            0..6,
        ),
        target in 0.0..5e6f64, capacity in 0.0..200.0f64, months in 0u32..=24,
    ) {
        let partners: Vec<Partner> = rows
            .iter()
            .map(|&(umkm, w1, w2, e1, e2, p1, p2, probability)| Partner {
                name: String::new(),
                umkm,
                workers_per_umkm: span(w1, w2),
                enrolment: span(e1, e2),
                pu_share: span(p1, p2),
                pu_known: true,
                probability,
            })
            .collect();
        let ordered = |s: Span| s.low <= s.high;
        let t = pipeline::total(&partners).unwrap();
        for r in &t.partners {
            for s in [r.potential, r.expected, r.expected_pu, r.expected_bpu, r.weighted] {
                prop_assert!(ordered(s), "{s:?}");
            }
            prop_assert!(r.weighted.low <= r.expected.low && r.weighted.high <= r.expected.high);
            prop_assert!(r.expected.high <= r.potential.high * (1.0 + 1e-12));
        }
        for s in [t.potential, t.expected, t.expected_pu, t.expected_bpu, t.weighted, t.weighted_potential] {
            prop_assert!(ordered(s), "{s:?}");
        }
        prop_assert!(t.weighted.high <= t.expected.high * (1.0 + 1e-12));
        if let Ok(s) = t.share_of(target) {
            prop_assert!(ordered(s.share));
            let w = t.weighted_share_of(target).unwrap();
            prop_assert!(ordered(w.share) && w.share.high <= s.share.high * (1.0 + 1e-12));
        }
        let g = umkm_core::calc::goal::goal_seek(&t, target, capacity, months).unwrap();
        prop_assert!(ordered(g.gap.value));
        for a in [g.more_umkm.ok(), g.enrolment.ok(), g.agents.ok(), g.more_partners.ok().map(|p| p.1)].into_iter().flatten() {
            prop_assert!(ordered(a.value), "{:?}", a.value);
            // The working shows the same two ends.
            let low = a.explanation.low_result().map(|q| q.value);
            let high = a.explanation.result().map(|q| q.value);
            prop_assert_eq!((low, high), (Some(a.value.low), Some(a.value.high)));
        }
    }

    /// A single value behaves exactly as before ranges: one value, the
    /// formulas of docs/DOMAIN.md, one working step.
    #[test]
    fn a_single_value_is_todays_figure(
        umkm in 0.0..2e5f64, workers in 0.0..20.0f64, enrolment in 0.0..=1.0f64, pu in 0.0..=1.0f64,
    ) {
        let p = Partner {
            name: String::new(),
            umkm,
            workers_per_umkm: Span::one(workers),
            enrolment: Span::one(enrolment),
            pu_share: Span::one(pu),
            pu_known: true,
            probability: None,
        };
        let r = pipeline::partner(&p).unwrap();
        let potential = umkm * workers;
        let expected = potential * enrolment;
        prop_assert_eq!(r.potential, Span::one(if potential == 0.0 { 0.0 } else { potential }));
        prop_assert_eq!(r.expected, Span::one(if expected == 0.0 { 0.0 } else { expected }));
        prop_assert_eq!(r.weighted, r.expected);
        prop_assert_eq!(r.expected_bpu.low, r.expected_bpu.high);
        for e in r.explain() {
            prop_assert_eq!(e.high_from, None);
            prop_assert_eq!(e.steps.len(), 1);
        }
    }
}
