//! Native tests of the number parser: one test per documented example, with
//! hand-written expected values and exact error variants. The properties are
//! in `parse_props.rs`.

use umkm_core::numbers::parse::{
    parse, FieldSpec, Locale, ParseError, Reading, ScaleWord, AGENTS, COUNT, DAYS, GROWTH, MONTHS,
    OFFICES, RATE, RUPIAH, WEEKS, WEIGHT, WORKERS_PER_UMKM, YEARS,
};

use Locale::{En, Id};

/// The ambiguous-separator errors, by the mark that was misused.
const DOT: ParseError = ParseError::AmbiguousSeparator { found: '.' };
const COMMA: ParseError = ParseError::AmbiguousSeparator { found: ',' };

fn read(text: &str, spec: FieldSpec, locale: Locale) -> Reading {
    match parse(text, &spec, locale) {
        Ok(r) => r,
        Err(e) => panic!(
            "{text:?} ({locale:?}, {:?}) should read, got {e:?}",
            spec.kind
        ),
    }
}

fn value(text: &str, spec: FieldSpec, locale: Locale) -> f64 {
    read(text, spec, locale).value
}

fn error(text: &str, spec: FieldSpec, locale: Locale) -> ParseError {
    match parse(text, &spec, locale) {
        Ok(r) => panic!("{text:?} ({locale:?}) should fail, read {r:?}"),
        Err(e) => e,
    }
}

// ---------------------------------------------------------------- Indonesian

#[test]
fn id_grouped_thousands() {
    let r = read("108.000", COUNT, Id);
    assert_eq!(r.value, 108_000.0);
    assert!(r.grouping);
    assert!(!r.decimal_mark);
}

#[test]
fn id_plain_digits() {
    let r = read("108000", COUNT, Id);
    assert_eq!(r.value, 108_000.0);
    assert!(!r.grouping);
}

#[test]
fn id_two_groups() {
    assert_eq!(value("2.336.252", COUNT, Id), 2_336_252.0);
}

#[test]
fn id_ribu_word() {
    let r = read("108 ribu", COUNT, Id);
    assert_eq!(r.value, 108_000.0);
    assert_eq!(r.scale, Some(ScaleWord::Ribu));
}

#[test]
fn id_rb_attached() {
    let r = read("108rb", COUNT, Id);
    assert_eq!(r.value, 108_000.0);
    assert_eq!(r.scale, Some(ScaleWord::Ribu));
}

#[test]
fn id_rb_spaced() {
    assert_eq!(value("108 rb", COUNT, Id), 108_000.0);
}

#[test]
fn id_decimal_juta() {
    let r = read("2,3 juta", COUNT, Id);
    assert_eq!(r.value, 2_300_000.0);
    assert_eq!(r.scale, Some(ScaleWord::Juta));
    assert!(r.decimal_mark);
    assert_eq!(r.decimals, 1);
}

#[test]
fn id_decimal_jt() {
    assert_eq!(value("1,5 jt", COUNT, Id), 1_500_000.0);
}

#[test]
fn id_m_is_miliar() {
    let r = read("2 M", RUPIAH, Id);
    assert_eq!(r.value, 2_000_000_000.0);
    assert_eq!(r.scale, Some(ScaleWord::Miliar));
}

#[test]
fn id_miliar_word() {
    assert_eq!(value("2 miliar", RUPIAH, Id), 2_000_000_000.0);
    assert_eq!(value("2 milyar", RUPIAH, Id), 2_000_000_000.0);
}

#[test]
fn id_miliar_beyond_count_range() {
    assert_eq!(
        error("2 M", COUNT, Id),
        ParseError::OutOfRange {
            min: 0.0,
            max: 1_000_000_000.0
        }
    );
}

