//! Cutting the text into its parts (sign, currency marker, digit groups and
//! their separators, scale word, percent) before any separator is
//! interpreted.

use super::{Locale, ParseError, ScaleWord};

/// A separator inside the digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Sep {
    Dot,
    Comma,
    Space,
}

impl Sep {
    pub(super) fn of(c: char) -> Option<Sep> {
        match c {
            '.' => Some(Sep::Dot),
            ',' => Some(Sep::Comma),
            _ => None,
        }
    }

    pub(super) fn locale_marks(locale: Locale) -> (Sep, Sep) {
        match locale {
            Locale::Id => (Sep::Dot, Sep::Comma),
            Locale::En => (Sep::Comma, Sep::Dot),
        }
    }
}

/// The text cut into its parts, before the separators are interpreted.
pub(super) struct Lexed {
    pub(super) negative: bool,
    pub(super) plus: bool,
    pub(super) currency: bool,
    pub(super) percent: bool,
    pub(super) scale: Option<ScaleWord>,
    /// Runs of digit values; `groups.len() == seps.len() + 1`, runs may be
    /// empty (`,5`, `5.`, `1..2`).
    pub(super) groups: Vec<Vec<u8>>,
    pub(super) seps: Vec<Sep>,
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
pub(super) fn lex(text: &str, locale: Locale) -> Result<Lexed, ParseError> {
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
