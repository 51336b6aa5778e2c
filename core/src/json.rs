//! A small JSON reader and writer for saved work and share links.
//!
//! Why not `serde_json`: with the derives for every state type it was about
//! 58 KB of the wasm (a quarter of the app's own code) to read and write one
//! shape of data, and every kilobyte is felt on a weak signal (issue 7). The
//! browser's `JSON` would need web types here, and this module is tested
//! natively. The format is plain JSON, byte-compatible with what `serde_json`
//! wrote for schema version 1 (tests/saved_compat.rs checks both directions).
//!
//! Numbers: saved work only holds non-negative integers (a version, ids, a
//! risk class). Any other number is read as [`Json::OtherNumber`], which no
//! reader accepts, so it ends up as "unreadable", as it did before.

// The reader walks the text by byte positions it has checked against its
// length, and counts nesting under a fixed limit; written before the core's
// no-panic rule, its index and arithmetic are not yet checked by the compiler.
#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A non-negative integer that fits `u64`.
    Int(u64),
    /// Any other number (negative, fractional, exponent, too large).
    OtherNumber,
    /// A string.
    Str(String),
    /// An array.
    Arr(Vec<Json>),
    /// An object, members in their order (the first of duplicate keys wins).
    Obj(Vec<(String, Json)>),
}

/// Why a text is not JSON (the caller only needs to know that it is not).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotJson;

/// Nesting deeper than this is refused: saved work nests four levels, and a
/// tampered link of a million `[` must not exhaust the stack.
const MAX_DEPTH: usize = 32;

impl Json {
    /// Reads a whole text as one JSON value (whitespace around it allowed).
    pub fn parse(text: &str) -> Result<Json, NotJson> {
        let mut p = Parser {
            s: text.as_bytes(),
            i: 0,
        };
        let v = p.value(0)?;
        p.ws();
        if p.i == p.s.len() {
            Ok(v)
        } else {
            Err(NotJson)
        }
    }

    /// The value as compact JSON text.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Json::Null | Json::OtherNumber => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Int(n) => out.push_str(&n.to_string()),
            Json::Str(s) => write_str(s, out),
            Json::Arr(items) => {
                out.push('[');
                for (k, item) in items.iter().enumerate() {
                    if k > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Obj(members) => {
                out.push('{');
                for (k, (key, item)) in members.iter().enumerate() {
                    if k > 0 {
                        out.push(',');
                    }
                    write_str(key, out);
                    out.push(':');
                    item.write(out);
                }
                out.push('}');
            }
        }
    }

    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The integer, if this is a non-negative one.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Int(n) => Some(*n),
            _ => None,
        }
    }

    /// The items, if this is an array, to change in place (migrations).
    pub fn as_array_mut(&mut self) -> Option<&mut Vec<Json>> {
        match self {
            Json::Arr(items) => Some(items),
            _ => None,
        }
    }

    /// The items, when an array.
    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Arr(items) => Some(items),
            _ => None,
        }
    }
}

impl From<&str> for Json {
    fn from(s: &str) -> Json {
        Json::Str(s.to_owned())
    }
}

/// Builds an object from `(key, value)` pairs, in order.
pub fn obj<const N: usize>(members: [(&str, Json); N]) -> Json {
    Json::Obj(
        members
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect(),
    )
}

/// An array of strings.
pub fn strs(items: &[String]) -> Json {
    Json::Arr(items.iter().map(|s| Json::from(s.as_str())).collect())
}

