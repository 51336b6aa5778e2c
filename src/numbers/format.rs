//! Writing numbers for the user's language: the core's integer writer
//! ([`fixed`]) for everything it can write, the browser's `Intl.NumberFormat`
//! for compact words (`2,34 juta`, `108 ribu`), spreadsheet numbers and
//! anything too large for exact integer arithmetic. Formatters are built once
//! per (language, style) and kept; the first chart pays for ICU's start, once,
//! when its section opens.

use std::cell::RefCell;

use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::i18n::Lang;
pub use umkm_core::numbers::format::{fixed, write_fixed, Fmt, Style};

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
    fixed(lang, style, value).unwrap_or_else(|| format_intl(lang, style, value))
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
