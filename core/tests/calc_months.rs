//! Realisasi month by month (issue 13): the issue's worked example and the
//! other figures, every expected value worked out by hand in the comments.

#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use umkm_core::calc::explain::{Explain, Figure, Note};
use umkm_core::calc::months::{self, MonthsError, Reach};
use umkm_core::calc::progress::{Date, Rate};
use umkm_core::calc::CalcError;
use umkm_core::figures::progress_figures;
use umkm_core::i18n::Lang;
use umkm_core::state::{Action, AppState, Field};

#[macro_use]
mod common;

use common::close;

const TARGET: f64 = 2_336_252.0;

/// The issue's months: January to June.
fn six() -> [Option<f64>; 12] {
    let mut m = [None; 12];
    for (i, v) in [
        150_000.0, 160_000.0, 170_000.0, 180_000.0, 190_000.0, 200_000.0,
    ]
    .into_iter()
    .enumerate()
    {
        m[i] = Some(v);
    }
    m
}

#[test]
fn the_issues_worked_example() {
    let m = months::months(TARGET, &six(), None, Some(2026), Some(360)).unwrap();
    // 150 + 160 + 170 + 180 + 190 + 200 thousand = 1.050.000
    assert_eq!(m.ytd, 1_050_000.0);
    // 1.050.000 ÷ 2.336.252 = 0,449437… → 44,94 %
    assert!(
        (m.ytd_fraction - 0.449_437).abs() < 1e-6,
        "{}",
        m.ytd_fraction
    );
    // Linear plan by the end of June: 2.336.252 × 6 ÷ 12 = 1.168.126
    assert_eq!(m.plan_to_date, 1_168_126.0);
    // 1.050.000 − 1.168.126 = −118.126: behind
    assert_eq!(m.gap_to_plan, -118_126.0);
    assert!(!m.on_track);
    // Pace so far 1.050.000 ÷ 6 = 175.000 a month; × 12 = 2.100.000
    assert_eq!(m.pace.per_month, 175_000.0);
    assert_eq!(m.pace.year_end, 2_100_000.0);
    // 2.100.000 ÷ 2.336.252 = 0,898875… → 89,89 %
    assert!((m.pace.fraction - 0.898_875).abs() < 1e-6);
    // Last three: (180 + 190 + 200 thousand) ÷ 3 = 190.000;
    // 1.050.000 + 190.000 × 6 = 2.190.000
    assert_eq!(m.recent_months, 3);
    assert_eq!(m.recent.per_month, 190_000.0);
    assert_eq!(m.recent.year_end, 2_190_000.0);
    // 2.190.000 ÷ 2.336.252 = 0,937399… → 93,74 %
    assert!((m.recent.fraction - 0.937_399).abs() < 1e-6);
    // Not reached this year: short by 2.336.252 − 2.100.000 = 236.252 and
    // 2.336.252 − 2.190.000 = 146.252.
    assert_eq!(m.pace.reach, Reach::Short(236_252.0));
    assert_eq!(m.recent.reach, Reach::Short(146_252.0));
    // Remaining 2.336.252 − 1.050.000 = 1.286.252 over 6 months:
    // 214.375,33… → 214.376 (rounded up).
    assert_eq!(m.remaining, 1_286_252.0);
    assert_eq!(m.months_left, 6);
    assert_eq!(m.per_month, Rate::Each(214_376));
    // July to December 2026: 31 + 31 + 30 + 31 + 30 + 31 = 184 days;
    // 1.286.252 × 7 ÷ 184 = 48.933,5 → 48.934 a week.
    let c = m.calendar.unwrap();
    assert_close!(c.weeks_left, 184.0 / 7.0);
    assert_eq!(c.per_week, Rate::Each(48_934));
    // Monday to Friday, July to December 2026 (1 July is a Wednesday):
    // Jul 23, Aug 21, Sep 22, Oct 22, Nov 21, Dec 23 = 132;
    // 1.286.252 ÷ 132 = 9.744,33… → 9.745.
    assert_eq!(c.working_days_left, 132);
    assert_eq!(c.per_working_day, Rate::Each(9_745));
    // 36 offices × 10 agents = 360; 1.286.252 ÷ (6 × 360) = 595,49… → 596.
    assert_eq!(m.per_agent, Some(Rate::Each(596)));
    // The cumulative plan ends at the target, the actual at the year to date.
    assert_eq!(m.plan[11], TARGET);
    assert_eq!(
        m.cumulative,
        vec![
            150_000.0,
            310_000.0,
            480_000.0,
            660_000.0,
            850_000.0,
            1_050_000.0
        ]
    );
}

