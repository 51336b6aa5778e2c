//! What a Perisai agent earns on the terms in force (issue 27): the dated
//! terms, the income month by month, the income goal, active participants'
//! contributions and sponsored enrolment. Every expected figure is worked
//! by hand in the test, never computed by the code under test.

use proptest::prelude::*;
use proptest::test_runner::Config as ProptestConfig;
use umkm_core::calc::date::Date;
use umkm_core::calc::explain::{Explain, Figure, Note, Op, Quantity, Token, Unit};
use umkm_core::calc::incentive::{
    active_contributions, agent_income, per_participant, preset_terms, recruits_for_income,
    smallest_package, sponsored_cost, standing, terms_2018, terms_2022, terms_in_force,
    AgentIncome, Band, GoalAnswer, IncentiveTerms, IncomeInput, Package, Standing, EAST_JAVA_2023,
    GOAL_RECRUITS_CAP,
};
use umkm_core::calc::iuran::Rates;
use umkm_core::calc::CalcError;

/// Rp36.800: JKK 1 % of Rp1.000.000 + JKM Rp6.800 + JHT 2 % of Rp1.000.000.
const WITH_JHT: u64 = 36_800;

fn input(recruits: u64, active_share: f64, months: u32) -> IncomeInput {
    IncomeInput {
        recruits,
        package: Package::JkkJkmJht,
        per_participant: WITH_JHT,
        active_share,
        months,
    }
}

fn income(terms: &IncentiveTerms, recruits: u64, active_share: f64, months: u32) -> AgentIncome {
    agent_income(terms, &input(recruits, active_share, months)).unwrap()
}

/// Month `m`'s agent income.
fn month(r: &AgentIncome, m: usize) -> u64 {
    r.months[m - 1].total
}

fn day(y: u16, m: u8, d: u8) -> Date {
    Date::new(y, m, d).unwrap()
}

fn rp(v: f64) -> Token {
    Token::Num(Quantity::new(v, Unit::Rupiah))
}

fn people(v: f64) -> Token {
    Token::Num(Quantity::new(v, Unit::People))
}

fn share(v: f64) -> Token {
    Token::Num(Quantity::new(v, Unit::Fraction))
}

const MUL: Token = Token::Op(Op::Mul);

#[test]
fn the_contribution_comes_from_the_rates_table() {
    let rates = Rates::default();
    // 10.000 + 6.800 + 20.000 and 10.000 + 6.800.
    let jht = per_participant(&rates, 1_000_000.0, Package::JkkJkmJht, None);
    assert_eq!(jht, Ok(36_800));
    let basic = per_participant(&rates, 1_000_000.0, Package::JkkJkm, None);
    assert_eq!(basic, Ok(16_800));
    assert_eq!(smallest_package(&rates), Ok(16_800));
}

#[test]
fn the_handbooks_fifty_in_the_first_month() {
    let r = income(&terms_2022(), 50, 1.0, 1);
    let m1 = &r.months[0];
    // 50 × 15.000 = 750.000; 15 % × 50 × 36.800 = 276.000.
    assert_eq!(m1.acquisition, 750_000);
    assert_eq!(m1.contributions, 276_000);
    assert_eq!(m1.total, 1_026_000);
    assert!(!m1.below_threshold);
    assert_eq!(r.first_month, 1_026_000);
    assert_eq!((r.month_12, r.month_24, r.year_months), (None, None, 1));

    let acq = r.explanation(Figure::AgentAcquisition(1)).unwrap();
    assert_eq!(acq.steps[0].tokens, [people(50.0), MUL, rp(15_000.0)]);
    let threshold = Note::Threshold {
        from: 25.0,
        reached: true,
    };
    assert_eq!(acq.notes, [threshold]);
    let c = r.explanation(Figure::AgentContributions(1)).unwrap();
    assert_eq!(c.steps.len(), 1, "whole: no rounding step");
    assert_eq!(
        c.steps[0].tokens,
        [share(0.15), MUL, people(50.0), MUL, rp(36_800.0)]
    );
    let total = r.explanation(Figure::AgentIncome(1)).unwrap();
    let add = Token::Op(Op::Add);
    assert_eq!(total.steps[0].tokens, [rp(750_000.0), add, rp(276_000.0)]);
    assert_eq!(total.result().unwrap().value, 1_026_000.0);
    // Month 1 does not depend on the active share.
    assert!(total.notes.is_empty());
}

