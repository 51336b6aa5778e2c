//! The string table's own checks: lookups, both languages, plurals.
use super::*;

#[test]
fn texts_are_found_by_key_and_language() {
    assert_eq!(T::AppTitle.get(Lang::Id), "Target UMKM");
    assert_eq!(T::LangSwitch.get(Lang::Id), "English");
    assert_eq!(T::LangSwitch.get(Lang::En), "Indonesia");
    assert_eq!(
        T::PanicMessage.get(Lang::En),
        "Sorry, the app hit an error. Please reload the page."
    );
    // Every text is its own row's, whatever its neighbours hold.
    let mut seen = 0;
    for key in ALL_KEYS {
        for lang in [Lang::Id, Lang::En] {
            seen += key.text(lang).len();
        }
    }
    assert_eq!(seen, first::TEXTS.len());
}

#[test]
fn every_key_has_both_languages() {
    for key in ALL_KEYS {
        assert!(!key.text(Lang::Id).is_empty(), "{key:?} has no Indonesian");
        assert!(!key.text(Lang::En).is_empty(), "{key:?} has no English");
    }
    for key in LATER_KEYS {
        assert!(!key.get(Lang::Id).is_empty(), "{key:?} has no Indonesian");
        assert!(!key.get(Lang::En).is_empty(), "{key:?} has no English");
    }
    // The two tables are apart: the later one starts at its own first text.
    assert_eq!(L::AgentTermsInForce.get(Lang::Id), "Ketentuan yang berlaku");
    assert_eq!(
        L::IncomeGoalWaiting.get(Lang::En),
        "Type the income wanted."
    );
}

#[test]
fn counts_have_a_singular_and_a_plural_in_english() {
    assert_eq!(T::Rows.count(Lang::En, true), "row");
    assert_eq!(T::Rows.count(Lang::En, false), "rows");
    assert_eq!(T::UnitWorkingDays.count(Lang::En, false), "working days");
    // Indonesian has one form for every count.
    assert_eq!(T::Rows.count(Lang::Id, true), "baris");
    assert_eq!(T::Rows.count(Lang::Id, false), "baris");
    // A text with one form is the same for any count.
    assert_eq!(T::UnitPoints.count(Lang::En, true), "percentage points");
    // The texts with two forms are exactly these, each with one "|" and
    // only in English.
    let counted: Vec<T> = ALL_KEYS
        .iter()
        .copied()
        .filter(|k| k.text(Lang::En).contains('|'))
        .collect();
    assert_eq!(
        counted,
        [
            T::Rows,
            T::UnitYears,
            T::UnitDays,
            T::UnitWorkingDays,
            T::UnitWeeks,
            T::UnitMonths
        ]
    );
    for k in counted {
        assert_eq!(k.text(Lang::En).matches('|').count(), 1, "{k:?}");
        assert!(!k.text(Lang::Id).contains('|'), "{k:?}");
    }
}

#[test]
fn language_codes_round_trip() {
    for lang in [Lang::Id, Lang::En] {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
    }
    assert_eq!(Lang::from_code("EN"), Some(Lang::En));
    assert_eq!(Lang::from_code("fr"), None);
}
