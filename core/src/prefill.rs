//! Prefill by URL parameters: an intranet page (or a link in a memo) opens
//! the calculator preset for a branch, e.g.
//!
//! ```text
//! ?lang=en&section=summary&partners=Sampoerna:108000:5:100;Gudang Garam:20000
//!   &total_base=2257958&total_growth=3&total_target=2336252&bpu_base=199731
//! ```
//!
//! The scheme (documented for admins in docs/EMBEDDING.md):
//! - `lang` = `id` | `en`; `section` = `summary` | `partners` | `targets` |
//!   `split` | `progress` | `iuran`.
//! - `partners` = partners separated by `;`, each `name:umkm:workers:enrolment:pu_share`;
//!   trailing parts may be left out (they keep the app's defaults: 5 workers,
//!   100 % enrolment, 0 % PU) and any part may be empty. A name cannot contain
//!   `:` or `;`. At most [`MAX_PARTNERS`]. Given, it replaces the partner list.
//! - `<line>_base`, `<line>_growth`, `<line>_target` for the lines `total`,
//!   `pu`, `bpu`, `jakon`, `pmi`, `entities`.
//! - Numbers are written the same way whatever the language: plain digits,
//!   `.` for decimals, `-` for a negative growth (`3.47`, `-2`). Counts (UMKM,
//!   bases, targets) are whole: digits only, so an Indonesian `108.000` is an
//!   error rather than silently one hundred and eight. Percentages are in
//!   percent (`100` = 100 %). An empty value is the same as leaving the
//!   parameter out; other parameters (`embed`, `parent`, …) are not ours.
//!
//! Every value is checked with the same parser and range as the field it goes
//! into. Nothing is clamped or guessed: if any value is wrong, nothing is
//! prefilled and every problem is reported (a preset applied in part would
//! show figures for a situation nobody described).
//!
//! The app reads the page address once and shows the problems.

/// The enrolment a prefilled partner gets when its link leaves it out.
const PREFILL_ENROLMENT: &str = "100";
/// The PU share a prefilled partner gets when its link leaves it out.
const PREFILL_PU_SHARE: &str = "0";

use crate::calc::growth::Segment;
use crate::i18n::{Lang, T};
use crate::numbers::parse::{self, FieldSpec, ParseError};
use crate::state::{Action, AppState, LineField, PartnerField, Section};

/// The most partners a link may carry: enough for any branch, small enough
/// that a tampered link cannot freeze a phone.
pub const MAX_PARTNERS: usize = 50;

/// What is wrong with one parameter.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The parameter appears more than once.
    Repeated,
    /// `lang` is neither `id` nor `en`.
    UnknownLanguage,
    /// `section` names no section.
    UnknownSection,
    /// `<line>_base` (or `_growth`, `_target`) with an unknown line.
    UnknownLine,
    /// Not `-?digits(.digits)?`.
    NotPlainNumber,
    /// A whole-number value with a `.` (e.g. `108.000`).
    WholeDigitsOnly,
    /// Read, but the field refuses it (range, decimals, sign).
    Refused {
        /// What the field's parser said.
        error: ParseError,
        /// The field it was for (for the message's range).
        spec: FieldSpec,
    },
    /// More than [`MAX_PARTNERS`] partners.
    TooManyPartners,
    /// A partner with more than five `:`-separated parts.
    TooManyPartnerParts,
}

/// One parameter that cannot be used.
#[derive(Clone, Debug, PartialEq)]
pub struct PrefillError {
    /// The parameter, e.g. `total_base` or `partners[2].umkm` (1-based).
    pub param: String,
    /// The value as given.
    pub value: String,
    /// What is wrong.
    pub problem: Problem,
}

/// The fields of a line by their parameter suffix (`total_base`): the line
/// table's keys.
fn line_field(suffix: &str) -> Option<(LineField, &'static FieldSpec)> {
    LineField::ALL
        .iter()
        .find(|f| f.def().key == suffix)
        .and_then(|f| Some((*f, f.def().holds.spec()?)))
}

