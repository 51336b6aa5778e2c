//! Rewriting a typed number from one language's convention into the other's
//! ("108.000" ↔ "108,000"), used by the language switch, shared links and
//! paste, so an entry keeps its value and nothing typed is lost.

use crate::i18n::Lang;
use crate::numbers::parse::{parse, FieldSpec};

/// `text` rewritten from `from`'s number convention to `to`'s when that keeps
/// its value; otherwise `text` unchanged (valid or not, it stays as typed).
pub fn rewrite_for_lang(text: &str, spec: &FieldSpec, from: Lang, to: Lang) -> String {
    // A range (`2,5–7,5`) is rewritten end by end, its separator kept.
    if let Some((left, right)) = crate::numbers::parse::range_ends(text) {
        let ok = |t: &str| parse(t, spec, from.locale()).is_ok();
        if ok(left) && ok(right) {
            let sep = text
                .get(left.len()..text.len().saturating_sub(right.len()))
                .unwrap_or("–");
            return format!(
                "{}{sep}{}",
                rewrite_one(left, spec, from, to),
                rewrite_one(right, spec, from, to)
            );
        }
    }
    rewrite_one(text, spec, from, to)
}

fn rewrite_one(text: &str, spec: &FieldSpec, from: Lang, to: Lang) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numbers::parse::{COUNT, RATE, WORKERS_PER_UMKM};

    #[test]
    fn a_range_is_rewritten_end_by_end_keeping_its_separator() {
        let en = |t: &str, spec| rewrite_for_lang(t, spec, Lang::Id, Lang::En);
        assert_eq!(en("2,5–7,5", &WORKERS_PER_UMKM), "2.5–7.5");
        assert_eq!(en("1.000 s.d. 2.500", &COUNT), "1,000 s.d. 2,500");
        assert_eq!(en("10,5 - 30 %", &RATE), "10.5 - 30 %");
        assert_eq!(en("10–30", &RATE), "10–30");
        // Back again, as typed.
        assert_eq!(
            rewrite_for_lang("2.5–7.5", &WORKERS_PER_UMKM, Lang::En, Lang::Id),
            "2,5–7,5"
        );
        // Not a valid range: kept as typed.
        assert_eq!(en("30–1,5x", &RATE), "30–1,5x");
    }
}