#[test]
fn the_worked_example_shows_its_math() {
    let m = months::months(TARGET, &six(), None, Some(2026), Some(360)).unwrap();
    let e = m.explanation(Figure::ForecastPace).unwrap();
    assert_eq!(e.steps.len(), 2);
    assert_eq!(e.result().unwrap().value, 2_100_000.0);
    assert_eq!(e.notes, vec![Note::ShortBy { short: 236_252.0 }]);
    let e = m.explanation(Figure::ForecastRecent).unwrap();
    assert_eq!(e.steps[0].result.value, 190_000.0);
    assert_eq!(e.result().unwrap().value, 2_190_000.0);
    let e = m.explanation(Figure::YearToDate).unwrap();
    // Six numbers and five plus signs.
    assert_eq!(e.steps[0].tokens.len(), 11);
    assert_eq!(
        m.explanation(Figure::GapToPlan)
            .unwrap()
            .result()
            .unwrap()
            .value,
        -118_126.0
    );
    assert_eq!(
        m.explanation(Figure::RequiredPerAgent)
            .unwrap()
            .result()
            .unwrap()
            .value,
        596.0
    );
    assert_eq!(
        m.explanation(Figure::RequiredPerMonth).unwrap().notes,
        vec![Note::RoundedUp]
    );
}

#[test]
fn the_month_a_pace_reaches_the_target() {
    // Target 1.200.000: 150.000 remain; at 175.000 (and at 190.000) a month
    // July is enough.
    let m = months::months(1_200_000.0, &six(), None, Some(2026), None).unwrap();
    assert_eq!(m.pace.reach, Reach::In(6));
    assert_eq!(m.recent.reach, Reach::In(6));
    assert_eq!(m.per_agent, None);
    // Target 1.500.000: 450.000 remain; 450.000 ÷ 175.000 = 2,57 → 3 months
    // → September; 450.000 ÷ 190.000 = 2,37 → 3 → September too.
    let m = months::months(1_500_000.0, &six(), None, Some(2026), None).unwrap();
    assert_eq!(m.pace.reach, Reach::In(8));
    // Target 500.000, already passed: cumulative 150, 310, 480, 660 thousand
    // → reached in April; nothing more is needed.
    let m = months::months(500_000.0, &six(), None, Some(2026), Some(360)).unwrap();
    assert_eq!(m.pace.reach, Reach::In(3));
    assert_eq!(m.per_month, Rate::Reached);
    assert_eq!(m.per_agent, Some(Rate::Reached));
    assert!(m.on_track);
}

#[test]
fn a_month_weighted_plan() {
    // A Lebaran dip: March and April weigh ½, the rest 1; Σ = 11.
    let mut w = [1.0; 12];
    w[2] = 0.5;
    w[3] = 0.5;
    let m = months::months(TARGET, &six(), Some(&w), Some(2026), None).unwrap();
    // By June: 2.336.252 × (1 + 1 + ½ + ½ + 1 + 1 = 5) ÷ 11 = 11.681.260 ÷ 11
    // = 1.061.932,727…
    assert_close!(m.plan_to_date, 11_681_260.0 / 11.0);
    // 1.050.000 − 1.061.932,727… = −11.932,727…
    assert_close!(m.gap_to_plan, 1_050_000.0 - 11_681_260.0 / 11.0);
    // By March: 2.336.252 × 2,5 ÷ 11 = 530.966,36…
    assert_close!(m.plan[2], 5_840_630.0 / 11.0);
    assert_close!(m.plan[11], TARGET);
    let e = m.explanation(Figure::PlanToDate).unwrap();
    assert_eq!(e.notes, vec![Note::MonthWeighted]);
    // The forecasts do not depend on the plan.
    assert_eq!(m.pace.year_end, 2_100_000.0);
    // Weights all zero, or not twelve, are refused.
    assert_eq!(
        months::months(TARGET, &six(), Some(&[0.0; 12]), Some(2026), None),
        Err(MonthsError::Calc(CalcError::ZeroWeights))
    );
    assert_eq!(
        months::months(TARGET, &six(), Some(&[1.0; 11]), Some(2026), None),
        Err(MonthsError::Calc(CalcError::OutOfRange))
    );
}

