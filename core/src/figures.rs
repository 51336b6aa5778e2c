//! The figures a section shows, computed once from the work and used by the
//! page, the summary text, CSV, print and the embedding messages alike.

use crate::calc::split::{self, AgentsNeeded, Split};
use crate::calc::CalcError;
use crate::inputs::{read_field, read_plan, read_weights};
use crate::state::{AppState, Field};

/// What *Pembagian* shows.
#[derive(Clone, Debug, PartialEq)]
pub struct SplitFigures {
    /// The target of the chosen line, whole people.
    pub total: Result<u64, CalcError>,
    /// The total over the offices by their weights.
    pub offices: Result<Split, CalcError>,
    /// The total over the twelve months by their weights.
    pub months: Result<Split, CalcError>,
    /// Agents per office, when it reads.
    pub agents_per_office: Option<u64>,
    /// Working days per month, when it reads.
    pub working_days: Option<u32>,
    /// Agents needed over the year at the typed capacity.
    pub agents_needed: Option<Result<AgentsNeeded, CalcError>>,
}

/// The split of the chosen target line.
pub fn split_figures(state: &AppState) -> SplitFigures {
    let lang = state.lang;
    let total = read_plan(&state.lines, lang)
        .target(state.split_line)
        .and_then(split::whole_target);
    let over = |weights: Result<Vec<f64>, usize>, months: bool| {
        total.and_then(|t| {
            let w = weights.map_err(|_| CalcError::OutOfRange)?;
            if months {
                split::split_months(t, &w)
            } else {
                split::split(t, &w)
            }
        })
    };
    let offices = over(
        read_weights(state.offices.iter().map(|o| &o.weight), lang),
        false,
    );
    let months = over(read_weights(state.month_weights.iter(), lang), true);
    let read = |f: Field| read_field(&state.texts, f, lang).ok();
    let capacity = read(Field::Capacity);
    SplitFigures {
        total,
        offices,
        months,
        agents_per_office: read(Field::AgentsPerOffice).map(|v| v as u64),
        working_days: read(Field::WorkingDays).map(|v| v as u32),
        agents_needed: total
            .ok()
            .zip(capacity)
            .map(|(t, c)| split::agents_needed(t as f64, c, 12)),
    }
}
