//! Issue 12's worked examples, worked by hand: partner stages, ranges carried
//! through every formula, and what closes the gap, on the article scenario
//! (Sampoerna 108.000 UMKM × 5 workers; total target 2.336.252).

#[macro_use]
mod common;

use common::close;
use umkm_core::calc::goal::goal_seek;
use umkm_core::calc::growth::Segment;
use umkm_core::calc::pipeline;
use umkm_core::calc::span::Span;
use umkm_core::calc::{Note, Token, Unit};
use umkm_core::figures::{goal_figures, iuran_figures};
use umkm_core::i18n::Lang;
use umkm_core::numbers::format::{fixed, Style};
use umkm_core::read::read_work_partners;
use umkm_core::report::{headline, summary_text};
use umkm_core::state::{Action, AppState, Field, PartnerField};
use umkm_core::words::headline_text;

fn id_fmt(style: Style, v: f64) -> String {
    fixed(Lang::Id, style, v).unwrap_or_default()
}

/// Sampoerna with `enrolment` typed, at `stage` ("" for none), and the
/// article's targets.
fn sampoerna(enrolment: &str, stage: &str) -> AppState {
    let s = AppState::default().apply(Action::FillArticleTargets);
    edit_row(
        s,
        0,
        &[
            (PartnerField::Name, "Sampoerna"),
            (PartnerField::Umkm, "108.000"),
            (PartnerField::Enrolment, enrolment),
            (PartnerField::Stage, stage),
        ],
    )
}

/// Types `edits` into the partner row at `row`.
fn edit_row(s: AppState, row: usize, edits: &[(PartnerField, &str)]) -> AppState {
    let id = s.partners[row].id;
    edits.iter().fold(s, |s, &(field, text)| {
        s.apply(Action::EditPartner {
            id,
            field,
            text: text.into(),
        })
    })
}

#[test]
fn enrolment_10_to_30_gives_54_000_to_162_000_and_2_31_to_6_93_percent() {
    let s = sampoerna("10–30", "");
    let h = headline(&s);
    // 108.000 × 5 = 540.000 potential, a single value.
    assert_eq!(h.potential, Some(Span::one(540_000.0)));
    // 540.000 × 10 % = 54.000; 540.000 × 30 % = 162.000.
    let e = h.expected.expect("computes");
    assert_close!(e.low, 54_000.0);
    assert_close!(e.high, 162_000.0);
    // 54.000 ÷ 2.336.252 = 0,023114 → 2,31 %; 162.000 ÷ 2.336.252 = 0,069341 → 6,93 %.
    let share = h.share.expect("computes");
    assert!((share.low - 0.023_114).abs() < 5e-7, "{share:?}");
    assert!((share.high - 0.069_342).abs() < 5e-7, "{share:?}");
    assert_eq!(id_fmt(Style::Percent, share.low), "2,31%");
    assert_eq!(id_fmt(Style::Percent, share.high), "6,93%");
    // Every form people write reads the same.
    for text in ["10-30 %", "10 s.d. 30", "10 sampai 30", "10 hingga 30"] {
        assert_eq!(
            headline(&sampoerna(text, "")).expected,
            h.expected,
            "{text}"
        );
    }
    let en = sampoerna("10–30", "").apply(Action::SwitchLanguage(Lang::En));
    assert_eq!(en.partners[0][PartnerField::Enrolment], "10–30");
    let typed_en = {
        let id = en.partners[0].id;
        en.apply(Action::EditPartner {
            id,
            field: PartnerField::Enrolment,
            text: "10 to 30".into(),
        })
    };
    assert_eq!(headline(&typed_en).expected, h.expected);
}

#[test]
fn a_range_shows_both_ends_and_its_working_names_them() {
    let s = sampoerna("10–30", "");
    let read = read_work_partners(&s);
    let total = pipeline::total(&read.valid).expect("computes");
    let all = umkm_core::calc::Explain::explain(&total);
    let expected = all
        .iter()
        .find(|e| e.figure == umkm_core::calc::Figure::ExpectedParticipants)
        .expect("explained");
    assert_eq!(headline_text(Lang::Id, &id_fmt, expected), "54.000–162.000");
    let lines = umkm_core::words::working_lines(Lang::Id, &id_fmt, expected);
    assert_eq!(
        lines,
        [
            "Ujung bawah: 54.000 = 54.000",
            "Ujung atas: 162.000 = 162.000"
        ]
    );
    // The partner's own working: potential × each end of the enrolment.
    let r = pipeline::partner(&read.valid[0]).expect("computes");
    let e =
        umkm_core::calc::Explain::explanation(&r, umkm_core::calc::Figure::ExpectedParticipants)
            .expect("explained");
    let lines = umkm_core::words::working_lines(Lang::Id, &id_fmt, &e);
    assert_eq!(lines[0], "Ujung bawah: 540.000 × 10% = 54.000");
    assert_eq!(lines[1], "Ujung atas: 540.000 × 30% = 162.000");
    // A single value has one working, without ends, exactly as before.
    let one = sampoerna("100", "");
    let t = pipeline::total(&read_work_partners(&one).valid).expect("computes");
    let e =
        umkm_core::calc::Explain::explanation(&t, umkm_core::calc::Figure::ExpectedParticipants)
            .expect("explained");
    assert_eq!(e.high_from, None);
    assert_eq!(headline_text(Lang::Id, &id_fmt, &e), "540.000");
}

