//! Writing numbers for the user's language with integer arithmetic: whole
//! numbers, up-to-two-decimal numbers, percentages, signed points and Rupiah
//! — everything the first screen shows — without float formatting machinery
//! (~20 KB of wasm) and without the browser's `Intl.NumberFormat`, whose first
//! use costs 18–31 ms (ICU starting). Compact words (`2,34 juta`) and
//! spreadsheet numbers are the app's `intl` module's: it calls [`fixed`]
//! first and falls back to `Intl` only where this returns `None`.
//!
//! Both write the same text (a browser test compares them over generated
//! values), except that a value that rounds to zero is written without a sign
//! (`0`, never `-0`).

use crate::i18n::Lang;

/// How a value is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// Whole people or companies: `540.000`. Rounds for display only.
    Whole,
    /// Up to two decimals: `2,5`.
    Decimal,
    /// A fraction shown as a percentage with up to two decimals: `0.2311` → `23,11%`.
    Percent,
    /// Percentage points with a sign, for differences: `+0,47`.
    SignedDecimal,
    /// Whole Rupiah written the PUEBI way, without a space: `Rp16.800`.
    Rupiah,
    /// Long compact words: `2,34 juta`, `108 ribu`.
    Compact,
    /// No grouping, up to six decimals with the language's decimal mark: what
    /// a spreadsheet reads as a number (`2336252`, `2,5`).
    Plain,
}

/// Writes `value` rounded half away from zero to at most `decimals` places
/// (trailing zeros dropped), grouped by thousands with `lang`'s marks
/// (`1.234.567,5` / `1,234,567.5`), `+` in front of a positive value when
/// `plus`, `-` in front of a negative one, none when it rounds to zero.
/// `None` when `value` is not finite, or `|value| × 10^decimals ≥ 10^12`
/// unless it is a whole number written whole below 9 × 10^15.
pub fn write_fixed(lang: Lang, value: f64, decimals: u32, plus: bool) -> Option<String> {
    let unit = 10u64.checked_pow(decimals)?;
    let scaled = value.abs() * unit as f64;
    // Below 10^12 a double carries at least three digits past the one
    // rounded to, so the half-way test below is exact; beyond, Intl writes it.
    // A whole value written whole is exact up to 2^53 (no product to round).
    let exact_whole = decimals == 0 && scaled.fract() == 0.0 && scaled < 9e15;
    if scaled.is_nan() || (scaled >= 1e12 && !exact_whole) {
        return None;
    }
    // Intl rounds the shortest decimal that reads back as `value` (1.005 is
    // "1.005", a tie), not its binary expansion (1.00499…), and the product
    // above may be an ulp off either way. Near a half, compare `value` with
    // the double nearest that half instead (division is correctly rounded,
    // so it is the double "x.xx5" reads as): at or above it rounds up.
    let floor = scaled.floor();
    let near_half = ((scaled - floor) - 0.5).abs() <= scaled * 4.0 * f64::EPSILON;
    // A whole value is exact: nothing to round. (Above 2^52 the tolerance
    // above exceeds ½, and `floor + 0.5` rounds back to `floor`, so the test
    // below would add one: 5e15 came out as 5.000.000.000.000.001.)
    let n = if exact_whole {
        scaled
    } else if near_half {
        let half = (floor + 0.5) / unit as f64;
        if value.abs() >= half {
            floor + 1.0
        } else {
            floor
        }
    } else {
        scaled.round()
    } as u64;
    let (group, mark) = match lang {
        Lang::Id => ('.', ','),
        Lang::En => (',', '.'),
    };
    let mut out = String::new();
    if n != 0 {
        if value < 0.0 {
            out.push('-');
        } else if plus {
            out.push('+');
        }
    }
    let whole = (n / unit).to_string();
    let len = whole.len();
    for (k, c) in whole.chars().enumerate() {
        if k > 0 && (len - k).is_multiple_of(3) {
            out.push(group);
        }
        out.push(c);
    }
    let frac = n % unit;
    if frac != 0 {
        out.push(mark);
        let digits = format!("{frac:0width$}", width = decimals as usize);
        out.push_str(digits.trim_end_matches('0'));
    }
    Some(out)
}

