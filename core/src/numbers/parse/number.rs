//! Interpreting the separators by the locale's convention and building the
//! value from an exact integer mantissa and one power of ten.

use super::lex::{Lexed, Sep};
use super::{Kind, Locale, ParseError, ScaleWord, MAX_DECIMALS, MAX_INTEGER_DIGITS};

/// The digits with separators interpreted.
pub(super) struct Number {
    /// Integer digits (values 0–9), grouping removed.
    pub(super) int: Vec<u8>,
    /// Digits after the decimal mark.
    pub(super) frac: Vec<u8>,
    pub(super) grouping: bool,
    pub(super) decimal_mark: bool,
}

/// Interprets the separators by the locale's convention (module docs, step 2).
pub(super) fn split_number(lexed: &Lexed, locale: Locale) -> Result<Number, ParseError> {
    let (group_mark, decimal_mark) = Sep::locale_marks(locale);
    let seps = &lexed.seps;

    let decimal_at = seps.iter().position(|&s| s == decimal_mark);
    let int_seps: &[Sep] = match decimal_at {
        Some(at) => {
            let after = seps.get(at.saturating_add(1)..).unwrap_or(&[]);
            if after.contains(&decimal_mark) {
                // "1,234,567" in Indonesian: the decimal mark grouping thousands.
                return Err(ParseError::AmbiguousSeparator {
                    found: locale.decimal_char(),
                });
            }
            if after.contains(&group_mark) {
                // "1,234.5" in Indonesian: the group mark as a decimal mark.
                return Err(ParseError::AmbiguousSeparator {
                    found: locale.group_char(),
                });
            }
            if !after.is_empty() {
                // "1,5 000": grouping after the decimal mark.
                return Err(ParseError::MisplacedGrouping);
            }
            seps.get(..at).unwrap_or(&[])
        }
        None => seps,
    };
    let int_count = int_seps.len().saturating_add(1);
    let int_groups = lexed.groups.get(..int_count).unwrap_or(&[]);

    if !int_seps.is_empty() {
        let mixed = int_seps.contains(&Sep::Space) && int_seps.contains(&group_mark);
        let well_placed = !mixed
            && int_groups
                .first()
                .is_some_and(|g| (1..=3).contains(&g.len()))
            && int_groups.iter().skip(1).all(|g| g.len() == 3);
        if !well_placed {
            // One lone group mark that is not a thousands group could be the
            // other language's decimal mark ("1.5" in Indonesian).
            let lone = decimal_at.is_none() && int_seps == [group_mark];
            return Err(if lone {
                ParseError::AmbiguousSeparator {
                    found: locale.group_char(),
                }
            } else {
                ParseError::MisplacedGrouping
            });
        }
    }

    let frac = match decimal_at {
        Some(_) => lexed.groups.get(int_count).cloned().unwrap_or_default(),
        None => Vec::new(),
    };
    Ok(Number {
        int: int_groups.iter().flatten().copied().collect(),
        frac,
        grouping: !int_seps.is_empty(),
        decimal_mark: decimal_at.is_some(),
    })
}

/// Powers of ten exactly representable in `f64` (up to 10²²): dividing an
/// exact mantissa by one of them gives a correctly rounded value.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The unsigned value of `number` × scale (÷ 100 for percent), after the
/// size and decimal checks (module docs, steps 4 and 5).
pub(super) fn magnitude(
    number: &Number,
    scale: Option<ScaleWord>,
    kind: Kind,
) -> Result<f64, ParseError> {
    let zeros = scale.map_or(0, ScaleWord::zeros);
    let zeros_len = usize::try_from(zeros).unwrap_or(usize::MAX);

    // Leading zeros say nothing about size; trailing decimal zeros nothing
    // about precision.
    let int_start = number
        .int
        .iter()
        .position(|&d| d != 0)
        .unwrap_or(number.int.len());
    let int = number.int.get(int_start..).unwrap_or(&[]);
    let frac_end = number
        .frac
        .iter()
        .rposition(|&d| d != 0)
        .map_or(0, |i| i.saturating_add(1));
    let frac = number.frac.get(..frac_end).unwrap_or(&[]);

    let max_int = usize::try_from(MAX_INTEGER_DIGITS).unwrap_or(usize::MAX);
    if int.len().saturating_add(zeros_len) > max_int {
        return Err(ParseError::TooLarge);
    }
    let decimals = frac.len().saturating_sub(zeros_len);
    if kind.is_whole() {
        if decimals > 0 {
            return Err(ParseError::NotWhole);
        }
    } else if decimals > usize::try_from(MAX_DECIMALS).unwrap_or(usize::MAX) {
        return Err(ParseError::TooManyDecimals);
    }

    // At most 15 integer + 18 decimal digits here: fits u128 (38 digits).
    let mut mantissa: u128 = 0;
    for &d in int.iter().chain(frac) {
        mantissa = mantissa
            .checked_mul(10)
            .and_then(|m| m.checked_add(u128::from(d)))
            .ok_or(ParseError::TooLarge)?;
    }

    // value = mantissa × 10^exponent
    let percent_shift: i64 = if kind == Kind::Percent { 2 } else { 0 };
    let frac_len = i64::try_from(frac.len()).map_err(|_| ParseError::TooLarge)?;
    let exponent = i64::from(zeros)
        .checked_sub(frac_len)
        .and_then(|e| e.checked_sub(percent_shift))
        .ok_or(ParseError::TooLarge)?;
    if exponent >= 0 {
        let factor = u32::try_from(exponent)
            .ok()
            .and_then(|e| 10u128.checked_pow(e))
            .ok_or(ParseError::TooLarge)?;
        let whole = mantissa.checked_mul(factor).ok_or(ParseError::TooLarge)?;
        Ok(whole as f64)
    } else {
        let divisor = usize::try_from(exponent.unsigned_abs())
            .ok()
            .and_then(|e| POW10.get(e))
            .ok_or(ParseError::TooLarge)?;
        Ok(mantissa as f64 / divisor)
    }
}
