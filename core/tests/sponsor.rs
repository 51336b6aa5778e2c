//! What it would cost a partner to pay its workers' contributions (issue 27,
//! *Sertakan* / CSR), as its card shows it: Sampoerna's 108.000 UMKM × 5
//! workers at the smallest package, worked by hand.

use umkm_core::calc::iuran::Rates;
use umkm_core::calc::pipeline;
use umkm_core::figures::sponsor_figures;
use umkm_core::read::read_work_partners;
use umkm_core::state::{Action, AppState, PartnerField};

#[test]
fn sampoerna_sponsoring_its_workers_a_month_and_a_year() {
    let s = AppState::default().apply(Action::AddPresetPartner(0));
    let id = s.partners[0].id;
    let s = s.apply(Action::EditPartner {
        id,
        field: PartnerField::Enrolment,
        text: "10–30".into(),
    });
    let read = read_work_partners(&s);
    let r = pipeline::partner(&read.valid[0]).expect("computes");
    let f = sponsor_figures(&Rates::default(), &r);
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