/// The numeric parts of a partner, after its name, in link order: the
/// partner table's number fields.
fn partner_parts() -> impl Iterator<Item = (&'static str, PartnerField, &'static FieldSpec)> {
    PartnerField::ALL
        .iter()
        .filter_map(|f| Some((f.def().key, *f, f.def().holds.spec()?)))
}

/// The sections by their parameter value.
const SECTIONS: [(&str, Section); 6] = [
    ("summary", Section::Summary),
    ("partners", Section::Partners),
    ("targets", Section::Targets),
    ("split", Section::Split),
    ("progress", Section::Progress),
    ("iuran", Section::Iuran),
];

/// A plain number (`-?digits(.digits)?`) as the field's text in `lang`'s
/// convention, checked with the field's own parser.
fn number_text(value: &str, spec: &FieldSpec, lang: Lang) -> Result<String, Problem> {
    let unsigned = value.strip_prefix('-').unwrap_or(value);
    let (int, frac) = match unsigned.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (unsigned, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || frac.is_some_and(|f| !digits(f)) {
        return Err(Problem::NotPlainNumber);
    }
    if frac.is_some() && spec.kind.is_whole() {
        return Err(Problem::WholeDigitsOnly);
    }
    // Only the decimal mark differs between the conventions; with no
    // grouping, the text reads as the same value in the field.
    let text: String = value
        .chars()
        .map(|c| {
            if c == '.' {
                lang.locale().decimal_char()
            } else {
                c
            }
        })
        .collect();
    match parse::parse(&text, spec, lang.locale()) {
        Ok(_) => Ok(text),
        Err(error) => Err(Problem::Refused { error, spec: *spec }),
    }
}

/// `state` with the link's parameters applied, or every problem found.
pub fn prefill(
    state: AppState,
    params: &[(String, String)],
) -> Result<AppState, Vec<PrefillError>> {
    let mut errors = Vec::new();
    let err = |errors: &mut Vec<PrefillError>, param: &str, value: &str, problem| {
        errors.push(PrefillError {
            param: param.to_owned(),
            value: value.to_owned(),
            problem,
        })
    };

    // Ours, non-empty, once each.
    let mut ours: Vec<(&str, &str)> = Vec::new();
    for (i, (name, value)) in params.iter().enumerate() {
        let line_param = name
            .rsplit_once('_')
            .is_some_and(|(_, suffix)| line_field(suffix).is_some());
        if !(matches!(name.as_str(), "lang" | "section" | "partners") || line_param) {
            continue;
        }
        if value.trim().is_empty() {
            continue;
        }
        let first = params.iter().position(|(n, _)| n == name) == Some(i);
        if !first {
            if !errors
                .iter()
                .any(|e: &PrefillError| &e.param == name && e.problem == Problem::Repeated)
            {
                err(&mut errors, name, value, Problem::Repeated);
            }
            continue;
        }
        ours.push((name.as_str(), value.trim()));
    }
    let get = |n: &str| ours.iter().find(|(name, _)| *name == n).map(|(_, v)| *v);

    // The language first: numbers are then written in its convention.
    let mut state = state;
    if let Some(v) = get("lang") {
        match Lang::from_code(v) {
            Some(lang) => state = state.apply(Action::SwitchLanguage(lang)),
            None => err(&mut errors, "lang", v, Problem::UnknownLanguage),
        }
    }
    let lang = state.lang;

    if let Some(v) = get("section") {
        match SECTIONS.iter().find(|(name, _)| *name == v) {
            Some((_, s)) => state = state.apply(Action::OpenSection(*s)),
            None => err(&mut errors, "section", v, Problem::UnknownSection),
        }
    }

    for (name, value) in &ours {
        let Some((prefix, suffix)) = name.rsplit_once('_') else {
            continue;
        };
        let Some((field, spec)) = line_field(suffix) else {
            continue;
        };
        let Some(line) = Segment::from_key(prefix) else {
            err(&mut errors, name, value, Problem::UnknownLine);
            continue;
        };
        match number_text(value, spec, lang) {
            Ok(text) => state = state.apply(Action::EditLine { line, field, text }),
            Err(problem) => err(&mut errors, name, value, problem),
        }
    }

    if let Some(list) = get("partners") {
        let items: Vec<&str> = list.split(';').filter(|s| !s.trim().is_empty()).collect();
        if items.len() > MAX_PARTNERS {
            err(&mut errors, "partners", list, Problem::TooManyPartners);
        } else {
            let old: Vec<u32> = state.partners.iter().map(|p| p.id).collect();
            for id in old {
                state = state.apply(Action::RemovePartner(id));
            }
            for (n, item) in items.iter().enumerate() {
                let mut parts = item.split(':');
                let name = parts.next().unwrap_or_default().trim().to_owned();
                let rest: Vec<&str> = parts.map(str::trim).collect();
                let label = |part: &str| format!("partners[{}].{part}", n.saturating_add(1));
                if rest.len() > partner_parts().count() {
                    err(
                        &mut errors,
                        &label("name"),
                        item,
                        Problem::TooManyPartnerParts,
                    );
                    continue;
                }
                state = state.apply(Action::AddPartner);
                let Some(id) = state.partners.last().map(|p| p.id) else {
                    continue;
                };
                let edit = |state: AppState, field, text| {
                    state.apply(Action::EditPartner { id, field, text })
                };
                state = edit(state, PartnerField::Name, name);
                // A part left out keeps what this parameter has always
                // given (100 % enrolment, 0 % PU), so existing intranet
                // links keep their figures; a new row in the app has none.
                state = edit(state, PartnerField::Enrolment, PREFILL_ENROLMENT.to_owned());
                state = edit(state, PartnerField::PuShare, PREFILL_PU_SHARE.to_owned());
                for ((part, field, spec), value) in partner_parts().zip(&rest) {
                    if value.is_empty() {
                        continue;
                    }
                    match number_text(value, spec, lang) {
                        Ok(text) => state = edit(state, field, text),
                        Err(problem) => err(&mut errors, &label(part), value, problem),
                    }
                }
            }
        }
    }

    if errors.is_empty() {
        Ok(state)
    } else {
        Err(errors)
    }
}

/// What opening the app with these parameters gives: every parameter
/// applied, or — when any is wrong — only a valid `lang` (a link's language
/// wins over the saved choice whatever else it carries) and the problems.
pub fn open_with(state: AppState, params: &[(String, String)]) -> (AppState, Vec<PrefillError>) {
    match prefill(state.clone(), params) {
        Ok(s) => (s, Vec::new()),
        Err(errors) => {
            let lang = params
                .iter()
                .find(|(k, _)| k == "lang")
                .and_then(|(_, v)| Lang::from_code(v));
            let state = match lang {
                Some(lang) => state.apply(Action::SwitchLanguage(lang)),
                None => state,
            };
            (state, errors)
        }
    }
}

/// What is wrong, in words.
pub fn problem_text(lang: Lang, problem: &Problem) -> String {
    match problem {
        Problem::Repeated => T::PrefillRepeated.get(lang).to_owned(),
        Problem::UnknownLanguage => T::PrefillUnknownLanguage.get(lang).to_owned(),
        Problem::UnknownSection => T::PrefillUnknownSection.get(lang).to_owned(),
        Problem::UnknownLine => T::PrefillUnknownLine.get(lang).to_owned(),
        Problem::NotPlainNumber => T::PrefillNotPlainNumber.get(lang).to_owned(),
        Problem::WholeDigitsOnly => T::PrefillWholeDigitsOnly.get(lang).to_owned(),
        Problem::Refused { error, spec } => crate::messages::error_message(lang, spec, error),
        Problem::TooManyPartners => {
            format!("{} {MAX_PARTNERS}.", T::PrefillTooManyPartners.get(lang))
        }
        Problem::TooManyPartnerParts => T::PrefillTooManyPartnerParts.get(lang).to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    fn problems(r: Result<AppState, Vec<PrefillError>>) -> Vec<(String, Problem)> {
        match r {
            Ok(_) => Vec::new(),
            Err(e) => e.into_iter().map(|e| (e.param, e.problem)).collect(),
        }
    }

    #[test]
    fn the_example_link_fills_partners_and_lines_in_indonesian() {
        let s = prefill(
            AppState::default(),
            &params(&[
                ("partners", "Sampoerna:108000:5:100;Gudang Garam:20000"),
                ("total_base", "2257958"),
                ("total_growth", "3"),
                ("total_target", "2336252"),
                ("bpu_growth", "27.5"),
                ("embed", "1"),
            ]),
        )
        .expect("valid link");
        assert_eq!(s.lang, Lang::Id);
        let p: Vec<_> = s
            .partners
            .iter()
            .map(|p| {
                (
                    p[PartnerField::Name].as_str(),
                    p[PartnerField::Umkm].as_str(),
                    p[PartnerField::Workers].as_str(),
                    p[PartnerField::Enrolment].as_str(),
                )
            })
            .collect();
        assert_eq!(
            p,
            [
                ("Sampoerna", "108000", "5", "100"),
                ("Gudang Garam", "20000", "5", "100")
            ]
        );
        assert_eq!(s.lines[Segment::Total][LineField::Base], "2257958");
        assert_eq!(s.lines[Segment::Total][LineField::Growth], "3");
        assert_eq!(s.lines[Segment::Total][LineField::Target], "2336252");
        // The decimal point becomes the Indonesian comma, keeping the value.
        assert_eq!(s.lines[Segment::Bpu][LineField::Growth], "27,5");
        let read = parse::parse(
            &s.lines[Segment::Bpu][LineField::Growth],
            &parse::GROWTH,
            Lang::Id.locale(),
        );
        assert_eq!(read.map(|r| r.value), Ok(0.275));
        // Ids stay unique.
        assert_ne!(s.partners[0].id, s.partners[1].id);
    }

    #[test]
    fn english_keeps_the_point_and_opens_the_section() {
        let s = prefill(
            AppState::default(),
            &params(&[
                ("lang", "en"),
                ("section", "summary"),
                ("partners", "A::2.5:35.5"),
            ]),
        )
        .expect("valid link");
        assert_eq!(s.lang, Lang::En);
        assert_eq!(s.section, Section::Summary);
        assert_eq!(s.partners.len(), 1);
        assert_eq!(s.partners[0][PartnerField::Name], "A");
        assert_eq!(s.partners[0][PartnerField::Umkm], "");
        assert_eq!(s.partners[0][PartnerField::Workers], "2.5");
        assert_eq!(s.partners[0][PartnerField::Enrolment], "35.5");
    }

    #[test]
    fn no_parameters_change_nothing() {
        let before = AppState::default();
        assert_eq!(prefill(before.clone(), &[]), Ok(before.clone()));
        // Empty values and other people's parameters neither.
        let p = params(&[
            ("total_base", ""),
            ("embed", "1"),
            ("parent", "https://x.example"),
        ]);
        assert_eq!(prefill(before.clone(), &p), Ok(before));
    }

    #[test]
    fn invalid_values_are_reported_never_clamped() {
        let r = prefill(
            AppState::default(),
            &params(&[
                ("total_base", "108.000"),
                ("total_growth", "3,5"),
                ("pu_target", "2000000000"),
                ("partners", "Sampoerna:108000:5:150;B:1:2:3:4:5"),
                ("jakon_target", "12"),
                ("jakon_target", "13"),
                ("lang", "fr"),
                ("section", "home"),
                ("agents_target", "5"),
            ]),
        );
        let got = problems(r);
        let refused = |error, spec| Problem::Refused { error, spec };
        assert!(
            got.contains(&("total_base".into(), Problem::WholeDigitsOnly)),
            "{got:?}"
        );
        assert!(got.contains(&("total_growth".into(), Problem::NotPlainNumber)));
        assert!(got.contains(&(
            "pu_target".into(),
            refused(ParseError::OutOfRange { min: 0.0, max: 1e9 }, parse::COUNT)
        )));
        assert!(got.contains(&(
            "partners[1].enrolment".into(),
            refused(ParseError::OutOfRange { min: 0.0, max: 1.0 }, parse::RATE)
        )));
        assert!(got.contains(&("partners[2].name".into(), Problem::TooManyPartnerParts)));
        assert!(got.contains(&("jakon_target".into(), Problem::Repeated)));
        assert!(got.contains(&("lang".into(), Problem::UnknownLanguage)));
        assert!(got.contains(&("section".into(), Problem::UnknownSection)));
        assert!(got.contains(&("agents_target".into(), Problem::UnknownLine)));
        assert_eq!(got.len(), 9, "{got:?}");
    }

    #[test]
    fn a_parameter_given_three_times_is_one_problem_and_the_link_s_language_still_wins() {
        let p = params(&[
            ("section", "nowhere"),
            ("lang", "en"),
            ("lang", "en"),
            ("lang", "id"),
            ("jakon_target", "1"),
            ("jakon_target", "2"),
        ]);
        let got = problems(prefill(AppState::default(), &p));
        assert_eq!(
            got,
            [
                ("lang".to_owned(), Problem::Repeated),
                ("jakon_target".to_owned(), Problem::Repeated),
                ("section".to_owned(), Problem::UnknownSection),
            ]
        );
        // Nothing else applies, but the first `lang` does.
        let (state, errors) = open_with(AppState::default(), &p);
        assert_eq!((state.lang, errors.len()), (Lang::En, 3));
    }

    #[test]
    fn a_partner_may_give_all_four_numbers_not_five() {
        let s = prefill(
            AppState::default(),
            &params(&[("partners", "A:10:2:30:40")]),
        )
        .expect("four");
        let p = &s.partners[0];
        let texts = [
            PartnerField::Umkm,
            PartnerField::Workers,
            PartnerField::Enrolment,
            PartnerField::PuShare,
        ]
        .map(|f| p[f].as_str());
        assert_eq!(texts, ["10", "2", "30", "40"]);
        let got = problems(prefill(
            AppState::default(),
            &params(&[("partners", "A:10:2:30:40:1")]),
        ));
        assert_eq!(
            got,
            [("partners[1].name".to_owned(), Problem::TooManyPartnerParts)]
        );
    }

    #[test]
    fn a_negative_growth_is_allowed_a_negative_count_is_not() {
        let s = prefill(AppState::default(), &params(&[("total_growth", "-2.5")])).expect("valid");
        assert_eq!(s.lines[Segment::Total][LineField::Growth], "-2,5");
        let got = problems(prefill(
            AppState::default(),
            &params(&[("total_base", "-5")]),
        ));
        assert_eq!(
            got,
            [(
                "total_base".to_owned(),
                Problem::Refused {
                    error: ParseError::Negative,
                    spec: parse::COUNT
                }
            )]
        );
    }

    #[test]
    fn too_many_partners_is_an_error() {
        let many = vec!["P:1"; MAX_PARTNERS + 1].join(";");
        let got = problems(prefill(
            AppState::default(),
            &params(&[("partners", &many)]),
        ));
        assert_eq!(got, [("partners".to_owned(), Problem::TooManyPartners)]);
        let ok = vec!["P:1"; MAX_PARTNERS].join(";");
        let s = prefill(AppState::default(), &params(&[("partners", &ok)])).expect("at the limit");
        assert_eq!(s.partners.len(), MAX_PARTNERS);
    }

    #[test]
    fn every_problem_has_words_in_both_languages() {
        for p in [
            Problem::Repeated,
            Problem::UnknownLanguage,
            Problem::UnknownSection,
            Problem::UnknownLine,
            Problem::NotPlainNumber,
            Problem::WholeDigitsOnly,
            Problem::TooManyPartners,
            Problem::TooManyPartnerParts,
        ] {
            for lang in [Lang::Id, Lang::En] {
                assert!(!problem_text(lang, &p).is_empty());
            }
        }
        // Each in its own words, the partner limit with its number.
        assert_eq!(
            problem_text(Lang::Id, &Problem::Repeated),
            "parameter ini muncul lebih dari sekali."
        );
        assert_eq!(
            problem_text(Lang::En, &Problem::TooManyPartners),
            "too many partners; at most 50."
        );
        let refused = Problem::Refused {
            error: ParseError::Negative,
            spec: parse::COUNT,
        };
        assert_eq!(problem_text(Lang::Id, &refused), "Tidak boleh negatif.");
    }
}