#[test]
fn the_office_gets_ten_percent_on_top_not_out_of_the_agents() {
    let r = income(&terms_2022(), 50, 1.0, 1);
    // 10 % × 1.026.000 = 102.600, the office's; the agent keeps 1.026.000.
    assert_eq!(r.months[0].office, Some(102_600));
    assert_eq!(r.months[0].total, 1_026_000);
    let e = r.explanation(Figure::OfficeShare(1)).unwrap();
    assert_eq!(e.result().unwrap().value, 102_600.0);
    assert_eq!(e.notes, [Note::OfficeNotAgent]);
    // From month 2 the office's share rests on the active share too.
    let r = income(&terms_2022(), 50, 0.75, 2);
    let e = r.explanation(Figure::OfficeShare(2)).unwrap();
    assert_eq!(e.notes, [Note::OfficeNotAgent, Note::ActiveShare(0.75)]);
    // The 2018 terms have no office share.
    let old = income(&terms_2018(), 50, 1.0, 1);
    assert_eq!(old.months[0].office, None);
    assert_eq!(old.explanation(Figure::OfficeShare(1)), None);
}

#[test]
fn fifty_a_month_everyone_paying_steps_down_in_month_25() {
    let r = income(&terms_2022(), 50, 1.0, 60);
    // 750.000 + 15 % × 100 × 36.800 = 750.000 + 552.000.
    assert_eq!(month(&r, 2), 1_302_000);
    // 750.000 + 15 % × 600 × 36.800 = 750.000 + 3.312.000.
    assert_eq!(month(&r, 12), 4_062_000);
    // 750.000 + 15 % × 1.200 × 36.800 = 750.000 + 6.624.000.
    assert_eq!(month(&r, 24), 7_374_000);
    // + 5 % × 50 × 36.800 = 92.000 for the first cohort's 25th month.
    assert_eq!(month(&r, 25), 7_466_000);
    // 24 cohorts at 15 % (6.624.000) and 36 at 5 %: 5 % × 1.800 × 36.800
    // = 3.312.000.
    assert_eq!(month(&r, 60), 10_686_000);
    assert_eq!((r.month_12, r.month_24), (Some(4_062_000), Some(7_374_000)));
    // The first year: 12 × 750.000 = 9.000.000 and 276.000 × (1 + … + 12)
    // = 276.000 × 78 = 21.528.000.
    assert_eq!(r.year_months, 12);
    assert_eq!(r.year_acquisition, 9_000_000);
    assert_eq!(r.year_contributions, 21_528_000);
    assert_eq!(r.year_total, 30_528_000);
    let e = r.explanation(Figure::AgentIncomeTotal(12)).unwrap();
    assert_eq!(e.steps[0].tokens.len(), 23, "twelve months added");
    assert_eq!(e.result().unwrap().value, 30_528_000.0);
    assert_eq!(e.notes, [Note::ActiveShare(1.0)]);
    let c25 = r.explanation(Figure::AgentContributions(25)).unwrap();
    let add = Token::Op(Op::Add);
    assert_eq!(
        c25.steps[0].tokens,
        [
            share(0.15),
            MUL,
            people(1_200.0),
            MUL,
            rp(36_800.0),
            add,
            share(0.05),
            MUL,
            people(50.0),
            MUL,
            rp(36_800.0)
        ]
    );
}