#[test]
fn id_t_is_triliun() {
    let r = read("1 T", RUPIAH, Id);
    assert_eq!(r.value, 1_000_000_000_000.0);
    assert_eq!(r.scale, Some(ScaleWord::Triliun));
    assert_eq!(value("0,5 triliun", RUPIAH, Id), 500_000_000_000.0);
}

#[test]
fn id_percent() {
    let r = read("3,5%", RATE, Id);
    assert_eq!(r.value, 0.035);
    assert!(r.percent_sign);
}

#[test]
fn id_percent_spaced() {
    assert_eq!(value("3,47 %", RATE, Id), 0.0347);
}

#[test]
fn id_percent_sign_optional() {
    let r = read("27", RATE, Id);
    assert_eq!(r.value, 0.27);
    assert!(!r.percent_sign);
}

#[test]
fn id_rupiah_attached() {
    let r = read("Rp16.800", RUPIAH, Id);
    assert_eq!(r.value, 16_800.0);
    assert!(r.currency);
}

#[test]
fn id_rupiah_spaced() {
    assert_eq!(value("Rp 16.800", RUPIAH, Id), 16_800.0);
}

#[test]
fn id_rupiah_intl_no_break_space() {
    // What Intl.NumberFormat('id-ID', {style: 'currency'}) emits.
    assert_eq!(value("Rp\u{a0}16.800", RUPIAH, Id), 16_800.0);
    assert_eq!(value("Rp\u{202f}16.800", RUPIAH, Id), 16_800.0);
}

#[test]
fn id_rupiah_without_marker() {
    let r = read("16.800", RUPIAH, Id);
    assert_eq!(r.value, 16_800.0);
    assert!(!r.currency);
}

#[test]
fn id_rupiah_spellings() {
    assert_eq!(value("Rp. 16.800", RUPIAH, Id), 16_800.0);
    assert_eq!(value("IDR 16.800", RUPIAH, Id), 16_800.0);
    assert_eq!(value("16.800 rupiah", RUPIAH, Id), 16_800.0);
    assert_eq!(value("Rp16.800,-", RUPIAH, Id), 16_800.0);
    assert_eq!(value("rp16.800", RUPIAH, Id), 16_800.0);
    assert_eq!(value("Rp.16.800", RUPIAH, Id), 16_800.0);
    assert_eq!(value("Rp16.800,--", RUPIAH, Id), 16_800.0);
    assert_eq!(value("16,800.-", RUPIAH, En), 16_800.0);
    assert_eq!(value("IDR 16,800", RUPIAH, En), 16_800.0);
}

#[test]
fn id_rupiah_with_scale_word() {
    let r = read("Rp16,8 rb", RUPIAH, Id);
    assert_eq!(r.value, 16_800.0);
    assert_eq!(r.scale, Some(ScaleWord::Ribu));
}

#[test]
fn id_rupiah_cents_not_whole() {
    assert_eq!(error("Rp16,8", RUPIAH, Id), ParseError::NotWhole);
    assert_eq!(error("Rp16.800,50", RUPIAH, Id), ParseError::NotWhole);
}

#[test]
fn id_unicode_minus_in_count() {
    assert_eq!(error("\u{2212}5", COUNT, Id), ParseError::Negative);
}

#[test]
fn id_unicode_minus_in_growth() {
    let r = read("\u{2212}5%", GROWTH, Id);
    assert_eq!(r.value, -0.05);
    assert!(r.negative);
}

#[test]
fn id_surrounding_spaces() {
    assert_eq!(value("  108.000  ", COUNT, Id), 108_000.0);
    assert_eq!(value("\t\u{a0}108.000\u{202f}\n", COUNT, Id), 108_000.0);
}

#[test]
fn id_no_break_space_inside() {
    assert_eq!(value("3,5\u{a0}%", RATE, Id), 0.035);
    assert_eq!(value("108\u{a0}ribu", COUNT, Id), 108_000.0);
    assert_eq!(value("108\u{202f}000", COUNT, Id), 108_000.0);
}