fn write_str(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let b = c as usize;
                out.push_str("\\u00");
                out.push(char::from(HEX[b >> 4]));
                out.push(char::from(HEX[b & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn next(&mut self) -> Result<u8, NotJson> {
        let b = self.peek().ok_or(NotJson)?;
        self.i += 1;
        Ok(b)
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, word: &[u8]) -> Result<(), NotJson> {
        if self.s.get(self.i..self.i + word.len()) == Some(word) {
            self.i += word.len();
            Ok(())
        } else {
            Err(NotJson)
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, NotJson> {
        if depth > MAX_DEPTH {
            return Err(NotJson);
        }
        self.ws();
        match self.peek().ok_or(NotJson)? {
            b'n' => self.eat(b"null").map(|_| Json::Null),
            b't' => self.eat(b"true").map(|_| Json::Bool(true)),
            b'f' => self.eat(b"false").map(|_| Json::Bool(false)),
            b'"' => self.string().map(Json::Str),
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.peek() == Some(b']') {
                    self.i += 1;
                    return Ok(Json::Arr(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.ws();
                    match self.next()? {
                        b',' => {}
                        b']' => return Ok(Json::Arr(items)),
                        _ => return Err(NotJson),
                    }
                }
            }
            b'{' => {
                self.i += 1;
                let mut members: Vec<(String, Json)> = Vec::new();
                self.ws();
                if self.peek() == Some(b'}') {
                    self.i += 1;
                    return Ok(Json::Obj(members));
                }
                loop {
                    self.ws();
                    if self.peek() != Some(b'"') {
                        return Err(NotJson);
                    }
                    let key = self.string()?;
                    self.ws();
                    if self.next()? != b':' {
                        return Err(NotJson);
                    }
                    let v = self.value(depth + 1)?;
                    if !members.iter().any(|(k, _)| *k == key) {
                        members.push((key, v));
                    }
                    self.ws();
                    match self.next()? {
                        b',' => {}
                        b'}' => return Ok(Json::Obj(members)),
                        _ => return Err(NotJson),
                    }
                }
            }
            b'-' | b'0'..=b'9' => self.number(),
            _ => Err(NotJson),
        }
    }

    /// JSON's number grammar; only a plain non-negative integer is kept.
    fn number(&mut self) -> Result<Json, NotJson> {
        let start = self.i;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.i += 1;
        }
        let int_start = self.i;
        self.digits();
        let int = self.s.get(int_start..self.i).ok_or(NotJson)?;
        if int.is_empty() || (int.len() > 1 && int.first() == Some(&b'0')) {
            return Err(NotJson);
        }
        let mut plain = !negative;
        if self.peek() == Some(b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return Err(NotJson);
            }
            plain = false;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(NotJson);
            }
            plain = false;
        }
        if !plain {
            return Ok(Json::OtherNumber);
        }
        let text =
            std::str::from_utf8(self.s.get(start..self.i).ok_or(NotJson)?).map_err(|_| NotJson)?;
        Ok(text.parse::<u64>().map_or(Json::OtherNumber, Json::Int))
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        self.i - start
    }

    fn hex4(&mut self) -> Result<u32, NotJson> {
        let mut n = 0u32;
        for _ in 0..4 {
            let d = char::from(self.next()?).to_digit(16).ok_or(NotJson)?;
            n = n * 16 + d;
        }
        Ok(n)
    }

    fn string(&mut self) -> Result<String, NotJson> {
        self.i += 1; // the opening quote
        let mut out = String::new();
        loop {
            // Copy the run of plain bytes at once: it is valid UTF-8 because
            // the input is a &str and the run stops only at ASCII bytes.
            let start = self.i;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.i += 1;
            }
            let run = self.s.get(start..self.i).ok_or(NotJson)?;
            out.push_str(std::str::from_utf8(run).map_err(|_| NotJson)?);
            match self.next()? {
                b'"' => return Ok(out),
                b'\\' => {
                    let c = match self.next()? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                self.eat(b"\\u")?;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(NotJson);
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            char::from_u32(code).ok_or(NotJson)?
                        }
                        _ => return Err(NotJson),
                    };
                    out.push(c);
                }
                // A raw control character inside a string.
                _ => return Err(NotJson),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_json_grammar() {
        let v = Json::parse(
            r#" {"a": [1, 0, true, false, null, "x\"y\\z\u00e9\ud83d\ude00"], "b": {}} "#,
        )
        .expect("valid");
        assert_eq!(
            v.get("a"),
            Some(&Json::Arr(vec![
                Json::Int(1),
                Json::Int(0),
                Json::Bool(true),
                Json::Bool(false),
                Json::Null,
                Json::Str("x\"y\\zé😀".into()),
            ]))
        );
        assert_eq!(v.get("b"), Some(&Json::Obj(vec![])));
        for other in ["-1", "1.5", "1e3", "18446744073709551616"] {
            assert_eq!(Json::parse(other), Ok(Json::OtherNumber), "{other}");
        }
    }

    #[test]
    fn refuses_what_is_not_json() {
        for bad in [
            "",
            "{",
            "{\"a\":1,}",
            "[1,]",
            "01",
            "1.",
            "-",
            "\"\\x\"",
            "\"a\nb\"",
            "tru",
            "{\"a\" 1}",
            "{1:2}",
            "[1] 2",
            "\"\\ud800\"",
            "\"\\ud800\\u0041\"",
            "'a'",
        ] {
            assert_eq!(Json::parse(bad), Err(NotJson), "{bad:?}");
        }
        let deep = "[".repeat(100_000);
        assert_eq!(Json::parse(&deep), Err(NotJson));
    }

    #[test]
    fn signed_exponents_and_an_escaped_slash_are_json() {
        // Numbers that are not plain non-negative integers are kept apart,
        // not refused; `\/` is an escaped `/`.
        for n in ["1e+5", "1E-3", "2.5e+10"] {
            assert_eq!(Json::parse(n), Ok(Json::OtherNumber), "{n}");
        }
        assert_eq!(Json::parse(r#""a\/b""#), Ok(Json::Str("a/b".into())));
    }

    #[test]
    fn nesting_is_read_to_32_levels_below_the_top_in_arrays_and_objects() {
        // The top value is level 0: 32 arrays around a 0 put the 0 at
        // level 32, the deepest read; one more array puts it at 33.
        let arrays = |n: usize| format!("{}0{}", "[".repeat(n), "]".repeat(n));
        assert!(Json::parse(&arrays(32)).is_ok());
        assert_eq!(Json::parse(&arrays(33)), Err(NotJson));
        // The same through members: {"a":{"a":…0…}}.
        let objects = |n: usize| format!("{}0{}", "{\"a\":".repeat(n), "}".repeat(n));
        assert!(Json::parse(&objects(32)).is_ok());
        assert_eq!(Json::parse(&objects(33)), Err(NotJson));
    }

    #[test]
    fn writes_what_it_reads() {
        let v = obj([
            ("s", Json::from("tab\t\"quote\" \\ \u{1} é <b>")),
            ("n", Json::Int(u64::MAX)),
            ("a", Json::Arr(vec![Json::Bool(true), Json::Null])),
        ]);
        let text = v.to_text();
        assert_eq!(
            text,
            r#"{"s":"tab\t\"quote\" \\ \u0001 é <b>","n":18446744073709551615,"a":[true,null]}"#
        );
        assert_eq!(Json::parse(&text), Ok(v));
    }
}
