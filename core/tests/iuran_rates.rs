//! Contributions at the rates in force on a date, with the reliefs that
//! apply, and what an agent earns (issue 15). Every expected figure is worked
//! by hand in the comments.

use umkm_core::calc::incentive::GoalAnswer;
use umkm_core::calc::iuran::Relief;
use umkm_core::calc::progress::Date;
use umkm_core::figures::{income_figures, iuran_figures, IuranFigures, RatesUsed};
use umkm_core::i18n::Lang;
use umkm_core::state::{Action, AppState, Field, PartnerField};
use umkm_core::words::rates_used_text;

/// Sampoerna (108.000 UMKM × 5 workers, 100 %, PU share 40 %) and the
/// 2019 article's targets: 216.000 PU and 324.000 BPU participants.
fn article() -> AppState {
    let s = AppState::default().apply(Action::FillArticleTargets);
    let id = s.partners[0].id;
    let s = s.apply(Action::EditPartner {
        id,
        field: PartnerField::Umkm,
        text: "108.000".into(),
    });
    let s = s.apply(Action::EditPartner {
        id,
        field: PartnerField::Enrolment,
        text: "100".into(),
    });
    s.apply(Action::EditPartner {
        id,
        field: PartnerField::PuShare,
        text: "40".into(),
    })
}

fn edit(s: AppState, field: Field, text: &str) -> AppState {
    s.apply(Action::EditField {
        field,
        text: text.into(),
    })
}

fn on(s: AppState, field: Field) -> AppState {
    edit(s, field, "1")
}

fn at(s: &AppState, date: &str) -> IuranFigures {
    iuran_figures(&edit(s.clone(), Field::IuranDate, date), None)
}

fn bpu_per_worker(s: &AppState, date: &str) -> u64 {
    at(s, date)
        .bpu
        .expect("reads")
        .expect("computes")
        .per_worker
}

#[test]
fn the_smallest_bpu_package_in_2025_with_and_without_jht() {
    let s = article();
    // Rp1.000.000 × 1 % = Rp10.000 JKK, plus JKM Rp6.800 = Rp16.800.
    assert_eq!(bpu_per_worker(&s, "2025-06-01"), 16_800);
    // With JHT 2 %: + Rp20.000 = Rp36.800.
    let jht = s.apply(Action::ToggleBpuJht);
    assert_eq!(bpu_per_worker(&jht, "2025-06-01"), 36_800);
    // 324.000 BPU participants × Rp36.800 = Rp11.923.200.000 a month.
    let b = at(&jht, "2025-06-01")
        .bpu
        .expect("reads")
        .expect("computes");
    assert_eq!(b.monthly, 11_923_200_000);
}

#[test]
fn a_transport_worker_on_1_december_2026_with_the_relief() {
    let s = on(article(), Field::ReliefTransport);
    // 50 % of JKK Rp10.000 = Rp5.000, 50 % of JKM Rp6.800 = Rp3.400: Rp8.400.
    assert_eq!(bpu_per_worker(&s, "2026-12-01"), 8_400);
    let f = at(&s, "2026-12-01");
    assert_eq!(f.reliefs, (Some(Relief::Transport), None));
    // Show the math names the relief on JKK and JKM.
    let b = f.bpu.expect("reads").expect("computes");
    let notes: Vec<_> = umkm_core::calc::Explain::explain(&b)
        .into_iter()
        .filter(|e| {
            e.notes
                .contains(&umkm_core::calc::Note::Relief(Relief::Transport))
        })
        .map(|e| e.figure)
        .collect();
    // JKK, JKM and the per-worker figure the page shows.
    use umkm_core::calc::{iuran::Program, Figure};
    assert_eq!(
        notes,
        [
            Figure::IuranProgram(Program::Jkk),
            Figure::IuranProgram(Program::Jkm),
            Figure::IuranPerWorker
        ]
    );
    // JHT is not relieved: with it, Rp8.400 + Rp20.000 = Rp28.400.
    assert_eq!(
        bpu_per_worker(&s.apply(Action::ToggleBpuJht), "2026-12-01"),
        28_400
    );
    // Switched off, the same day is the full Rp16.800.
    assert_eq!(bpu_per_worker(&article(), "2026-12-01"), 16_800);
}

