//! Writing numbers for the user's language with the browser's `Intl.NumberFormat`.
//!
//! The platform already knows Indonesian grouping (`2.336.252`), decimal commas
//! (`3,47%`) and the words for millions (`2,34 juta`), and it costs no bytes:
//! hand-written grouping and Rust's float formatting would add both code and
//! bugs. Formatters are costly to construct, so each (language, style) pair is
//! built once and kept.

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

/// Writes `value` in `style` for `lang`. A value that is not finite is written
/// as a dash rather than "NaN", which would mean nothing to a field agent.
pub fn format(lang: Lang, style: Style, value: f64) -> String {
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
