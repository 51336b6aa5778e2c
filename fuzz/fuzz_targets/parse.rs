//! Feeds arbitrary bytes (as lossy UTF-8) to the number parser with every
//! field spec and both locales: it must never panic, and whatever it reads
//! must be finite, within the spec's range and whole where the kind is whole.

#![no_main]

use libfuzzer_sys::fuzz_target;
use umkm_core::numbers::parse::{
    parse, Locale, AGENTS, COUNT, DAYS, GROWTH, MONTHS, OFFICES, RATE, RUPIAH, WEEKS, WEIGHT,
    WORKERS_PER_UMKM, YEARS,
};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let specs = [
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
    ];
    for spec in &specs {
        for locale in [Locale::Id, Locale::En] {
            if let Ok(r) = parse(&text, spec, locale) {
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
        }
    }
});
