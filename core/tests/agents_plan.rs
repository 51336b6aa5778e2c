//! One model of people and time (issue 21), worked by hand on the article
//! case: target 2.336.252, 36 offices × 10 agents = 360 agents, 50 new
//! participants per agent per month, 12 months; Sampoerna 108.000 UMKM × 5
//! workers at 10–30 % enrolment (54.000–162.000); Capaian with January to
//! March 180.000 + 175.000 + 150.000. Each agent figure is also read from
//! every place that shows it, to show they agree.

#[macro_use]
mod common;

use common::close;
use umkm_core::calc::agents::{agent_plan, load};
use umkm_core::calc::progress::{Date, Rate};
use umkm_core::calc::{Explain, Figure};
use umkm_core::figures::{
    agent_figures, goal_figures, iuran_figures, progress_figures, split_figures,
};
use umkm_core::i18n::Lang;
use umkm_core::numbers::format::{fixed, Style};
use umkm_core::state::{Action, AppState, Field, PartnerField};
use umkm_core::words::headline_text;

fn id_fmt(style: Style, v: f64) -> String {
    fixed(Lang::Id, style, v).unwrap_or_default()
}

/// The article's targets and Sampoerna at 10–30 % enrolment.
fn article() -> AppState {
    let s = AppState::default()
        .apply(Action::FillArticleTargets)
        .apply(Action::AddPresetPartner(0));
    let id = s.partners[0].id;
    s.apply(Action::EditPartner {
        id,
        field: PartnerField::Enrolment,
        text: "10–30".into(),
    })
}

/// The same with Capaian's January to March typed.
fn with_first_quarter() -> AppState {
    let mut s = article();
    for (f, v) in Field::MONTHS.iter().zip(["180.000", "175.000", "150.000"]) {
        s = s.apply(Action::EditField {
            field: *f,
            text: v.into(),
        });
    }
    s
}

#[test]
fn the_worked_example_by_hand() {
    let p = agent_plan(2_336_252.0, 360, 50.0, 12).expect("computes");
    // 360 × 50 × 12 = 216.000, which is 216.000 ÷ 2.336.252 = 9,2456…% of the target.
    assert_close!(p.reach, 216_000.0);
    assert_eq!(id_fmt(Style::Percent, p.reach_share), "9,25%");
    // 2.336.252 ÷ (360 × 12) = 540,80…: 541 per agent per month.
    assert_eq!(p.quota_month, 541);
    // 2.336.252 ÷ 360 = 6.489,58…: 6.490 per agent per year.
    assert_eq!(p.quota_year, 6_490);
    // 541 ÷ 50 = 10,82: "10,8 × kapasitas", above capacity.
    assert_close!(p.load.times, 10.82);
    assert!(p.load.beyond());
    // 2.336.252 ÷ (50 × 12) = 3.893,75: 3.894 agents at capacity.
    assert_eq!(p.needed.agents, 3_894);
    let load_text = p
        .explain()
        .into_iter()
        .find(|e| e.figure == Figure::QuotaLoad)
        .map(|e| headline_text(Lang::Id, &id_fmt, &e))
        .expect("explained");
    assert_eq!(load_text, "10,8 × kapasitas");
}

#[test]
fn within_capacity_is_not_beyond() {
    // 40 a month against 50: 0,8 × capacity.
    let l = load(40.0, 50.0).expect("computes");
    assert_close!(l.times, 0.8);
    assert!(!l.beyond());
    // Exactly at capacity is reachable.
    assert!(!load(50.0, 50.0).expect("computes").beyond());
    assert!(load(40.0, 0.0).is_err());
}

#[test]
fn nothing_to_share_waits() {
    assert!(agent_plan(2_336_252.0, 0, 50.0, 12).is_err());
    assert!(agent_plan(2_336_252.0, 360, 0.0, 12).is_err());
    assert!(agent_plan(2_336_252.0, 360, 50.0, 0).is_err());
    assert!(agent_plan(0.0, 360, 50.0, 12).is_err());
}

#[test]
fn the_plan_of_the_work_and_every_place_that_shows_it() {
    let s = article();
    let f = agent_figures(&s);
    assert_eq!(f.agents, Some(360));
    let plan = f.plan.expect("computes");
    assert_eq!(
        (plan.quota_month, plan.quota_year, plan.needed.agents),
        (541, 6_490, 3_894)
    );

    // Pembagian's agents card shows the plan itself (figures::agent_figures).
    let split = split_figures(&s);
    // The quota per agent per month: Iuran's agent card uses the same.
    let iuran = iuran_figures(&s, Date::new(2026, 12, 6).ok());
    assert_eq!(iuran.agent_quota, Some(541));
    // The office table's per-agent figure of an office is its year: the
    // first 32 offices get 64.896 (2.336.252 = 36 × 64.895 + 32), so
    // ⌈64.896 ÷ 10⌉ = 6.490, the same as the plan's year per agent.
    let first = split.offices.expect("splits").parts[0].part;
    assert_eq!(first.div_ceil(10), plan.quota_year);
}

