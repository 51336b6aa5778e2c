//! Largest-remainder apportionment worked by hand: small splits, ties, zero
//! weights, decimal weights, and very large totals (snapped shares, the
//! excess taken back, the 2^53 limit).

#![allow(clippy::unwrap_used)]

use umkm_core::calc::explain::{
    pair_ends, Bracket, Explain, Explanation, Figure, Note, Op, Quantity, Token, Unit,
};
use umkm_core::calc::split;
use umkm_core::calc::CalcError;

#[test]
fn apportionment_hand_examples() {
    // 10 ÷ 3 = 3.33… each: floors 3 + 3 + 3 = 9, one left, equal remainders,
    // the earliest item takes it.
    assert_eq!(
        split::apportion(10, &[1.0, 1.0, 1.0]).unwrap(),
        vec![4, 3, 3]
    );
    // 100 over 1:2:3:4 (sum 10): exactly 10, 20, 30, 40.
    assert_eq!(
        split::apportion(100, &[1.0, 2.0, 3.0, 4.0]).unwrap(),
        vec![10, 20, 30, 40]
    );
    // 7 over 1:2:3:4: 0.7, 1.4, 2.1, 2.8 → floors 0, 1, 2, 2 (5); 2 left go to
    // the largest remainders .8 (4th) and .7 (1st) → 1, 1, 2, 3.
    assert_eq!(
        split::apportion(7, &[1.0, 2.0, 3.0, 4.0]).unwrap(),
        vec![1, 1, 2, 3]
    );
    // 2 over three equal: 0.67 each → floors 0; two left → first two.
    assert_eq!(
        split::apportion(2, &[1.0, 1.0, 1.0]).unwrap(),
        vec![1, 1, 0]
    );
    // Zero weight gets nothing: 11 over 1:1:0:1 → 3.67 each → 3, 3, 0, 3 + 2 → 4, 4, 0, 3.
    assert_eq!(
        split::apportion(11, &[1.0, 1.0, 0.0, 1.0]).unwrap(),
        vec![4, 4, 0, 3]
    );
    // Decimal weights that are not exact in binary: 10 over 0.1:0.2:0.7 is 1, 2, 7.
    let s = split::split(10, &[0.1, 0.2, 0.7]).unwrap();
    assert_eq!(s.parts(), vec![1, 2, 7]);
    assert_eq!(s.quotas(), vec![1, 2, 7]);

    // 3.000.000.000 over 0.1:0.2:0.7 is exactly 300.000.000, 600.000.000 and
    // 2.100.000.000; in binary the last share comes out 2.099.999.999,9999998,
    // which is snapped: its floor is the whole share, and no unit is handed out
    // as a remainder.
    let s = split::split(3_000_000_000, &[0.1, 0.2, 0.7]).unwrap();
    assert_eq!(s.parts(), vec![300_000_000, 600_000_000, 2_100_000_000]);
    let floors: Vec<u64> = s.parts.iter().map(|p| p.floor).collect();
    assert_eq!(floors, vec![300_000_000, 600_000_000, 2_100_000_000]);
    // Very large totals, where a share within 1e-12 of its size of a whole
    // number is snapped to it, so the floors can add up past the total and
    // the split takes the excess back (latest items first on ties):
    // 1.000.000.000.001 over two equal weights is 500.000.000.000,5 each →
    // Hamilton: 500.000.000.000 each, one left to the first item.
    assert_eq!(
        split::apportion(1_000_000_000_001, &[1.0, 1.0]).unwrap(),
        vec![500_000_000_001, 500_000_000_000]
    );
    // 123.456.789.012.345 ÷ 7 = 17.636.684.144.620 rest 5 (7 × …620 =
    // …340): five leftovers to the first five equal remainders.
    let big = 123_456_789_012_345;
    let seven = split::apportion(big, &[1.0; 7]).unwrap();
    assert_eq!(
        seven,
        [vec![17_636_684_144_621; 5], vec![17_636_684_144_620; 2]].concat()
    );

    // The largest total a split takes is 2^53 (every whole number up to it
    // is exact in f64); one more is out of range.
    assert_eq!(split::apportion(1 << 53, &[1.0]).unwrap(), vec![1 << 53]);
    assert_eq!(
        split::apportion((1 << 53) + 1, &[1.0]),
        Err(CalcError::OutOfRange)
    );
    assert_eq!(split::apportion(5, &[]), Err(CalcError::Empty));
    assert_eq!(
        split::apportion(5, &[0.0, 0.0]),
        Err(CalcError::ZeroWeights)
    );
    assert_eq!(split::apportion(5, &[1.0, -1.0]), Err(CalcError::Negative));
    assert_eq!(
        split::apportion(5, &[1.0, f64::NAN]),
        Err(CalcError::NotFinite)
    );
}

