//! What leaves the app as text: the headline figures, the chat summary and
//! the CSV files ([`csv`]). Pure Rust: numbers are written by a formatter the caller
//! passes in (the browser's `Intl.NumberFormat` in the app, a plain one in
//! tests), so this module has no web types and is tested natively.

use crate::calc::growth::Segment;
use crate::calc::months::Months;
use crate::calc::pipeline;
use crate::calc::progress::Date;
use crate::calc::span::Span;
use crate::figures::iuran_figures;
use crate::i18n::month_name;
use crate::i18n::{Lang, T};
use crate::numbers::format::{Fmt, Style};
use crate::read::{read_partner, read_plan, read_stage_odds, read_work_partners};
use crate::state::{AppState, PartnerField};
use crate::words::{iuran_basis_text, span_text};

/// The few figures a summary, a comparison or an embedding page needs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Headline {
    /// Potential workers of the valid partner rows.
    pub potential: Option<Span>,
    /// Expected new participants.
    pub expected: Option<Span>,
    /// Expected PU participants.
    pub expected_pu: Option<Span>,
    /// Expected BPU participants.
    pub expected_bpu: Option<Span>,
    /// Expected participants weighted by the partners' stages.
    pub weighted: Option<Span>,
    /// Whether any partner has a stage (else weighted is expected).
    pub staged: bool,
    /// The total new-participant target, worked out or typed.
    pub total_target: Option<f64>,
    /// Expected ÷ total target.
    pub share: Option<Span>,
    /// Weighted ÷ total target.
    pub weighted_share: Option<Span>,
    /// The part of the total target the entered segments leave ("Lainnya").
    pub other: Option<f64>,
    /// The business-entity target (companies).
    pub entities_target: Option<f64>,
    /// Partner rows not counted because an entry is still invalid.
    pub waiting_rows: usize,
    /// Partner rows counted.
    pub partners: usize,
    /// *Capaian*'s year to date, once its months compute.
    pub ytd: Option<f64>,
    /// *Capaian*'s year-end forecast at the pace so far.
    pub year_end: Option<f64>,
}

/// The headline figures of a state, from calc.
pub fn headline(state: &AppState) -> Headline {
    let lang = state.lang;
    let read = read_work_partners(state);
    let total = pipeline::total(&read.valid).ok();
    let plan = read_plan(&state.lines, lang);
    let total_target = plan.target(Segment::Total).ok();
    let share = total
        .as_ref()
        .zip(total_target)
        .and_then(|(t, target)| t.share_of(target).ok())
        .map(|s| s.share);
    let weighted_share = total
        .as_ref()
        .zip(total_target)
        .and_then(|(t, target)| t.weighted_share_of(target).ok())
        .map(|s| s.share);
    let months = crate::figures::progress_figures(state, None)
        .months
        .and_then(Result::ok);
    Headline {
        potential: total.as_ref().map(|t| t.potential),
        expected: total.as_ref().map(|t| t.expected),
        expected_pu: total.as_ref().filter(|t| t.pu_known).map(|t| t.expected_pu),
        expected_bpu: total
            .as_ref()
            .filter(|t| t.pu_known)
            .map(|t| t.expected_bpu),
        weighted: total.as_ref().map(|t| t.weighted),
        staged: total.as_ref().is_some_and(|t| t.staged()),
        total_target,
        share,
        weighted_share,
        other: plan.other.as_ref().ok().map(|o| o.other),
        entities_target: plan.target(Segment::BusinessEntities).ok(),
        waiting_rows: read.waiting(),
        partners: read.valid.len(),
        ytd: months.as_ref().map(|m| m.ytd),
        year_end: months.map(|m| m.pace.year_end),
    }
}