#[test]
fn id_plus_sign_growth() {
    let r = read("+3%", GROWTH, Id);
    assert_eq!(r.value, 0.03);
    assert!(r.plus_sign);
}

#[test]
fn id_words_case_insensitive() {
    assert_eq!(value("2,3 JUTA", COUNT, Id), 2_300_000.0);
    assert_eq!(value("108 RB", COUNT, Id), 108_000.0);
    assert_eq!(value("108 Ribu", COUNT, Id), 108_000.0);
    assert_eq!(value("2 m", RUPIAH, Id), 2_000_000_000.0);
    assert_eq!(value("RP 16.800", RUPIAH, Id), 16_800.0);
}

#[test]
fn id_colloquial_and_dotted_abbreviations() {
    assert_eq!(value("10 rebu", COUNT, Id), 10_000.0);
    assert_eq!(value("2 jt.", COUNT, Id), 2_000_000.0);
    assert_eq!(value("3,5 persen", RATE, Id), 0.035);
}

#[test]
fn id_space_grouping() {
    assert_eq!(value("2 336 252", COUNT, Id), 2_336_252.0);
}

#[test]
fn id_trailing_and_leading_decimal_mark() {
    assert_eq!(value("5,", WORKERS_PER_UMKM, Id), 5.0);
    assert_eq!(value(",5", WORKERS_PER_UMKM, Id), 0.5);
}

#[test]
fn id_grouped_with_decimals() {
    assert_eq!(value("1.234,5", WEIGHT, Id), 1234.5);
}

// ---------------------------------------------------------------- English

#[test]
fn en_grouped_thousands() {
    assert_eq!(value("108,000", COUNT, En), 108_000.0);
}

#[test]
fn en_decimal_point() {
    assert_eq!(value("3.5", WORKERS_PER_UMKM, En), 3.5);
}

#[test]
fn en_million_word() {
    let r = read("2.3 million", COUNT, En);
    assert_eq!(r.value, 2_300_000.0);
    assert_eq!(r.scale, Some(ScaleWord::Million));
}

#[test]
fn en_m_is_million() {
    let r = read("2.3m", COUNT, En);
    assert_eq!(r.value, 2_300_000.0);
    assert_eq!(r.scale, Some(ScaleWord::Million));
}

#[test]
fn en_k() {
    let r = read("108k", COUNT, En);
    assert_eq!(r.value, 108_000.0);
    assert_eq!(r.scale, Some(ScaleWord::Thousand));
}

#[test]
fn en_thousand_word() {
    assert_eq!(value("108 thousand", COUNT, En), 108_000.0);
}

#[test]
fn en_billion() {
    let r = read("1.5 billion", RUPIAH, En);
    assert_eq!(r.value, 1_500_000_000.0);
    assert_eq!(r.scale, Some(ScaleWord::Billion));
}

#[test]
fn en_trillion_in_three_spellings() {
    // 10^12 (a Rupiah field's largest), 0,5 × 10^12 and 0,25 × 10^12: "t" is
    // a trillion in English (in Indonesian it is triliun, the same size).
    for (text, want) in [
        ("1 trillion", 1_000_000_000_000.0),
        ("0.5 tn", 500_000_000_000.0),
        ("0.25t", 250_000_000_000.0),
    ] {
        let r = read(text, RUPIAH, En);
        assert_eq!(
            (r.value, r.scale),
            (want, Some(ScaleWord::Trillion)),
            "{text}"
        );
    }
}

#[test]
fn en_percent() {
    assert_eq!(value("3.5%", RATE, En), 0.035);
}

#[test]
fn en_leading_decimal_point() {
    assert_eq!(value(".5", WORKERS_PER_UMKM, En), 0.5);
}

#[test]
fn en_indonesian_words_accepted() {
    assert_eq!(value("2.3 juta", COUNT, En), 2_300_000.0);
}

// ---------------------------------------------------------------- errors

