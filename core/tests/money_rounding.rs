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
