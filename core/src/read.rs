//! Reading the typed state into calc's inputs: each text is parsed with the
//! current language's convention, and a text that cannot be read makes the
//! figures that need it wait instead of guessing. Pure Rust, shared by the
//! views, the summary text, the CSV export and the embedding API.

use std::rc::Rc;

use crate::calc::growth::{self, GrowthInput, Plan};
use crate::calc::iuran::Rates;
use crate::calc::pipeline::Partner;
use crate::calc::progress::Date;
use crate::calc::span::Span;
use crate::i18n::{Lang, T};
use crate::numbers::parse::{self, parse, parse_range, FieldSpec, ParseError};
use crate::state::{
    Field, Holds, Label, LineField, LineRow, Lines, PartnerField, PartnerRow, Texts,
};

/// The probability of each partner stage, stage 1 first; `None` where the
/// typed probability cannot be read (partners at that stage then wait).
pub type StageOdds = [Option<f64>; 5];

/// The stage probabilities typed in `texts`.
pub fn read_stage_odds(texts: &Texts, lang: Lang) -> StageOdds {
    Field::STAGE_ODDS.map(|f| read_field(texts, f, lang).ok())
}

/// A partner row read into numbers (a field that accepts a range read at
/// both ends), or the labels of the fields still invalid.
pub fn read_partner(row: &PartnerRow, lang: Lang, odds: &StageOdds) -> Result<Partner, Vec<T>> {
    let mut values = [Span::one(0.0); PartnerField::ALL.len()];
    let mut missing = Vec::new();
    let mut probability = None;
    let mut pu_known = true;
    for (field, value) in PartnerField::ALL.iter().zip(values.iter_mut()) {
        let def = field.def();
        let label = match def.label {
            Label::Plain(t) | Label::Percent(t) => t,
            _ => T::UmkmCount,
        };
        let text = &row[*field];
        if def.holds == Holds::Stage {
            match stage_index(text) {
                Ok(None) => {}
                Ok(Some(i)) => match odds.get(i).copied().flatten() {
                    Some(p) => probability = Some(p),
                    None => missing.push(T::StageOddsTitle),
                },
                Err(UnknownStage) => missing.push(label),
            }
            continue;
        }
        let Some(spec) = def.holds.spec() else {
            continue;
        };
        // An empty PU share is "not given": the PU and BPU parts wait for
        // it, the partner's total does not.
        if *field == PartnerField::PuShare && text.trim().is_empty() {
            pu_known = false;
            continue;
        }
        let read = if def.range {
            parse_range(text, spec, lang.locale())
                .map(|r| Span {
                    low: r.low.value,
                    high: r.high.value,
                })
                .map_err(|_| ())
        } else {
            parse(text, spec, lang.locale())
                .map(|r| Span::one(r.value))
                .map_err(|_| ())
        };
        match read {
            Ok(v) => *value = v,
            Err(()) => missing.push(label),
        }
    }
    if !missing.is_empty() {
        return Err(missing);
    }
    let [_, umkm, workers_per_umkm, enrolment, pu_share, _] = values;
    Ok(Partner {
        name: row[PartnerField::Name].clone(),
        umkm: umkm.low,
        workers_per_umkm,
        enrolment,
        pu_share,
        pu_known,
        probability,
    })
}

/// A stage text as an index into [`Field::STAGE_ODDS`]: empty is no stage;
/// anything but `1`…`5` cannot be read (a tampered link or file).
pub fn stage_index(text: &str) -> Result<Option<usize>, UnknownStage> {
    // Compared as text: `str::parse` would be 350 B of wasm for five digits.
    match text.trim() {
        "" => Ok(None),
        t => ["1", "2", "3", "4", "5"]
            .iter()
            .position(|d| *d == t)
            .map(Some)
            .ok_or(UnknownStage),
    }
}

/// A stage text that names no stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownStage;

/// One row read: the partner, or the labels of its invalid fields. Shared, so
/// a card's props are a pointer copy.
pub type RowReading = Rc<Result<Partner, Vec<T>>>;

/// Every partner row read: each row's result (for its own card) and the
/// valid ones (for the totals).
pub struct PartnerList {
    /// Per row, in order.
    pub each: Vec<RowReading>,
    /// The rows that read, in order.
    pub valid: Vec<Partner>,
    /// Rows nobody has typed into yet ([`PartnerRow::is_untouched`]): left
    /// out of the totals, but not incomplete.
    pub untouched: usize,
}

