//! Reads a number as a field agent types it, in Indonesian or English
//! convention, and says either what it was read as or exactly what is wrong.
//!
//! The parser is pure (std + serde only) and never panics, whatever the input:
//! it is fed every keystroke of a text field, so a half-typed or pasted string
//! must come back as a typed [`ParseError`], never a crash. It deliberately
//! avoids `str::parse::<f64>` (and float formatting): the value is built from
//! an integer mantissa and a power of ten, which keeps the float-parsing
//! machinery out of the WebAssembly and makes every result correctly rounded
//! (the mantissa is exact and there is a single division).
//!
//! # What is accepted
//!
//! `[sign] [Rp | Rp. | IDR] [sign] number [,-] [scale word] [% | persen | percent | rupiah]`
//! with any whitespace (including the no-break spaces U+00A0 and U+202F that
//! `Intl.NumberFormat` emits, and zero-width characters from copy-paste)
//! around the parts. Words are case-insensitive.
//!
//! * **Separators** ([`Locale`]): Indonesian groups thousands with `.` and
//!   marks decimals with `,` (`2.336.252`, `3,47`); English the other way round
//!   (`2,336,252`, `3.47`). Digits may also be grouped with spaces
//!   (`2 336 252`) in either locale. Grouping is optional (`108000`), but
//!   where present it must be in threes after a first group of one to three
//!   digits.
//! * **Signs**: `+`, `-`, `−` (U+2212), `–` (U+2013) and their full-width forms.
//!   A minus is refused with [`ParseError::Negative`] in any field whose
//!   minimum is not below zero, except on a zero (`-0`, `-0,0` read as 0:
//!   zero has no sign, and the reading shows `= 0`).
//! * **Scale words** ([`ScaleWord`]), in both locales: `ribu`/`rb`/`rebu`,
//!   `juta`/`jt`, `miliar`/`milyar`, `triliun`/`trilyun`, `k`/`thousand`,
//!   `million`/`mn`, `billion`/`bn`/`b`, `trillion`/`tn`, each optionally
//!   followed by a `.` (`2 jt.`). The one-letter `M`/`m` and `T`/`t` follow the
//!   locale: in Indonesian `M` is *miliar* (10⁹) and `T` *triliun*; in English
//!   `m` is *million* (10⁶) and `t` *trillion*.
//! * **Percent** ([`Kind::Percent`]): the value is returned as a **fraction**
//!   (`3,5%` → 0.035). The `%` (or the word `persen`/`percent`) is optional in
//!   a percent field (`27` → 0.27) and refused in any other field
//!   ([`ParseError::NotANumber`]). A scale word must come before the `%`;
//!   `0,27` in a percent field is 0,27 % (the reading shows it), not 27 %.
//! * **Rupiah** ([`Kind::Rupiah`]): `Rp16.800`, `Rp 16.800`, `Rp. 16.800`,
//!   `IDR 16.800`, `16.800 rupiah`, `Rp16.800,-` (the customary "no cents"
//!   dash) and `Rp16,8 rb` (= 16.800: the value must be whole *after* the
//!   scale word). A currency marker or the `,-` dash is refused in any other
//!   field ([`ParseError::NotANumber`]).
//!
//! # How ambiguity is decided
//!
//! Checked in this order (the first problem found is reported):
//! 1. Text that is not a number of the grammar above → [`ParseError::NotANumber`]
//!    (blank → [`ParseError::Empty`]).
//! 2. Separators ([`ParseError::AmbiguousSeparator`] or
//!    [`ParseError::MisplacedGrouping`]); `G` is the locale's group mark and
//!    `D` its decimal mark. An ambiguous entry says which mark was misused
//!    (`found`), so the UI can tell the user about the mark they typed:
//!    * `D` twice (`1,234,567` in Indonesian): `D` used to group thousands →
//!      ambiguous, `found: D`. A `G` after the `D` (`1,234.5` in Indonesian):
//!      `G` used as a decimal mark → ambiguous, `found: G`.
//!    * A **single** `G`, no `D`, not followed by exactly three digits or after
//!      a first group longer than three (`1.5`, `10.00`, `.5`, `1234.567` in
//!      Indonesian; `1,5` in English): it may be the other language's decimal
//!      mark → ambiguous, `found: G`. The UI should say "use a comma for
//!      decimals" (Id) or "use a point for decimals" (En).
//!    * Any other bad grouping (`1.00.000`, `1.5,3`, `1 00`, mixing `.` and
//!      spaces): no decimal reading is possible, so → misplaced grouping.
//!    * In a **whole** field ([`Kind::Count`], [`Kind::Rupiah`]) a lone `D`
//!      with exactly three digits after a one-to-three-digit integer, with no
//!      `G` (`108.000` in English, `1,500` in Indonesian) is almost certainly
//!      the other language's thousands mark → ambiguous, `found: D`, unless
//!      a scale word of the locale's own language follows (`1.500 million` in
//!      English and `1,500 juta` in Indonesian are fine; `1.500 juta` in
//!      English is not). The UI should say "the comma is the decimal mark,
//!      group with a dot" (Id) or "the point is the decimal mark, group with
//!      a comma" (En).
//! 3. A minus before a number other than zero in a field that cannot be
//!    negative → [`ParseError::Negative`].
//! 4. More than [`MAX_INTEGER_DIGITS`] integer digits (after the scale word)
//!    → [`ParseError::TooLarge`]; no arithmetic can overflow.
//! 5. Decimals, counted after removing trailing zeros and applying the scale
//!    word (`2,3 juta` has none): whole fields refuse any
//!    ([`ParseError::NotWhole`]); other fields allow [`MAX_DECIMALS`]
//!    ([`ParseError::TooManyDecimals`]; for percent, in percent units).
//! 6. The value outside `[min, max]` → [`ParseError::OutOfRange`].
//!
//! A trailing decimal mark is accepted (`5,` in Indonesian is 5) so a number
//! being typed is not flagged; a leading one too (`,5` is 0.5).