#[test]
fn empty_and_blank() {
    assert_eq!(error("", COUNT, Id), ParseError::Empty);
    assert_eq!(error("   ", COUNT, Id), ParseError::Empty);
    assert_eq!(error("\u{a0}\u{202f}\t", RATE, En), ParseError::Empty);
}

#[test]
fn letters_not_a_number() {
    assert_eq!(error("abc", COUNT, Id), ParseError::NotANumber);
    assert_eq!(error("12abc", COUNT, Id), ParseError::NotANumber);
    assert_eq!(error("1e6", COUNT, En), ParseError::NotANumber);
    assert_eq!(error("rb", COUNT, Id), ParseError::NotANumber);
    assert_eq!(error(".", COUNT, Id), ParseError::NotANumber);
    assert_eq!(error("%", RATE, Id), ParseError::NotANumber);
    assert_eq!(error("2 rb rb", COUNT, Id), ParseError::NotANumber);
    assert_eq!(error("5 % %", RATE, Id), ParseError::NotANumber);
    assert_eq!(error("5 % rb", RATE, Id), ParseError::NotANumber);
}

#[test]
fn wrong_unit_for_field() {
    assert_eq!(error("27%", COUNT, Id), ParseError::NotANumber);
    assert_eq!(error("Rp5", COUNT, Id), ParseError::NotANumber);
    assert_eq!(error("5,-", COUNT, Id), ParseError::NotANumber);
}

#[test]
fn ascii_minus_in_count() {
    assert_eq!(error("-5", COUNT, Id), ParseError::Negative);
    assert_eq!(error("-5", COUNT, En), ParseError::Negative);
    assert_eq!(error("Rp -5", RUPIAH, Id), ParseError::Negative);
}

#[test]
fn minus_zero() {
    // Zero has no sign: -0 is 0 in a field whose minimum is 0…
    for (text, spec, locale) in [
        ("-0", COUNT, Id),
        ("-0", COUNT, En),
        ("\u{2212}0", COUNT, Id),
        ("-0,0", WORKERS_PER_UMKM, Id),
        ("-0.00", WORKERS_PER_UMKM, En),
        ("-0%", RATE, Id),
        ("Rp -0", RUPIAH, Id),
        ("-0 ribu", COUNT, Id),
        ("-000", AGENTS, Id),
    ] {
        let r = read(text, spec, locale);
        assert_eq!(r.value, 0.0, "{text:?}");
        assert!(r.value.is_sign_positive(), "{text:?}");
    }
    // …and where negatives are allowed.
    let v = value("-0%", GROWTH, Id);
    assert_eq!(v, 0.0);
    assert!(v.is_sign_positive());
    // Anything but zero keeps the sign as the mistake.
    assert_eq!(error("-5", COUNT, Id), ParseError::Negative);
    assert_eq!(error("-0,5", WORKERS_PER_UMKM, Id), ParseError::Negative);
    assert_eq!(error("-0,1", COUNT, Id), ParseError::Negative);
    assert_eq!(error("-0.01%", RATE, En), ParseError::Negative);
    // In a field whose minimum is above zero, -0 is zero: out of range.
    assert_eq!(
        error("-0", DAYS, Id),
        ParseError::OutOfRange {
            min: 1.0,
            max: 31.0
        }
    );
}

#[test]
fn id_decimal_in_count_not_whole() {
    assert_eq!(error("1,5", COUNT, Id), ParseError::NotWhole);
    assert_eq!(error("2,3456789 juta", COUNT, Id), ParseError::NotWhole);
}

#[test]
fn id_dot_decimal_in_count_ambiguous() {
    assert_eq!(error("1.5", COUNT, Id), DOT);
}

#[test]
fn id_dot_decimal_in_decimal_field_ambiguous() {
    assert_eq!(error("1.5", WORKERS_PER_UMKM, Id), DOT);
    assert_eq!(error("2.3 juta", COUNT, Id), DOT);
    assert_eq!(error(".5", WORKERS_PER_UMKM, Id), DOT);
    assert_eq!(error("5.", WORKERS_PER_UMKM, Id), DOT);
}

