//! What the committed fixtures hold, written out by hand: the article
//! scenario (Sampoerna 108.000 UMKM with PU share 40 %, the 2019 targets,
//! realisasi 1.050.000 by 30 June 2019, BPU split, June weight 0,5, the first
//! office weight 2,5, a PU wage of Rp4.500.000 at risk class 2, BPU with JHT)
//! plus a second partner whose name is markup and whose enrolment is "abc".

// Each test crate that includes this module uses only some of it.
#![allow(dead_code, unused_macros)]

/// Equal within 1e-9 relative (or 1e-12 absolute near zero).
pub fn close(actual: f64, expected: f64) -> bool {
    (actual - expected).abs() <= 1e-9 * expected.abs().max(1e-3)
}

/// Asserts two figures are [`close`], naming the expression that failed.
macro_rules! assert_close {
    ($actual:expr, $expected:expr) => {{
        let (a, e): (f64, f64) = ($actual, $expected);
        assert!(close(a, e), "{} = {a}, expected {e}", stringify!($actual));
    }};
}

use umkm_core::calc::growth::Segment;
use umkm_core::calc::span::Span;
use umkm_core::i18n::Lang;
use umkm_core::report::headline;
use umkm_core::saved;
use umkm_core::state::{AppState, Field, LineField, PartnerField};

pub fn fixture(schema: u32, name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/schema{schema}/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

pub fn partner(s: &AppState, i: usize) -> Vec<&str> {
    PartnerField::ALL
        .iter()
        .map(|f| s.partners[i][*f].as_str())
        .collect()
}

pub fn line(s: &AppState, seg: Segment) -> [&str; 3] {
    [LineField::Base, LineField::Growth, LineField::Target].map(|f| s.lines[seg][f].as_str())
}

/// Everything typed in the Indonesian fixture, as typed.
pub fn assert_article_work_id(s: &AppState) {
    assert_eq!(s.lang, Lang::Id);
    assert_eq!(
        partner(s, 0),
        ["Sampoerna", "108.000", "5", "100", "40", ""]
    );
    assert_eq!(
        partner(s, 1),
        [
            "Gudang \"Garam\" <b>&amp;</b> ✓",
            "12 rb",
            "5",
            "abc",
            "0",
            ""
        ]
    );
    assert_eq!(line(s, Segment::Total), ["2.257.958", "3", "2.336.252"]);
    assert_eq!(line(s, Segment::Pu), ["", "", "796.634"]);
    assert_eq!(line(s, Segment::Bpu), ["199.731", "27", "411.156"]);
    assert_eq!(line(s, Segment::Jakon), ["", "", ""]);
    assert_eq!(line(s, Segment::BusinessEntities), ["", "27", "28.630"]);
    assert_eq!(s.split_line, Segment::Bpu);
    assert_eq!(s.offices.len(), 36);
    assert_eq!(
        (s.offices[0].name.as_str(), s.offices[0].weight.as_str()),
        ("KC 01", "2,5")
    );
    assert_eq!(s.offices[35].name, "KCP 20");
    assert_eq!(s.month_weights[5], "0,5");
    assert_eq!(s.month_weights.iter().filter(|w| *w == "1").count(), 11);
    let t = |f: Field| s.texts[f].as_str();
    assert_eq!(t(Field::ProjectionYears), "5");
    assert_eq!(
        [
            t(Field::AgentsPerOffice),
            t(Field::WorkingDays),
            t(Field::Capacity)
        ],
        ["10", "22", "50"]
    );
    assert_eq!(
        [
            t(Field::ProgressTarget),
            t(Field::ProgressAchieved),
            t(Field::ProgressDate)
        ],
        ["2.336.252", "1.050.000", "2019-06-30"]
    );
    assert_eq!(
        [t(Field::BpuIncome), t(Field::PuWage)],
        ["1.000.000", "4.500.000"]
    );
    assert!(s.bpu_jht);
    assert_eq!(s.risk_class, 2);
    assert_eq!(t(Field::RatesValidFrom), "2025-01-01");
    assert_eq!(
        [
            Field::Jkk1,
            Field::Jkk2,
            Field::Jkk3,
            Field::Jkk4,
            Field::Jkk5
        ]
        .map(t),
        ["0,24", "0,54", "0,89", "1,27", "1,74"]
    );
    assert_eq!(
        [
            Field::Jkm,
            Field::JhtEmployer,
            Field::JhtWorker,
            Field::JpEmployer,
            Field::JpWorker
        ]
        .map(t),
        ["0,30", "3,7", "2", "2", "1"]
    );
    assert_eq!(
        [
            t(Field::JpCap),
            t(Field::BpuJkk),
            t(Field::BpuJkm),
            t(Field::BpuJht)
        ],
        ["10.547.400", "1", "6.800", "2"]
    );
}

/// The figures of the article work (written out by hand): 108.000 × 5 ×
/// 100 % = 540.000 expected; the second row waits for its enrolment; the total
/// target is the typed 2.336.252. Saved again, it is in the current schema and
/// opens as the same work.
pub fn assert_article_figures_and_saved_again(s: AppState) {
    let h = headline(&s);
    assert_eq!(h.expected, Some(Span::one(540_000.0)));
    assert_eq!(h.potential, Some(Span::one(540_000.0)));
    assert_eq!(h.total_target, Some(2_336_252.0));
    assert_eq!(h.waiting_rows, 1);
    let again = saved::encode(&s);
    let current = format!("{{\"v\":{},", saved::SCHEMA_VERSION);
    assert!(again.starts_with(&current), "{again}");
    assert_eq!(saved::decode(&again), Ok(s));
}

/// The texts of an untouched work saved before schema 5: the defaults, but
/// everyone paying (schema 4's contributions were everyone's, and old work
/// keeps its figures).
pub fn old_default_texts() -> umkm_core::state::Texts {
    let mut t = AppState::default().texts;
    t[Field::ActiveShare] = "100".into();
    t
}
