//! What it would cost a partner to pay its workers' contributions (issue 27,
//! *Sertakan* / CSR), as its card shows it: Sampoerna's 108.000 UMKM × 5
//! workers at the smallest package, worked by hand.

use umkm_core::calc::iuran::Rates;
use umkm_core::calc::pipeline;
use umkm_core::figures::{sponsor_figures, SponsorFigures};
use umkm_core::read::read_work_partners;
use umkm_core::state::{Action, AppState, PartnerField};

/// Sampoerna (108.000 UMKM × 5 workers) at 10–30 % enrolment, sponsored.
fn sampoerna_sponsored() -> SponsorFigures {
    let s = AppState::default().apply(Action::AddPresetPartner(0));
    let id = s.partners[0].id;
    let s = s.apply(Action::EditPartner {
        id,
        field: PartnerField::Enrolment,
        text: "10–30".into(),
    });
    let read = read_work_partners(&s);
    let r = pipeline::partner(&read.valid[0]).expect("computes");
    sponsor_figures(&Rates::default(), &r)
}

#[test]
fn sampoerna_sponsoring_its_workers_a_month_and_a_year() {
    let f = sampoerna_sponsored();
    // JKK 1 % × Rp1.000.000 + JKM 6.800 = Rp16.800; 108.000 × 5 = 540.000
    // workers: 9.072.000.000 a month, 108.864.000.000 a year.
    let all = f.all.expect("computes");
    assert_eq!(
        (all.per_worker, all.monthly, all.yearly),
        (16_800, 9_072_000_000, 108_864_000_000)
    );
    assert!(f.all_high.is_none());
    // Expected at 10–30 %: 54.000 × 16.800 = 907.200.000 and 162.000 ×
    // 16.800 = 2.721.600.000 a month (× 12: 10.886.400.000 and
    // 32.659.200.000 a year).
    let low = f.expected.expect("computes");
    let high = f.expected_high.expect("a range").expect("computes");
    assert_eq!((low.monthly, high.monthly), (907_200_000, 2_721_600_000));
    assert_eq!((low.yearly, high.yearly), (10_886_400_000, 32_659_200_000));
}

#[test]
fn the_card_s_lines_show_one_value_once_and_a_range_by_its_ends() {
    use umkm_core::i18n::Lang;
    use umkm_core::numbers::format::{fixed, Style};
    use umkm_core::words::sponsor_lines;
    let id_fmt = |style: Style, v: f64| fixed(Lang::Id, style, v).unwrap_or_default();
    let lines = sponsor_lines(Lang::Id, &id_fmt, &sampoerna_sponsored());
    // All 540.000 workers: one value, written once.
    assert_eq!(
        lines[0],
        "Semua pekerja potensial: 540.000 × Rp16.800 = Rp9.072.000.000 per bulan, Rp108.864.000.000 per tahun"
    );
    // Expected at 10–30 %: both ends.
    assert_eq!(
        lines[1],
        "Perkiraan peserta baru: 54.000–162.000 × Rp16.800 = Rp907.200.000–Rp2.721.600.000 per bulan, Rp10.886.400.000–Rp32.659.200.000 per tahun"
    );
}