/// A plain-text summary for a chat message (WhatsApp renders `*bold*`).
/// `today` is the device's date, for the contributions' date when none is
/// typed.
pub fn summary_text(state: &AppState, fmt: Fmt, today: Option<Date>) -> String {
    let lang = state.lang;
    let h = headline(state);
    let mut out = format!("*{}*\n", T::SummaryTitle.get(lang));
    let names: Vec<&str> = state
        .partners
        .iter()
        .map(|p| p[PartnerField::Name].trim())
        .filter(|n| !n.is_empty())
        .collect();
    if !names.is_empty() {
        out.push_str(&format!(
            "{}: {}\n",
            T::SectionPartners.get(lang),
            names.join(", ")
        ));
    }
    // The plan's lines, as the summary screen shows them: one value per
    // figure, both ends of a range, the assumption beside it.
    for l in crate::plan::plan_lines(state, fmt, today) {
        if let Some(v) = &l.value {
            out.push_str(&format!("• {}: {v}", l.label));
            if let Some(n) = &l.note {
                out.push_str(&format!(" ({n})"));
            }
            out.push('\n');
        }
    }
    let line = |label: T, value: String| format!("• {}: {}\n", label.get(lang), value);
    if let Some(v) = h.potential {
        out.push_str(&line(T::PotentialWorkers, span_text(fmt, Style::Whole, v)));
    }
    if h.staged {
        if let Some(v) = h.weighted {
            out.push_str(&line(T::WeightedExpected, span_text(fmt, Style::Whole, v)));
        }
    }
    // "Lainnya" only when some segment is entered: alone it is the whole
    // target again and says nothing.
    if let Some(o) = h.other.filter(|o| Some(*o) != h.total_target) {
        out.push_str(&line(T::SegOther, fmt(Style::Whole, o)));
    }
    if let Some(b) = h.entities_target {
        out.push_str(&line(T::SegEntities, fmt(Style::Whole, b)));
    }
    let iuran = iuran_figures(state, today);
    // Each segment's month: its high end where a range of participants
    // gives one, else its only value.
    let month = |r: &Option<Result<u64, ()>>| r.as_ref().and_then(|r| r.as_ref().ok()).copied();
    let of = |r: &Option<Result<crate::calc::iuran::BpuIuran, crate::calc::CalcError>>| {
        r.as_ref()
            .map(|r| r.as_ref().map(|b| b.monthly).map_err(|_| ()))
    };
    let of_pu = |r: &Option<Result<crate::calc::iuran::PuIuran, crate::calc::CalcError>>| {
        r.as_ref()
            .map(|r| r.as_ref().map(|p| p.monthly).map_err(|_| ()))
    };
    // What the active participants pay: the low ends with the smaller
    // share, the high ends with the larger.
    let active = |m: Option<u64>, high: bool| m.and_then(|m| iuran.active_month(m, high));
    let (bpu_all, pu_all) = (month(&of(&iuran.bpu)), month(&of_pu(&iuran.pu)));
    let (bpu, pu) = (active(bpu_all, false), active(pu_all, false));
    if bpu.is_some() || pu.is_some() {
        let bpu_high = active(month(&of(&iuran.bpu_high)).or(bpu_all), true);
        let pu_high = active(month(&of_pu(&iuran.pu_high)).or(pu_all), true);
        let sum = |a: Option<u64>, b: Option<u64>| a.unwrap_or(0).saturating_add(b.unwrap_or(0));
        let (low, high) = (sum(bpu, pu), sum(bpu_high, pu_high));
        let span = Span {
            low: low as f64,
            high: high as f64,
        };
        let share = iuran.active_share.map(|(l, h)| Span { low: l, high: h });
        let share = share
            .map(|s| span_text(fmt, Style::Percent, s))
            .unwrap_or_default();
        out.push_str(&format!(
            "• {} ({} {share}): {}\n",
            T::IuranMonthly.get(lang),
            T::ActivePaying.get(lang),
            span_text(fmt, Style::Rupiah, span)
        ));
        // The rates in one short line (their sources are in the app).
        if let Some(date) = iuran.date {
            let set = match iuran.used {
                Some(crate::figures::RatesUsed::Preset(_)) => T::RatesLaw,
                Some(crate::figures::RatesUsed::Own) => T::RatesOwnName,
                None => T::NoRatesForDate,
            };
            out.push_str(&format!(
                "  {} {}: {}",
                T::RatesUsedLabel.get(lang),
                crate::words::date_text(lang, date),
                set.get(lang)
            ));
            for r in [iuran.reliefs.0, iuran.reliefs.1].into_iter().flatten() {
                out.push_str(&format!(" + {}", r.law()));
            }
            out.push('\n');
        }
    }
    if let Some(Ok(m)) = crate::figures::progress_figures(state, today).months {
        out.push_str(&months_summary(lang, fmt, &m));
    }
    if h.waiting_rows > 0 {
        out.push_str(&format!(
            "({})\n",
            crate::words::rows_waiting(lang, h.waiting_rows)
        ));
    }
    out.push_str(&format!("_{}_", T::SummaryFooter.get(lang)));
    out
}

/// The chat summary's lines of the year month by month: this month, the year
/// to date against the plan, and both year-end forecasts.
fn months_summary(lang: Lang, fmt: Fmt, m: &Months) -> String {
    let last = m.actual.len().saturating_sub(1);
    let whole = |v: f64| fmt(Style::Whole, v);
    let with_pct = |v: f64, f: f64| format!("{} ({})", whole(v), fmt(Style::Percent, f));
    let this_month = format!("{} ({})", T::ThisMonth.get(lang), month_name(lang, last));
    let mut out = format!("*{}*\n", T::SectionProgress.get(lang));
    for (label, value) in [
        (
            this_month.as_str(),
            whole(m.actual.get(last).copied().unwrap_or(0.0)),
        ),
        (T::YearToDate.get(lang), with_pct(m.ytd, m.ytd_fraction)),
        (T::PlanToDate.get(lang), whole(m.plan_to_date)),
        (T::GapToPlan.get(lang), whole(m.gap_to_plan)),
        (
            T::ForecastPace.get(lang),
            with_pct(m.pace.year_end, m.pace.fraction),
        ),
        (
            crate::words::recent_forecast_label(lang, m.recent_months).as_str(),
            with_pct(m.recent.year_end, m.recent.fraction),
        ),
    ] {
        for piece in ["• ", label, ": ", &value, "\n"] {
            out.push_str(piece);
        }
    }
    out
}

/// What a work's contributions are computed on (date, rate set, reliefs),
/// in `lang`, for the comparison of two scenarios.
pub fn iuran_basis(state: &AppState, lang: Lang, today: Option<Date>) -> Option<String> {
    iuran_basis_text(lang, &iuran_figures(state, today))
}

mod csv;
pub use csv::{
    cell, iuran_csv, months_csv, office_months_csv, offices_csv, partners_csv, separator, BOM,
};

#[cfg(test)]
mod tests;
