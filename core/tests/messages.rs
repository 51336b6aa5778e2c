//! Errors and readings in words (the edge where types become sentences):
//! every calculation error, and a range read or refused. The sentences are
//! the string table's, written out here by hand.

#![allow(clippy::unwrap_used)]

use umkm_core::calc::CalcError;
use umkm_core::i18n::Lang;
use umkm_core::messages::{calc_error_text, range_error_message, range_reading_text};
use umkm_core::numbers::parse::{parse_range, ParseError, RangeError, COUNT, RATE};

#[test]
fn every_calculation_error_has_its_sentence() {
    let id = |e| calc_error_text(Lang::Id, e);
    assert_eq!(id(CalcError::Missing), "Isi dua dari tiga angka.");
    assert_eq!(id(CalcError::ZeroBase), "Tidak dapat membagi dengan nol.");
    let too_large = "Tidak dapat dihitung: angka terlalu besar.";
    assert_eq!(id(CalcError::Overflow), too_large);
    assert_eq!(id(CalcError::NotFinite), too_large);
    assert_eq!(id(CalcError::InvalidDate), "Tanggal tidak valid.");
    assert_eq!(
        id(CalcError::ZeroWeights),
        "Semua bobot nol: tidak ada dasar pembagian."
    );
    assert_eq!(id(CalcError::Empty), "Tidak ada yang dibagi.");
    let out = "Angka di luar rentang yang masuk akal.";
    assert_eq!(id(CalcError::Negative), out);
    assert_eq!(id(CalcError::OutOfRange), out);
    assert_eq!(
        calc_error_text(Lang::En, CalcError::ZeroBase),
        "Cannot divide by zero."
    );
}

#[test]
fn a_range_is_read_back_in_the_field_s_unit() {
    let r = parse_range("10–30", &RATE, Lang::Id.locale()).unwrap();
    assert_eq!(range_reading_text(Lang::Id, &RATE, &r), "= 10%–30%");
    let r = parse_range("12,5–30", &RATE, Lang::Id.locale()).unwrap();
    assert_eq!(range_reading_text(Lang::Id, &RATE, &r), "= 12,5%–30%");
    // One value is read back as one value.
    let one = parse_range("108 ribu", &COUNT, Lang::Id.locale()).unwrap();
    assert_eq!(range_reading_text(Lang::Id, &COUNT, &one), "= 108.000");
    let en = parse_range("1,000-2,500", &COUNT, Lang::En.locale()).unwrap();
    assert_eq!(range_reading_text(Lang::En, &COUNT, &en), "= 1,000–2,500");
}

#[test]
fn a_range_that_cannot_be_read_says_why() {
    let msg = |e: RangeError| range_error_message(Lang::Id, &COUNT, &e);
    let not_a_number = "Bukan angka. Contoh: 108.000 atau 108 ribu.";
    assert_eq!(msg(RangeError::Low(ParseError::NotANumber)), not_a_number);
    assert_eq!(
        msg(RangeError::High(ParseError::NotANumber)),
        format!("Ujung atas: {not_a_number}")
    );
    // Reversed: the message offers the ends the right way round.
    assert_eq!(
        msg(RangeError::Reversed { low: 30_000.0, high: 10_000.0 }),
        "Ujung bawah lebih besar dari ujung atas. Tulis angka yang lebih kecil dulu: 10.000–30.000."
    );
    assert_eq!(
        msg(RangeError::OpenEnded),
        "Rentang belum lengkap: tulis kedua ujungnya, mis. 10–30."
    );
    assert_eq!(
        msg(RangeError::MixedUnits),
        "Kedua ujung rentang harus bersatuan sama."
    );
    // The parser's own verdicts, worded the same way.
    let e = parse_range("30–10", &COUNT, Lang::Id.locale()).unwrap_err();
    assert_eq!(
        range_error_message(Lang::Id, &COUNT, &e),
        msg(RangeError::Reversed {
            low: 30.0,
            high: 10.0
        })
    );
}
