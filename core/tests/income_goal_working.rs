//! The working shown under "new participants a month for an income goal",
//! step by step, on the 2022 terms (Rp15.000 a new participant from the
//! 25th of the month, 15 % of the contributions of those still paying);
//! every expected value worked by hand.

use umkm_core::calc::explain::{Bracket, Explain, Explanation, Figure, Func, Note, Op, Quantity};
use umkm_core::calc::explain::{Token, Unit};
use umkm_core::calc::incentive::{recruits_for_income, terms_2022, IncentiveTerms, Package};

/// JKK 1 % + JKM Rp6.800 + JHT 2 % of Rp1.000.000.
const WITH_JHT: u64 = 36_800;

fn working(terms: &IncentiveTerms, share: f64, goal: u64, month: u32) -> Explanation {
    recruits_for_income(terms, Package::JkkJkmJht, WITH_JHT, share, goal, month)
        .unwrap()
        .explanation(Figure::RecruitsForIncome(month))
        .unwrap()
}

fn num(value: f64, unit: Unit) -> Token {
    Token::Num(Quantity { value, unit })
}

fn results(e: &Explanation) -> Vec<f64> {
    e.steps.iter().map(|s| s.result.value).collect()
}

fn ceil_of(goal: f64, per: f64) -> Vec<Token> {
    vec![
        Token::Open(Bracket::Ceil),
        num(goal, Unit::Rupiah),
        Token::Op(Op::Div),
        num(per, Unit::Rupiah),
        Token::Close(Bracket::Ceil),
    ]
}

const THRESHOLD_REACHED: Note = Note::Threshold {
    from: 25.0,
    reached: true,
};
const THRESHOLD_NOT_REACHED: Note = Note::Threshold {
    from: 25.0,
    reached: false,
};

#[test]
fn month_6_at_75_percent_active() {
    // A participant recruited each month earns in month 6: 15.000 + 15 % ×
    // (36.800 + 5 × 75 % × 36.800) = 15.000 + 26.220 = 41.220.
    // ⌈3.000.000 ÷ 41.220⌉ = ⌈72,78⌉ = 73 (72 earn 2.967.840, 73 earn 3.009.060).
    let e = working(&terms_2022(), 0.75, 3_000_000, 6);
    assert_eq!(
        e.steps[0].tokens[..2],
        [num(15_000.0, Unit::Rupiah), Token::Op(Op::Add)]
    );
    assert_eq!(results(&e), [41_220.0, 73.0]);
    assert_eq!(e.steps[1].tokens, ceil_of(3_000_000.0, 41_220.0));
    assert_eq!(e.notes, [THRESHOLD_REACHED, Note::ActiveShare(0.75)]);
}

#[test]
fn below_the_threshold_there_is_no_acquisition_and_no_active_share_in_month_1() {
    // 15 % × 36.800 = 5.520; ⌈100.000 ÷ 5.520⌉ = ⌈18,1⌉ = 19, under 25.
    let e = working(&terms_2022(), 1.0, 100_000, 1);
    assert_eq!(
        e.steps[0].tokens,
        [
            num(0.15, Unit::Fraction),
            Token::Op(Op::Mul),
            num(1.0, Unit::People),
            Token::Op(Op::Mul),
            num(36_800.0, Unit::Rupiah)
        ]
    );
    assert_eq!(results(&e), [5_520.0, 19.0]);
    assert_eq!(e.notes, [THRESHOLD_NOT_REACHED]);
}

#[test]
fn the_threshold_lifts_a_smaller_answer_but_not_an_equal_one() {
    // 15.000 + 5.520 = 20.520; ⌈140.000 ÷ 20.520⌉ = 7, then max(7; 25) = 25.
    let e = working(&terms_2022(), 1.0, 140_000, 1);
    assert_eq!(results(&e), [20_520.0, 7.0, 25.0]);
    assert_eq!(
        e.steps[2].tokens,
        [
            Token::Fn(Func::Max),
            Token::Open(Bracket::Paren),
            num(7.0, Unit::People),
            Token::Sep,
            num(25.0, Unit::People),
            Token::Close(Bracket::Paren)
        ]
    );
    // 25 × 20.520 = 513.000: ⌈513.000 ÷ 20.520⌉ = 25 already, no max step.
    let e = working(&terms_2022(), 1.0, 513_000, 1);
    assert_eq!(results(&e), [20_520.0, 25.0]);
}

#[test]
fn one_fewer_and_nothing_are_written_as_they_are() {
    // 15 % × 16.801 = 2.520,15 on JKK + JKM; ⌈25.202 ÷ 2.520,15⌉ = 11, and
    // 10 already earn 25.201,5 → 25.202: 11 − 1 = 10.
    let e = recruits_for_income(&terms_2022(), Package::JkkJkm, 16_801, 1.0, 25_202, 1)
        .unwrap()
        .explanation(Figure::RecruitsForIncome(1))
        .unwrap();
    let last = e.steps.last().unwrap();
    assert_eq!(
        last.tokens,
        [
            num(11.0, Unit::People),
            Token::Op(Op::Sub),
            num(1.0, Unit::People)
        ]
    );
    assert_eq!(last.result.value, 10.0);
    // A goal of 0 needs 0: the per-participant step, then 0 alone.
    let e = working(&terms_2022(), 1.0, 0, 1);
    assert_eq!(results(&e), [5_520.0, 0.0]);
    assert_eq!(e.steps[1].tokens, [num(0.0, Unit::People)]);
}