#[test]
fn stage_data_diterima_at_60_percent_weighs_32_400_to_97_200() {
    let s = sampoerna("10–30", "3");
    let h = headline(&s);
    assert!(h.staged);
    // 54.000 × 60 % = 32.400; 162.000 × 60 % = 97.200.
    let w = h.weighted.expect("computes");
    assert_close!(w.low, 32_400.0);
    assert_close!(w.high, 97_200.0);
    // Unweighted stays as it was, side by side.
    assert_close!(h.expected.expect("computes").high, 162_000.0);
    // 32.400 ÷ 2.336.252 = 1,39 %; 97.200 ÷ 2.336.252 = 4,16 %.
    let ws = h.weighted_share.expect("computes");
    assert_eq!(id_fmt(Style::Percent, ws.low), "1,39%");
    assert_eq!(id_fmt(Style::Percent, ws.high), "4,16%");
    // The probability is the table's, and editable: Data diterima at 50 %.
    let s = s.apply(Action::EditField {
        field: Field::Stage3,
        text: "50".into(),
    });
    assert_close!(headline(&s).weighted.expect("computes").low, 27_000.0);
    // A probability that cannot be read makes the partner wait, not count.
    let bad = s.apply(Action::EditField {
        field: Field::Stage3,
        text: "150".into(),
    });
    assert_eq!(headline(&bad).waiting_rows, 1);
    // No stage: counted in full.
    assert_eq!(
        headline(&sampoerna("10–30", "")).weighted,
        headline(&sampoerna("10–30", "")).expected
    );
}

#[test]
fn what_closes_the_gap_at_100_percent() {
    let s = sampoerna("100", "");
    let g = goal_figures(&s).expect("reads").expect("computes");
    // 2.336.252 − 540.000 = 1.796.252.
    assert_eq!(g.gap.value, Span::one(1_796_252.0));
    // (a) 1.796.252 ÷ (5 × 100 %) = 359.250,4 → 359.251 UMKM (people are whole).
    assert_eq!(
        g.more_umkm.as_ref().expect("computes").value,
        Span::one(359_251.0)
    );
    // (b) 2.336.252 ÷ 540.000 = 4,3264 → 432,64 %: beyond 100 %, which
    // covers 540.000 ÷ 2.336.252 = 23,11 %.
    let e = g.enrolment.as_ref().expect("computes");
    assert_eq!(id_fmt(Style::Percent, e.value.low), "432,64%");
    let covers = e.explanation.notes.iter().find_map(|n| match n {
        Note::BeyondFullEnrolment { covers } => Some(*covers),
        _ => None,
    });
    assert_eq!(
        covers.map(|c| id_fmt(Style::Percent, c)).as_deref(),
        Some("23,11%")
    );
    // (c) 1.796.252 ÷ 540.000 = 3,33 → 4 more partners of Sampoerna's size.
    let (largest, p) = g.more_partners.as_ref().expect("computes");
    assert_eq!((*largest, p.value), (0, Span::one(4.0)));
    // (d) 1.796.252 ÷ (50 × 12) = 2.993,75 → 2.994 agents.
    assert_eq!(
        g.agents.as_ref().expect("computes").value,
        Span::one(2_994.0)
    );
    // What closes it in the chat summary (the plan's lines: the gap, more
    // partners of the largest's size, agents), in Indonesian.
    let text = summary_text(&s, &id_fmt, None);
    for want in [
        "• Kekurangan terhadap target: 1.796.252\n",
        "• Mitra tambahan sebesar mitra terbesar: 4 (Mitra terbesar: Sampoerna)\n",
        "• Agen yang dibutuhkan untuk kekurangan: 2.994 (",
    ] {
        assert!(text.contains(want), "{want} in {text}");
    }
}

