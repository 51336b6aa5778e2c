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
//!   minimum is not below zero (even for `-0`: the sign itself is the mistake).
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
//!    `D` its decimal mark:
//!    * `D` twice (`1,234,567` in Indonesian), or a `G` after the `D`
//!      (`1,234.5` in Indonesian): the other language's convention → ambiguous.
//!    * A **single** `G`, no `D`, not followed by exactly three digits or after
//!      a first group longer than three (`1.5`, `10.00`, `.5`, `1234.567` in
//!      Indonesian; `1,5` in English): it may be the other language's decimal
//!      mark → ambiguous. The UI should say "use a comma for decimals" (Id) or
//!      "use a point for decimals" (En).
//!    * Any other bad grouping (`1.00.000`, `1.5,3`, `1 00`, mixing `.` and
//!      spaces): no decimal reading is possible, so → misplaced grouping.
//!    * In a **whole** field ([`Kind::Count`], [`Kind::Rupiah`]) a lone `D`
//!      with exactly three digits after a one-to-three-digit integer, with no
//!      `G` (`108.000` in English, `1,500` in Indonesian) is almost certainly
//!      the other language's thousands mark → ambiguous, unless a scale word
//!      of the locale's own language follows (`1.500 million` in English and
//!      `1,500 juta` in Indonesian are fine; `1.500 juta` in English is not).
//! 3. A minus in a field that cannot be negative → [`ParseError::Negative`].
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

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects
)]
#![deny(missing_docs)]

/// The number convention of the interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Locale {
    /// Indonesian: `.` groups thousands, `,` marks decimals (`2.336.252`, `3,47`).
    Id,
    /// English: `,` groups thousands, `.` marks decimals (`2,336,252`, `3.47`).
    En,
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

/// Years to compound growth over: whole, `1 ..= 30`.
pub const YEARS: FieldSpec = FieldSpec::new(Kind::Count, 1.0, 30.0);

/// Perisai agents (about 3,500 nationally in 2018): whole, `0 ..= 100_000`.
pub const AGENTS: FieldSpec = FieldSpec::new(Kind::Count, 0.0, 100_000.0);

/// Branch offices (East Java had 16 KC + 20 KCP in 2019): whole,
/// `1 ..= 1_000`.
pub const OFFICES: FieldSpec = FieldSpec::new(Kind::Count, 1.0, 1_000.0);

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

    /// The factor this word multiplies by (`1e3` … `1e12`).
    pub const fn factor(self) -> f64 {
        match self.zeros() {
            3 => 1e3,
            6 => 1e6,
            9 => 1e9,
            _ => 1e12,
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
    /// A minus sign in a field that cannot be negative.
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
    /// UI should say which mark this language uses for decimals.
    AmbiguousSeparator,
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
        return Err(ParseError::AmbiguousSeparator);
    }

    if lexed.negative && (spec.min >= 0.0 || spec.min.is_nan()) {
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

/// A separator inside the digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sep {
    Dot,
    Comma,
    Space,
}

impl Sep {
    fn of(c: char) -> Option<Sep> {
        match c {
            '.' => Some(Sep::Dot),
            ',' => Some(Sep::Comma),
            _ => None,
        }
    }

    fn locale_marks(locale: Locale) -> (Sep, Sep) {
        match locale {
            Locale::Id => (Sep::Dot, Sep::Comma),
            Locale::En => (Sep::Comma, Sep::Dot),
        }
    }
}

/// The text cut into its parts, before the separators are interpreted.
struct Lexed {
    negative: bool,
    plus: bool,
    currency: bool,
    percent: bool,
    scale: Option<ScaleWord>,
    /// Runs of digit values; `groups.len() == seps.len() + 1`, runs may be
    /// empty (`,5`, `5.`, `1..2`).
    groups: Vec<Vec<u8>>,
    seps: Vec<Sep>,
}

/// Whitespace, including no-break spaces (`char::is_whitespace` covers
/// U+00A0 and U+202F) and the invisible characters copy-paste brings along.
fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}'
                | '\u{200C}'
                | '\u{200D}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{2060}'
                | '\u{FEFF}'
        )
}