/// `value` in `style` for `lang` when integer arithmetic can write it; `None`
/// for the compact and plain styles and for values too large or not finite.
pub fn fixed(lang: Lang, style: Style, value: f64) -> Option<String> {
    match style {
        Style::Whole => write_fixed(lang, value, 0, false),
        Style::Rupiah => write_fixed(lang, value, 0, false).map(|t| format!("Rp{t}")),
        Style::Decimal => write_fixed(lang, value, 2, false),
        Style::SignedDecimal => write_fixed(lang, value, 2, true),
        Style::Percent => write_fixed(lang, value * 100.0, 2, false).map(|t| t + "%"),
        Style::Compact | Style::Plain => None,
    }
}

/// Writes a number in a style for the current language (the app passes one
/// that falls back to `Intl.NumberFormat`; tests pass [`fixed`]-based ones).
pub type Fmt<'a> = &'a dyn Fn(Style, f64) -> String;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_writes_both_conventions() {
        let id = |v, d| write_fixed(Lang::Id, v, d, false);
        let en = |v, d| write_fixed(Lang::En, v, d, false);
        assert_eq!(id(2_336_252.0, 0).as_deref(), Some("2.336.252"));
        assert_eq!(en(2_336_252.0, 0).as_deref(), Some("2,336,252"));
        assert_eq!(id(-1234.5, 2).as_deref(), Some("-1.234,5"));
        assert_eq!(en(-1234.5, 2).as_deref(), Some("-1,234.5"));
        assert_eq!(id(23.11, 2).as_deref(), Some("23,11"));
        assert_eq!(id(0.07, 2).as_deref(), Some("0,07"));
        assert_eq!(id(999.5, 0).as_deref(), Some("1.000"));
        assert_eq!(id(100.0, 0).as_deref(), Some("100"));
        assert_eq!(id(1000.0, 0).as_deref(), Some("1.000"));
        assert_eq!(id(3.0, 2).as_deref(), Some("3"));
        // Ties of the written decimal round away from zero, as Intl does.
        assert_eq!(id(1_234_567.005, 2).as_deref(), Some("1.234.567,01"));
        assert_eq!(id(0.125, 2).as_deref(), Some("0,13"));
        assert_eq!(id(2.675, 2).as_deref(), Some("2,68"));
        // Ties whose product by 100 lands an ulp or two below x.5
        // (1.005 × 100 = 100.49999999999999): still written as ties, up.
        assert_eq!(id(1.005, 2).as_deref(), Some("1,01"));
        assert_eq!(id(0.145, 2).as_deref(), Some("0,15"));
        assert_eq!(en(0.285, 2).as_deref(), Some("0.29"));
        // Not a tie: just below one.
        assert_eq!(id(2.674_999_9, 2).as_deref(), Some("2,67"));
        // The shortest decimal of this double is 0.12499999999999999: below
        // the tie 0.125, so down, though its product by 100 rounds to 12.5.
        assert_eq!(id(0.124_999_999_999_999_99, 2).as_deref(), Some("0,12"));
        // Zero has no sign.
        assert_eq!(id(-0.004, 2).as_deref(), Some("0"));
        assert_eq!(write_fixed(Lang::Id, 0.0, 2, true).as_deref(), Some("0"));
        assert_eq!(
            write_fixed(Lang::Id, 0.47, 2, true).as_deref(),
            Some("+0,47")
        );
        assert_eq!(
            write_fixed(Lang::En, -0.47, 2, true).as_deref(),
            Some("-0.47")
        );
        // Whole values written whole stay exact up to 2^53 (a field's maximum,
        // Rp1 triliun, is written in its range message); anything else that
        // large, or a value not finite, is left to Intl / the caller.
        assert_eq!(id(1e12, 0).as_deref(), Some("1.000.000.000.000"));
        assert_eq!(id(1e12 + 0.5, 0), None);
        // With decimals, the product by 10^decimals may round: Intl writes it.
        assert_eq!(id(1e10, 2), None);
        assert_eq!(id(1e10 + 0.25, 2), None);
        assert_eq!(id(f64::NAN, 0), None);
        assert_eq!(id(f64::INFINITY, 2), None);
        assert_eq!(id(999_999_999_999.0, 0).as_deref(), Some("999.999.999.999"));
        // Even whole values between 2^52 (4.503.599.627.370.496) and 9e15
        // are written as they are, not one higher.
        assert_eq!(id(5e15, 0).as_deref(), Some("5.000.000.000.000.000"));
        assert_eq!(
            id(4_503_599_627_370_498.0, 0).as_deref(),
            Some("4.503.599.627.370.498")
        );
        assert_eq!(
            en(8_999_999_999_999_998.0, 0).as_deref(),
            Some("8,999,999,999,999,998")
        );
    }
}