#[test]
fn an_empty_month_is_not_entered_never_zero() {
    // Nothing entered.
    assert_eq!(
        months::months(TARGET, &[None; 12], None, Some(2026), None),
        Err(MonthsError::NoneEntered)
    );
    // March entered with February empty: February is reported, not summed
    // as zero.
    let mut m = [None; 12];
    m[0] = Some(100.0);
    m[2] = Some(100.0);
    assert_eq!(
        months::months(TARGET, &m, None, Some(2026), None),
        Err(MonthsError::Gaps(vec![1]))
    );
    // A typed zero is a month entered: two months, 100 in all, pace 50.
    m[1] = Some(0.0);
    m[2] = None;
    let r = months::months(TARGET, &m, None, Some(2026), None).unwrap();
    assert_eq!((r.actual.len(), r.ytd, r.pace.per_month), (2, 100.0, 50.0));
    // One month: the "recent" pace is that month alone.
    m[1] = None;
    let r = months::months(1_200.0, &m, None, Some(2026), None).unwrap();
    assert_eq!((r.recent_months, r.recent.per_month), (1, 100.0));
    // 100 + 100 × 11 = 1.200: reached exactly in December.
    assert_eq!(r.pace.reach, Reach::In(11));
}

#[test]
fn the_whole_year_entered() {
    let mut m = [Some(200_000.0); 12];
    m[11] = Some(100_000.0);
    // 11 × 200.000 + 100.000 = 2.300.000: 36.252 short, no month left.
    let r = months::months(TARGET, &m, None, Some(2026), Some(360)).unwrap();
    assert_eq!(r.ytd, 2_300_000.0);
    assert_eq!(r.months_left, 0);
    assert_eq!(r.pace.year_end, 2_300_000.0);
    assert_eq!(r.pace.reach, Reach::Short(36_252.0));
    assert_eq!(r.per_month, Rate::NoTimeLeft);
    assert_eq!(r.calendar.unwrap().per_working_day, Rate::NoTimeLeft);
    assert_eq!(r.per_agent, Some(Rate::NoTimeLeft));
    // Without a year there are no weeks or working days, the rest stands.
    let r = months::months(TARGET, &m, None, None, None).unwrap();
    assert_eq!((r.calendar, r.ytd), (None, 2_300_000.0));
}

fn typed(mut s: AppState, months: &[&str]) -> AppState {
    for (f, t) in Field::MONTHS.iter().zip(months) {
        s = s.apply(Action::EditField {
            field: *f,
            text: (*t).to_owned(),
        });
    }
    s
}

#[test]
fn the_section_reads_months_typed_both_ways() {
    let today = Date::new(2026, 12, 2).ok();
    let s = AppState::default().apply(Action::FillArticleTargets);
    let s = typed(
        s,
        &[
            "150.000",
            "160 ribu",
            "170000",
            "0,18 juta",
            "190.000",
            "200.000",
        ],
    );
    let f = progress_figures(&s, today);
    assert!(f.by_month());
    let m = f.months.unwrap().unwrap();
    // The plan's total target (2.336.252), 36 offices × 10 agents.
    assert_eq!(m.ytd, 1_050_000.0);
    assert_eq!(m.per_month, Rate::Each(214_376));
    assert_eq!(m.per_agent, Some(Rate::Each(596)));
    // The same months in English, after a language switch, read the same.
    let en = s.clone().apply(Action::SwitchLanguage(Lang::En));
    assert_eq!(en.texts[Field::ProgressM0], "150,000");
    assert_eq!(progress_figures(&en, today).months.unwrap().unwrap(), m);
    let back = en.apply(Action::SwitchLanguage(Lang::Id));
    assert_eq!(back.texts[Field::ProgressM0], "150.000");
    // A later month with an earlier one empty, and a month that cannot be read.
    let gap = typed(s.clone(), &["150.000", ""]);
    assert_eq!(
        progress_figures(&gap, today).months,
        Some(Err(MonthsError::Gaps(vec![1])))
    );
    let bad = typed(s, &["150.000", "abc"]);
    let f = progress_figures(&bad, today);
    assert_eq!(f.entered, Err(vec![1]));
    assert_eq!(f.months, None);
    // No month typed: the single achieved figure stands.
    assert!(!progress_figures(&AppState::default(), today).by_month());
}

