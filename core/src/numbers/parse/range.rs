//! Ranges as people write them: `10–30`, `10-30 %`, `10 s.d. 30`,
//! `10 sampai 30`, `10 hingga 30`, `10 s/d 30`, and in English `10 to 30`
//! (every form is accepted in both languages: a pasted sheet may mix them).
//! A single number is a range whose two ends are equal, so a field that
//! accepts a range behaves exactly as before for a single value.
//!
//! Each end is read by [`parse`] with the field's spec, so a unit written once
//! (`10–30 %`, `Rp10.000–20.000`) holds for both ends: the marker is optional
//! in its own kind of field. A dash separates only after a number (`-5–10` in
//! a growth field is −5 % to 10 %; `Rp16.800,-` keeps its customary dash).

use super::{parse, FieldSpec, Locale, ParseError, Reading};

/// A range read from a text: `low ≤ high`; equal for a single number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RangeReading {
    /// The low end.
    pub low: Reading,
    /// The high end.
    pub high: Reading,
    /// Whether two ends were typed (`10–30`), even if equal (`10–10`).
    pub is_range: bool,
}

/// Why a text could not be read as a range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RangeError {
    /// A single value (or the low end) could not be read.
    Low(ParseError),
    /// The high end could not be read.
    High(ParseError),
    /// The low end is above the high end (`30–10`): never swapped silently.
    Reversed {
        /// The low end as typed (the larger value).
        low: f64,
        /// The high end as typed.
        high: f64,
    },
    /// One end is missing (`10–`, `10 sampai`, `s.d. 30`).
    OpenEnded,
    /// The ends are in different units (`10 % – Rp30.000`).
    MixedUnits,
}

/// Words that separate the ends, lower case.
const WORDS: [&str; 6] = ["s.d.", "s/d", "sd", "sampai", "hingga", "to"];
/// Dashes that separate the ends after a number.
const DASHES: [char; 4] = ['-', '–', '—', '−'];