#[test]
fn twenty_four_a_month_earn_no_acquisition_incentive() {
    let r = income(&terms_2022(), 24, 1.0, 2);
    let m1 = &r.months[0];
    assert!(m1.below_threshold);
    assert_eq!(m1.acquisition, 0);
    // 15 % × 24 × 36.800 = 132.480.
    assert_eq!(m1.total, 132_480);
    let below = Note::Threshold {
        from: 25.0,
        reached: false,
    };
    let acq = r.explanation(Figure::AgentAcquisition(1)).unwrap();
    assert_eq!(acq.result().unwrap().value, 0.0);
    assert_eq!(acq.notes, [below]);
    let total = r.explanation(Figure::AgentIncome(2)).unwrap();
    assert!(total.notes.contains(&below));
    // 25 earn 25 × 15.000 + 15 % × 25 × 36.800 = 375.000 + 138.000: per
    // head 20.520 against 24's 5.520.
    assert_eq!(income(&terms_2022(), 25, 1.0, 1).first_month, 513_000);
}

#[test]
fn an_active_share_of_75_percent_counts_from_the_second_month() {
    let r = income(&terms_2022(), 50, 0.75, 2);
    assert_eq!(month(&r, 1), 1_026_000);
    // 750.000 + 15 % × (50 × 36.800 + 0,75 × 50 × 36.800)
    // = 750.000 + 15 % × 3.220.000 = 750.000 + 483.000.
    assert_eq!(month(&r, 2), 1_233_000);
    let c = r.explanation(Figure::AgentContributions(2)).unwrap();
    assert_eq!(
        c.steps[0].tokens,
        [
            share(0.15),
            MUL,
            Token::Open(umkm_core::calc::Bracket::Paren),
            people(50.0),
            MUL,
            rp(36_800.0),
            Token::Op(Op::Add),
            people(50.0),
            MUL,
            share(0.75),
            MUL,
            rp(36_800.0),
            Token::Close(umkm_core::calc::Bracket::Paren)
        ]
    );
    assert_eq!(c.notes, [Note::ActiveShare(0.75)]);
}

#[test]
fn a_share_that_is_not_whole_rupiah_is_rounded_once_a_month() {
    // 16.801 a month, half of the first cohort still paying in month 2:
    // 15 % × (16.801 + 0,5 × 16.801) = 15 % × 25.201,5 = 3.780,225 → 3.780.
    let mut i = input(1, 0.5, 2);
    i.per_participant = 16_801;
    i.package = Package::JkkJkm;
    let r = agent_income(&terms_2022(), &i).unwrap();
    assert_eq!(r.months[1].contributions, 3_780);
    let c = r.explanation(Figure::AgentContributions(2)).unwrap();
    assert_eq!(c.steps.len(), 2, "the unrounded value, then rounded");
    assert!((c.steps[0].result.value - 3_780.225).abs() < 1e-6);
}

#[test]
fn the_2018_terms_pay_a_flat_bonus_and_have_no_60_month_limit() {
    let t = terms_2018();
    let r = income(&t, 50, 1.0, 60);
    // 7,5 % × 50 × 36.800 + 500.000 = 138.000 + 500.000.
    assert_eq!(month(&r, 1), 638_000);
    // 7,5 % × 100 × 36.800 + 500.000 = 276.000 + 500.000.
    assert_eq!(month(&r, 2), 776_000);
    // 7,5 % × 3.000 × 36.800 + 500.000 = 8.280.000 + 500.000.
    assert_eq!(month(&r, 60), 8_780_000);
    // Month 61 and after still count the first cohort (the horizon stops
    // at 60, the terms do not); the 2022 terms pay nothing after 60.
    assert_eq!(t.share_at(61), 0.075);
    assert_eq!(t.share_at(240), 0.075);
    let new = terms_2022();
    assert_eq!(
        [1, 24, 25, 60, 61].map(|m| new.share_at(m)),
        [0.15, 0.15, 0.05, 0.05, 0.0]
    );
    // 49 a month: no bonus, 7,5 % × 49 × 36.800 = 135.240.
    assert_eq!(income(&t, 49, 1.0, 1).first_month, 135_240);
}