#[test]
fn en_comma_decimal_ambiguous() {
    assert_eq!(error("1,5", WORKERS_PER_UMKM, En), COMMA);
    assert_eq!(error("1,5", COUNT, En), COMMA);
}

#[test]
fn id_misplaced_grouping() {
    assert_eq!(error("1.00.000", COUNT, Id), ParseError::MisplacedGrouping);
    assert_eq!(error("1.5,3", WEIGHT, Id), ParseError::MisplacedGrouping);
    assert_eq!(error("1 00", COUNT, Id), ParseError::MisplacedGrouping);
    assert_eq!(error("1.000 000", COUNT, Id), ParseError::MisplacedGrouping);
    assert_eq!(error("1..000", COUNT, Id), ParseError::MisplacedGrouping);
}

#[test]
fn id_lone_dot_with_two_digits_is_ambiguous() {
    // A single dot could be an English decimal point: ambiguous, not misplaced.
    assert_eq!(error("10.00", COUNT, Id), DOT);
    assert_eq!(error("1234.567", COUNT, Id), DOT);
}

#[test]
fn en_misplaced_grouping() {
    assert_eq!(error("1,00,000", COUNT, En), ParseError::MisplacedGrouping);
}

#[test]
fn other_convention_is_ambiguous() {
    assert_eq!(error("1,234,567", COUNT, Id), COMMA);
    assert_eq!(error("1,234.5", WEIGHT, Id), DOT);
    assert_eq!(error("1.234.567", COUNT, En), DOT);
    assert_eq!(error("1.234,5", WEIGHT, En), COMMA);
}

#[test]
fn out_of_range_reports_bounds() {
    assert_eq!(
        error("1.000.000.001", COUNT, Id),
        ParseError::OutOfRange {
            min: 0.0,
            max: 1_000_000_000.0
        }
    );
    assert_eq!(
        error("101%", RATE, Id),
        ParseError::OutOfRange { min: 0.0, max: 1.0 }
    );
    assert_eq!(
        error("-101%", GROWTH, Id),
        ParseError::OutOfRange {
            min: -1.0,
            max: 100.0
        }
    );
    assert_eq!(
        error("32", DAYS, Id),
        ParseError::OutOfRange {
            min: 1.0,
            max: 31.0
        }
    );
    assert_eq!(
        error("0", YEARS, Id),
        ParseError::OutOfRange {
            min: 1.0,
            max: 30.0
        }
    );
}

#[test]
fn range_bounds_are_inclusive() {
    assert_eq!(value("100%", RATE, Id), 1.0);
    assert_eq!(value("0", RATE, Id), 0.0);
    assert_eq!(value("10.000%", GROWTH, Id), 100.0);
    assert_eq!(value("-100%", GROWTH, Id), -1.0);
    assert_eq!(value("1 miliar", COUNT, Id), 1_000_000_000.0);
    assert_eq!(value("1 triliun", RUPIAH, Id), 1_000_000_000_000.0);
}

#[test]
fn absurdly_long_digits_too_large() {
    assert_eq!(error(&"9".repeat(40), COUNT, Id), ParseError::TooLarge);
    let huge = format!("1{}", "0".repeat(10_000));
    assert_eq!(error(&huge, RUPIAH, En), ParseError::TooLarge);
    assert_eq!(
        error("1,5 triliun", RUPIAH, Id),
        ParseError::OutOfRange {
            min: 0.0,
            max: 1_000_000_000_000.0
        }
    );
    // 1.000 triliun has sixteen integer digits.
    assert_eq!(error("1.000 triliun", RUPIAH, Id), ParseError::TooLarge);
    assert_eq!(error("1.000.000 triliun", RUPIAH, Id), ParseError::TooLarge);
    // Sixteen digits: beyond any field and beyond exact f64 integers.
    assert_eq!(error("1234567890123456", COUNT, Id), ParseError::TooLarge);
    // Fifteen digits are still a range error, with the range to show.
    assert!(matches!(
        error("123456789012345", COUNT, Id),
        ParseError::OutOfRange { .. }
    ));
}

