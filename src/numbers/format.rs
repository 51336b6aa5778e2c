//! Writing numbers for the user's language.
//!
//! Two ways, chosen per style:
//! - Whole numbers, up-to-two-decimal numbers, percentages, signed points and
//!   Rupiah — everything the first screen shows — are written by
//!   [`write_fixed`]: integer arithmetic and a thousands mark, no float
//!   formatting machinery (which would add ~20 KB to the wasm). The first
//!   `Intl.NumberFormat` a page constructs costs 18–31 ms on the build machine
//!   (ICU starting up; several times that on a field agent's phone), and the
//!   first screen is not worth that wait.
//! - Compact words (`2,34 juta`, `108 ribu`), spreadsheet numbers and anything
//!   too large for exact integer arithmetic go to the browser's
//!   `Intl.NumberFormat`, which knows the words and costs no bytes. Formatters
//!   are built once per (language, style) and kept. The first chart pays for
//!   ICU's start, once, when its section opens.
//!
//! Both write the same text (a browser test compares them over generated
//! values), except that a value that rounds to zero is written without a sign
//! (`0`, never `-0`).

use std::cell::RefCell;

use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

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

thread_local! {
    static CACHE: RefCell<Vec<(Lang, Style, Function)>> = const { RefCell::new(Vec::new()) };
}

fn options(style: Style) -> Object {
    let o = Object::new();
    let set = |k: &str, v: JsValue| {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&o, &JsValue::from_str(k), &v);
    };
    match style {
        Style::Whole | Style::Rupiah => set("maximumFractionDigits", 0.into()),
        Style::Decimal => set("maximumFractionDigits", 2.into()),
        Style::SignedDecimal => {
            set("maximumFractionDigits", 2.into());
            set("signDisplay", "exceptZero".into());
        }
        Style::Percent => {
            set("style", "percent".into());
            set("maximumFractionDigits", 2.into());
        }
        Style::Plain => {
            set("maximumFractionDigits", 6.into());
            set("useGrouping", false.into());
        }
        Style::Compact => {
            set("notation", "compact".into());
            set("compactDisplay", "long".into());
            set("maximumFractionDigits", 2.into());
        }
    }
    o
}

fn formatter(lang: Lang, style: Style) -> Function {
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((_, _, f)) = cache.iter().find(|(l, s, _)| *l == lang && *s == style) {
            return f.clone();
        }
        let locales = Array::of1(&JsValue::from_str(lang.bcp47()));
        let f = Intl::NumberFormat::new(&locales, &options(style)).format();
        cache.push((lang, style, f.clone()));
        f
    })
}

/// Writes `value` rounded half away from zero to at most `decimals` places
/// (trailing zeros dropped), grouped by thousands with `lang`'s marks
/// (`1.234.567,5` / `1,234,567.5`), `+` in front of a positive value when
/// `plus`, `-` in front of a negative one, none when it rounds to zero.
/// `None` when `value` is not finite or `|value| × 10^decimals ≥ 10^12`.
pub fn write_fixed(lang: Lang, value: f64, decimals: u32, plus: bool) -> Option<String> {
    let unit = 10u64.checked_pow(decimals)?;
    let scaled = value.abs() * unit as f64;
    // Below 10^12 a double carries at least three digits past the one
    // rounded to, so the half-way test below is exact; beyond, Intl writes it.
    if scaled.is_nan() || scaled >= 1e12 {
        return None;
    }
    // Intl rounds the shortest decimal that reads back as `value` (1.005 is
    // "1.005", a tie), not its binary expansion (1.00499…), and the product
    // above may be an ulp off either way. Near a half, compare `value` with
    // the double nearest that half instead (division is correctly rounded,
    // so it is the double "x.xx5" reads as): at or above it rounds up.
    let floor = scaled.floor();
    let near_half = ((scaled - floor) - 0.5).abs() <= scaled * 4.0 * f64::EPSILON;
    let n = if near_half {
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

/// Writes `value` in `style` for `lang`. A value that is not finite is written
/// as a dash rather than "NaN", which would mean nothing to a field agent.
pub fn format(lang: Lang, style: Style, value: f64) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    let fixed = match style {
        Style::Whole => write_fixed(lang, value, 0, false),
        Style::Rupiah => write_fixed(lang, value, 0, false).map(|t| format!("Rp{t}")),
        Style::Decimal => write_fixed(lang, value, 2, false),
        Style::SignedDecimal => write_fixed(lang, value, 2, true),
        Style::Percent => write_fixed(lang, value * 100.0, 2, false).map(|t| t + "%"),
        Style::Compact | Style::Plain => None,
    };
    if let Some(text) = fixed {
        return text;
    }
    format_intl(lang, style, value)
}

/// `format` through `Intl.NumberFormat` (public for the browser test that
/// compares the two).
pub fn format_intl(lang: Lang, style: Style, value: f64) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    // Intl writes "-0" for negative zero; nobody means that.
    let value = if value == 0.0 { 0.0 } else { value };
    let text = formatter(lang, style)
        .call1(&JsValue::NULL, &JsValue::from_f64(value))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    match style {
        Style::Rupiah => format!("Rp{text}"),
        _ => text,
    }
}

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
        // Not a tie: just below one.
        assert_eq!(id(2.674_999_9, 2).as_deref(), Some("2,67"));
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
        // Too large or not finite: left to Intl / the caller.
        assert_eq!(id(1e12, 0), None);
        assert_eq!(id(1e10, 2), None);
        assert_eq!(id(f64::NAN, 0), None);
        assert_eq!(id(f64::INFINITY, 2), None);
        assert_eq!(id(999_999_999_999.0, 0).as_deref(), Some("999.999.999.999"));
    }
}