#[test]
fn months_survive_saving_sharing_and_migration() {
    use umkm_core::saved;
    let s = AppState::default().apply(Action::FillArticleTargets);
    let s = typed(s, &["150.000", "160 ribu", "", "0", "1,5 juta"]);
    // Saved work and a share link give back every month exactly as typed.
    let again = saved::decode(&saved::encode(&s)).unwrap();
    assert_eq!(again.texts, s.texts);
    let link = saved::encode_share(&s);
    assert!(link.contains("progress.month.1"), "{link}");
    // Months left empty are defaults, so a link leaves them out.
    assert!(!link.contains("progress.month.2"), "{link}");
    assert_eq!(saved::decode_share(&link).unwrap().texts, s.texts);
    // Work saved by schema 2 (real texts) opens with every month empty.
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/schema2/");
    for name in ["work-id.json", "work-en.json", "work-default.json"] {
        let text = std::fs::read_to_string(format!("{dir}{name}")).unwrap();
        let w = saved::decode(&text).unwrap();
        for f in Field::MONTHS {
            assert_eq!(w.texts[f], "", "{name}");
        }
        assert!(!progress_figures(&w, Date::new(2026, 6, 30).ok()).by_month());
    }
    let link = std::fs::read_to_string(format!("{dir}share-article.txt")).unwrap();
    let w = saved::decode_share(link.trim()).unwrap();
    assert!(Field::MONTHS.iter().all(|f| w.texts[*f].is_empty()));
}

#[test]
fn the_lebaran_preset_shapes_the_plan() {
    let today = Date::new(2026, 12, 2).ok();
    let s = AppState::default().apply(Action::FillArticleTargets);
    let s = typed(
        s,
        &[
            "150.000", "160.000", "170.000", "180.000", "190.000", "200.000",
        ],
    );
    let s = s.apply(Action::UseMonthWeights(Some(2026)));
    // Lebaran 2026 about 20 March: March 0,7, April 0,85, the rest 1.
    assert_eq!(s.month_weights[2], "0,7");
    assert_eq!(s.month_weights[3], "0,85");
    let m = progress_figures(&s, today).months.unwrap().unwrap();
    // Σ = 10 + 0,7 + 0,85 = 11,55; January–June 1 + 1 + 0,7 + 0,85 + 1 + 1
    // = 5,55: 2.336.252 × 5,55 ÷ 11,55 = 1.122.614,6…
    assert_close!(m.plan_to_date, 2_336_252.0 * 5.55 / 11.55);
    assert!((m.plan_to_date - 1_122_614.6).abs() < 0.1);
    // In English the preset is written the English way.
    let en = s
        .clone()
        .apply(Action::SwitchLanguage(Lang::En))
        .apply(Action::UseMonthWeights(Some(2019)));
    assert_eq!(
        (en.month_weights[5].as_str(), en.month_weights[6].as_str()),
        ("0.7", "0.85")
    );
    // Back to equal weights: the linear plan, 1.168.126 by June.
    let eq = s.apply(Action::UseMonthWeights(None));
    assert_eq!(eq.month_weights, vec!["1"; 12]);
    let m = progress_figures(&eq, today).months.unwrap().unwrap();
    assert_eq!(m.plan_to_date, 1_168_126.0);
    // A year whose Lebaran is not known changes nothing.
    assert_eq!(eq.clone().apply(Action::UseMonthWeights(Some(2040))), eq);
}

#[test]
fn a_recent_pace_of_zero_is_short_by_what_is_left() {
    // January 300, then three months of nothing: the pace so far is
    // 300 ÷ 4 = 75 a month, the recent pace (February–April) is 0.
    let mut m = [None; 12];
    for (i, v) in [300.0, 0.0, 0.0, 0.0].into_iter().enumerate() {
        m[i] = Some(v);
    }
    let r = months::months(1_200.0, &m, None, Some(2026), None).unwrap();
    assert_eq!((r.pace.per_month, r.recent.per_month), (75.0, 0.0));
    // At 0 a month the year ends at 300: short by 1.200 − 300 = 900, and
    // there is no month in which it is reached (no division by the zero pace).
    assert_eq!(r.recent.year_end, 300.0);
    assert_eq!(r.recent.reach, Reach::Short(900.0));
    // At 75 a month: 300 + 75 × 8 = 900 at the year's end, short by 300.
    assert_eq!(r.pace.year_end, 900.0);
    assert_eq!(r.pace.reach, Reach::Short(300.0));
}

#[test]
fn zero_agents_is_no_agents() {
    // 1.200 to reach, 100 in January: 1.100 left over 11 months, 100 a
    // month. "0 agents" gives no per-agent figure (and no division by 0).
    let mut m = [None; 12];
    m[0] = Some(100.0);
    let r = months::months(1_200.0, &m, None, Some(2026), Some(0)).unwrap();
    assert_eq!(r.per_month, Rate::Each(100));
    assert_eq!((r.agents, r.per_agent), (None, None));
    // Four agents: 100 ÷ 4 = 25 each a month.
    let r = months::months(1_200.0, &m, None, Some(2026), Some(4)).unwrap();
    assert_eq!((r.agents, r.per_agent), (Some(4), Some(Rate::Each(25))));
}
