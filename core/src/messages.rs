//! Errors in words: parse errors and readings, worded for the field they
//! belong to, and calculation errors ([`calc_error_text`]). Errors stay types
//! ([`ParseError`], [`CalcError`]) everywhere else; this is the edge.

use crate::calc::CalcError;
use crate::i18n::{Lang, T};
use crate::numbers::format::{fixed, Style};
use crate::numbers::parse::{FieldSpec, Kind, ParseError, RangeError, RangeReading, Reading};
use crate::read::PasteProblem;

/// A calc error in words.
pub fn calc_error_text(lang: Lang, e: CalcError) -> &'static str {
    match e {
        CalcError::Missing => T::NeedTwoOfThree.get(lang),
        CalcError::ZeroBase => T::ErrZeroBase.get(lang),
        CalcError::Overflow | CalcError::NotFinite => T::CannotCompute.get(lang),
        CalcError::InvalidDate => T::ErrDate.get(lang),
        CalcError::ZeroWeights => T::ErrZeroWeights.get(lang),
        CalcError::Empty => T::ErrNothingToSplit.get(lang),
        CalcError::Negative | CalcError::OutOfRange => T::ErrOutOfRangeCalc.get(lang),
    }
}

fn format(lang: Lang, style: Style, value: f64) -> String {
    fixed(lang, style, value).unwrap_or_else(|| "–".to_owned())
}

/// How a value of this kind is written back to the user.
pub fn style_for(kind: Kind) -> Style {
    match kind {
        Kind::Count => Style::Whole,
        Kind::Decimal => Style::Decimal,
        Kind::Percent => Style::Percent,
        Kind::Rupiah => Style::Rupiah,
    }
}

/// How a range was read, e.g. `= 10%–30%`; a single value as [`reading_text`].
pub fn range_reading_text(lang: Lang, spec: &FieldSpec, r: &RangeReading) -> String {
    let style = style_for(spec.kind);
    if r.is_range {
        format!(
            "= {}–{}",
            format(lang, style, r.low.value),
            format(lang, style, r.high.value)
        )
    } else {
        reading_text(lang, spec, &r.low)
    }
}

/// The message for a range that cannot be read, worded for the field: an
/// end's own error (the high end's named), or what is wrong with the range.
pub fn range_error_message(lang: Lang, spec: &FieldSpec, err: &RangeError) -> String {
    let style = style_for(spec.kind);
    match err {
        RangeError::Low(e) => error_message(lang, spec, e),
        RangeError::High(e) => format!(
            "{}: {}",
            T::RangeHighEnd.get(lang),
            error_message(lang, spec, e)
        ),
        RangeError::Reversed { low, high } => format!(
            "{} {}–{}.",
            T::ErrRangeReversed.get(lang),
            format(lang, style, *high),
            format(lang, style, *low)
        ),
        RangeError::OpenEnded => T::ErrRangeOpen.get(lang).to_owned(),
        RangeError::MixedUnits => T::ErrRangeMixed.get(lang).to_owned(),
    }
}

/// The user-facing message for a parse error in a field of `spec`, read in
/// `lang`'s number convention (the one `parse` was given).
pub fn error_message(lang: Lang, spec: &FieldSpec, err: &ParseError) -> String {
    let style = style_for(spec.kind);
    match err {
        ParseError::Empty => T::ErrEmpty.get(lang).to_owned(),
        // An example of what this field holds.
        ParseError::NotANumber => match spec.kind {
            Kind::Count => T::ErrNotANumber,
            Kind::Decimal => T::ErrNotANumberDecimal,
            Kind::Percent => T::ErrNotANumberPercent,
            Kind::Rupiah => T::ErrNotANumberRupiah,
        }
        .get(lang)
        .to_owned(),
        ParseError::Negative => T::ErrNegative.get(lang).to_owned(),
        ParseError::OutOfRange { min, max } => format!(
            "{} {} {} {}.",
            T::ErrOutOfRange.get(lang),
            format(lang, style, *min),
            T::RangeTo.get(lang),
            format(lang, style, *max)
        ),
        ParseError::NotWhole => T::ErrNotWhole.get(lang).to_owned(),
        ParseError::TooManyDecimals => T::ErrTooManyDecimals.get(lang).to_owned(),
        // About the mark that was typed: this language's group mark used for
        // decimals, or its decimal mark used to group thousands.
        ParseError::AmbiguousSeparator { found } => {
            if *found == lang.locale().group_char() {
                T::ErrGroupMarkAsDecimal.get(lang).to_owned()
            } else {
                T::ErrDecimalMarkAsGroup.get(lang).to_owned()
            }
        }
        ParseError::MisplacedGrouping => T::ErrMisplacedGrouping.get(lang).to_owned(),
        ParseError::TooLarge => T::ErrTooLarge.get(lang).to_owned(),
    }
}