impl PartnerList {
    /// Rows left out of the totals because an entry is still invalid (an
    /// untouched empty row is not one of them).
    pub fn waiting(&self) -> usize {
        self.each
            .len()
            .saturating_sub(self.valid.len())
            .saturating_sub(self.untouched)
    }
}

/// Reads every partner row.
pub fn read_partners(partners: &[Rc<PartnerRow>], lang: Lang, odds: &StageOdds) -> PartnerList {
    PartnerReadCache::default().read(partners, lang, odds)
}

/// Every partner row of a work read, with its stage probabilities.
pub fn read_work_partners(state: &crate::state::AppState) -> PartnerList {
    read_partners(
        &state.partners,
        state.lang,
        &read_stage_odds(&state.texts, state.lang),
    )
}

/// Reads partner rows, re-reading only the rows that changed since the last
/// call: a keystroke changes one row of perhaps 1,000, and parsing all of them
/// again was a third of the keystroke's cost. A row is unchanged when it is
/// the same allocation as before (see `AppState::partners`) in the same
/// language.
#[derive(Default)]
pub struct PartnerReadCache {
    last: Vec<(Rc<PartnerRow>, RowReading)>,
    lang: Option<Lang>,
    odds: StageOdds,
}

impl PartnerReadCache {
    /// Every row read, as [`read_partners`] reads them.
    pub fn read(
        &mut self,
        partners: &[Rc<PartnerRow>],
        lang: Lang,
        odds: &StageOdds,
    ) -> PartnerList {
        if self.lang != Some(lang) || self.odds != *odds {
            self.last.clear();
            self.lang = Some(lang);
            self.odds = *odds;
        }
        // Rows keep their place unless rows are added, moved or removed; look
        // where the row was, then anywhere.
        let mut next = Vec::with_capacity(partners.len());
        for (k, row) in partners.iter().enumerate() {
            let known = self
                .last
                .get(k)
                .filter(|(r, _)| Rc::ptr_eq(r, row))
                .or_else(|| self.last.iter().find(|(r, _)| Rc::ptr_eq(r, row)))
                .map(|(_, read)| read.clone());
            let read = known.unwrap_or_else(|| Rc::new(read_partner(row, lang, odds)));
            next.push((row.clone(), read));
        }
        self.last = next;
        let each: Vec<RowReading> = self.last.iter().map(|(_, r)| r.clone()).collect();
        let valid = each
            .iter()
            .filter_map(|r| r.as_ref().as_ref().ok().cloned())
            .collect();
        let untouched = self
            .last
            .iter()
            .filter(|(row, read)| read.is_err() && row.is_untouched())
            .count();
        PartnerList {
            each,
            valid,
            untouched,
        }
    }
}

/// The typed text of one figure read as `Some(value)`, `None` when blank, or
/// `Err` when it cannot be read (that line then waits).
pub fn read_opt(text: &str, spec: &FieldSpec, lang: Lang) -> Result<Option<f64>, ParseError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse(text, spec, lang.locale()).map(|r| Some(r.value))
}

/// A field of the field table read: its value, or why it cannot be read
/// (`Empty` for a blank one). A field that holds no number reads as `NotANumber`.
pub fn read_field(texts: &Texts, field: Field, lang: Lang) -> Result<f64, ParseError> {
    let spec = field.def().holds.spec().ok_or(ParseError::NotANumber)?;
    parse(&texts[field], spec, lang.locale()).map(|r| r.value)
}

/// A typed line as calc input; `Err` when a filled field cannot be read.
pub fn read_line(row: &LineRow, lang: Lang) -> Result<GrowthInput, ParseError> {
    let get = |f: LineField| match f.def().holds.spec() {
        Some(spec) => read_opt(&row[f], spec, lang),
        None => Ok(None),
    };
    Ok(GrowthInput {
        base: get(LineField::Base)?,
        growth: get(LineField::Growth)?,
        target: get(LineField::Target)?,
    })
}

/// The whole plan from the typed lines. A line with an unreadable field is
/// treated as blank here; its own card says what is wrong.
pub fn read_plan(lines: &Lines, lang: Lang) -> Plan {
    growth::plan(&lines.map(|_, row| read_line(row, lang).unwrap_or_default()))
}