#[test]
fn what_closes_the_gap_at_10_to_30_percent() {
    let g = goal_figures(&sampoerna("10–30", ""))
        .expect("reads")
        .expect("computes");
    // Gap: 2.336.252 − 162.000 = 2.174.252 to 2.336.252 − 54.000 = 2.282.252.
    assert_eq!(
        g.gap.value,
        Span {
            low: 2_174_252.0,
            high: 2_282_252.0
        }
    );
    // (a) 2.174.252 ÷ (5 × 30 %) = 1.449.501,3 → 1.449.502;
    //     2.282.252 ÷ (5 × 10 %) = 4.564.504.
    let more = g.more_umkm.as_ref().expect("computes");
    assert_eq!(
        more.value,
        Span {
            low: 1_449_502.0,
            high: 4_564_504.0
        }
    );
    assert_eq!(
        headline_text(Lang::Id, &id_fmt, &more.explanation),
        "1.449.502–4.564.504"
    );
    // (b) Potential is single (540.000): the enrolment needed is single.
    assert!(!g.enrolment.as_ref().expect("computes").value.is_range());
    // (c) 2.174.252 ÷ 162.000 = 13,4 → 14; 2.282.252 ÷ 54.000 = 42,3 → 43.
    assert_eq!(
        g.more_partners.as_ref().expect("computes").1.value,
        Span {
            low: 14.0,
            high: 43.0
        }
    );
    // (d) 2.174.252 ÷ 600 = 3.623,8 → 3.624; 2.282.252 ÷ 600 = 3.803,8 → 3.804.
    assert_eq!(
        g.agents.as_ref().expect("computes").value,
        Span {
            low: 3_624.0,
            high: 3_804.0
        }
    );
}

#[test]
fn the_gap_follows_the_compared_line_and_the_period() {
    // BPU target 411.156 − 540.000 < 0: covered, nothing more needed.
    let s = sampoerna("100", "").apply(Action::CompareWith(Segment::Bpu));
    let g = goal_figures(&s).expect("reads").expect("computes");
    assert!(g.closed());
    assert_eq!(
        g.more_umkm.as_ref().expect("computes").value,
        Span::one(0.0)
    );
    assert!(summary_text(&s, &id_fmt, None)
        .contains("Perkiraan dari mitra sudah menutup target: tidak perlu tambahan."));
    // Six months: 1.796.252 ÷ (50 × 6) = 5.987,5 → 5.988 agents.
    let six = sampoerna("100", "").apply(Action::EditField {
        field: Field::AgentMonths,
        text: "6".into(),
    });
    let g = goal_figures(&six).expect("reads").expect("computes");
    assert_eq!(
        g.agents.as_ref().expect("computes").value,
        Span::one(5_988.0)
    );
}

#[test]
fn goal_seek_waits_or_errs_rather_than_divides_by_zero() {
    let empty = pipeline::total(&[]).expect("computes");
    let g = goal_seek(&empty, 2_336_252.0, 50.0, 12).expect("the gap computes");
    assert_eq!(g.gap.value, Span::one(2_336_252.0));
    assert!(g.more_umkm.is_err() && g.enrolment.is_err() && g.more_partners.is_err());
    assert_eq!(
        g.agents.as_ref().expect("computes").value,
        Span::one(3_894.0)
    );
    let t = pipeline::total(&read_work_partners(&sampoerna("100", "")).valid).expect("computes");
    assert!(goal_seek(&t, 2_336_252.0, 0.0, 12)
        .expect("computes")
        .agents
        .is_err());
}

#[test]
fn contributions_carry_a_range_of_participants() {
    // 0–40 % PU of 540.000: BPU 324.000–540.000 at Rp16.800 a month each.
    let s = sampoerna("100", "");
    let id = s.partners[0].id;
    let s = s.apply(Action::EditPartner {
        id,
        field: PartnerField::PuShare,
        text: "0–40".into(),
    });
    let f = iuran_figures(&s, umkm_core::calc::progress::Date::new(2025, 6, 1).ok());
    assert_eq!(
        (f.bpu_workers, f.bpu_workers_high),
        (Some(324_000), Some(540_000))
    );
    assert_eq!((f.pu_workers, f.pu_workers_high), (Some(0), Some(216_000)));
    let (low, high) = (
        f.bpu.expect("reads").expect("computes"),
        f.bpu_high.expect("reads").expect("computes"),
    );
    assert_eq!(
        (low.monthly, high.monthly),
        (16_800 * 324_000, 16_800 * 540_000)
    );
}

#[test]
fn a_reversed_or_open_range_waits_with_the_fields_name() {
    for text in ["30–10", "10–", "10 % – Rp30.000"] {
        let h = headline(&sampoerna(text, ""));
        assert_eq!((h.waiting_rows, h.partners), (1, 0), "{text}");
    }
    assert!(close(
        headline(&sampoerna("10–10", ""))
            .expected
            .expect("computes")
            .high,
        54_000.0
    ));
}