/// Minus signs a phone keyboard, autocorrect or `Intl` may produce.
fn is_minus(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2212}' | '\u{2012}' | '\u{2013}' | '\u{FE63}' | '\u{FF0D}'
    )
}

fn is_plus(c: char) -> bool {
    matches!(c, '+' | '\u{FF0B}')
}

fn is_percent(c: char) -> bool {
    matches!(c, '%' | '\u{FF05}' | '\u{FE6A}' | '\u{066A}')
}

/// The dash of "Rp16.800,-" (any minus-like dash, or an em dash).
fn is_dash(c: char) -> bool {
    is_minus(c) || c == '\u{2014}'
}

/// A position in the text; every access is bounds-checked through `get`.
struct Cursor {
    chars: Vec<char>,
    pos: usize,
}

impl Cursor {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.pos.checked_add(ahead)?).copied()
    }

    fn bump(&mut self) {
        self.pos = self.pos.saturating_add(1);
    }

    fn skip_spaces(&mut self) {
        while self.peek().is_some_and(is_space) {
            self.bump();
        }
    }

    /// Consumes `word` (ASCII, lower-case) if the text continues with it in
    /// any case.
    fn eat_ci(&mut self, word: &str) -> bool {
        let matches = word
            .chars()
            .enumerate()
            .all(|(i, w)| self.peek_at(i).is_some_and(|c| c.to_ascii_lowercase() == w));
        if matches {
            self.pos = self.pos.saturating_add(word.len());
        }
        matches
    }

    /// Consumes a sign if there is one; `(negative, plus)`.
    fn eat_sign(&mut self) -> Option<bool> {
        let c = self.peek()?;
        let negative = if is_minus(c) {
            true
        } else if is_plus(c) {
            false
        } else {
            return None;
        };
        self.bump();
        Some(negative)
    }
}

/// Longest word worth comparing with the word lists ("trillion" has 8
/// letters); longer ones are not numbers and need no lower-cased copy.
const MAX_WORD_CHARS: usize = 12;