#![deny(missing_docs)]

mod lex;
mod number;
mod range;

pub use range::{parse_range, range_ends, RangeError, RangeReading};

use lex::lex;
use number::{magnitude, split_number};

/// The number convention of the interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Locale {
    /// Indonesian: `.` groups thousands, `,` marks decimals (`2.336.252`, `3,47`).
    Id,
    /// English: `,` groups thousands, `.` marks decimals (`2,336,252`, `3.47`).
    En,
}

// Here rather than in `i18n`: numbers know the languages, the string table
// knows nothing of numbers.
impl crate::i18n::Lang {
    /// The number convention the parser uses for this language.
    pub fn locale(self) -> Locale {
        match self {
            crate::i18n::Lang::Id => Locale::Id,
            crate::i18n::Lang::En => Locale::En,
        }
    }
}

impl Locale {
    /// The character this convention groups thousands with.
    pub const fn group_char(self) -> char {
        match self {
            Locale::Id => '.',
            Locale::En => ',',
        }
    }

    /// The character this convention marks decimals with.
    pub const fn decimal_char(self) -> char {
        match self {
            Locale::Id => ',',
            Locale::En => '.',
        }
    }
}

/// What a field holds; decides wholeness, the meaning of `%` and of `Rp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A whole number of people, enterprises, offices, days…
    Count,
    /// A number that may have up to [`MAX_DECIMALS`] decimals.
    Decimal,
    /// A percentage, typed in percent and returned as a fraction (27 → 0.27).
    Percent,
    /// A whole amount of Rupiah (no cents).
    Rupiah,
}

impl Kind {
    /// Whether values of this kind must be whole numbers.
    pub const fn is_whole(self) -> bool {
        matches!(self, Kind::Count | Kind::Rupiah)
    }
}

/// What a field holds and its valid range, in the value's own unit
/// (for [`Kind::Percent`] the bounds are fractions: 100 % is `1.0`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FieldSpec {
    /// What the field holds.
    pub kind: Kind,
    /// The smallest valid value (inclusive). Below zero allows a minus sign.
    pub min: f64,
    /// The largest valid value (inclusive).
    pub max: f64,
}

