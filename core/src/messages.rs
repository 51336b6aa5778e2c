//! Parse errors and readings in words, worded for the field they belong to.
//! Errors stay types ([`ParseError`]) everywhere else; this is the edge.

use crate::i18n::{Lang, T};
use crate::numbers::format::{fixed, Style};
use crate::numbers::parse::{FieldSpec, Kind, ParseError, Reading};

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

/// The user-facing message for a parse error.
pub fn error_message(lang: Lang, spec: &FieldSpec, err: &ParseError) -> String {
    let style = style_for(spec.kind);
    match err {
        ParseError::Empty => T::ErrEmpty.get(lang).to_owned(),
        ParseError::NotANumber => T::ErrNotANumber.get(lang).to_owned(),
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
        ParseError::AmbiguousSeparator => match lang {
            Lang::Id => T::ErrAmbiguousId.get(lang).to_owned(),
            Lang::En => T::ErrAmbiguousEn.get(lang).to_owned(),
        },
        ParseError::MisplacedGrouping => T::ErrMisplacedGrouping.get(lang).to_owned(),
        ParseError::TooLarge => T::ErrTooLarge.get(lang).to_owned(),
    }
}

/// How the text was read, e.g. `= 108.000`.
pub fn reading_text(lang: Lang, spec: &FieldSpec, reading: &Reading) -> String {
    format!("= {}", format(lang, style_for(spec.kind), reading.value))
}
