//! Money is rounded half-up once, to whole Rupiah: a true half goes up,
//! anything short of it goes down, however large the amount. Worked by hand.

use umkm_core::calc::incentive::active_contributions;

/// From a second read: half-up rounding took anything within a relative
/// 10⁻¹² of ,5 as ,5, which at Rp10¹⁰ is hundredths of a Rupiah.
#[test]
fn large_amounts_round_half_up_only_at_a_half() {
    // 36.800.478.400 × 0,7547 = 27.600.358.800 + 172.962.248,48
    // = 27.773.321.048,48: down.
    let a = active_contributions(36_800_478_400, 0.7547).unwrap();
    assert_eq!(a.active, 27_773_321_048);
    // 201.604.032.000 × 0,7547 = 152.150.562.950,4: down.
    let a = active_contributions(201_604_032_000, 0.7547).unwrap();
    assert_eq!(a.active, 152_150_562_950);
    // A true half at that size still goes up: 1.000.000.001 × 50 % =
    // 500.000.000,5 → 500.000.001.
    let a = active_contributions(1_000_000_001, 0.5).unwrap();
    assert_eq!(a.active, 500_000_001);
}

/// The plan's money is the active participants' (issue 27): the registered
/// month × the active share, its working going on from the registered
/// month's, and twelve such months a year.
#[test]
fn the_active_participants_month_and_year() {
    use umkm_core::calc::explain::{Figure, Note};
    use umkm_core::calc::iuran::{bpu, with_active_share, Rates};
    // Rp1.000.000: JKK 1 % = 10.000 + JKM 6.800 = 16.800 × 54.000 =
    // 907.200.000 registered; × 0,7547 = 680.400.000 + 4.263.840.
    let b = bpu(&Rates::default(), 1_000_000.0, false, 54_000, None).unwrap();
    assert_eq!(b.monthly, 907_200_000);
    let explained = umkm_core::calc::Explain::explain(&b);
    let (month, year, all) = with_active_share(explained, b.monthly, 0.7547).unwrap();
    assert_eq!((month, year), (684_663_840, 8_215_966_080));
    let m = all
        .iter()
        .find(|e| e.figure == Figure::IuranMonthly)
        .unwrap();
    // 16.800 × 54.000, then × 0,7547: whole, so no rounding step.
    assert_eq!(m.steps.len(), 2);
    assert_eq!(m.notes, [Note::ActiveShare(0.7547)]);
    let y = all
        .iter()
        .find(|e| e.figure == Figure::IuranYearly)
        .unwrap();
    assert_eq!(y.steps.len(), 1);
    // 16.801 × 50 % = 8.400,5 → 8.401, the rounding shown and noted.
    let (month, _, all) = with_active_share(Vec::new(), 16_801, 0.5).unwrap();
    assert_eq!(month, 8_401);
    assert!(all.is_empty());
    let one = bpu(&Rates::default(), 1_000_000.0, false, 1, None).unwrap();
    let (_, _, all) =
        with_active_share(umkm_core::calc::Explain::explain(&one), 16_801, 0.5).unwrap();
    let m = all
        .iter()
        .find(|e| e.figure == Figure::IuranMonthly)
        .unwrap();
    assert!(m.notes.contains(&Note::RoundedHalfUp), "{:?}", m.notes);
    // A share that is not a fraction is an error, not a figure.
    assert!(with_active_share(Vec::new(), 100, 1.5).is_err());
}
