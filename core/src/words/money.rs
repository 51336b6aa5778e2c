//! Words for an agent's income and a partner's sponsoring (issue 27): the
//! terms a figure rests on, and what sponsoring would cost, in lines.

use super::date_text;
use crate::i18n::{Lang, L};
use crate::numbers::format::{Fmt, Style};

/// A set of incentive terms for people: its name, the day it applies from
/// and whether the user edited it, then its source.
/// (`PERDIR 13/PERDIR.02/042022, berlaku sejak 1 Apr 2022 (diubah)`,
/// `Sumber: …`)
pub fn terms_text(lang: Lang, t: &crate::figures::TermsShown) -> (String, String) {
    let preset = crate::calc::incentive::preset_terms();
    let Some(p) = preset.get(t.index) else {
        return (String::new(), String::new());
    };
    let edited = if t.edited {
        format!(" ({})", L::AgentTermsEdited.get(lang))
    } else {
        String::new()
    };
    let title = format!(
        "{}, {} {}{edited}",
        p.name,
        L::AgentTermsSince.get(lang),
        date_text(lang, p.valid_from),
    );
    (
        title,
        format!("{}: {}", L::AgentTermsSource.get(lang), p.source),
    )
}

/// What sponsoring its workers would cost a partner, in two lines (all its
/// potential workers, the expected participants), each with its working:
/// `Semua pekerja potensial: 540.000 × Rp16.800 = Rp9.072.000.000 per
/// bulan, Rp108.864.000.000 per tahun`; a line that cannot be computed says
/// so.
pub fn sponsor_lines(lang: Lang, fmt: Fmt, f: &crate::figures::SponsorFigures) -> [String; 2] {
    use crate::calc::iuran::BpuIuran;
    use crate::calc::CalcError;
    let rp = |v: u64| fmt(Style::Rupiah, v as f64);
    let ends = |a: String, b: String| if a == b { a } else { format!("{a}–{b}") };
    let line = |label: L,
                low: &Result<BpuIuran, CalcError>,
                high: &Option<Result<BpuIuran, CalcError>>| {
        let low = match low {
            Ok(l) => l,
            Err(e) => {
                return format!(
                    "{}: {}",
                    label.get(lang),
                    crate::messages::calc_error_text(lang, *e)
                )
            }
        };
        let high = high.as_ref().and_then(|h| h.as_ref().ok()).unwrap_or(low);
        let people = |w: u64| fmt(Style::Whole, w as f64);
        format!(
            "{}: {} × {} = {}{}, {}{}",
            label.get(lang),
            ends(people(low.workers), people(high.workers)),
            rp(low.per_worker),
            ends(rp(low.monthly), rp(high.monthly)),
            L::PerMonth.get(lang),
            ends(rp(low.yearly), rp(high.yearly)),
            L::PerYear.get(lang),
        )
    };
    [
        line(L::SponsorAll, &f.all, &f.all_high),
        line(L::SponsorExpected, &f.expected, &f.expected_high),
    ]
}