#[test]
fn with_no_threshold_a_goal_of_zero_earns_no_acquisition() {
    // Terms edited to pay from the first participant: nobody recruited
    // still earns nothing (5.520 a participant, not 20.520), and there is no
    // threshold to note.
    let mut t = terms_2022();
    t.acquisition.from = 0;
    let e = working(&t, 1.0, 0, 1);
    assert_eq!(results(&e), [5_520.0, 0.0]);
    assert!(e.notes.is_empty());
}

#[test]
fn the_largest_exact_contribution_is_accepted_and_one_more_is_not() {
    use umkm_core::calc::incentive::{agent_income, IncomeInput};
    use umkm_core::calc::CalcError;
    let input = |per_participant| IncomeInput {
        recruits: 1,
        package: Package::JkkJkmJht,
        per_participant,
        active_share: 1.0,
        months: 1,
    };
    // 2^53 is the largest whole number a double holds exactly.
    assert!(agent_income(&terms_2022(), &input(1 << 53)).is_ok());
    assert_eq!(
        agent_income(&terms_2022(), &input((1 << 53) + 1)).map(|_| ()),
        Err(CalcError::OutOfRange)
    );
}

#[test]
fn a_band_edited_to_zero_percent_is_not_listed() {
    use umkm_core::calc::incentive::{agent_income, IncomeInput};
    // Months 25–60 edited to 0 %: in month 25, one new participant a month
    // earns 24 cohorts × 15 % × 36.800 = 132.480 from the first band, and
    // the second band's cohort adds nothing and is not a line of its own.
    let mut t = terms_2022();
    t.bands[1].share = 0.0;
    let input = IncomeInput {
        recruits: 1,
        package: Package::JkkJkmJht,
        per_participant: WITH_JHT,
        active_share: 1.0,
        months: 25,
    };
    let r = agent_income(&t, &input).unwrap();
    let m25 = &r.months[24];
    assert_eq!(m25.total, 132_480);
    assert_eq!(m25.parts.len(), 1);
}

fn fifty_a_month(terms: &IncentiveTerms, recruits: u64) -> Vec<Explanation> {
    use umkm_core::calc::incentive::{agent_income, IncomeInput};
    let input = IncomeInput {
        recruits,
        package: Package::JkkJkmJht,
        per_participant: WITH_JHT,
        active_share: 1.0,
        months: 1,
    };
    agent_income(terms, &input).unwrap().explain()
}

fn one(all: &[Explanation], f: Figure) -> &Explanation {
    all.iter().find(|e| e.figure == f).unwrap()
}

#[test]
fn month_1s_acquisition_and_the_offices_share_are_worked_out() {
    // 50 new participants: 50 × 15.000 = 750.000 acquisition; with 15 % ×
    // 50 × 36.800 = 276.000, 1.026.000 for the agent; the office's 10 % of
    // it is 102.600, a whole number: one step.
    let all = fifty_a_month(&terms_2022(), 50);
    let acq = one(&all, Figure::AgentAcquisition(1));
    assert_eq!(
        acq.steps[0].tokens,
        [
            num(50.0, Unit::People),
            Token::Op(Op::Mul),
            num(15_000.0, Unit::Rupiah)
        ]
    );
    assert_eq!(acq.result().unwrap().value, 750_000.0);
    assert_eq!(acq.notes, [THRESHOLD_REACHED]);
    let office = one(&all, Figure::OfficeShare(1));
    assert_eq!(
        office.steps[0].tokens,
        [
            num(0.1, Unit::Fraction),
            Token::Op(Op::Mul),
            num(1_026_000.0, Unit::Rupiah)
        ]
    );
    assert_eq!(results(office), [102_600.0]);
    // 24 are below the threshold: the acquisition is 0, written as 0.
    let all = fifty_a_month(&terms_2022(), 24);
    let acq = one(&all, Figure::AgentAcquisition(1));
    assert_eq!(acq.steps[0].tokens, [num(0.0, Unit::Rupiah)]);
    assert_eq!(acq.notes, [THRESHOLD_NOT_REACHED]);
    // Terms that pay from the first participant have no threshold to note.
    let mut t = terms_2022();
    t.acquisition.from = 0;
    let all = fifty_a_month(&t, 24);
    assert!(one(&all, Figure::AgentAcquisition(1)).notes.is_empty());
}

#[test]
fn a_band_of_one_month_is_valid_and_a_band_ending_before_it_starts_is_not() {
    use umkm_core::calc::incentive::Band;
    use umkm_core::calc::CalcError;
    let mut t = terms_2022();
    t.bands = vec![
        Band {
            from: 1,
            to: Some(1),
            share: 0.15,
        },
        Band {
            from: 2,
            to: Some(60),
            share: 0.05,
        },
    ];
    assert_eq!(t.validate(), Ok(()));
    t.bands[1] = Band {
        from: 2,
        to: Some(1),
        share: 0.05,
    };
    assert_eq!(t.validate(), Err(CalcError::OutOfRange));
}