/// Cuts the text into sign, currency, digit groups, scale word and percent.
fn lex(text: &str, locale: Locale) -> Result<Lexed, ParseError> {
    let mut cur = Cursor {
        chars: text.chars().collect(),
        pos: 0,
    };
    cur.skip_spaces();
    if cur.peek().is_none() {
        return Err(ParseError::Empty);
    }

    // Prefix: a sign and a currency marker, in either order ("-Rp5", "Rp -5").
    let mut sign = cur.eat_sign();
    cur.skip_spaces();
    let mut currency = false;
    if cur.eat_ci("rp") {
        currency = true;
        // "Rp." is a common spelling; the dot is part of the marker.
        if cur.peek() == Some('.') {
            cur.bump();
        }
    } else if cur.eat_ci("idr") {
        currency = true;
    }
    cur.skip_spaces();
    if sign.is_none() {
        sign = cur.eat_sign();
        cur.skip_spaces();
    }

    // The digits with their separators.
    let mut groups: Vec<Vec<u8>> = Vec::new();
    let mut seps: Vec<Sep> = Vec::new();
    let mut group: Vec<u8> = Vec::new();
    let mut any_digit = false;
    while let Some(c) = cur.peek() {
        if let Some(d) = c.to_digit(10) {
            group.push(u8::try_from(d).unwrap_or(0));
            any_digit = true;
            cur.bump();
        } else if let Some(sep) = Sep::of(c) {
            // ",-" / ".-" ends the number: it is the "no cents" dash.
            if cur.peek_at(1).is_some_and(is_dash) {
                break;
            }
            groups.push(std::mem::take(&mut group));
            seps.push(sep);
            cur.bump();
        } else if is_space(c) {
            // Spaces between digits group them ("2 336 252"); before a word
            // or "%" they end the number.
            let mut ahead = 1usize;
            while cur.peek_at(ahead).is_some_and(is_space) {
                ahead = ahead.saturating_add(1);
            }
            if !cur.peek_at(ahead).is_some_and(|c| c.is_ascii_digit()) {
                break;
            }
            groups.push(std::mem::take(&mut group));
            seps.push(Sep::Space);
            cur.pos = cur.pos.saturating_add(ahead);
        } else {
            break;
        }
    }
    groups.push(group);
    if !any_digit {
        return Err(ParseError::NotANumber);
    }

    // "Rp16.800,-": the dash says "no cents", so it belongs with money.
    if cur.peek().and_then(Sep::of).is_some() && cur.peek_at(1).is_some_and(is_dash) {
        cur.bump();
        while cur.peek().is_some_and(is_dash) {
            cur.bump();
        }
        currency = true;
    }

    // Suffix: a scale word, then a percent or currency marker.
    let mut scale = None;
    let mut percent = false;
    let mut currency_word = false;
    loop {
        cur.skip_spaces();
        let Some(c) = cur.peek() else { break };
        if is_percent(c) && !percent {
            percent = true;
            cur.bump();
            continue;
        }
        if !c.is_ascii_alphabetic() {
            return Err(ParseError::NotANumber);
        }
        let mut word = String::new();
        let mut letters = 0usize;
        while let Some(c) = cur.peek().filter(|c| c.is_ascii_alphabetic()) {
            letters = letters.saturating_add(1);
            if letters <= MAX_WORD_CHARS {
                word.push(c.to_ascii_lowercase());
            }
            cur.bump();
        }
        if letters > MAX_WORD_CHARS {
            return Err(ParseError::NotANumber);
        }
        // Abbreviations are often written with a dot ("2 jt.").
        if cur.peek() == Some('.') {
            cur.bump();
        }
        let nothing_after_number = !percent && !currency_word;
        if let Some(s) = ScaleWord::lookup(&word, locale).filter(|_| scale.is_none()) {
            if !nothing_after_number {
                return Err(ParseError::NotANumber);
            }
            scale = Some(s);
        } else if matches!(word.as_str(), "persen" | "percent") && !percent {
            percent = true;
        } else if matches!(word.as_str(), "rupiah" | "rp" | "idr") && !currency {
            currency = true;
            currency_word = true;
        } else {
            return Err(ParseError::NotANumber);
        }
    }

    let (negative, plus) = match sign {
        Some(true) => (true, false),
        Some(false) => (false, true),
        None => (false, false),
    };
    Ok(Lexed {
        negative,
        plus,
        currency,
        percent,
        scale,
        groups,
        seps,
    })
}

/// The digits with separators interpreted.
struct Number {
    /// Integer digits (values 0–9), grouping removed.
    int: Vec<u8>,
    /// Digits after the decimal mark.
    frac: Vec<u8>,
    grouping: bool,
    decimal_mark: bool,
}

/// Interprets the separators by the locale's convention (module docs, step 2).
fn split_number(lexed: &Lexed, locale: Locale) -> Result<Number, ParseError> {
    let (group_mark, decimal_mark) = Sep::locale_marks(locale);
    let seps = &lexed.seps;

    let decimal_at = seps.iter().position(|&s| s == decimal_mark);
    let int_seps: &[Sep] = match decimal_at {
        Some(at) => {
            let after = seps.get(at.saturating_add(1)..).unwrap_or(&[]);
            if after.contains(&decimal_mark) || after.contains(&group_mark) {
                // "1,234,567" or "1,234.5" in Indonesian: the other convention.
                return Err(ParseError::AmbiguousSeparator);
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
                ParseError::AmbiguousSeparator
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
fn magnitude(number: &Number, scale: Option<ScaleWord>, kind: Kind) -> Result<f64, ParseError> {
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