#[test]
fn the_jp_wage_cap_follows_the_date() {
    let s = edit(article(), Field::PuWage, "12.000.000").apply(Action::ChooseRiskClass(2));
    let pu = |date: &str| at(&s, date).pu.expect("reads").expect("computes");
    let dec26 = pu("2026-12-01");
    assert_eq!(dec26.jp_wage, 11_086_300.0);
    // Employer: JKK 0,40 % × 12.000.000 = 48.000; JKP 0,14 % = 16.800;
    // JKM 0,30 % = 36.000; JHT 3,7 % = 444.000; JP 2 % × 11.086.300 =
    // 221.726; together 766.526. Worker: JHT 2 % = 240.000 and JP 1 % ×
    // 11.086.300 = 110.863: 350.863.
    assert_eq!((dec26.employer, dec26.worker), (766_526, 350_863));
    let dec25 = pu("2025-12-01");
    assert_eq!(dec25.jp_wage, 10_547_400.0);
    // JP 2 % × 10.547.400 = 210.948 and 1 % = 105.474.
    assert_eq!(
        (dec25.employer, dec25.worker),
        (
            48_000 + 16_800 + 36_000 + 444_000 + 210_948,
            240_000 + 105_474
        )
    );
    // The day before the 2026 cap and the day it starts.
    assert_eq!(pu("2026-02-28").jp_wage, 10_547_400.0);
    assert_eq!(pu("2026-03-01").jp_wage, 11_086_300.0);
    // Which set: said in words, with its source and first day.
    let f = at(&s, "2026-12-01");
    assert_eq!(f.used, Some(RatesUsed::Preset(4)));
    let text = rates_used_text(Lang::Id, RatesUsed::Preset(4), f.rates.as_ref().ok());
    assert!(text.contains("PP 44/2015"), "{text}");
    assert!(text.contains("surat edaran"), "{text}");
    assert!(text.ends_with("(berlaku mulai 1 Mar 2026)"), "{text}");
    assert!(!text.contains(".md"), "{text}");
}

#[test]
fn the_employers_total_is_the_same_either_side_of_pp_6_2025() {
    // PU wage Rp5.000.000, class 1, JP cap not reached. 6 Feb 2025: JKK
    // 0,24 % = 12.000; 7 Feb 2025: JKK 0,10 % = 5.000 + JKP 0,14 % = 7.000.
    let s = edit(article(), Field::PuWage, "5.000.000");
    let employer = |date: &str| at(&s, date).pu.expect("reads").expect("computes").employer;
    // 12.000 + JKM 15.000 + JHT 185.000 + JP 100.000 = 312.000.
    assert_eq!(employer("2025-02-06"), 312_000);
    assert_eq!(employer("2025-02-07"), 312_000);
}

/// Whether the day is inside the relief's period, written out by hand.
fn inside(r: Relief, d: Date) -> bool {
    let ym = (d.year, d.month);
    match r {
        Relief::Transport => ((2026, 1)..=(2027, 3)).contains(&ym),
        Relief::LabourIntensive => ((2025, 2)..=(2026, 1)).contains(&ym),
    }
}

