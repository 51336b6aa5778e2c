//! The preset rate sets, each with the day it applies from and its legal
//! source, and the choice of the set in force on a date. A preset is written
//! as the texts of the rates table (`Field::RATES`, Indonesian convention),
//! so it reads exactly as the user's own set does and can be copied into it.
//! Where each figure comes from, and how to add a set when a new regulation
//! comes: README, "Tarif iuran / Contribution rates".

use crate::calc::iuran::Rates;
use crate::calc::progress::Date;
use crate::i18n::{Lang, T};
use crate::read::{read_date, read_rate_texts};
use crate::state::Field;

/// A preset rate set: its texts in the order of `Field::RATES` (the source
/// slot is empty: the source is `source`, worded in both languages).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RatePreset {
    /// Where the figures come from, for users (regulation numbers).
    pub source: T,
    /// The texts of `Field::RATES`, the date second (`YYYY-MM-DD`).
    pub texts: [&'static str; 17],
}

/// A preset from its source, first day and JP wage cap; the other rates are
/// the same in every set. `split`: PP 6/2025's JKK (0,10 … 1,60 %) with its
/// 0,14 % JKP part; without it, PP 44/2015's JKK (0,24 … 1,74 %) whole.
macro_rules! preset {
    ($source:ident, $from:literal, split, $cap:literal) => {
        RatePreset {
            source: T::$source,
            texts: [
                "", $from, "0,10", "0,40", "0,75", "1,13", "1,60", "0,14", "0,30", "3,7", "2", "2",
                "1", $cap, "1", "6.800", "2",
            ],
        }
    };
    ($source:ident, $from:literal, $cap:literal) => {
        RatePreset {
            source: T::$source,
            texts: [
                "", $from, "0,24", "0,54", "0,89", "1,27", "1,74", "0", "0,30", "3,7", "2", "2",
                "1", $cap, "1", "6.800", "2",
            ],
        }
    };
}

/// The presets, oldest first. A new regulation is a new row at the end
/// (README, "how an admin updates the rates").
pub const PRESETS: [RatePreset; 5] = [
    preset!(RatesSrc2023, "2023-03-01", "9.559.600"),
    preset!(RatesSrc2024, "2024-03-01", "10.042.300"),
    preset!(RatesSrcJkp, "2025-02-07", split, "10.042.300"),
    preset!(RatesSrc2025, "2025-03-01", split, "10.547.400"),
    preset!(RatesSrc2026, "2026-03-01", split, "11.086.300"),
];

impl RatePreset {
    /// The first day the set applies.
    pub fn from(&self) -> Option<Date> {
        read_date(self.texts[1])
    }

    /// The set read, or the first field that cannot be read.
    pub fn rates(&self) -> Result<Rates, Field> {
        let mut r = read_rate_texts(
            &|f| {
                Field::RATES
                    .iter()
                    .position(|x| *x == f)
                    .and_then(|i| self.texts.get(i))
                    .copied()
                    .unwrap_or("")
            },
            Lang::Id,
        )?;
        r.label = String::new();
        Ok(r)
    }
}

/// The index of the preset in force on `date`: the latest that applies from
/// that day or before; `None` before the first.
pub fn preset_in_force(date: Date) -> Option<usize> {
    PRESETS
        .iter()
        .rposition(|p| p.from().is_some_and(|from| from <= date))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numbers::parse::{parse, Locale};

    fn day(y: u16, m: u8, d: u8) -> Date {
        Date::new(y, m, d).expect("exists")
    }

    #[test]
    fn every_preset_reads_passes_the_fields_ranges_and_validates() {
        let mut last = None;
        for p in &PRESETS {
            for (f, t) in Field::RATES.iter().zip(p.texts) {
                if let Some(spec) = f.def().holds.spec() {
                    assert!(parse(t, spec, Locale::Id).is_ok(), "{f:?} {t}");
                }
            }
            let r = p.rates().expect("reads");
            assert_eq!(r.validate(), Ok(()));
            // Oldest first, each from its own day.
            assert!(p.from() > last, "{:?}", p.from());
            last = p.from();
        }
    }

    #[test]
    fn the_employers_jkk_total_is_unchanged_by_the_jkp_split() {
        let before = PRESETS[1].rates().expect("reads");
        let after = PRESETS[2].rates().expect("reads");
        // 0,24 % = 0,10 % + 0,14 % … 1,74 % = 1,60 % + 0,14 %, by hand.
        for (class, total) in [0.0024, 0.0054, 0.0089, 0.0127, 0.0174].iter().enumerate() {
            assert!((before.pu_jkk[class] - total).abs() < 1e-12);
            assert!((after.pu_jkk[class] + after.pu_jkp - total).abs() < 1e-12);
        }
        assert_eq!(before.pu_jkp, 0.0);
    }

    #[test]
    fn the_set_in_force_changes_on_its_first_day() {
        assert_eq!(preset_in_force(day(2023, 2, 28)), None);
        assert_eq!(preset_in_force(day(2023, 3, 1)), Some(0));
        assert_eq!(preset_in_force(day(2025, 2, 6)), Some(1));
        assert_eq!(preset_in_force(day(2025, 2, 7)), Some(2));
        assert_eq!(preset_in_force(day(2026, 2, 28)), Some(3));
        assert_eq!(preset_in_force(day(2026, 3, 1)), Some(4));
        assert_eq!(preset_in_force(day(2030, 1, 1)), Some(4));
    }
}