#[test]
fn comparing_a_range_with_a_single_value_gives_the_range_of_differences() {
    // A: 54.000–162.000; B: 540.000. B − A from 540.000 − 162.000 = 378.000
    // to 540.000 − 54.000 = 486.000.
    let a = Span {
        low: 54_000.0,
        high: 162_000.0,
    };
    let d = pipeline::span_difference(a, Span::one(540_000.0)).expect("computes");
    assert_eq!(
        d,
        Span {
            low: 378_000.0,
            high: 486_000.0
        }
    );
    // Single values: exactly b − a.
    assert_eq!(
        pipeline::span_difference(Span::one(270_000.0), Span::one(540_000.0)),
        Ok(Span::one(270_000.0))
    );
}

#[test]
fn an_unreadable_capacity_leaves_only_the_agents_waiting() {
    let s = sampoerna("10–30", "").apply(Action::EditField {
        field: Field::Capacity,
        text: "abc".into(),
    });
    let g = goal_figures(&s)
        .expect("the target reads")
        .expect("computes");
    assert!(g.agents.is_err());
    assert_eq!(
        g.more_umkm.as_ref().expect("computes").value,
        Span {
            low: 1_449_502.0,
            high: 4_564_504.0
        }
    );
    // 2.336.252 ÷ 540.000 = 432,64 %, whatever the enrolment typed.
    assert_eq!(
        id_fmt(
            Style::Percent,
            g.enrolment.as_ref().expect("computes").value.low
        ),
        "432,64%"
    );
}

#[test]
fn a_gap_closed_at_one_end_only_is_not_called_closed() {
    // Enrolment 50–100 against BPU 411.156: expected 270.000–540.000, gap
    // 411.156 − 540.000 = −128.844 to 411.156 − 270.000 = 141.156.
    let s = sampoerna("50–100", "").apply(Action::CompareWith(Segment::Bpu));
    let g = goal_figures(&s).expect("reads").expect("computes");
    assert_eq!(
        g.gap.value,
        Span {
            low: -128_844.0,
            high: 141_156.0
        }
    );
    assert!(!g.closed());
    // (a) 0 at the low end; 141.156 ÷ (5 × 50 %) = 56.462,4 → 56.463 at the high end.
    let more = g.more_umkm.as_ref().expect("computes");
    assert_eq!(
        more.value,
        Span {
            low: 0.0,
            high: 56_463.0
        }
    );
    assert!(!more.explanation.notes.contains(&Note::GapClosed));
}

#[test]
fn more_partners_are_of_the_largest_and_more_umkm_of_the_average_enrolment() {
    // Sampoerna (108.000 UMKM × 5 × 100 % = 540.000) first, then a partner
    // of 1.000 UMKM × 5 × 100 % = 5.000: 545.000 in all.
    let s = edit_row(
        sampoerna("100", "").apply(Action::AddPartner),
        1,
        &[
            (PartnerField::Umkm, "1.000"),
            (PartnerField::Enrolment, "100"),
        ],
    );
    let g = goal_figures(&s).expect("reads").expect("computes");
    // Gap 2.336.252 − 545.000 = 1.791.252; the largest is the first row:
    // 1.791.252 ÷ 540.000 = 3,32 → 4 more of its size (not ÷ 5.000 → 359).
    assert_eq!(g.gap.value, Span::one(1_791_252.0));
    let (largest, p) = g.more_partners.as_ref().expect("computes");
    assert_eq!((*largest, p.value), (0, Span::one(4.0)));
    // (a)'s working: a UMKM yields 545.000 ÷ 109.000 = 5 workers × the
    // average enrolment 545.000 ÷ 545.000 = 100 %.
    let fractions = |s: &AppState| -> Vec<f64> {
        let g = goal_figures(s).expect("reads").expect("computes");
        let e = g.more_umkm.expect("computes").explanation;
        e.steps
            .iter()
            .flat_map(|st| st.tokens.iter())
            .filter_map(|t| match t {
                Token::Num(q) if q.unit == Unit::Fraction => Some(q.value),
                _ => None,
            })
            .collect()
    };
    assert_eq!(fractions(&s), vec![1.0]);
    // At 10–30 % on Sampoerna alone the average enrolment is
    // 162.000 ÷ 540.000 = 30 % and 54.000 ÷ 540.000 = 10 %. The working
    // shows the smaller answer first, and fewer UMKM are needed at 30 %.
    let f = fractions(&sampoerna("10–30", ""));
    assert_eq!(f.len(), 2);
    assert_close!(f[0], 0.3);
    assert_close!(f[1], 0.1);
}