#[test]
fn a_relief_is_never_applied_outside_its_period() {
    let both = on(on(article(), Field::ReliefTransport), Field::ReliefLabour);
    let s = edit(both, Field::PuWage, "5.000.000");
    let mut checked = 0;
    for year in 2024..=2028u16 {
        for month in 1..=12u8 {
            for day in [1u8, 15, 28] {
                let d = Date::new(year, month, day).expect("exists");
                let f = iuran_figures(&s, Some(d));
                let t = inside(Relief::Transport, d);
                let l = inside(Relief::LabourIntensive, d);
                assert_eq!(
                    f.reliefs,
                    (
                        t.then_some(Relief::Transport),
                        l.then_some(Relief::LabourIntensive)
                    ),
                    "{d:?}"
                );
                let bpu = f.bpu.expect("reads").expect("computes").per_worker;
                assert_eq!(bpu, if t { 8_400 } else { 16_800 }, "{d:?}");
                let pu = f.pu.expect("reads").expect("computes");
                // JKK (with its JKP part) 0,24 % × 5.000.000 = 12.000; half: 6.000.
                assert_eq!(
                    (pu.jkk + pu.jkp).round(),
                    if l { 6_000.0 } else { 12_000.0 },
                    "{d:?}"
                );
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 5 * 12 * 3);
    // The edges: the last day before, the first and last days inside, the
    // first day after.
    let bpu_on = |y, m, d| {
        let f = iuran_figures(&s, Date::new(y, m, d).ok());
        f.bpu.expect("reads").expect("computes").per_worker
    };
    assert_eq!(
        [
            bpu_on(2025, 12, 31),
            bpu_on(2026, 1, 1),
            bpu_on(2027, 3, 31),
            bpu_on(2027, 4, 1)
        ],
        [16_800, 8_400, 8_400, 16_800]
    );
}

#[test]
fn no_preset_before_the_first_and_the_own_set_on_any_date() {
    let s = article();
    let f = at(&s, "2023-02-28");
    assert_eq!((f.used, f.rates.err()), (None, Some(Field::IuranDate)));
    assert!(f.bpu.is_none());
    // The own set (the table's defaults: PP 44/2015, JP cap 10.547.400).
    let own = on(s, Field::RatesOwn);
    let f = at(&own, "2023-02-28");
    assert_eq!(f.used, Some(RatesUsed::Own));
    assert_eq!(f.bpu.expect("reads").expect("computes").per_worker, 16_800);
    // An own rate that cannot be read names its field.
    let bad = edit(own, Field::JpCap, "banyak");
    assert_eq!(at(&bad, "2026-12-01").rates.err(), Some(Field::JpCap));
}

/// The agent's month 1 and 2 at the plan's quota, on the set in force on
/// the date; `(month 1, month 2, office's month 1, below the threshold)`.
fn agent(s: &AppState, date: &str) -> (u64, u64, Option<u64>, bool) {
    let f = income_figures(s, &at(s, date));
    let income = f.income.expect("reads").expect("computes");
    let (m1, m2) = (&income.months[0], &income.months[1]);
    (m1.total, m2.total, m1.office, m1.below_threshold)
}

#[test]
fn what_an_agent_earns_at_the_article_quota() {
    let s = article();
    let f = at(&s, "2026-12-01");
    // 2.336.252 over 36 offices: the largest part 64.896; over 10 agents
    // ⌈6.489,6⌉ = 6.490 a year; over 12 months ⌈540,83⌉ = 541 a month.
    assert_eq!(f.agent_quota, Some(541));
    // PERDIR 13/2022, JKK + JKM at Rp1.000.000 (Rp16.800): 541 × 10.000 =
    // 5.410.000 + 15 % × 541 × 16.800 = 1.363.320 → 6.773.320; the office
    // 10 % of it, 677.332. Month 2, 75,47 % still paying: 15 % × 16.800 ×
    // (541 + 0,7547 × 541) = 2.392.217,6 → 2.392.218, + 5.410.000.
    assert_eq!(
        agent(&s, "2026-12-01"),
        (6_773_320, 7_802_218, Some(677_332), false)
    );
    // The day before PERDIR 13/2022 (no preset rate set that early: the
    // own set, the table's PP 44/2015 defaults, Rp16.800): the 2018 set,
    // 7,5 % × 541 × 16.800 = 681.660 + Rp500.000 (541 ≥ 50); month 2:
    // 7,5 % × 16.800 × 949,2927 = 1.196.108,8 → 1.196.109 + 500.000.
    let old = on(s.clone(), Field::RatesOwn);
    assert_eq!(
        agent(&old, "2022-03-31"),
        (1_181_660, 1_696_109, None, false)
    );
    // The user's own 2018 figures are that set's: 8 % → 727.104 + 500.000.
    let own = edit(old, Field::AgentFee, "8");
    assert_eq!(agent(&own, "2022-03-31").0, 1_227_104);
    // Typed 40: 400.000 + 15 % × 40 × 16.800 = 100.800. Typed 24, below
    // the threshold of 25: 15 % × 24 × 16.800 = 60.480, and it says so.
    let typed = edit(s.clone(), Field::AgentParticipants, "40");
    assert_eq!(agent(&typed, "2026-12-01").0, 500_800);
    let few = edit(s.clone(), Field::AgentParticipants, "24");
    let (m1, _, _, below) = agent(&few, "2026-12-01");
    assert_eq!((m1, below), (60_480, true));
    // A range: both ends.
    let range = edit(s, Field::AgentParticipants, "24–40");
    let f = income_figures(&range, &at(&range, "2026-12-01"));
    assert_eq!(f.recruits, Some((24, 40)));
    let high = f.income_high.expect("a high end").expect("computes");
    assert_eq!(
        (
            f.income.expect("low").expect("computes").first_month,
            high.first_month
        ),
        (60_480, 500_800)
    );
}

#[test]
fn the_income_goal_on_the_article_work() {
    // Rp3.000.000 by month 6, everyone paying, JKK + JKM: one participant a
    // month earns 10.000 + 15 % × 6 × 16.800 = 25.120 in month 6;
    // ⌈3.000.000 ÷ 25.120⌉ = ⌈119,43⌉ = 120 (119 give 2.989.280, 120 give
    // 3.014.400); above the capacity of 50.
    let s = edit(article(), Field::ActiveShare, "100");
    let s = edit(s, Field::IncomeGoal, "3.000.000");
    let s = edit(s, Field::IncomeGoalMonth, "6");
    let f = income_figures(&s, &at(&s, "2026-12-01"));
    let reached = GoalAnswer::Reached {
        recruits: 120,
        income: 3_014_400,
        one_fewer: Some(2_989_280),
    };
    assert_eq!(f.goal.expect("reads").expect("computes").answer, reached);
    assert_eq!(f.capacity, Some(50.0));
    assert!(f.goal_high.is_none());
}

#[test]
fn a_bpu_income_outside_the_range_is_reported_not_clamped() {
    let s = article();
    let income = |text: &str| {
        let b = at(&edit(s.clone(), Field::BpuIncome, text), "2025-06-01")
            .bpu
            .expect("reads")
            .expect("computes");
        (b.outside_range, b.per_worker)
    };
    // Rp900.000 × 1 % = 9.000 + 6.800 = 15.800, as typed.
    assert_eq!(income("900.000"), (true, 15_800));
    assert_eq!(income("1.000.000"), (false, 16_800));
    // Rp20.700.000 × 1 % = 207.000 + 6.800 = 213.800.
    assert_eq!(income("20.700.000"), (false, 213_800));
    // Rp21.000.000 × 1 % = 210.000 + 6.800 = 216.800, as typed.
    assert_eq!(income("21.000.000"), (true, 216_800));
}

#[test]
fn summary_and_csv_carry_the_date_and_the_rate_set() {
    use umkm_core::numbers::format::fixed;
    use umkm_core::numbers::format::Style;
    use umkm_core::report::{iuran_csv, summary_text};
    // Spreadsheet numbers are written plainly (the browser does it in the app).
    let fmt = |style, v: f64| match style {
        Style::Plain => format!("{v}").replace('.', ","),
        _ => fixed(Lang::Id, style, v).unwrap_or_default(),
    };
    let s = on(article(), Field::ReliefTransport);
    let today = Date::new(2026, 12, 1).ok();
    let text = summary_text(&s, &fmt, today);
    // 324.000 BPU participants × Rp8.400 = Rp2.721.600.000 a month, of
    // which the active 75,47 % pay 2.041.200.000 + 12.791.520.
    assert!(
        text.contains("Iuran per bulan (peserta aktif 75,47%): Rp2.053.991.520"),
        "{text}"
    );
    // The rates in one short line: the laws and the relief, not the
    // legal paragraph the Iuran section shows.
    let rates_line = text
        .lines()
        .find(|l| l.contains("Tarif per 1 Des 2026: PP 44/2015"))
        .expect("a rates line");
    assert!(rates_line.contains("+ PP 50/2025"), "{rates_line}");
    assert!(!text.contains("berlaku mulai"), "{text}");
    let csv = iuran_csv(&s, &fmt, today);
    assert!(
        csv.contains("\r\n\"Tarif per 1 Des 2026: PP 44/2015"),
        "{csv}"
    );
    assert!(csv.contains("Iuran per pekerja per bulan;8400;"), "{csv}");
    // The active participants' month and year (× 12 = 24.647.898.240), with
    // the assumption in its own row.
    assert!(
        csv.contains("Iuran per bulan, peserta aktif;2053991520;"),
        "{csv}"
    );
    assert!(
        csv.contains("Iuran per tahun, peserta aktif;24647898240;"),
        "{csv}"
    );
    assert!(
        csv.contains("Peserta tetap membayar (%);75,47;75,47"),
        "{csv}"
    );
    // The agent at the quota, PERDIR 13/2022 (BPU Rp8.400 with the
    // relief): 541 × 10.000 + 15 % × 541 × 8.400 = 5.410.000 + 681.660.
    assert!(csv.contains(";6091660;"), "{csv}");
    // A typed date is the date the figures are for.
    let typed = edit(s, Field::IuranDate, "2025-06-01");
    let text = summary_text(&typed, &fmt, today);
    assert!(text.contains("1 Jun 2025"), "{text}");
    // 324.000 × 16.800 = 5.443.200.000; × 75,47 % = 4.082.400.000 +
    // 25.583.040.
    assert!(text.contains("Rp4.107.983.040"), "{text}");
    // The comparison's line for a scenario, in the interface's language.
    let basis = umkm_core::report::iuran_basis(&typed, Lang::En, today).expect("date reads");
    assert!(
        basis.starts_with("Rates on 1 Jun 2025: PP 44/2015"),
        "{basis}"
    );
    // The transport switch is on, but June 2025 is outside its period.
    assert!(basis.ends_with("(in force from 1 Mar 2025)"), "{basis}");
    for out in [text, csv, iuran_csv(&typed, &fmt, today)] {
        assert!(!out.contains(".md"), "{out}");
    }
}

#[test]
fn the_relieved_jkm_and_the_per_worker_sum_are_worked_out_in_full() {
    use umkm_core::calc::{iuran::Program, Bracket, Explain, Figure, Op, Quantity, Token, Unit};
    let n = |value: f64, unit: Unit| Token::Num(Quantity { value, unit });
    let s = on(article(), Field::ReliefTransport);
    let b = at(&s, "2026-12-01").bpu.expect("reads").expect("computes");
    let all = b.explain();
    let tokens = |f: Figure| {
        let e = all.iter().find(|e| e.figure == f).expect("shown");
        (
            e.steps[0].tokens.clone(),
            e.result().expect("a result").value,
        )
    };
    // JKM: the flat Rp6.800 before the relief, × 50 % = Rp3.400.
    assert_eq!(
        tokens(Figure::IuranProgram(Program::Jkm)),
        (
            vec![
                n(6_800.0, Unit::Rupiah),
                Token::Op(Op::Mul),
                n(0.5, Unit::Fraction)
            ],
            3_400.0
        )
    );
    // Per worker: ⌊Rp5.000 + Rp3.400⌉ = Rp8.400, the plus between the two.
    assert_eq!(
        tokens(Figure::IuranPerWorker),
        (
            vec![
                Token::Open(Bracket::Round),
                n(5_000.0, Unit::Rupiah),
                Token::Op(Op::Add),
                n(3_400.0, Unit::Rupiah),
                Token::Close(Bracket::Round)
            ],
            8_400.0
        )
    );
}