/// Reads weights; the indexes of unreadable ones are returned as `Err`.
pub fn read_weights<'a>(
    texts: impl Iterator<Item = &'a String>,
    lang: Lang,
) -> Result<Vec<f64>, usize> {
    let mut out = Vec::new();
    for (i, t) in texts.enumerate() {
        match parse(t, &parse::WEIGHT, lang.locale()) {
            Ok(r) => out.push(r.value),
            Err(_) => return Err(i),
        }
    }
    Ok(out)
}

/// The typed rates table read into calc's `Rates`, or the first field that
/// cannot be read.
pub fn read_rates(texts: &Texts, lang: Lang) -> Result<Rates, Field> {
    read_rate_texts(&|f| texts[f].as_str(), lang)
}

/// A rate set read from the texts `text` gives for the fields of
/// `Field::RATES` (the user's own set, or a preset in `crate::rates`).
/// One copy for both (not generic): it is 2 KB of wasm.
#[inline(never)]
pub fn read_rate_texts<'a>(text: &dyn Fn(Field) -> &'a str, lang: Lang) -> Result<Rates, Field> {
    let get = |f: Field| {
        let spec = f.def().holds.spec().ok_or(f)?;
        parse(text(f), spec, lang.locale())
            .map(|r| r.value)
            .map_err(|_| f)
    };
    Ok(Rates {
        label: text(Field::RatesSource).to_owned(),
        valid_from: read_date(text(Field::RatesValidFrom)).ok_or(Field::RatesValidFrom)?,
        pu_jkk: [
            get(Field::Jkk1)?,
            get(Field::Jkk2)?,
            get(Field::Jkk3)?,
            get(Field::Jkk4)?,
            get(Field::Jkk5)?,
        ],
        pu_jkp: get(Field::Jkp)?,
        pu_jkm: get(Field::Jkm)?,
        pu_jht_employer: get(Field::JhtEmployer)?,
        pu_jht_worker: get(Field::JhtWorker)?,
        pu_jp_employer: get(Field::JpEmployer)?,
        pu_jp_worker: get(Field::JpWorker)?,
        pu_jp_wage_cap: get(Field::JpCap)?,
        bpu_jkk: get(Field::BpuJkk)?,
        bpu_jkm: get(Field::BpuJkm)?,
        bpu_jht: get(Field::BpuJht)?,
    })
}

/// Reads `YYYY-MM-DD`, as `<input type="date">` gives it.
pub fn read_date(text: &str) -> Option<Date> {
    let mut it = text.trim().splitn(3, '-');
    let y = it.next()?.parse::<u16>().ok()?;
    let m = it.next()?.parse::<u8>().ok()?;
    let d = it.next()?.parse::<u8>().ok()?;
    Date::new(y, m, d).ok()
}

/// One row pasted from a spreadsheet, ready to add as typed texts.
#[derive(Clone, Debug, PartialEq)]
pub struct PastedRow {
    /// Line number in the pasted text, from 1.
    pub line: usize,
    /// Name, UMKM, workers per UMKM, enrolment — in the current language's
    /// convention (a number written the other way is rewritten when that
    /// keeps its value).
    pub cells: [String; 4],
    /// The cells that could not be read, in column order.
    pub problems: Vec<PasteProblem>,
}

/// A pasted cell that could not be read, with what its column holds, so it
/// is worded for that column (`messages::paste_problem_text`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PasteProblem {
    /// The column in [`PastedRow::cells`]: 1 = UMKM, 2 = workers per UMKM,
    /// 3 = enrolment.
    pub column: usize,
    /// The column's label.
    pub label: T,
    /// What the column holds and its range.
    pub spec: FieldSpec,
    /// What is wrong, read in the current language's convention.
    pub error: ParseError,
}

/// The number columns of a pasted row after the name, in order: label and
/// spec (the partner card's fields).
const PASTE_COLUMNS: [(T, FieldSpec); 3] = [
    (T::UmkmCount, parse::COUNT),
    (T::WorkersPerUmkm, parse::WORKERS_PER_UMKM),
    (T::Enrolment, parse::RATE),
];