impl FieldSpec {
    /// A field of `kind` accepting `min ..= max`.
    pub const fn new(kind: Kind, min: f64, max: f64) -> Self {
        FieldSpec { kind, min, max }
    }
}

/// Counts of UMKM, participants, targets, achieved so far, business
/// entities: whole, `0 ..= 1_000_000_000` (East Java's whole target is 2.3
/// million; a billion leaves room for national figures).
pub const COUNT: FieldSpec = FieldSpec::new(Kind::Count, 0.0, 1_000_000_000.0);

/// Workers per UMKM (the article's illustrative "five"): decimal,
/// `0 ..= 10_000` (a large partner company's outlet network at most).
pub const WORKERS_PER_UMKM: FieldSpec = FieldSpec::new(Kind::Decimal, 0.0, 10_000.0);

/// Enrolment rates, segment shares, contribution rates: percent,
/// `0 % ..= 100 %` (fraction `0.0 ..= 1.0`).
pub const RATE: FieldSpec = FieldSpec::new(Kind::Percent, 0.0, 1.0);

/// Growth over a base: percent, `−100 % ..= 10 000 %` (fraction
/// `−1.0 ..= 100.0`); below −100 % a target would be negative.
pub const GROWTH: FieldSpec = FieldSpec::new(Kind::Percent, -1.0, 100.0);

/// Amounts of money (wages, contributions, commissions): whole Rupiah,
/// `0 ..= 1_000_000_000_000` (Rp1 triliun).
pub const RUPIAH: FieldSpec = FieldSpec::new(Kind::Rupiah, 0.0, 1_000_000_000_000.0);

/// Relative weights (e.g. for splitting a target over offices or months):
/// decimal, `0 ..= 1_000_000`.
pub const WEIGHT: FieldSpec = FieldSpec::new(Kind::Decimal, 0.0, 1_000_000.0);

/// Working days in a month: whole, `1 ..= 31`.
pub const DAYS: FieldSpec = FieldSpec::new(Kind::Count, 1.0, 31.0);

/// Weeks remaining in a year: whole, `1 ..= 53`.
pub const WEEKS: FieldSpec = FieldSpec::new(Kind::Count, 1.0, 53.0);

/// Months remaining in a year: whole, `1 ..= 12`.
pub const MONTHS: FieldSpec = FieldSpec::new(Kind::Count, 1.0, 12.0);

/// Months of an agent's income ahead, or the month of an income goal:
/// whole, `1 ..= 60` (the last month any incentive term pays on a
/// participant's contributions).
pub const INCOME_MONTHS: FieldSpec = FieldSpec::new(Kind::Count, 1.0, 60.0);

/// Years to compound growth over: whole, `1 ..= 30`.
pub const YEARS: FieldSpec = FieldSpec::new(Kind::Count, 1.0, 30.0);

/// Perisai agents (about 3,500 nationally in 2018): whole, `0 ..= 100_000`.
pub const AGENTS: FieldSpec = FieldSpec::new(Kind::Count, 0.0, 100_000.0);

/// Branch offices (East Java had 16 KC + 20 KCP in 2019): whole,
/// `1 ..= 1_000`.
pub const OFFICES: FieldSpec = FieldSpec::new(Kind::Count, 1.0, 1_000.0);

/// Every spec above, for tests and the fuzz target that try them all.
pub const ALL_SPECS: [FieldSpec; 13] = [
    COUNT,
    WORKERS_PER_UMKM,
    RATE,
    GROWTH,
    RUPIAH,
    WEIGHT,
    DAYS,
    WEEKS,
    MONTHS,
    YEARS,
    AGENTS,
    OFFICES,
    INCOME_MONTHS,
];

/// Most decimals a [`Kind::Decimal`] or [`Kind::Percent`] value may have,
/// counted after dropping trailing zeros and applying any scale word (for
/// percent, in percent units: `3,123456%` is fine, `3,1234567%` is not).
/// Six is far beyond any rate or ratio the app uses and keeps the mantissa
/// exact.
pub const MAX_DECIMALS: u32 = 6;

