//! Rewriting a typed number from one language's convention into the other's
//! ("108.000" ↔ "108,000"), used by the language switch, shared links and
//! paste, so an entry keeps its value and nothing typed is lost.

use crate::i18n::Lang;
use crate::numbers::parse::{parse, FieldSpec};

/// `text` rewritten from `from`'s number convention to `to`'s when that keeps
/// its value; otherwise `text` unchanged (valid or not, it stays as typed).
pub fn rewrite_for_lang(text: &str, spec: &FieldSpec, from: Lang, to: Lang) -> String {
    let value = |t: &str, lang: Lang| parse(t, spec, lang.locale()).ok().map(|r| r.value);
    let Some(old) = value(text, from) else {
        return text.to_owned();
    };
    if value(text, to) == Some(old) {
        return text.to_owned();
    }
    let swapped: String = text
        .chars()
        .map(|c| match c {
            '.' => ',',
            ',' => '.',
            c => c,
        })
        .collect();
    if value(&swapped, to) == Some(old) {
        swapped
    } else {
        text.to_owned()
    }
}