/// Where the text splits into two ends: (left, right), both slices of
/// `text` (left a prefix, right a suffix), or `None` for a single value.
pub fn range_ends(text: &str) -> Option<(&str, &str)> {
    // A separating word stands alone between spaces (or at an end: open).
    // `split_whitespace` gives slices of `text`: their offsets are where they
    // start.
    for word in text.split_whitespace() {
        if WORDS.iter().any(|w| word.eq_ignore_ascii_case(w)) {
            let start = (word.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
            let end = start.saturating_add(word.len());
            return Some((text.get(..start)?, text.get(end..)?));
        }
    }
    // A dash after a number: what comes before it, trimmed, ends in a digit,
    // a letter (a scale word), `%` or `.` (`2 jt.`), not in a sign or `,`.
    for (i, c) in text.char_indices() {
        if !DASHES.contains(&c) {
            continue;
        }
        let before = text.get(..i)?.trim_end();
        let ends_in_number = before
            .chars()
            .next_back()
            .is_some_and(|b| b.is_alphanumeric() || b == '%' || b == '.');
        if ends_in_number {
            return Some((before, text.get(i.saturating_add(c.len_utf8())..)?));
        }
    }
    None
}

fn has_percent(t: &str) -> bool {
    let t = t.to_ascii_lowercase();
    t.contains('%') || t.contains("persen") || t.contains("percent")
}

fn has_currency(t: &str) -> bool {
    let t = t.to_ascii_lowercase();
    t.contains("rp") || t.contains("idr") || t.contains("rupiah")
}

/// Reads `text` as a range for `spec` in `locale`. Never panics.
pub fn parse_range(
    text: &str,
    spec: &FieldSpec,
    locale: Locale,
) -> Result<RangeReading, RangeError> {
    let Some((left, right)) = range_ends(text) else {
        let one = parse(text, spec, locale).map_err(RangeError::Low)?;
        return Ok(RangeReading {
            low: one,
            high: one,
            is_range: false,
        });
    };
    if left.trim().is_empty() || right.trim().is_empty() {
        return Err(RangeError::OpenEnded);
    }
    if (has_percent(left) && has_currency(right)) || (has_currency(left) && has_percent(right)) {
        return Err(RangeError::MixedUnits);
    }
    let low = parse(left, spec, locale).map_err(RangeError::Low)?;
    let high = parse(right, spec, locale).map_err(RangeError::High)?;
    if low.value > high.value {
        return Err(RangeError::Reversed {
            low: low.value,
            high: high.value,
        });
    }
    Ok(RangeReading {
        low,
        high,
        is_range: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numbers::parse::{COUNT, GROWTH, RATE, RUPIAH, WORKERS_PER_UMKM};

    fn ends(text: &str, spec: &FieldSpec, locale: Locale) -> Result<(f64, f64), RangeError> {
        parse_range(text, spec, locale).map(|r| (r.low.value, r.high.value))
    }

    #[test]
    fn the_forms_people_write_in_both_languages() {
        // Enrolment 10 % to 30 %: fractions 0,1 and 0,3.
        for text in [
            "10–30",
            "10-30 %",
            "10 - 30%",
            "10 s.d. 30",
            "10 sampai 30",
            "10 S/D 30",
            "10% hingga 30%",
        ] {
            assert_eq!(ends(text, &RATE, Locale::Id), Ok((0.1, 0.3)), "{text}");
        }
        assert_eq!(ends("10 to 30", &RATE, Locale::En), Ok((0.1, 0.3)));
        assert_eq!(
            ends("2.5–7.5", &WORKERS_PER_UMKM, Locale::En),
            Ok((2.5, 7.5))
        );
        assert_eq!(
            ends("2,5–7,5", &WORKERS_PER_UMKM, Locale::Id),
            Ok((2.5, 7.5))
        );
        assert_eq!(
            ends("10 rb – 2 juta", &COUNT, Locale::Id),
            Ok((10_000.0, 2_000_000.0))
        );
        assert_eq!(
            ends("Rp10.000 - 20.000", &RUPIAH, Locale::Id),
            Ok((10_000.0, 20_000.0))
        );
    }

    #[test]
    fn a_single_value_is_exactly_what_parse_reads() {
        for text in ["5", "108.000", "-0", "3,5%", "Rp16.800,-"] {
            for spec in [&COUNT, &RATE, &RUPIAH, &GROWTH] {
                let r = parse_range(text, spec, Locale::Id);
                match parse(text, spec, Locale::Id) {
                    Ok(one) => assert_eq!(
                        r,
                        Ok(RangeReading {
                            low: one,
                            high: one,
                            is_range: false
                        }),
                        "{text}"
                    ),
                    Err(e) => assert_eq!(r, Err(RangeError::Low(e)), "{text}"),
                }
            }
        }
    }

    #[test]
    fn a_minus_is_a_sign_and_a_dash_after_a_number_separates() {
        // Growth from −5 % to 10 %, and from −10 % to −5 %.
        assert_eq!(ends("-5–10", &GROWTH, Locale::Id), Ok((-0.05, 0.1)));
        assert_eq!(ends("-10 - -5", &GROWTH, Locale::Id), Ok((-0.1, -0.05)));
        assert_eq!(ends("−5", &GROWTH, Locale::Id), Ok((-0.05, -0.05)));
    }

    #[test]
    fn reversed_open_ended_and_mixed_are_errors_not_guesses() {
        assert_eq!(
            ends("30–10", &RATE, Locale::Id),
            Err(RangeError::Reversed {
                low: 0.3,
                high: 0.1
            })
        );
        assert_eq!(ends("10–", &RATE, Locale::Id), Err(RangeError::OpenEnded));
        assert_eq!(
            ends("10 sampai", &RATE, Locale::Id),
            Err(RangeError::OpenEnded)
        );
        assert_eq!(
            ends("s.d. 30", &RATE, Locale::Id),
            Err(RangeError::OpenEnded)
        );
        assert_eq!(
            ends("10 % – Rp30.000", &RATE, Locale::Id),
            Err(RangeError::MixedUnits)
        );
        assert_eq!(
            ends("10–abc", &RATE, Locale::Id),
            Err(RangeError::High(ParseError::NotANumber))
        );
        assert_eq!(
            ends("10–130", &RATE, Locale::Id),
            Err(RangeError::High(ParseError::OutOfRange {
                min: 0.0,
                max: 1.0
            }))
        );
        assert_eq!(
            ends("1.5–3", &WORKERS_PER_UMKM, Locale::Id),
            Err(RangeError::Low(ParseError::AmbiguousSeparator {
                found: '.'
            }))
        );
        assert!(ends("10–20–30", &RATE, Locale::Id).is_err());
    }
}
