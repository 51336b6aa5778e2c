//! Property tests of the number parser: no input panics, readings stay in
//! range and whole where the kind is whole, an ambiguous separator names a
//! mark that was typed, and formatted numbers read back to themselves. The
//! documented examples are in `parse.rs`.

use proptest::prelude::*;
use proptest::test_runner::Config as ProptestConfig;
use umkm_core::numbers::parse::*;

use Locale::{En, Id};

#[test]
fn constants_document_their_ranges() {
    let expect = [
        (COUNT, Kind::Count, 0.0, 1e9),
        (WORKERS_PER_UMKM, Kind::Decimal, 0.0, 1e4),
        (RATE, Kind::Percent, 0.0, 1.0),
        (GROWTH, Kind::Percent, -1.0, 100.0),
        (RUPIAH, Kind::Rupiah, 0.0, 1e12),
        (WEIGHT, Kind::Decimal, 0.0, 1e6),
        (DAYS, Kind::Count, 1.0, 31.0),
        (WEEKS, Kind::Count, 1.0, 53.0),
        (MONTHS, Kind::Count, 1.0, 12.0),
        (YEARS, Kind::Count, 1.0, 30.0),
        (AGENTS, Kind::Count, 0.0, 1e5),
        (OFFICES, Kind::Count, 1.0, 1e3),
    ];
    for (spec, kind, min, max) in expect {
        assert_eq!(spec, FieldSpec { kind, min, max });
    }
}

// ---------------------------------------------------------------- properties

const CASES_ANY: u32 = 5_000;
const CASES_PRINTABLE: u32 = 2_000;
const CASES_NUMBERISH: u32 = 10_000;
const CASES_ROUND_TRIP: u32 = 2_000; // per locale
const CASES_PERCENT: u32 = 2_000;
const CASES_DECIMAL: u32 = 1_000;

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        // Do not write regression files into the repository.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Every spec, both locales: either an error or a finite value in range.
fn check_total(text: &str) -> Result<(), TestCaseError> {
    for spec in ALL_SPECS {
        for locale in [Id, En] {
            let result = parse(text, &spec, locale);
            // An ambiguous separator names a mark of the locale that was typed.
            if let Err(ParseError::AmbiguousSeparator { found }) = result {
                prop_assert!(
                    found == locale.group_char() || found == locale.decimal_char(),
                    "{text:?} ({locale:?}): found {found:?}"
                );
                prop_assert!(text.contains(found), "{text:?}: found {found:?}");
            }
            if let Ok(r) = result {
                prop_assert!(r.value.is_finite(), "{text:?} → {r:?}");
                prop_assert!(
                    r.value >= spec.min && r.value <= spec.max,
                    "{text:?} ({locale:?}) → {} outside [{}, {}]",
                    r.value,
                    spec.min,
                    spec.max
                );
                if spec.kind.is_whole() {
                    prop_assert_eq!(r.value.fract(), 0.0);
                }
            }
            // As a range: both ends in range, low ≤ high, and a text that
            // reads as one number reads as that number at both ends.
            match parse_range(text, &spec, locale) {
                Ok(r) => {
                    for end in [r.low.value, r.high.value] {
                        prop_assert!(
                            end.is_finite() && end >= spec.min && end <= spec.max,
                            "{text:?} → {r:?}"
                        );
                    }
                    prop_assert!(r.low.value <= r.high.value, "{text:?} → {r:?}");
                    if !r.is_range {
                        prop_assert_eq!(Ok(r.low), result);
                        prop_assert_eq!(r.low, r.high);
                    }
                }
                Err(RangeError::Low(e)) => {
                    // A single value's error is exactly the parser's.
                    if let Err(single) = result {
                        if !text.contains(['-', '–', '—', '−'])
                            && !text.to_lowercase().split_whitespace().any(|w| {
                                ["s.d.", "s/d", "sd", "sampai", "hingga", "to"].contains(&w)
                            })
                        {
                            prop_assert_eq!(e, single);
                        }
                    }
                }
                Err(_) => {}
            }
        }
    }
    Ok(())
}