#[test]
fn agents_for_the_gap_after_the_partners() {
    // Gap 2.336.252 − 162.000 = 2.174.252 and − 54.000 = 2.282.252;
    // ÷ (50 × 12) = 3.623,75 and 3.803,75: 3.624–3.804 agents.
    let g = goal_figures(&article()).expect("reads").expect("computes");
    let agents = g.agents.expect("computes");
    assert_eq!((agents.value.low, agents.value.high), (3_624.0, 3_804.0));
}

#[test]
fn capaian_need_per_agent_against_the_same_capacity() {
    let s = with_first_quarter();
    let f = progress_figures(&s, Date::new(2019, 4, 1).ok());
    let m = f.months.expect("entered").expect("computes");
    // 180.000 + 175.000 + 150.000 = 505.000; 2.336.252 − 505.000 = 1.831.252.
    assert_close!(m.remaining, 1_831_252.0);
    // ⌈1.831.252 ÷ (9 × 360)⌉ = ⌈565,2…⌉ = 566 per agent per month.
    assert_eq!(m.per_agent, Some(Rate::Each(566)));
    // 566 ÷ 50 = 11,32: "11,3 × kapasitas".
    let l = f.agent_load.expect("capacity reads");
    assert_close!(l.times, 11.32);
    let text = l
        .explain()
        .first()
        .map(|e| headline_text(Lang::Id, &id_fmt, e))
        .expect("explained");
    assert_eq!(text, "11,3 × kapasitas");
}

/// A line of the plan by id.
fn plan_line(
    lines: &[umkm_core::plan::PlanLine],
    id: &str,
) -> (Option<String>, Option<String>, bool) {
    lines
        .iter()
        .find(|l| l.id == id)
        .map(|l| (l.value.clone(), l.note.clone(), l.warn))
        .unwrap_or_else(|| panic!("no line {id}"))
}

#[test]
fn the_plan_on_one_screen_reads_the_same_figures() {
    let lines = umkm_core::plan::plan_lines(&article(), &id_fmt, Date::new(2026, 12, 6).ok());
    assert_eq!(
        plan_line(&lines, "plan-target").0.as_deref(),
        Some("2.336.252")
    );
    // 108.000 × 5 × 10 % = 54.000 and × 30 % = 162.000; ÷ 2.336.252 =
    // 2,31 % and 6,93 %.
    let partners = plan_line(&lines, "plan-partners");
    assert_eq!(partners.0.as_deref(), Some("54.000–162.000"));
    assert_eq!(partners.1.as_deref(), Some("2,31%–6,93% dari target"));
    // 2.336.252 − 162.000 = 2.174.252; − 54.000 = 2.282.252.
    let gap = plan_line(&lines, "plan-gap");
    assert_eq!(gap.0.as_deref(), Some("2.174.252–2.282.252"));
    assert!(gap.2);
    assert_eq!(
        plan_line(&lines, "plan-agents-gap").0.as_deref(),
        Some("3.624–3.804")
    );
    // The capacity the agents' answer assumes, beside it.
    assert_eq!(
        plan_line(&lines, "plan-agents-gap").1.as_deref(),
        Some("Peserta per agen per bulan: 50")
    );
    let reach = plan_line(&lines, "plan-reach");
    assert_eq!(reach.0.as_deref(), Some("216.000"));
    // Its assumptions beside it: 360 agents × 50 a month × 12 months, as its working.
    assert_eq!(
        reach.1.as_deref(),
        Some("360 × 50 × 12 bulan · 9,25% dari target")
    );
    let quota = plan_line(&lines, "plan-quota");
    assert_eq!(quota.0.as_deref(), Some("541"));
    assert_eq!(quota.1.as_deref(), Some("10,8 × kapasitas"));
    assert!(quota.2);
    // No month entered in Capaian: no need per agent yet.
    assert!(lines.iter().all(|l| l.id != "plan-need"));

    let lines =
        umkm_core::plan::plan_lines(&with_first_quarter(), &id_fmt, Date::new(2019, 4, 1).ok());
    let need = plan_line(&lines, "plan-need");
    assert_eq!(need.0.as_deref(), Some("566"));
    assert_eq!(need.1.as_deref(), Some("11,3 × kapasitas"));
}