#[test]
fn the_set_in_force_changes_on_1_april_2022() {
    let sets = preset_terms();
    assert_eq!(sets, [terms_2018(), terms_2022()]);
    assert_eq!(terms_in_force(&sets, day(2022, 3, 31)), Ok(Some(0)));
    assert_eq!(terms_in_force(&sets, day(2022, 4, 1)), Ok(Some(1)));
    assert_eq!(terms_in_force(&sets, day(2026, 12, 6)), Ok(Some(1)));
    assert_eq!(terms_in_force(&sets, day(2017, 12, 31)), Ok(None));
    let bad = Date {
        year: 2022,
        month: 2,
        day: 30,
    };
    assert_eq!(terms_in_force(&sets, bad), Err(CalcError::InvalidDate));
    let now = day(2026, 12, 6);
    assert_eq!(standing(&sets, 0, now), Ok(Some(Standing::History)));
    assert_eq!(standing(&sets, 1, now), Ok(Some(Standing::InForce)));
    let before = day(2022, 3, 31);
    assert_eq!(standing(&sets, 0, before), Ok(Some(Standing::InForce)));
    assert_eq!(standing(&sets, 1, before), Ok(Some(Standing::NotYet)));
    assert_eq!(standing(&sets, 2, now), Ok(None));
    // Each set is named, with its source and first day.
    assert_eq!(sets[1].name, "PERDIR 13/PERDIR.02/042022");
    assert!(sets[1].source.contains("13/PERDIR.02/042022"));
    assert_eq!(sets[1].valid_from, day(2022, 4, 1));
    assert!(sets
        .iter()
        .all(|s| !s.source.is_empty() && s.validate().is_ok()));
}

#[test]
fn three_million_in_month_6_needs_63_a_month() {
    let g = recruits_for_income(
        &terms_2022(),
        Package::JkkJkmJht,
        WITH_JHT,
        1.0,
        3_000_000,
        6,
    );
    let g = g.unwrap();
    // 15.000 n + 15 % × 6 n × 36.800 = 48.120 n: 62 × 48.120 = 2.983.440,
    // 63 × 48.120 = 3.031.560.
    let reached = GoalAnswer::Reached {
        recruits: 63,
        income: 3_031_560,
        one_fewer: Some(2_983_440),
    };
    assert_eq!(g.answer, reached);
    let e = g.explanation(Figure::RecruitsForIncome(6)).unwrap();
    assert_eq!(e.steps[0].result.value, 48_120.0);
    assert_eq!(e.steps[1].result, Quantity::new(63.0, Unit::People));
    assert_eq!(e.steps.len(), 2);
    // The same check through the income itself.
    assert_eq!(month(&income(&terms_2022(), 62, 1.0, 6), 6), 2_983_440);
    assert_eq!(month(&income(&terms_2022(), 63, 1.0, 6), 6), 3_031_560);
}

#[test]
fn just_above_24_a_month_the_goal_needs_the_threshold() {
    let t = terms_2022();
    let goal = |rp| recruits_for_income(&t, Package::JkkJkmJht, WITH_JHT, 1.0, rp, 1).unwrap();
    // 24 give 132.480 (no acquisition), 25 give 513.000.
    let g = goal(140_000);
    let reached = GoalAnswer::Reached {
        recruits: 25,
        income: 513_000,
        one_fewer: Some(132_480),
    };
    assert_eq!(g.answer, reached);
    // ⌈140.000 ÷ 20.520⌉ = 7, then max(7; 25) = 25.
    let e = g.explanation(Figure::RecruitsForIncome(1)).unwrap();
    let found: Vec<f64> = e.steps.iter().map(|s| s.result.value).collect();
    assert_eq!(found, [20_520.0, 7.0, 25.0]);
    // Below the threshold: ⌈100.000 ÷ 5.520⌉ = 19 (18 × 5.520 = 99.360,
    // 19 × 5.520 = 104.880).
    let reached = GoalAnswer::Reached {
        recruits: 19,
        income: 104_880,
        one_fewer: Some(99_360),
    };
    assert_eq!(goal(100_000).answer, reached);
    let nothing = GoalAnswer::Reached {
        recruits: 0,
        income: 0,
        one_fewer: None,
    };
    assert_eq!(goal(0).answer, nothing);
}