/// Reads rows copied from Excel or Google Sheets (tab-separated: name, UMKM
/// count, workers per UMKM, enrolment %). Numbers may be written the
/// Indonesian or the English way. A first row whose UMKM cell is not a number
/// is taken as a header and skipped; blank lines are skipped.
pub fn read_pasted(text: &str, lang: Lang) -> Vec<PastedRow> {
    let other = match lang {
        Lang::Id => Lang::En,
        Lang::En => Lang::Id,
    };
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t').map(|c| c.trim().to_owned());
        let name = cols.next().unwrap_or_default();
        let mut cells = [name, String::new(), String::new(), String::new()];
        let mut problems = Vec::new();
        for (k, (label, spec)) in PASTE_COLUMNS.iter().enumerate() {
            let raw = cols.next().unwrap_or_default();
            let col = k.saturating_add(1);
            // Workers and enrolment may be left out: the defaults apply.
            if raw.is_empty() && k > 0 {
                continue;
            }
            // Workers and enrolment accept a range (`10-30`), as their fields do.
            let reads = |l: Lang| match parse(&raw, spec, l.locale()) {
                Ok(_) => Ok(()),
                Err(_) if k > 0 && parse_range(&raw, spec, l.locale()).is_ok() => Ok(()),
                Err(e) => Err(e),
            };
            let text = match reads(lang) {
                Ok(()) => raw,
                Err(e) => match reads(other) {
                    Ok(()) => crate::numbers::rewrite::rewrite_for_lang(&raw, spec, other, lang),
                    Err(_) => {
                        problems.push(PasteProblem {
                            column: col,
                            label: *label,
                            spec: *spec,
                            error: e,
                        });
                        raw
                    }
                },
            };
            if let Some(slot) = cells.get_mut(col) {
                *slot = text;
            }
        }
        let header = out.is_empty() && problems.iter().any(|p| p.column == 1) && i == 0;
        if !header {
            out.push(PastedRow {
                line: i.saturating_add(1),
                cells,
                problems,
            });
        }
    }
    out
}

#[cfg(test)]
mod paste_tests {
    use super::*;

    #[test]
    fn reads_a_sheet_with_header_and_both_conventions() {
        let text = "Mitra\tUMKM\tPekerja\tKepesertaan\nSampoerna\t108.000\t5\t100\nGudang Garam\t20,000\t4.5\t80\nRusak\tabc\t5\t100\n\nTanpa pekerja\t1.000\n";
        let rows = read_pasted(text, Lang::Id);
        assert_eq!(rows.len(), 4);
        assert_eq!(
            rows[0].cells,
            ["Sampoerna", "108.000", "5", "100"].map(String::from)
        );
        assert!(rows[0].problems.is_empty());
        // English-written numbers are rewritten the Indonesian way, same value.
        assert_eq!(
            rows[1].cells,
            ["Gudang Garam", "20.000", "4,5", "80"].map(String::from)
        );
        assert!(rows[1].problems.is_empty());
        assert_eq!(rows[2].line, 4);
        assert_eq!(
            rows[2].problems,
            vec![PasteProblem {
                column: 1,
                label: T::UmkmCount,
                spec: parse::COUNT,
                error: ParseError::NotANumber
            }]
        );
        assert_eq!(rows[2].cells[1], "abc");
        assert_eq!(rows[3].cells[2], "");
        assert!(rows[3].problems.is_empty());
    }

    #[test]
    fn a_pasted_problem_carries_its_columns_spec() {
        let rows = read_pasted("Mitra A\t100\t5\t150\n", Lang::Id);
        assert_eq!(rows.len(), 1);
        assert_eq!(
            rows[0].problems,
            vec![PasteProblem {
                column: 3,
                label: T::Enrolment,
                spec: parse::RATE,
                error: ParseError::OutOfRange { min: 0.0, max: 1.0 }
            }]
        );
        let rows = read_pasted("Mitra B\t100\tlima\n", Lang::En);
        assert_eq!(rows[0].problems.len(), 1);
        assert_eq!(rows[0].problems[0].column, 2);
        assert_eq!(rows[0].problems[0].spec, parse::WORKERS_PER_UMKM);
    }

    #[test]
    fn pasted_workers_and_enrolment_may_be_ranges() {
        // As the fields read them; an English sheet's range is rewritten.
        let rows = read_pasted(
            "Mitra A\t100\t2,5-7,5\t10 s.d. 30\nMitra B\t100\t2.5-7.5\t30–10\n",
            Lang::Id,
        );
        assert!(rows[0].problems.is_empty(), "{:?}", rows[0].problems);
        assert_eq!(rows[0].cells[2..], ["2,5-7,5", "10 s.d. 30"]);
        assert_eq!(rows[1].cells[2], "2,5-7,5");
        // A reversed range is a problem of its column, not a swap.
        assert_eq!(rows[1].problems.len(), 1);
        assert_eq!(rows[1].problems[0].column, 3);
        // UMKM binaan is a count, never a range.
        let rows = read_pasted("Mitra A\t100\nMitra C\t100-200\n", Lang::Id);
        assert_eq!(rows[1].problems.len(), 1);
    }
}

