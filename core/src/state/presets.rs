//! Presets from the source article (duta.co, January 2019), written the
//! Indonesian way; the reducer rewrites them for the interface language.

use crate::calc::growth::Segment;
use crate::state::{LineField, LineRow, Lines};

/// A partner the source article names, offered as a one-tap preset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartnerPreset {
    /// Name as the article writes it.
    pub name: &'static str,
    /// UMKM count as typed text; empty where the article gives none.
    pub umkm: &'static str,
}

/// Sampoerna fosters 108,000 UMKM; Gudang Garam and Semen Indonesia are named
/// without counts.
pub const PARTNER_PRESETS: &[PartnerPreset] = &[
    PartnerPreset {
        name: "Sampoerna",
        umkm: "108.000",
    },
    PartnerPreset {
        name: "Gudang Garam",
        umkm: "",
    },
    PartnerPreset {
        name: "Semen Indonesia",
        umkm: "",
    },
];

/// The targets of the source article (East Java, 2019), as the article writes
/// them: base, growth, target per line. The article's own inconsistencies (BPU
/// growth) are kept: the audit shows them.
pub fn article_targets() -> Lines {
    let typed = |s: Segment| match s {
        Segment::Total => ["2.257.958", "3", "2.336.252"],
        Segment::Pu => ["", "", "796.634"],
        Segment::Bpu => ["199.731", "27", "411.156"],
        Segment::Jakon | Segment::Pmi => ["", "", ""],
        Segment::BusinessEntities => ["", "27", "28.630"],
    };
    Lines::from_fn(|s| {
        let mut row = LineRow::default();
        for (field, text) in LineField::ALL.iter().zip(typed(s)) {
            row[*field] = text.to_owned();
        }
        row
    })
}