#[test]
fn money_rounded_half_up_can_reach_a_goal_with_one_fewer() {
    // 16.801 a month on JKK + JKM, month 1, below the threshold: one new
    // participant a month earns 15 % × 16.801 = 2.520,15. Ten earn
    // 25.201,5 → 25.202, so 10 reach 25.202 although
    // ⌈25.202 ÷ 2.520,15⌉ = 11; nine earn 22.681,35 → 22.681.
    let g = recruits_for_income(&terms_2022(), Package::JkkJkm, 16_801, 1.0, 25_202, 1);
    let g = g.unwrap();
    let reached = GoalAnswer::Reached {
        recruits: 10,
        income: 25_202,
        one_fewer: Some(22_681),
    };
    assert_eq!(g.answer, reached);
    let e = g.explanation(Figure::RecruitsForIncome(1)).unwrap();
    let found: Vec<f64> = e.steps.iter().map(|s| s.result.value).collect();
    assert_eq!(found.len(), 3);
    assert!((found[0] - 2_520.15).abs() < 1e-9);
    assert_eq!(found[1..], [11.0, 10.0]);
}

#[test]
fn a_goal_beyond_the_cap_is_out_of_reach() {
    let t = terms_2022();
    // The cap earns 48.120 × 1.000.000 = 48.120.000.000 in month 6.
    let g = recruits_for_income(&t, Package::JkkJkmJht, WITH_JHT, 1.0, 50_000_000_000, 6);
    let g = g.unwrap();
    assert_eq!(GOAL_RECRUITS_CAP, 1_000_000);
    let out = GoalAnswer::Unreachable {
        at_cap: 48_120_000_000,
    };
    assert_eq!(g.answer, out);
    assert!(g.explain().is_empty());
    // A set with no contribution share and a threshold no one reaches
    // pays nothing: any goal is out of reach.
    let mut none = t.clone();
    none.bands.clear();
    none.acquisition.from = u64::MAX;
    let g = recruits_for_income(&none, Package::JkkJkm, 16_800, 1.0, 1, 3).unwrap();
    assert_eq!(g.answer, GoalAnswer::Unreachable { at_cap: 0 });
}

/// Mutants of `recruits_for_income` (goal.rs) no earlier test noticed: the
/// cap itself reaching the goal exactly, and the working's division.
#[test]
fn a_goal_the_cap_reaches_exactly_is_reached_and_its_working_divides() {
    let t = terms_2022();
    // Month 1: 15.000 + 15 % × 36.800 = 20.520 a participant; the cap of
    // 1.000.000 earns 20.520.000.000, exactly the goal.
    let g = recruits_for_income(&t, Package::JkkJkmJht, WITH_JHT, 1.0, 20_520_000_000, 1);
    let reached = GoalAnswer::Reached {
        recruits: 1_000_000,
        income: 20_520_000_000,
        one_fewer: Some(20_519_979_480),
    };
    assert_eq!(g.unwrap().answer, reached);
    // Rp3.000.000 in month 6 (48.120 a participant): ⌈3.000.000 ÷ 48.120⌉.
    let g = recruits_for_income(&t, Package::JkkJkmJht, WITH_JHT, 1.0, 3_000_000, 6).unwrap();
    let e = g.explanation(Figure::RecruitsForIncome(6)).unwrap();
    let ceil = umkm_core::calc::explain::Bracket::Ceil;
    assert_eq!(
        e.steps[1].tokens,
        [
            Token::Open(ceil),
            rp(3_000_000.0),
            Token::Op(Op::Div),
            rp(48_120.0),
            Token::Close(ceil)
        ]
    );
}