#[test]
fn the_working_says_which_parts_got_a_leftover_unit() {
    // 10 over three equal weights: 3,33… each, floors 3 + 3 + 3 = 9, the one
    // left goes to the first item: 4, 3, 3.
    let s = split::split(10, &[1.0, 1.0, 1.0]).unwrap();
    let extra: Vec<bool> = (0..3)
        .map(|i| {
            let e = s.explain();
            let part = e.iter().find(|e| e.figure == Figure::Part(i)).unwrap();
            part.notes
                .iter()
                .find_map(|n| match n {
                    Note::LargestRemainder { extra } => Some(*extra),
                    _ => None,
                })
                .unwrap()
        })
        .collect();
    assert_eq!(extra, vec![true, false, false]);
}

#[test]
fn a_range_pairs_each_figure_of_the_low_end_with_the_high_ends() {
    // 10 over three equal weights is 4, 3, 3; 20 is 7, 7, 6. Each working is
    // three figures a part (its share, the part, the quota): nine in all.
    let low = split::split(10, &[1.0, 1.0, 1.0]).unwrap().explain();
    let high = split::split(20, &[1.0, 1.0, 1.0]).unwrap().explain();
    assert_eq!(low.len(), 9);
    // A single value: the low end's working as it is.
    assert_eq!(pair_ends(low.clone(), None), low);
    // A range: still nine figures, each with the low end's step, then the
    // high end's from `high_from`, ending at the high end's result.
    let both = pair_ends(low, Some(high));
    assert_eq!(both.len(), 9);
    let part = both.iter().find(|e| e.figure == Figure::Part(0)).unwrap();
    assert_eq!(part.steps.len(), 2);
    assert_eq!(part.high_from, Some(1));
    assert_eq!(part.steps[0].result.value, 4.0);
    assert_eq!(part.result().unwrap().value, 7.0);
}

fn n(value: f64, unit: Unit) -> Token {
    Token::Num(Quantity { value, unit })
}

/// The only working of `all` for `figure`: its tokens and its result.
fn working(all: &[Explanation], figure: Figure) -> (Vec<Token>, f64) {
    let e = all.iter().find(|e| e.figure == figure).unwrap();
    (e.steps[0].tokens.clone(), e.result().unwrap().value)
}

#[test]
fn a_part_without_a_leftover_unit_adds_zero() {
    // 10 over three equal weights: the second part is ⌊3,33…⌋ + 0 = 3.
    let all = split::split(10, &[1.0, 1.0, 1.0]).unwrap().explain();
    let (tokens, part) = working(&all, Figure::Part(1));
    assert_eq!(part, 3.0);
    assert_eq!(tokens[3..], [Token::Op(Op::Add), n(0.0, Unit::People)]);
}

#[test]
fn agents_days_and_agents_needed_are_worked_out() {
    // 10 over 3 agents: 10 ÷ 3 = 3,33… each; quota ⌈10 ÷ 3⌉ = 4.
    let all = split::split_agents_equal(10, 3).unwrap().explain();
    let ten_over_three = vec![
        n(10.0, Unit::People),
        Token::Op(Op::Div),
        n(3.0, Unit::Agents),
    ];
    let (tokens, share) = working(&all, Figure::AgentShare);
    assert_eq!(tokens, ten_over_three);
    assert!((share - 10.0 / 3.0).abs() < 1e-12);
    let (tokens, quota) = working(&all, Figure::AgentQuota);
    assert_eq!(tokens[1..4], ten_over_three[..]);
    assert_eq!(
        (tokens[0], tokens[4], quota),
        (Token::Open(Bracket::Ceil), Token::Close(Bracket::Ceil), 4.0)
    );
    // 100 in a month of 22 working days: 4,5454… a day, ⌈100 ÷ 22⌉ = 5.
    let d = split::daily_quota(100, 22).unwrap();
    assert!((d.exact - 4.545_454_545_454_545).abs() < 1e-12);
    let (tokens, quota) = working(&d.explain(), Figure::DailyQuota);
    assert_eq!(
        tokens,
        [
            Token::Open(Bracket::Ceil),
            n(100.0, Unit::People),
            Token::Op(Op::Div),
            n(22.0, Unit::WorkingDays),
            Token::Close(Bracket::Ceil)
        ]
    );
    assert_eq!(quota, 5.0);
    // The article's gap, 1.796.252, at 50 a month for 12 months:
    // ⌈1.796.252 ÷ (50 × 12)⌉ = ⌈2.993,75⌉ = 2.994 agents.
    let a = split::agents_needed(1_796_252.0, 50.0, 12).unwrap();
    let (tokens, agents) = working(&a.explain(), Figure::AgentsNeeded);
    assert_eq!(
        tokens,
        [
            Token::Open(Bracket::Ceil),
            n(1_796_252.0, Unit::People),
            Token::Op(Op::Div),
            Token::Open(Bracket::Paren),
            n(50.0, Unit::People),
            Token::Op(Op::Mul),
            n(12.0, Unit::Months),
            Token::Close(Bracket::Paren),
            Token::Close(Bracket::Ceil)
        ]
    );
    assert_eq!(agents, 2_994.0);
}