#[test]
fn leading_and_trailing_zeros_do_not_count() {
    let zeros = format!("{}1", "0".repeat(5_000));
    assert_eq!(value(&zeros, COUNT, Id), 1.0);
    assert_eq!(value("1,50000000000", WORKERS_PER_UMKM, Id), 1.5);
    assert_eq!(value("7,000000000", COUNT, Id), 7.0);
}

#[test]
fn en_three_decimals_in_count_ambiguous() {
    assert_eq!(error("108.000", COUNT, En), DOT);
    assert_eq!(error("108.500", COUNT, En), DOT);
    assert_eq!(error("Rp16.800", RUPIAH, En), DOT);
    assert_eq!(error("1.500 juta", COUNT, En), DOT);
    // In a decimal field the English reading stands.
    assert_eq!(value("108.000", WORKERS_PER_UMKM, En), 108.0);
    // An English scale word settles it.
    assert_eq!(value("1.500 million", COUNT, En), 1_500_000.0);
    // Grouping settles it too: 1,108.000 is plainly English.
    assert_eq!(value("1,108.000", COUNT, En), 1108.0);
    // Four integer digits cannot be an Indonesian thousands group.
    assert_eq!(value("1234.000", COUNT, En), 1234.0);
}

#[test]
fn id_three_decimals_in_count_ambiguous() {
    assert_eq!(error("108,000", COUNT, Id), COMMA);
    assert_eq!(error("1,500", COUNT, Id), COMMA);
    assert_eq!(error("1,500 million", COUNT, Id), COMMA);
    assert_eq!(value("1,500", WORKERS_PER_UMKM, Id), 1.5);
    assert_eq!(value("1,500 juta", COUNT, Id), 1_500_000.0);
}

#[test]
fn too_many_decimals() {
    assert_eq!(
        error("1,1234567", WORKERS_PER_UMKM, Id),
        ParseError::TooManyDecimals
    );
    assert_eq!(value("1,123456", WORKERS_PER_UMKM, Id), 1.123456);
    assert_eq!(error("3,1234567%", RATE, Id), ParseError::TooManyDecimals);
    assert_eq!(value("3,123456%", RATE, Id), 0.03123456);
    // Counted after the scale word: 0,0000001 juta is 0,1.
    assert_eq!(value("0,0000001 juta", WEIGHT, Id), 0.1);
}

#[test]
fn values_are_correctly_rounded() {
    assert_eq!(value("0,1", WORKERS_PER_UMKM, Id), 0.1);
    assert_eq!(value("3,47%", RATE, Id), 0.0347);
    assert_eq!(value("1.234,567891", WEIGHT, Id), 1234.567891);
    assert_eq!(value("0,24%", RATE, Id), 0.0024);
    assert_eq!(value("7.5%", RATE, En), 0.075);
}

#[test]
fn article_figures() {
    assert_eq!(value("2.257.958", COUNT, Id), 2_257_958.0);
    assert_eq!(value("27%", GROWTH, Id), 0.27);
    assert_eq!(value("Rp10.547.400", RUPIAH, Id), 10_547_400.0);
    assert_eq!(value("Rp500.000", RUPIAH, Id), 500_000.0);
    assert_eq!(value("4,61 juta", COUNT, Id), 4_610_000.0);
    assert_eq!(value("3.500", AGENTS, Id), 3_500.0);
    assert_eq!(value("36", OFFICES, Id), 36.0);
    assert_eq!(value("12", MONTHS, Id), 12.0);
    assert_eq!(value("52", WEEKS, Id), 52.0);
}