/// Most integer digits a value may have after applying its scale word
/// (leading zeros do not count). Every field's maximum is far below 10¹⁵, and
/// integers of up to 15 digits are exact in `f64`; longer digit strings are
/// [`ParseError::TooLarge`] rather than a range error.
pub const MAX_INTEGER_DIGITS: u32 = 15;

/// A word (or abbreviation) after the number that multiplies it.
/// Indonesian and English words are kept apart so the UI can show how the
/// entry was read ("rb = ribu").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScaleWord {
    /// `ribu`, `rb`, `rebu` (colloquial): × 1 000.
    Ribu,
    /// `juta`, `jt`: × 1 000 000.
    Juta,
    /// `miliar`, `milyar`, and `M`/`m` in Indonesian: × 10⁹.
    Miliar,
    /// `triliun`, `trilyun`, and `T`/`t` in Indonesian: × 10¹².
    Triliun,
    /// `thousand`, `k`: × 1 000.
    Thousand,
    /// `million`, `mn`, and `m`/`M` in English: × 1 000 000.
    Million,
    /// `billion`, `bn`, `b`: × 10⁹.
    Billion,
    /// `trillion`, `tn`, and `t`/`T` in English: × 10¹².
    Trillion,
}

impl ScaleWord {
    /// The power of ten this word multiplies by (3, 6, 9 or 12).
    pub const fn zeros(self) -> u32 {
        match self {
            ScaleWord::Ribu | ScaleWord::Thousand => 3,
            ScaleWord::Juta | ScaleWord::Million => 6,
            ScaleWord::Miliar | ScaleWord::Billion => 9,
            ScaleWord::Triliun | ScaleWord::Trillion => 12,
        }
    }

    /// Whether this is an Indonesian word (ribu, juta, miliar, triliun).
    pub const fn is_indonesian(self) -> bool {
        matches!(
            self,
            ScaleWord::Ribu | ScaleWord::Juta | ScaleWord::Miliar | ScaleWord::Triliun
        )
    }

    /// The word for `text` (already lower-case), read in `locale`; `None` if it
    /// is not a scale word. `m` and `t` depend on the locale (see the type).
    pub fn lookup(text: &str, locale: Locale) -> Option<ScaleWord> {
        let word = match (text, locale) {
            ("ribu" | "rb" | "rebu", _) => ScaleWord::Ribu,
            ("juta" | "jt", _) => ScaleWord::Juta,
            ("miliar" | "milyar", _) | ("m", Locale::Id) => ScaleWord::Miliar,
            ("triliun" | "trilyun", _) | ("t", Locale::Id) => ScaleWord::Triliun,
            ("thousand" | "k", _) => ScaleWord::Thousand,
            ("million" | "mn", _) | ("m", Locale::En) => ScaleWord::Million,
            ("billion" | "bn" | "b", _) => ScaleWord::Billion,
            ("trillion" | "tn", _) | ("t", Locale::En) => ScaleWord::Trillion,
            _ => return None,
        };
        Some(word)
    }
}

/// A successfully read entry: the value and how the text was interpreted, so
/// the UI can show "= 108.000" and, where it matters, that "rb" meant ribu.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    /// The value in the field's unit; for [`Kind::Percent`] a fraction
    /// (`3,5%` → `0.035`). Always finite and within the spec's range, never
    /// `-0.0`.
    pub value: f64,
    /// The scale word typed after the number, if any.
    pub scale: Option<ScaleWord>,
    /// A `%` (or `persen`/`percent`) was typed.
    pub percent_sign: bool,
    /// A currency marker (`Rp`, `IDR`, `rupiah`) or the `,-` dash was typed.
    pub currency: bool,
    /// Thousands were grouped (with the locale's group mark or spaces).
    pub grouping: bool,
    /// A decimal mark was typed.
    pub decimal_mark: bool,
    /// How many digits were typed after the decimal mark (trailing zeros
    /// included; saturates at `u32::MAX`).
    pub decimals: u32,
    /// A minus sign was typed.
    pub negative: bool,
    /// A plus sign was typed (`+3%`).
    pub plus_sign: bool,
}