#[test]
fn the_plan_waits_for_what_the_user_has_not_given() {
    // "+ Sampoerna" alone: the article's UMKM and workers, no enrolment.
    let s = AppState::default()
        .apply(Action::FillArticleTargets)
        .apply(Action::AddPresetPartner(0));
    assert_eq!(s.partners[0][PartnerField::Umkm], "108.000");
    assert_eq!(s.partners[0][PartnerField::Workers], "5");
    assert_eq!(s.partners[0][PartnerField::Enrolment], "");
    let lines = umkm_core::plan::plan_lines(&s, &id_fmt, None);
    let partners = plan_line(&lines, "plan-partners");
    assert_eq!(partners.0, None);
    assert_eq!(
        partners.1.as_deref(),
        Some("Menunggu kepesertaan mitra (mis. 10–30).")
    );
    // Nothing from the partners yet: no gap is claimed.
    assert!(lines.iter().all(|l| l.id != "plan-gap"));
    // A fresh page: the target waits too.
    let lines = umkm_core::plan::plan_lines(&AppState::default(), &id_fmt, None);
    assert_eq!(plan_line(&lines, "plan-target").0, None);
}

#[test]
fn the_message_to_the_boss_has_both_ends_and_no_empty_lines() {
    // The article case with every worker BPU (PU share 0 typed), on the
    // smallest package at Rp1.000.000 (Rp10.000 + Rp6.800 = Rp16.800).
    let s = article();
    let id = s.partners[0].id;
    let s = s
        .apply(Action::EditPartner {
            id,
            field: PartnerField::PuShare,
            text: "0".into(),
        })
        .apply(Action::EditLine {
            line: umkm_core::calc::growth::Segment::Pu,
            field: umkm_core::state::LineField::Target,
            text: String::new(),
        })
        .apply(Action::EditLine {
            line: umkm_core::calc::growth::Segment::Bpu,
            field: umkm_core::state::LineField::Target,
            text: String::new(),
        })
        .apply(Action::EditLine {
            line: umkm_core::calc::growth::Segment::Bpu,
            field: umkm_core::state::LineField::Base,
            text: String::new(),
        });
    let text = umkm_core::report::summary_text(&s, &id_fmt, Date::new(2026, 12, 6).ok());
    // 54.000 × 16.800 = 907.200.000 and 162.000 × 16.800 = 2.721.600.000,
    // of which the active participants pay 75,47 %: 680.400.000 + 4.263.840
    // = 684.663.840 and 2.041.200.000 + 12.791.520 = 2.053.991.520.
    assert!(
        text.contains("• Iuran per bulan (peserta aktif 75,47%): Rp684.663.840–Rp2.053.991.520\n"),
        "{text}"
    );
    assert!(
        text.contains("• Peserta baru dari mitra: 54.000–162.000 (2,31%–6,93% dari target)"),
        "{text}"
    );
    assert!(
        text.contains("• Kuota per agen per bulan: 541 (10,8 × kapasitas)"),
        "{text}"
    );
    assert!(
        text.contains("• Agen yang dibutuhkan untuk kekurangan: 3.624–3.804"),
        "{text}"
    );
    // Only the total is filled: "Lainnya" would be the whole target again.
    assert!(!text.contains("Lainnya"), "{text}");
    // No stage: no weighted figures.
    assert!(!text.contains("ertimbang"), "{text}");
    // The rates are one short line.
    assert_eq!(text.matches("PP 44/2015").count(), 1, "{text}");
}

#[test]
fn the_partners_line_says_what_it_waits_for() {
    // A fresh page: one untouched row is no partner yet (not "enrolment missing").
    let lines = umkm_core::plan::plan_lines(&AppState::default(), &id_fmt, None);
    assert_eq!(
        plan_line(&lines, "plan-partners").1.as_deref(),
        Some("Belum ada mitra: tambahkan di Mitra.")
    );
    // Sampoerna counted, and a second row whose UMKM cannot be read: the
    // figure stands, the note says one row is left out.
    let s = article().apply(Action::AddPartner);
    let id = s.partners.last().map_or(0, |p| p.id);
    let s = s.apply(Action::EditPartner {
        id,
        field: PartnerField::Umkm,
        text: "abc".into(),
    });
    let lines = umkm_core::plan::plan_lines(&s, &id_fmt, None);
    let partners = plan_line(&lines, "plan-partners");
    assert_eq!(partners.0.as_deref(), Some("54.000–162.000"));
    assert_eq!(
        partners.1.as_deref(),
        Some("1 baris belum lengkap, tidak ikut dijumlahkan.")
    );
}