/// Characters numbers are made of, so generated strings reach deep paths.
const NUMBERISH: &[char] = &[
    '0', '1', '2', '3', '5', '9', '.', '.', ',', ',', ' ', '\u{a0}', '\u{202f}', '-', '\u{2212}',
    '+', '%', 'R', 'p', 'r', 'b', 'j', 't', 'M', 'm', 'k', 'T', 'u', 'i', 'a', '\u{2013}', ' ',
    's', 'd', 'o',
];

fn group(n: u64, sep: char) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

proptest! {
    #![proptest_config(config(CASES_ANY))]
    #[test]
    fn any_string_never_panics(text in any::<String>()) {
        check_total(&text)?;
    }
}

proptest! {
    #![proptest_config(config(CASES_PRINTABLE))]
    #[test]
    fn printable_string_never_panics(text in "\\PC*") {
        check_total(&text)?;
    }
}

proptest! {
    #![proptest_config(config(CASES_NUMBERISH))]
    #[test]
    fn numberish_string_never_panics(
        chars in prop::collection::vec(prop::sample::select(NUMBERISH), 0..24)
    ) {
        let text: String = chars.into_iter().collect();
        check_total(&text)?;
    }
}

proptest! {
    #![proptest_config(config(CASES_ROUND_TRIP))]
    #[test]
    fn id_grouped_round_trip(n in 0u64..=1_000_000_000) {
        let text = group(n, '.');
        let r = parse(&text, &COUNT, Id);
        prop_assert_eq!(r.map(|r| r.value), Ok(n as f64), "{}", text);
    }

    #[test]
    fn en_grouped_round_trip(n in 0u64..=1_000_000_000) {
        let text = group(n, ',');
        let r = parse(&text, &COUNT, En);
        prop_assert_eq!(r.map(|r| r.value), Ok(n as f64), "{}", text);
    }
}

proptest! {
    #![proptest_config(config(CASES_PERCENT))]
    #[test]
    fn id_percent_two_decimals(int in 0u32..=99, hundredths in 0u32..=99) {
        let text = format!("{int},{hundredths:02}%");
        let expected = (f64::from(int) + f64::from(hundredths) / 100.0) / 100.0;
        let got = parse(&text, &RATE, Id).map(|r| r.value);
        prop_assert!(matches!(got, Ok(v) if (v - expected).abs() < 1e-12), "{} → {:?}", text, got);
    }

    #[test]
    fn growth_percent_two_decimals(
        negative in any::<bool>(), int in 0u32..=9_999, hundredths in 0u32..=99
    ) {
        let negative = negative && int < 100;
        let text = format!("{}{}.{hundredths:02}%", if negative { "-" } else { "+" }, group(u64::from(int), ','));
        let magnitude = (f64::from(int) + f64::from(hundredths) / 100.0) / 100.0;
        let expected = if negative { -magnitude } else { magnitude };
        let got = parse(&text, &GROWTH, En).map(|r| r.value);
        prop_assert!(matches!(got, Ok(v) if (v - expected).abs() < 1e-12), "{} → {:?}", text, got);
    }
}

proptest! {
    #![proptest_config(config(CASES_DECIMAL))]
    #[test]
    fn decimals_are_correctly_rounded(mantissa in 0u64..=1_000_000_000_000, scale in 0u32..=6) {
        // value = mantissa / 10^scale, written without grouping.
        let digits = format!("{mantissa:0width$}", width = scale as usize + 1);
        let (int, frac) = digits.split_at(digits.len() - scale as usize);
        let text = if scale == 0 { int.to_owned() } else { format!("{int},{frac}") };
        let expected = mantissa as f64 / 10f64.powi(scale as i32);
        match parse(&text, &WEIGHT, Id) {
            Ok(r) => prop_assert_eq!(r.value, expected, "{}", text),
            Err(e) => prop_assert!(
                expected > WEIGHT.max && matches!(e, ParseError::OutOfRange { .. }),
                "{} → {:?}", text, e
            ),
        }
    }
}