#[test]
fn sponsoring_sampoernas_workers_at_the_smallest_package() {
    let rates = Rates::default();
    // 108.000 UMKM × 5 = 540.000 workers × 16.800 = 9.072.000.000 a month,
    // × 12 = 108.864.000.000 a year.
    let all = sponsored_cost(&rates, 540_000).unwrap();
    assert_eq!(all.per_worker, 16_800);
    assert_eq!(all.monthly, 9_072_000_000);
    assert_eq!(all.yearly, 108_864_000_000);
    // Expected participants at 10–30 %: 54.000 and 162.000.
    assert_eq!(sponsored_cost(&rates, 54_000).unwrap().monthly, 907_200_000);
    assert_eq!(
        sponsored_cost(&rates, 162_000).unwrap().monthly,
        2_721_600_000
    );
    let e = all.explanation(Figure::IuranMonthly).unwrap();
    assert_eq!(e.result().unwrap().value, 9_072_000_000.0);
}

#[test]
fn active_participants_pay_the_active_share_of_the_contributions() {
    // 4.583.246 ÷ 6.072.625 = 0,75474 (75,47 %); 4.583.246 + 1.489.379
    // non-active = 6.072.625 registered.
    let s = EAST_JAVA_2023.share().unwrap();
    assert!((s - 0.754_74).abs() < 0.000_01, "{s}");
    assert_eq!(EAST_JAVA_2023.registered - EAST_JAVA_2023.active, 1_489_379);
    assert!(EAST_JAVA_2023.source.contains("2023"));
    // 9.072.000.000 × 75 % = 6.804.000.000.
    let a = active_contributions(9_072_000_000, 0.75).unwrap();
    assert_eq!(a.active, 6_804_000_000);
    let e = a.explanation(Figure::ActiveContributions).unwrap();
    assert_eq!(e.notes, [Note::ActiveShare(0.75)]);
    // 33 × 50 % = 16,5 → 17, half-up, with the rounding shown.
    let half = active_contributions(33, 0.5).unwrap();
    assert_eq!(half.active, 17);
    let steps = half.explain()[0].steps.len();
    assert_eq!(steps, 2);
}

#[test]
fn bad_inputs_are_errors_never_panics() {
    let t = terms_2022();
    let run = |recruits, share, months| agent_income(&t, &input(recruits, share, months));
    assert_eq!(run(50, f64::NAN, 12), Err(CalcError::NotFinite));
    assert_eq!(run(50, -0.1, 12), Err(CalcError::Negative));
    assert_eq!(run(50, 1.5, 12), Err(CalcError::OutOfRange));
    assert_eq!(run(50, 1.0, 0), Err(CalcError::OutOfRange));
    assert_eq!(run(50, 1.0, 61), Err(CalcError::OutOfRange));
    assert_eq!(run(u64::MAX, 1.0, 12), Err(CalcError::OutOfRange));
    assert_eq!(run(1 << 53, 1.0, 12), Err(CalcError::Overflow));
    assert!(run(50, 1.0, 60).is_ok());
    let goal = |share, month| {
        recruits_for_income(&t, Package::JkkJkmJht, WITH_JHT, share, 1_000_000, month)
    };
    assert_eq!(goal(f64::INFINITY, 6), Err(CalcError::NotFinite));
    assert_eq!(goal(1.0, 0), Err(CalcError::OutOfRange));
    assert_eq!(goal(1.0, 61), Err(CalcError::OutOfRange));
    assert_eq!(active_contributions(100, 2.0), Err(CalcError::OutOfRange));
    let no_one = umkm_core::calc::incentive::ActiveShareSource {
        active: 1,
        registered: 0,
        source: "",
    };
    assert_eq!(no_one.share(), Err(CalcError::ZeroBase));
}