/// How the text was read, e.g. `= 108.000`.
pub fn reading_text(lang: Lang, spec: &FieldSpec, reading: &Reading) -> String {
    format!("= {}", format(lang, style_for(spec.kind), reading.value))
}

/// A pasted cell's problem, worded for its column:
/// `Kepesertaan (%): Di luar rentang yang diizinkan: 0% sampai 100%.`
pub fn paste_problem_text(lang: Lang, problem: &PasteProblem) -> String {
    format!(
        "{}: {}",
        problem.label.get(lang),
        error_message(lang, &problem.spec, &problem.error)
    )
}

/// A pasted month cell's problem, worded for its month:
/// `Mar: Bukan angka. Contoh: 1.234.`
pub fn month_cell_text(
    lang: Lang,
    month: usize,
    problem: &crate::paste_months::CellProblem,
) -> String {
    use crate::paste_months::CellProblem;
    match problem {
        CellProblem::Number(e) => format!(
            "{}: {}",
            crate::i18n::month_name(lang, month),
            error_message(lang, &crate::numbers::parse::COUNT, e)
        ),
        CellProblem::BeyondDecember => T::CellBeyondDecember.get(lang).to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numbers::parse::{
        parse, COUNT, DAYS, GROWTH, RATE, RUPIAH, WEIGHT, WORKERS_PER_UMKM,
    };
    use crate::read::{read_pasted, PastedRow};

    /// The message `text` gets in a field of `spec`, in `lang`.
    fn said(text: &str, spec: FieldSpec, lang: Lang) -> String {
        match parse(text, &spec, lang.locale()) {
            Ok(r) => panic!("{text:?} should fail, read {r:?}"),
            Err(e) => error_message(lang, &spec, &e),
        }
    }

    #[test]
    fn not_a_number_shows_an_example_of_the_fields_kind() {
        let cases = [
            (GROWTH, Lang::Id, "Bukan angka. Contoh: 3,5%."),
            (GROWTH, Lang::En, "Not a number. Example: 3.5%."),
            (RATE, Lang::Id, "Bukan angka. Contoh: 3,5%."),
            (RUPIAH, Lang::Id, "Bukan angka. Contoh: Rp16.800."),
            (RUPIAH, Lang::En, "Not a number. Example: Rp16,800."),
            (
                COUNT,
                Lang::Id,
                "Bukan angka. Contoh: 108.000 atau 108 ribu.",
            ),
            (
                COUNT,
                Lang::En,
                "Not a number. Example: 108,000 or 108 thousand.",
            ),
            (
                DAYS,
                Lang::Id,
                "Bukan angka. Contoh: 108.000 atau 108 ribu.",
            ),
            (WORKERS_PER_UMKM, Lang::Id, "Bukan angka. Contoh: 2,5."),
            (WORKERS_PER_UMKM, Lang::En, "Not a number. Example: 2.5."),
            (WEIGHT, Lang::En, "Not a number. Example: 2.5."),
        ];
        for (spec, lang, expected) in cases {
            assert_eq!(said("abc", spec, lang), expected, "{spec:?} {lang:?}");
        }
    }

    #[test]
    fn an_ambiguous_entry_is_told_about_the_mark_it_contains() {
        let id_comma = "Dalam bahasa Indonesia koma adalah tanda desimal. Untuk ribuan pakai titik, mis. 108.000.";
        let id_dot = "Dalam bahasa Indonesia titik adalah pemisah ribuan. Untuk desimal pakai koma, mis. 1,5.";
        let en_point =
            "In English a point is the decimal mark. Group thousands with a comma, e.g. 108,000.";
        let en_comma = "In English a comma groups thousands. Use a point for decimals, e.g. 1.5.";
        let cases = [
            ("108,000", COUNT, Lang::Id, id_comma),
            ("1,500", COUNT, Lang::Id, id_comma),
            ("1,234,567", COUNT, Lang::Id, id_comma),
            ("1.5", COUNT, Lang::Id, id_dot),
            ("1.5", WORKERS_PER_UMKM, Lang::Id, id_dot),
            ("1,234.5", WEIGHT, Lang::Id, id_dot),
            ("108.000", COUNT, Lang::En, en_point),
            ("Rp16.800", RUPIAH, Lang::En, en_point),
            ("1.234.567", COUNT, Lang::En, en_point),
            ("1,5", COUNT, Lang::En, en_comma),
            ("1,5", WORKERS_PER_UMKM, Lang::En, en_comma),
            ("1.234,5", WEIGHT, Lang::En, en_comma),
        ];
        for (text, spec, lang, expected) in cases {
            assert_eq!(said(text, spec, lang), expected, "{text:?} {lang:?}");
        }
    }

    #[test]
    fn minus_zero_reads_as_zero_and_a_negative_is_refused() {
        for lang in [Lang::Id, Lang::En] {
            let r = parse("-0", &COUNT, lang.locale()).expect("-0 is zero");
            assert_eq!(reading_text(lang, &COUNT, &r), "= 0");
            let r = parse("-0%", &RATE, lang.locale()).expect("-0% is zero");
            assert_eq!(reading_text(lang, &RATE, &r), "= 0%");
        }
        assert_eq!(said("-5", COUNT, Lang::Id), "Tidak boleh negatif.");
        assert_eq!(said("-5", COUNT, Lang::En), "Cannot be negative.");
    }

    #[test]
    fn a_pasted_problem_is_worded_for_its_column() {
        let text = "Mitra A\t100\t5\t150\nMitra B\t100\tlima\t80\n";
        let id = read_pasted(text, Lang::Id);
        /// The first problem of row `i`, in words.
        fn words(lang: Lang, rows: &[PastedRow], i: usize) -> Option<String> {
            let problem = rows.get(i)?.problems.first()?;
            Some(paste_problem_text(lang, problem))
        }
        assert_eq!(
            words(Lang::Id, &id, 0).as_deref(),
            Some("Kepesertaan (%): Di luar rentang yang diizinkan: 0% sampai 100%.")
        );
        assert_eq!(
            words(Lang::Id, &id, 1).as_deref(),
            Some("Pekerja per UMKM: Bukan angka. Contoh: 2,5.")
        );
        let en = read_pasted(text, Lang::En);
        assert_eq!(
            words(Lang::En, &en, 0).as_deref(),
            Some("Enrolment (%): Outside the allowed range: 0% to 100%.")
        );
        assert_eq!(
            words(Lang::En, &en, 1).as_deref(),
            Some("Workers per UMKM: Not a number. Example: 2.5.")
        );
        // A count column keeps the count's example (a first row with no UMKM
        // number would be a header).
        let rows = read_pasted("Mitra C\t5\nMitra D\tbanyak\n", Lang::Id);
        assert_eq!(
            words(Lang::Id, &rows, 1).as_deref(),
            Some("UMKM binaan: Bukan angka. Contoh: 108.000 atau 108 ribu.")
        );
    }
}
