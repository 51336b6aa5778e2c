//! The CSV files a user downloads: partners, offices, months, contributions.
//! Cells are guarded against spreadsheet formulas and quoted; the separator
//! follows the language (`;` where the decimal mark is a comma).

use super::*;
use crate::i18n::L;

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

/// The contributions as CSV: the date and rate set used, then per worker,
/// per month and per year for BPU and PU, and what an agent earns (the
/// first month and the first year, at the low end of a range).
pub fn iuran_csv(state: &AppState, fmt: Fmt, today: Option<Date>) -> String {
    let lang = state.lang;
    let sep = separator(lang);
    let f = iuran_figures(state, today);
    let bpu = f.bpu.clone().and_then(Result::ok);
    let pu = f.pu.clone().and_then(Result::ok);
    let income = crate::figures::income_figures(state, &f).income;
    let income = income.and_then(Result::ok);
    let n = |v: Option<u64>| num_cell(fmt, v.map(|v| v as f64), sep);
    // The money of the active participants (the low end of the share).
    let active = |m: Option<u64>| m.and_then(|m| f.active_month(m, false));
    let year = |m: Option<u64>| active(m).and_then(|a| a.checked_mul(12));
    let share = f.active_share.ok().map(|(low, _)| low * 100.0);
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
    let label = crate::state::Field::ActiveShare.def().label.text(lang);
    let share_cell = num_cell(fmt, share, sep);
    lines.push(join(
        &[cell(&label, sep), share_cell.clone(), share_cell],
        sep,
    ));
    for (label, b, p) in [
        (
            T::IuranPerWorker.get(lang),
            bpu.as_ref().map(|b| b.per_worker),
            pu.as_ref().map(|p| p.per_worker),
        ),
        (
            T::IuranMonthlyActive.get(lang),
            active(bpu.as_ref().map(|b| b.monthly)),
            active(pu.as_ref().map(|p| p.monthly)),
        ),
        (
            T::IuranYearlyActive.get(lang),
            year(bpu.as_ref().map(|b| b.monthly)),
            year(pu.as_ref().map(|p| p.monthly)),
        ),
        (T::AgentQuotaMonth.get(lang), f.agent_quota, None),
        (
            L::AgentCsvMonth1.get(lang),
            income.as_ref().map(|a| a.first_month),
            None,
        ),
        (
            L::AgentCsvYear.get(lang),
            income.as_ref().map(|a| a.year_total),
            None,
        ),
    ] {
        lines.push(join(&[cell(label, sep), n(b), n(p)], sep));
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