#[test]
fn a_user_edited_set_is_checked() {
    let ok = input(50, 1.0, 12);
    let with = |f: fn(&mut IncentiveTerms)| {
        let mut t = terms_2022();
        f(&mut t);
        agent_income(&t, &ok)
    };
    let err = |f| with(f).unwrap_err();
    assert_eq!(err(|t| t.bands[0].share = 1.5), CalcError::OutOfRange);
    assert_eq!(err(|t| t.bands[1].from = 20), CalcError::OutOfRange);
    assert_eq!(err(|t| t.bands[0].from = 0), CalcError::OutOfRange);
    assert_eq!(err(|t| t.bands[0].to = None), CalcError::OutOfRange);
    assert_eq!(
        err(|t| t.office_share = Some(f64::NAN)),
        CalcError::NotFinite
    );
    assert_eq!(err(|t| t.valid_from.day = 31), CalcError::InvalidDate);
    // An open-ended last band after a gap, and a later first band: fine.
    let open = |t: &mut IncentiveTerms| {
        t.bands.push(Band {
            from: 70,
            to: None,
            share: 0.01,
        })
    };
    assert!(with(open).is_ok());
    assert!(with(|t| t.bands[0].from = 2).is_ok());
    assert!(with(|t| t.bands[1].from = 30).is_ok());
}

/// One month's incentive by hand: every cohort and tenure in a loop, the
/// shares as whole per-mille literals, rounded half-up in whole numbers.
fn by_cohort(m: u64, n: u64, per: u64, per_mille: fn(u64) -> u64) -> u64 {
    let mut sum: u128 = 0;
    for cohort in 1..=m {
        let tenure = m - cohort + 1;
        sum += u128::from(per_mille(tenure)) * u128::from(n) * u128::from(per);
    }
    u64::try_from((sum + 500) / 1000).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// With everyone paying and no threshold, the income is the sum of
    /// each cohort's payments (2022: 150 ‰ in months 1–24, 50 ‰ in 25–60;
    /// 2018: 75 ‰ always), month by month and over the whole horizon.
    #[test]
    fn income_is_the_sum_of_each_cohorts_payments(
        n in 0u64..=2_000,
        per in 0u64..=700_000,
        months in 1u32..=60,
        old in any::<bool>(),
    ) {
        let mut t = if old { terms_2018() } else { terms_2022() };
        t.acquisition.from = 0;
        let r = agent_income(&t, &IncomeInput {
            recruits: n,
            package: Package::JkkJkmJht,
            per_participant: per,
            active_share: 1.0,
            months,
        }).unwrap();
        let mut all = 0;
        for m in 1..=u64::from(months) {
            let (acquisition, contributions) = if old {
                (500_000, by_cohort(m, n, per, |_| 75))
            } else {
                let rate = |t| match t { 1..=24 => 150, 25..=60 => 50, _ => 0 };
                (n * 15_000, by_cohort(m, n, per, rate))
            };
            prop_assert_eq!(r.months[m as usize - 1].total, acquisition + contributions);
            all += acquisition + contributions;
        }
        prop_assert_eq!(r.months.iter().map(|x| x.total).sum::<u64>(), all);
    }

    /// Any input: a result or a typed error, and every figure explained.
    #[test]
    fn no_input_panics(
        n in prop_oneof![Just(u64::MAX), Just(1u64 << 53), 0u64..1_000_000],
        per in prop_oneof![Just(u64::MAX), 0u64..1_000_000],
        share in prop_oneof![Just(f64::NAN), Just(-0.0), -1.0..2.0f64],
        months in 0u32..70,
        goal in prop_oneof![Just(u64::MAX), 0u64..100_000_000],
    ) {
        let t = terms_2022();
        let i = IncomeInput { recruits: n, package: Package::JkkJkm, per_participant: per, active_share: share, months };
        if let Ok(r) = agent_income(&t, &i) {
            prop_assert_eq!(r.explain().len(), r.months.len() * 4 + 3);
        }
        if let Ok(g) = recruits_for_income(&t, Package::JkkJkm, per, share, goal, months) {
            if let GoalAnswer::Reached { recruits, income, one_fewer } = g.answer {
                prop_assert!(income >= goal);
                prop_assert!(one_fewer.is_none_or(|f| f < goal));
                let e = g.explanation(Figure::RecruitsForIncome(months)).unwrap();
                prop_assert_eq!(e.result().unwrap().value, recruits as f64);
            }
        }
    }
}
