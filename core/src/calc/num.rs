//! Input checks and the few whole-number conversions the rules allow.

use super::CalcError;

/// Relative distance from a whole number under which an `f64` is taken to *be*
/// that whole number before a floor or ceiling. Decimal weights and rates are
/// not exact in binary (0.1 + 0.2 + 0.7 is 1.0000000000000002), and a quota
/// of exactly 7 people must not become 8 because of that noise. 1e-12 is
/// thousands of ulps, yet below a thousandth of a person for any count under
/// a billion.
const WHOLE_TOLERANCE: f64 = 1e-12;

/// 2^64 as `f64`: the first value that no longer fits in `u64`.
const U64_LIMIT: f64 = 18_446_744_073_709_551_616.0;

/// A finite input, with −0.0 turned into 0.0 so it never shows as "−0".
pub(crate) fn finite(x: f64) -> Result<f64, CalcError> {
    if !x.is_finite() {
        return Err(CalcError::NotFinite);
    }
    Ok(if x == 0.0 { 0.0 } else { x })
}

/// A finite input of zero or more.
pub(crate) fn non_negative(x: f64) -> Result<f64, CalcError> {
    let x = finite(x)?;
    if x < 0.0 {
        return Err(CalcError::Negative);
    }
    Ok(x)
}

/// A fraction from 0 to 1 (0 % to 100 %).
pub(crate) fn fraction(x: f64) -> Result<f64, CalcError> {
    let x = non_negative(x)?;
    if x > 1.0 {
        return Err(CalcError::OutOfRange);
    }
    Ok(x)
}

/// A divisor: zero or more, and not zero.
pub(crate) fn divisor(x: f64) -> Result<f64, CalcError> {
    let x = non_negative(x)?;
    if x == 0.0 {
        return Err(CalcError::ZeroBase);
    }
    Ok(x)
}

/// A computed value: an infinite one means the inputs were too large.
pub(crate) fn result(x: f64) -> Result<f64, CalcError> {
    if x.is_nan() {
        // Only reachable through inf − inf or 0 × inf, i.e. overflow upstream.
        return Err(CalcError::Overflow);
    }
    if x.is_infinite() {
        return Err(CalcError::Overflow);
    }
    Ok(if x == 0.0 { 0.0 } else { x })
}

/// `x`, or the whole number it is within [`WHOLE_TOLERANCE`] of.
pub(crate) fn snap(x: f64) -> f64 {
    let whole = x.round();
    if (x - whole).abs() <= WHOLE_TOLERANCE * x.abs().max(1.0) {
        whole
    } else {
        x
    }
}

/// Whole `f64` (already floored/ceiled/rounded, non-negative) to `u64`.
fn whole_to_u64(whole: f64) -> Result<u64, CalcError> {
    let whole = result(whole)?;
    if whole < 0.0 {
        return Err(CalcError::Negative);
    }
    if whole >= U64_LIMIT {
        return Err(CalcError::Overflow);
    }
    // In range and whole, so the cast is exact.
    Ok(whole as u64)
}

/// A quota: rounded up, never below the exact value (up to float noise).
pub(crate) fn ceil_u64(x: f64) -> Result<u64, CalcError> {
    whole_to_u64(snap(x).ceil())
}

/// The whole part of a share.
pub(crate) fn floor_u64(x: f64) -> Result<u64, CalcError> {
    whole_to_u64(snap(x).floor())
}

/// How many ulps of binary noise a money figure may carry: a sum of 60
/// months' cohorts, each a product or two, stays well within it.
const MONEY_ULPS: f64 = 64.0;

/// Money to whole Rupiah, half-up. Doubling before snapping lets a value a
/// hair under .5 (from binary noise) still count as .5. The hair is counted
/// in ulps, not as [`snap`]'s relative tolerance: at Rp10¹⁰ that would be
/// hundredths of a Rupiah, and 27.773.321.048,48 would round up.
pub(crate) fn round_half_up_u64(x: f64) -> Result<u64, CalcError> {
    let x = non_negative(x)?;
    let doubled = result(x * 2.0)?;
    let whole = doubled.round();
    let noise = MONEY_ULPS * f64::EPSILON * doubled.max(1.0);
    let doubled = if (doubled - whole).abs() <= noise {
        whole
    } else {
        doubled
    };
    whole_to_u64((doubled / 2.0).round())
}

/// `⌈a ÷ b⌉` on whole numbers; `b = 0` is [`CalcError::ZeroBase`].
pub(crate) fn ceil_div(a: u64, b: u64) -> Result<u64, CalcError> {
    let q = a.checked_div(b).ok_or(CalcError::ZeroBase)?;
    let r = a.checked_rem(b).ok_or(CalcError::ZeroBase)?;
    if r > 0 {
        q.checked_add(1).ok_or(CalcError::Overflow)
    } else {
        Ok(q)
    }
}

/// A count as `f64` for arithmetic (exact up to 2^53, which no count of people
/// reaches).
pub(crate) fn count(n: u64) -> f64 {
    n as f64
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn snap_removes_binary_noise_only() {
        assert_eq!(snap(7.000000000000001), 7.0);
        assert_eq!(snap(6.999999999999999), 7.0);
        assert_eq!(snap(6.9999), 6.9999);
        assert_eq!(ceil_u64(7.000000000000001).unwrap(), 7);
        assert_eq!(ceil_u64(7.01).unwrap(), 8);
    }

    #[test]
    fn money_rounds_half_up() {
        assert_eq!(round_half_up_u64(2.5).unwrap(), 3);
        assert_eq!(round_half_up_u64(2.4999999999999996).unwrap(), 3);
        assert_eq!(round_half_up_u64(2.49).unwrap(), 2);
        assert_eq!(round_half_up_u64(-0.0).unwrap(), 0);
    }

    #[test]
    fn conversions_refuse_what_does_not_fit() {
        assert_eq!(ceil_u64(1e20), Err(CalcError::Overflow));
        assert_eq!(ceil_u64(f64::NAN), Err(CalcError::Overflow));
        assert_eq!(ceil_div(7, 0), Err(CalcError::ZeroBase));
        assert_eq!(ceil_div(7, 2), Ok(4));
        assert_eq!(ceil_div(u64::MAX, 1), Ok(u64::MAX));
        assert_eq!(finite(-0.0).unwrap().to_bits(), 0.0f64.to_bits());
    }
}
