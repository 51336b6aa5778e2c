//! Realisasi per month pasted from Excel or Google Sheets (tab-separated, as
//! both copy a block): offices as rows and months as columns (a name, then
//! January onwards), a single row of months, or a single column of months.
//! Each cell is read like a typed month (either number convention; a
//! number written the other way is rewritten when that keeps its value), so
//! a preview can show every cell's problem before anything is applied. An
//! empty cell is a month not entered yet, never zero.

use crate::i18n::Lang;
use crate::numbers::parse::{parse, ParseError, COUNT};
use crate::numbers::rewrite::rewrite_for_lang;

/// What is wrong with a pasted cell.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CellProblem {
    /// The number cannot be read (in the current language's convention).
    Number(ParseError),
    /// More than twelve months in the row (or column).
    BeyondDecember,
}

/// One pasted row: an office's months, or the section's.
#[derive(Clone, Debug, PartialEq)]
pub struct PastedMonths {
    /// Line number in the pasted text, from 1 (the first line of a column).
    pub line: usize,
    /// The name in the first cell; empty for months without a name.
    pub name: String,
    /// The office it is for: by its name, else by its place among the
    /// rows; `None` when the name matches no office.
    pub office: Option<usize>,
    /// January to December, in the current language's convention; empty
    /// for a month not entered.
    pub cells: [String; 12],
    /// The cells that cannot be read: (month, 0 = January, or the 13th
    /// column onwards; what is wrong).
    pub problems: Vec<(usize, CellProblem)>,
}

fn cell(raw: &str, lang: Lang) -> Result<String, ParseError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(String::new());
    }
    let other = match lang {
        Lang::Id => Lang::En,
        Lang::En => Lang::Id,
    };
    match parse(raw, &COUNT, lang.locale()) {
        Ok(_) => Ok(raw.to_owned()),
        Err(e) => match parse(raw, &COUNT, other.locale()) {
            Ok(_) => Ok(rewrite_for_lang(raw, &COUNT, other, lang)),
            Err(_) => Err(e),
        },
    }
}

fn is_number(raw: &str, lang: Lang) -> bool {
    !raw.trim().is_empty() && cell(raw, lang).is_ok()
}

fn row(line: usize, name: String, values: &[&str], lang: Lang) -> PastedMonths {
    let mut cells: [String; 12] = Default::default();
    let mut problems = Vec::new();
    for (m, raw) in values.iter().enumerate() {
        match (cells.get_mut(m), cell(raw, lang)) {
            (Some(slot), Ok(text)) => *slot = text,
            (Some(slot), Err(e)) => {
                *slot = raw.trim().to_owned();
                problems.push((m, CellProblem::Number(e)));
            }
            (None, _) if !raw.trim().is_empty() => problems.push((m, CellProblem::BeyondDecember)),
            (None, _) => {}
        }
    }
    PastedMonths {
        line,
        name,
        office: None,
        cells,
        problems,
    }
}

/// Reads a pasted block; `offices` are the office names rows are matched
/// to (case and spaces around ignored). A first line whose cells after the
/// first are none of them numbers (`Kantor  Jan  Feb …`) is a header and
/// skipped, as are blank lines.
pub fn read_month_block(text: &str, lang: Lang, offices: &[&str]) -> Vec<PastedMonths> {
    let lines: Vec<(usize, Vec<&str>)> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| (i.saturating_add(1), l.split('\t').collect()))
        .collect();
    // A single column: one cell a line, each a month (a bad cell included).
    if lines.len() > 1 && lines.iter().all(|(_, c)| c.len() == 1) {
        let first = lines.first().map_or(1, |(n, _)| *n);
        let values: Vec<&str> = lines
            .iter()
            .filter_map(|(_, c)| c.first().copied())
            .collect();
        return vec![row(first, String::new(), &values, lang)];
    }
    let mut out: Vec<PastedMonths> = Vec::new();
    for (k, (line, cells)) in lines.iter().enumerate() {
        let first = cells.first().copied().unwrap_or("");
        let rest = cells.get(1..).unwrap_or(&[]);
        if k == 0 && !rest.is_empty() && !rest.iter().any(|c| is_number(c, lang)) {
            continue;
        }
        let mut r = if is_number(first, lang) || first.trim().is_empty() {
            row(*line, String::new(), cells, lang)
        } else {
            row(*line, first.trim().to_owned(), rest, lang)
        };
        r.office = if r.name.is_empty() {
            Some(out.len()).filter(|i| *i < offices.len())
        } else {
            // ASCII case only: no Unicode case tables in the download.
            offices
                .iter()
                .position(|o| o.trim().eq_ignore_ascii_case(&r.name))
        };
        out.push(r);
    }
    out
}

/// One office pasted for *Pembagian*: its name and weight (last year's
/// realisasi serves as a weight as well as any other number).
#[derive(Clone, Debug, PartialEq)]
pub struct PastedOffice {
    /// Line number in the pasted text, from 1.
    pub line: usize,
    /// The office name (trimmed).
    pub name: String,
    /// The weight in the current language's convention ("1" when the
    /// line has only a name), or the cell as pasted when it cannot be read.
    pub weight: String,
    /// Why the weight cannot be read.
    pub problem: Option<ParseError>,
}

/// Reads office names with weights pasted from a sheet (tab-separated:
/// name, weight; a line with only a name weighs 1). A first line whose
/// weight cell is not a number is a header and skipped, as are blank lines
/// and lines without a name.
pub fn read_office_block(text: &str, lang: Lang) -> Vec<PastedOffice> {
    let spec = &crate::numbers::parse::WEIGHT;
    let other = match lang {
        Lang::Id => Lang::En,
        Lang::En => Lang::Id,
    };
    let mut out = Vec::new();
    for (i, l) in text.lines().enumerate() {
        let mut cells = l.split('\t').map(str::trim);
        let name = cells.next().unwrap_or_default();
        let raw = cells.next().unwrap_or_default();
        if name.is_empty() {
            continue;
        }
        let (weight, problem) = if raw.is_empty() {
            ("1".to_owned(), None)
        } else {
            match parse(raw, spec, lang.locale()) {
                Ok(_) => (raw.to_owned(), None),
                Err(e) => match parse(raw, spec, other.locale()) {
                    Ok(_) => (rewrite_for_lang(raw, spec, other, lang), None),
                    Err(_) => (raw.to_owned(), Some(e)),
                },
            }
        };
        if out.is_empty() && problem == Some(ParseError::NotANumber) {
            // `Kantor  Bobot`: a header.
            continue;
        }
        out.push(PastedOffice {
            line: i.saturating_add(1),
            name: name.to_owned(),
            weight,
            problem,
        });
    }
    out
}