/// Why a text could not be read. Each says what the user should fix; the
/// messages themselves are the UI's (in both languages).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ParseError {
    /// Nothing but whitespace was typed.
    Empty,
    /// The text is not a number of the accepted forms (letters, symbols, a `%`
    /// outside a percent field, `Rp` outside a money field…).
    NotANumber,
    /// A minus sign before a number other than zero in a field that cannot
    /// be negative (`-0` is read as 0).
    Negative,
    /// The value is outside the field's range; bounds in the value's unit
    /// (fractions for percent fields).
    OutOfRange {
        /// The smallest valid value.
        min: f64,
        /// The largest valid value.
        max: f64,
    },
    /// A whole-number field (count, Rupiah) got decimals.
    NotWhole,
    /// More than [`MAX_DECIMALS`] decimals.
    TooManyDecimals,
    /// A separator that means something else in the other language
    /// (`1.5` in Indonesian, `1,5` or `108.000` in a count in English): the
    /// UI should say what the mark that was typed means in this language.
    AmbiguousSeparator {
        /// The mark that was misused: the locale's group mark used as a
        /// decimal mark (`.` in `1.5` in Indonesian, `,` in `1,5` in English)
        /// or its decimal mark used to group thousands (`,` in `108,000` in
        /// Indonesian, `.` in `108.000` in English).
        found: char,
    },
    /// Thousands grouped in the wrong places (`1.00.000`, `1 00`).
    MisplacedGrouping,
    /// More than [`MAX_INTEGER_DIGITS`] integer digits.
    TooLarge,
}

/// Reads `text` as a value for `spec`, in the number convention of `locale`.
///
/// See the module documentation for what is accepted and how ambiguity is
/// decided. Never panics.
pub fn parse(text: &str, spec: &FieldSpec, locale: Locale) -> Result<Reading, ParseError> {
    let lexed = lex(text, locale)?;
    let kind = spec.kind;

    // A unit the field does not hold means the user is in the wrong field or
    // typed the wrong thing; there is no value to show.
    if (lexed.percent && kind != Kind::Percent) || (lexed.currency && kind != Kind::Rupiah) {
        return Err(ParseError::NotANumber);
    }

    let number = split_number(&lexed, locale)?;

    // In a whole field, "108.000" (English) or "1,500" (Indonesian) was almost
    // certainly typed with the other language's thousands mark; reading it as
    // 108 or as a fraction would silently be off by a thousand.
    if kind.is_whole()
        && number.decimal_mark
        && !number.grouping
        && number.frac.len() == 3
        && (1..=3).contains(&number.int.len())
        && number.int.first().is_some_and(|&d| d != 0)
        && lexed
            .scale
            .is_none_or(|s| s.is_indonesian() != (locale == Locale::Id))
    {
        return Err(ParseError::AmbiguousSeparator {
            found: locale.decimal_char(),
        });
    }

    // Zero has no sign: "-0" is 0, wherever 0 is allowed.
    let zero = number.int.iter().chain(&number.frac).all(|&d| d == 0);
    if lexed.negative && !zero && (spec.min >= 0.0 || spec.min.is_nan()) {
        return Err(ParseError::Negative);
    }

    let magnitude = magnitude(&number, lexed.scale, kind)?;
    let mut value = if lexed.negative {
        -magnitude
    } else {
        magnitude
    };
    // "-0" must not come back as -0.0 (it would display as "-0").
    if value == 0.0 {
        value = 0.0;
    }
    if !(value >= spec.min && value <= spec.max) {
        return Err(ParseError::OutOfRange {
            min: spec.min,
            max: spec.max,
        });
    }

    Ok(Reading {
        value,
        scale: lexed.scale,
        percent_sign: lexed.percent,
        currency: lexed.currency,
        grouping: number.grouping,
        decimal_mark: number.decimal_mark,
        decimals: u32::try_from(number.frac.len()).unwrap_or(u32::MAX),
        negative: lexed.negative,
        plus_sign: lexed.plus,
    })
}