#[cfg(test)]
mod read_cache_tests {
    use super::*;
    use crate::state::{Action, AppState, PartnerField};

    fn fresh(state: &AppState) -> Vec<Result<Partner, Vec<T>>> {
        state
            .partners
            .iter()
            .map(|r| read_partner(r, state.lang, &read_stage_odds(&state.texts, state.lang)))
            .collect()
    }

    fn cached(reads: &mut PartnerReadCache, state: &AppState) -> Vec<Result<Partner, Vec<T>>> {
        reads
            .read(
                &state.partners,
                state.lang,
                &read_stage_odds(&state.texts, state.lang),
            )
            .each
            .iter()
            .map(|r| Result::clone(r))
            .collect()
    }

    #[test]
    fn reused_reads_equal_fresh_ones_through_edits_moves_and_languages() {
        let mut reads = PartnerReadCache::default();
        let mut s = AppState::default();
        for _ in 0..4 {
            s = s.apply(Action::AddPresetPartner(0));
            let id = s.partners.last().map_or(0, |p| p.id);
            s = s.apply(Action::EditPartner {
                id,
                field: PartnerField::Enrolment,
                text: "100".into(),
            });
        }
        assert_eq!(cached(&mut reads, &s), fresh(&s));
        let ids: Vec<u32> = s.partners.iter().map(|p| p.id).collect();
        let steps = [
            Action::EditPartner {
                id: ids[2],
                field: PartnerField::Umkm,
                text: "2.000".into(),
            },
            Action::EditPartner {
                id: ids[2],
                field: PartnerField::Workers,
                text: "x".into(),
            },
            Action::MovePartnerUp(ids[2]),
            Action::RemovePartner(ids[0]),
            Action::DuplicatePartner(ids[3]),
            Action::SwitchLanguage(Lang::En),
            Action::EditPartner {
                id: ids[1],
                field: PartnerField::Enrolment,
                text: "12.5".into(),
            },
        ];
        for action in steps {
            // Switching language rewrites the texts to the same values.
            let same_values = matches!(action, Action::SwitchLanguage(_));
            let before = s.clone();
            s = s.apply(action);
            assert_eq!(cached(&mut reads, &s), fresh(&s));
            assert_eq!(fresh(&s) == fresh(&before), same_values);
        }
        // The same rows read in the other language, or with other odds for
        // their stage, are read again: "2.500" workers a UMKM are 2,500 in
        // Indonesian and 2.5 in English; stage 1 at 10 % counts a tenth.
        let mut reads = PartnerReadCache::default();
        let s = AppState::default().apply(Action::AddPresetPartner(0));
        let id = s.partners[0].id;
        let s = s.apply(Action::EditPartner {
            id,
            field: PartnerField::Umkm,
            text: "1000".into(),
        });
        let s = s.apply(Action::EditPartner {
            id,
            field: PartnerField::Workers,
            text: "2.500".into(),
        });
        let s = s.apply(Action::EditPartner {
            id,
            field: PartnerField::Enrolment,
            text: "10".into(),
        });
        let workers = |l: &PartnerList| l.valid.first().map(|p| p.workers_per_umkm.low);
        assert_eq!(
            workers(&reads.read(&s.partners, Lang::Id, &[None; 5])),
            Some(2_500.0)
        );
        assert_eq!(
            workers(&reads.read(&s.partners, Lang::En, &[None; 5])),
            Some(2.5)
        );
        let s = s.apply(Action::EditPartner {
            id,
            field: PartnerField::Stage,
            text: "1".into(),
        });
        let odds = |p: f64| [Some(p), None, None, None, None];
        let probability = |l: &PartnerList| l.valid.first().and_then(|p| p.probability);
        assert_eq!(
            probability(&reads.read(&s.partners, Lang::Id, &odds(0.1))),
            Some(0.1)
        );
        assert_eq!(
            probability(&reads.read(&s.partners, Lang::Id, &odds(0.5))),
            Some(0.5)
        );
        // Rows that did not change are the same reads, not new ones.
        let a = reads.read(&s.partners, s.lang, &[None; 5]);
        let b = reads.read(&s.partners, s.lang, &[None; 5]);
        assert!(a.each.iter().zip(&b.each).all(|(x, y)| Rc::ptr_eq(x, y)));
    }
}
