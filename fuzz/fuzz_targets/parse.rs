//! Feeds arbitrary bytes (as lossy UTF-8) to the number parser with every
//! field spec and both locales: it must never panic, and whatever it reads
//! must be finite, within the spec's range and whole where the kind is whole;
//! an ambiguous separator must name one of the locale's marks that was typed.
//! Read as a range, both ends are in range and the low end is not above the
//! high end; a text that is one number reads as that number at both ends.

#![no_main]

use libfuzzer_sys::fuzz_target;
use umkm_core::numbers::parse::{parse, parse_range, Locale, ParseError, ALL_SPECS};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for spec in &ALL_SPECS {
        for locale in [Locale::Id, Locale::En] {
            let result = parse(&text, spec, locale);
            if let Err(ParseError::AmbiguousSeparator { found }) = result {
                assert!(
                    found == locale.group_char() || found == locale.decimal_char(),
                    "{text:?} ({locale:?}): found {found:?}"
                );
                assert!(text.contains(found), "{text:?}: found {found:?}");
            }
            if let Ok(r) = result {
                assert!(r.value.is_finite(), "{text:?}: {r:?}");
                assert!(
                    r.value >= spec.min && r.value <= spec.max,
                    "{text:?} ({locale:?}): {r:?} outside {spec:?}"
                );
                assert!(
                    !spec.kind.is_whole() || r.value.fract() == 0.0,
                    "{text:?}: {r:?} not whole"
                );
                assert!(
                    !(r.value == 0.0 && r.value.is_sign_negative()),
                    "{text:?}: -0"
                );
            }
            if let Ok(r) = parse_range(&text, spec, locale) {
                for end in [r.low.value, r.high.value] {
                    assert!(end >= spec.min && end <= spec.max, "{text:?}: {r:?}");
                }
                assert!(r.low.value <= r.high.value, "{text:?}: {r:?}");
                if !r.is_range {
                    assert_eq!(Ok(r.low), result, "{text:?}");
                }
            }
        }
    }
});
