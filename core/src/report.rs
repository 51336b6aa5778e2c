//! What leaves the app as text: the headline figures, the chat summary and
//! the CSV files. Pure Rust: numbers are written by a formatter the caller
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
    let (bpu, pu) = (month(&of(&iuran.bpu)), month(&of_pu(&iuran.pu)));
    if bpu.is_some() || pu.is_some() {
        let bpu_high = month(&of(&iuran.bpu_high)).or(bpu);
        let pu_high = month(&of_pu(&iuran.pu_high)).or(pu);
        let sum = |a: Option<u64>, b: Option<u64>| a.unwrap_or(0).saturating_add(b.unwrap_or(0));
        let (low, high) = (sum(bpu, pu), sum(bpu_high, pu_high));
        let span = Span {
            low: low as f64,
            high: high as f64,
        };
        out.push_str(&line(T::IuranMonthly, span_text(fmt, Style::Rupiah, span)));
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

/// The months as CSV: each month's plan (cumulative), realisasi and
/// cumulative realisasi; `None` while the months cannot be computed. Months
/// not entered yet are empty cells, never zero.
pub fn months_csv(state: &AppState, fmt: Fmt) -> Option<String> {
    let lang = state.lang;
    let sep = separator(lang);
    let m = crate::figures::progress_figures(state, None).months?.ok()?;
    let header: Vec<String> = [T::Month, T::PlanLine, T::Achieved, T::ActualLine]
        .iter()
        .map(|t| cell(t.get(lang), sep))
        .collect();
    let mut lines = vec![join(&header, sep)];
    for (i, plan) in m.plan.iter().enumerate() {
        lines.push(join(
            &[
                cell(month_name(lang, i), sep),
                num_cell(fmt, Some(*plan), sep),
                num_cell(fmt, m.actual.get(i).copied(), sep),
                num_cell(fmt, m.cumulative.get(i).copied(), sep),
            ],
            sep,
        ));
    }
    Some(format!("{BOM}{}\r\n", lines.join("\r\n")))
}

/// Realisasi per office as CSV, months × offices: each office's part of the
/// target, its months (empty: not entered yet, never zero), what it achieved
/// over the months counted and that as a percentage of its part; then the
/// section's months (the sum of the offices'). `None` until the offices'
/// standings can be computed.
pub fn office_months_csv(state: &AppState, fmt: Fmt) -> Option<String> {
    let lang = state.lang;
    let sep = separator(lang);
    let f = crate::figures::progress_figures(state, None);
    let standings = f.offices?.ok()?;
    let section = f.entered.ok()?;
    let mut header = vec![cell(T::Office.get(lang), sep), cell(T::Part.get(lang), sep)];
    header.extend((0..12).map(|m| cell(month_name(lang, m), sep)));
    header.push(cell(T::Achieved.get(lang), sep));
    header.push(cell(T::OwnPartShare.get(lang), sep));
    let mut lines = vec![join(&header, sep)];
    let months = |row: &mut Vec<String>, values: &[Option<f64>; 12]| {
        row.extend(values.iter().map(|v| num_cell(fmt, *v, sep)));
    };
    for (o, st) in state.offices.iter().zip(&standings) {
        let mut values = [None; 12];
        for (v, t) in values.iter_mut().zip(&o.months) {
            *v = crate::read::read_opt(t, &crate::numbers::parse::COUNT, lang)
                .ok()
                .flatten();
        }
        let mut row = vec![cell(&o.name, sep), num_cell(fmt, Some(st.part as f64), sep)];
        months(&mut row, &values);
        row.push(num_cell(fmt, st.ytd.as_ref().ok().copied(), sep));
        row.push(num_cell(fmt, st.share.map(|v| v * 100.0), sep));
        lines.push(join(&row, sep));
    }
    let parts: u64 = standings.iter().map(|s| s.part).sum();
    let mut row = vec![
        cell(T::Sum.get(lang), sep),
        num_cell(fmt, Some(parts as f64), sep),
    ];
    months(&mut row, &section);
    // The section's achieved (once its months compute); no share of its own.
    let ytd = f.months.and_then(Result::ok).map(|m| m.ytd);
    row.push(num_cell(fmt, ytd, sep));
    row.push(String::new());
    lines.push(join(&row, sep));
    Some(format!("{BOM}{}\r\n", lines.join("\r\n")))
}

/// The CSV dialect of a language, as Excel set to that language opens it:
/// Indonesian Excel splits on ";" and reads "," as the decimal mark.
pub fn separator(lang: Lang) -> char {
    match lang {
        Lang::Id => ';',
        Lang::En => ',',
    }
}

/// One CSV cell. Text a spreadsheet would run as a formula (starting with
/// `=`, `+`, `-`, `@`, tab or carriage return) gets a leading apostrophe,
/// so a partner named `=HYPERLINK(…)` stays text.
pub fn cell(text: &str, sep: char) -> String {
    let guarded = match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    };
    if guarded.contains([sep, '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// A number cell, already written by the plain formatter (no grouping, the
/// language's decimal mark); numbers are never formula-guarded, so a negative
/// stays a number.
fn num_cell(fmt: Fmt, v: Option<f64>, sep: char) -> String {
    match v {
        Some(v) => {
            let t = fmt(Style::Plain, v);
            if t.contains(sep) {
                format!("\"{t}\"")
            } else {
                t
            }
        }
        None => String::new(),
    }
}

/// UTF-8 byte order mark: Excel needs it to read UTF-8 rather than ANSI.
pub const BOM: &str = "\u{feff}";

fn join(row: &[String], sep: char) -> String {
    row.join(&sep.to_string())
}

/// The partner list as CSV (with BOM, CRLF line ends as Excel writes them).
pub fn partners_csv(state: &AppState, fmt: Fmt) -> String {
    let lang = state.lang;
    let sep = separator(lang);
    let low_high = |t: T| {
        [T::CsvLowEnd, T::CsvHighEnd].map(|end| format!("{} ({})", t.get(lang), end.get(lang)))
    };
    let mut header: Vec<String> = [
        T::PartnerName,
        T::UmkmCount,
        T::WorkersPerUmkm,
        T::Enrolment,
        T::PuShare,
        T::Stage,
    ]
    .iter()
    .map(|t| cell(t.get(lang), sep))
    .collect();
    // Each result at both ends, so a sheet can compute with them (equal for
    // single values).
    for t in [
        T::PotentialWorkers,
        T::ExpectedParticipants,
        T::WeightedExpected,
    ] {
        header.extend(low_high(t).iter().map(|h| cell(h, sep)));
    }
    let mut lines = vec![join(&header, sep)];
    let odds = read_stage_odds(&state.texts, lang);
    for row in state.partners.iter() {
        let read = read_partner(row, lang, &odds).ok();
        let result = read.as_ref().and_then(|p| pipeline::partner(p).ok());
        let ends = |s: Option<Span>| {
            [
                num_cell(fmt, s.map(|s| s.low), sep),
                num_cell(fmt, s.map(|s| s.high), sep),
            ]
        };
        let stage = crate::read::stage_index(&row[PartnerField::Stage])
            .ok()
            .flatten()
            .and_then(|i| crate::state::Field::STAGE_ODDS.get(i))
            .map(|f| f.def().label.text(lang))
            .unwrap_or_default();
        let mut cells = vec![
            cell(&row[PartnerField::Name], sep),
            // The UMKM count reads on its own: a row still waiting for its
            // enrolment keeps the count typed.
            num_cell(
                fmt,
                crate::numbers::parse::parse(
                    &row[PartnerField::Umkm],
                    &crate::numbers::parse::COUNT,
                    lang.locale(),
                )
                .ok()
                .map(|r| r.value),
                sep,
            ),
            // Inputs as typed: a range stays one cell, as the user wrote it.
            cell(&row[PartnerField::Workers], sep),
            cell(&row[PartnerField::Enrolment], sep),
            cell(&row[PartnerField::PuShare], sep),
            cell(&stage, sep),
        ];
        cells.extend(ends(result.as_ref().map(|r| r.potential)));
        cells.extend(ends(result.as_ref().map(|r| r.expected)));
        cells.extend(ends(result.as_ref().map(|r| r.weighted)));
        lines.push(join(&cells, sep));
    }
    format!("{BOM}{}\r\n", lines.join("\r\n"))
}

/// What a work's contributions are computed on (date, rate set, reliefs),
/// in `lang`, for the comparison of two scenarios.
pub fn iuran_basis(state: &AppState, lang: Lang, today: Option<Date>) -> Option<String> {
    iuran_basis_text(lang, &iuran_figures(state, today))
}

/// The contributions as CSV: the date and rate set used, then per worker,
/// per month and per year for BPU and PU, and what an agent earns a month.
pub fn iuran_csv(state: &AppState, fmt: Fmt, today: Option<Date>) -> String {
    let lang = state.lang;
    let sep = separator(lang);
    let f = iuran_figures(state, today);
    let bpu = f.bpu.clone().and_then(Result::ok);
    let pu = f.pu.clone().and_then(Result::ok);
    let agent = f.agent_at_quota.clone().and_then(Result::ok);
    let n = |v: Option<u64>| num_cell(fmt, v.map(|v| v as f64), sep);
    let mut lines = vec![
        join(
            &[
                cell(T::SectionIuran.get(lang), sep),
                "BPU".into(),
                "PU".into(),
            ],
            sep,
        ),
        cell(&iuran_basis_text(lang, &f).unwrap_or_default(), sep),
        join(
            &[
                cell(T::ExpectedParticipants.get(lang), sep),
                n(f.bpu_workers),
                n(f.pu_workers),
            ],
            sep,
        ),
    ];
    for (label, b, p) in [
        (
            T::IuranPerWorker,
            bpu.as_ref().map(|b| b.per_worker),
            pu.as_ref().map(|p| p.per_worker),
        ),
        (
            T::IuranMonthly,
            bpu.as_ref().map(|b| b.monthly),
            pu.as_ref().map(|p| p.monthly),
        ),
        (
            T::IuranYearly,
            bpu.as_ref().map(|b| b.yearly),
            pu.as_ref().map(|p| p.yearly),
        ),
        (T::AgentQuotaMonth, f.agent_quota, None),
        (T::AgentTitle, agent.as_ref().map(|a| a.total), None),
    ] {
        lines.push(join(&[cell(label.get(lang), sep), n(b), n(p)], sep));
    }
    format!("{BOM}{}\r\n", lines.join("\r\n"))
}

/// The office split as CSV, or `None` while it cannot be computed.
pub fn offices_csv(state: &AppState, fmt: Fmt) -> Option<String> {
    let lang = state.lang;
    let sep = separator(lang);
    let figures = crate::figures::split_figures(state);
    let total = figures.total.ok()?;
    let s = figures.offices.ok()?;
    let header: Vec<String> = [T::Office, T::Weight, T::ExactShare, T::Part, T::Quota]
        .iter()
        .map(|t| cell(t.get(lang), sep))
        .collect();
    let mut lines = vec![join(&header, sep)];
    for (o, p) in state.offices.iter().zip(&s.parts) {
        lines.push(join(
            &[
                cell(&o.name, sep),
                num_cell(fmt, Some(p.weight), sep),
                num_cell(fmt, Some(p.exact), sep),
                num_cell(fmt, Some(p.part as f64), sep),
                num_cell(fmt, Some(p.quota as f64), sep),
            ],
            sep,
        ));
    }
    lines.push(join(
        &[
            cell(T::Sum.get(lang), sep),
            String::new(),
            String::new(),
            num_cell(fmt, Some(total as f64), sep),
            String::new(),
        ],
        sep,
    ));
    Some(format!("{BOM}{}\r\n", lines.join("\r\n")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{Action, PartnerField};

    /// A stand-in for Intl: plain digits, Indonesian decimal comma.
    fn plain_id(style: Style, v: f64) -> String {
        let s = match style {
            Style::Percent => format!("{:.2}%", v * 100.0),
            Style::Plain => {
                let t = format!("{v}");
                t.strip_suffix(".0").unwrap_or(&t).to_owned()
            }
            _ => format!("{v:.0}"),
        };
        s.replace('.', ",")
    }

    /// Sampoerna at 100 % enrolment and 0 % PU, typed.
    fn sampoerna() -> AppState {
        let s = AppState::default()
            .apply(Action::RemovePartner(1))
            .apply(Action::AddPresetPartner(0))
            .apply(Action::FillArticleTargets);
        let id = s.partners.last().map_or(0, |p| p.id);
        let edit = |s: AppState, field, text: &str| {
            s.apply(Action::EditPartner {
                id,
                field,
                text: text.into(),
            })
        };
        edit(
            edit(s, PartnerField::Enrolment, "100"),
            PartnerField::PuShare,
            "0",
        )
    }

    #[test]
    fn headline_of_the_article_example() {
        let h = headline(&sampoerna());
        assert_eq!(h.potential, Some(Span::one(540_000.0)));
        assert_eq!(h.expected, Some(Span::one(540_000.0)));
        assert_eq!(h.total_target, Some(2_336_252.0));
        // 540,000 / 2,336,252 = 0.2311394…
        assert!((h.share.unwrap_or_default().low - 0.231_139_4).abs() < 1e-7);
        // 2,336,252 − 796,634 − 411,156
        assert_eq!(h.other, Some(1_128_462.0));
        assert_eq!(h.entities_target, Some(28_630.0));
        assert_eq!(h.partners, 1);
    }

    #[test]
    fn summary_text_names_the_figures() {
        let t = summary_text(&sampoerna(), &plain_id, None);
        assert!(t.contains("Sampoerna"), "{t}");
        assert!(t.contains("540000"), "{t}");
        assert!(t.contains("2336252"), "{t}");
        assert!(t.contains("23,11%"), "{t}");
        // Gap: 2,336,252 − 540,000 = 1,796,252
        assert!(t.contains("1796252"), "{t}");
    }

    #[test]
    fn csv_cells_guard_formulas_and_quote() {
        assert_eq!(cell("=HYPERLINK(\"x\")", ';'), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("+62", ';'), "'+62");
        assert_eq!(cell("@SUM", ','), "'@SUM");
        assert_eq!(cell("-1", ','), "'-1");
        assert_eq!(cell("PT A; B", ';'), "\"PT A; B\"");
        assert_eq!(cell("PT A; B", ','), "PT A; B");
        assert_eq!(
            cell("<img src=x onerror=alert(1)>", ';'),
            "<img src=x onerror=alert(1)>"
        );
    }

    #[test]
    fn partners_csv_indonesian() {
        let s = sampoerna();
        let id = s.partners[0].id;
        let s = s.apply(Action::EditPartner {
            id,
            field: PartnerField::Workers,
            text: "2,5".into(),
        });
        let csv = partners_csv(&s, &plain_id);
        assert!(csv.starts_with(BOM));
        let lines: Vec<&str> = csv
            .trim_start_matches(BOM)
            .trim_end()
            .split("\r\n")
            .collect();
        assert_eq!(lines.len(), 2);
        // A single value: both ends equal; no stage.
        assert_eq!(
            lines[1],
            "Sampoerna;108000;2,5;100;0;;270000;270000;270000;270000;270000;270000"
        );
        // Enrolment 10–30 at stage *Data diterima* (60 %): 108.000 × 2,5 =
        // 270.000; × 10 % = 27.000, × 30 % = 81.000; × 60 % = 16.200 and 48.600.
        let s = s
            .apply(Action::EditPartner {
                id,
                field: PartnerField::Enrolment,
                text: "10–30".into(),
            })
            .apply(Action::EditPartner {
                id,
                field: PartnerField::Stage,
                text: "3".into(),
            });
        let csv = partners_csv(&s, &plain_id);
        let lines: Vec<&str> = csv
            .trim_start_matches(BOM)
            .trim_end()
            .split("\r\n")
            .collect();
        assert!(lines[0].ends_with("Tahap;Potensi tenaga kerja (ujung bawah);Potensi tenaga kerja (ujung atas);Perkiraan peserta baru (ujung bawah);Perkiraan peserta baru (ujung atas);Perkiraan peserta tertimbang (ujung bawah);Perkiraan peserta tertimbang (ujung atas)"), "{}", lines[0]);
        assert_eq!(
            lines[1],
            "Sampoerna;108000;2,5;10–30;0;Data diterima;270000;270000;27000;81000;16200;48600"
        );
    }

    fn six_months(lang: Lang) -> AppState {
        let mut s = sampoerna();
        for (f, t) in crate::state::Field::MONTHS.iter().zip([
            "150.000", "160.000", "170.000", "180.000", "190.000", "200.000",
        ]) {
            s = s.apply(Action::EditField {
                field: *f,
                text: t.to_owned(),
            });
        }
        s.apply(Action::SwitchLanguage(lang))
    }

    #[test]
    fn summary_text_carries_the_months() {
        let t = summary_text(&six_months(Lang::Id), &plain_id, None);
        // This month (June), the year to date 1.050.000 of 2.336.252, the
        // linear plan 1.168.126, 118.126 behind, and 2.100.000 / 2.190.000.
        assert!(t.contains("• Bulan ini (Jun): 200000\n"), "{t}");
        assert!(t.contains("1050000 (44,94%)"), "{t}");
        assert!(t.contains(": 1168126\n"), "{t}");
        assert!(t.contains(": -118126\n"), "{t}");
        assert!(t.contains("2100000 (89,89%)"), "{t}");
        assert!(t.contains("2190000 (93,74%)"), "{t}");
        // Without months, no such lines.
        assert!(!summary_text(&sampoerna(), &plain_id, None).contains("Bulan ini"));
    }

    #[test]
    fn months_csv_has_twelve_months_and_empty_cells_for_months_not_entered() {
        let csv = months_csv(&six_months(Lang::Id), &plain_id).expect("computable");
        let rows: Vec<&str> = csv
            .trim_start_matches(BOM)
            .trim_end()
            .split("\r\n")
            .collect();
        assert_eq!(rows.len(), 13);
        assert_eq!(
            rows[0],
            "Bulan;Rencana (kumulatif);Realisasi;Realisasi (kumulatif)"
        );
        // June: plan 2.336.252 × 6 ÷ 12 = 1.168.126; cumulative 1.050.000.
        assert_eq!(rows[6], "Jun;1168126;200000;1050000");
        // July: plan 2.336.252 × 7 ÷ 12 = 1.362.813,666…; not entered yet.
        assert_eq!(rows[7], "Jul;1362813,6666666667;;");
        assert_eq!(months_csv(&sampoerna(), &plain_id), None);
    }

    #[test]
    fn offices_csv_adds_up() {
        let csv = offices_csv(&sampoerna(), &plain_id).expect("computable");
        let rows: Vec<&str> = csv
            .trim_start_matches(BOM)
            .trim_end()
            .split("\r\n")
            .collect();
        assert_eq!(rows.len(), 38);
        let sum: u64 = rows[1..37]
            .iter()
            .map(|r| {
                r.split(';')
                    .nth(3)
                    .and_then(|v| v.parse::<u64>().ok())
                    .unwrap_or(0)
            })
            .sum();
        assert_eq!(sum, 2_336_252);
    }
}
