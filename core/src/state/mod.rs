//! The work: what the user typed, exactly as typed, and the actions that
//! change it. Figures are never stored here: they are derived from these texts
//! on every render by `numbers::parse` and `calc`, so an entry is never lost or
//! silently changed, and an invalid one never blanks anything else.
//!
//! Where each text lives, what it holds and what it is called are the field
//! tables in [`fields`]; the presets from the source article are in
//! [`presets`].

use std::rc::Rc;

use crate::calc::growth::Segment;
use crate::calc::segment::PerSegment;
use crate::i18n::Lang;
use crate::numbers::parse::FieldSpec;
use crate::numbers::rewrite::rewrite_for_lang;

pub mod fields;
pub mod presets;

pub use fields::{
    Field, FieldDef, Group, Holds, Label, LineField, LineTexts, PartnerField, PartnerTexts, Texts,
};
pub use presets::{PartnerPreset, PARTNER_PRESETS};

/// One partner (mitra) row as typed.
/// `Eq`, so comparing two shared lists that are the same list is free.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerRow {
    /// Stable identity for list keys; never reused within a state.
    pub id: u32,
    /// The texts, by field ([`PartnerField`]).
    pub texts: PartnerTexts,
}

impl PartnerRow {
    /// Whether every text is still its default: a row nobody has typed into
    /// (the first screen's empty row). It is not "incomplete", and a preset
    /// tapped while it is the last row fills it instead of adding another.
    pub fn is_untouched(&self) -> bool {
        PartnerField::ALL
            .iter()
            .all(|f| self.texts[*f] == f.def().default)
    }
}

impl std::ops::Index<PartnerField> for PartnerRow {
    type Output = String;
    fn index(&self, f: PartnerField) -> &String {
        &self.texts[f]
    }
}

/// The sections of the app, in the order of the section bar.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Section {
    /// The plan on one screen, the answer first: where the app opens.
    #[default]
    Summary,
    /// Partner pipeline.
    Partners,
    /// Growth targets by segment, audit and projection.
    Targets,
    /// Splits over offices, months, agents and days.
    Split,
    /// Progress against achieved figures.
    Progress,
    /// Contribution (iuran) estimate.
    Iuran,
    /// Scenarios, sharing, export and printing.
    Keep,
}

impl Section {
    /// All sections in bar order.
    pub const ALL: [Section; 7] = [
        Section::Summary,
        Section::Partners,
        Section::Targets,
        Section::Split,
        Section::Progress,
        Section::Iuran,
        Section::Keep,
    ];

    /// A stable name for saved data and element ids (the variant's name).
    pub fn name(self) -> &'static str {
        match self {
            Section::Summary => "Summary",
            Section::Partners => "Partners",
            Section::Targets => "Targets",
            Section::Split => "Split",
            Section::Progress => "Progress",
            Section::Iuran => "Iuran",
            Section::Keep => "Keep",
        }
    }

    /// The section called `name` (see [`Section::name`]).
    pub fn from_name(name: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// One target line as typed, by field ([`LineField`]).
pub type LineRow = LineTexts;

/// All six target lines.
pub type Lines = PerSegment<LineRow>;

/// An office row of the split table as typed.
#[derive(Clone, Debug, PartialEq)]
pub struct OfficeRow {
    /// Stable identity for list keys.
    pub id: u32,
    /// Office name.
    pub name: String,
    /// Relative weight.
    pub weight: String,
    /// Realisasi of the section's target line by month, January to
    /// December, as typed; empty for a month not entered yet.
    pub months: [String; 12],
}

/// A field of an office row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfficeField {
    /// Name.
    Name,
    /// Weight.
    Weight,
}

/// Everything the user has entered.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// Interface language.
    pub lang: Lang,
    /// The section on screen.
    pub section: Section,
    /// Partner rows, in the user's order. The list and each row are shared
    /// (`Rc`): with 1,000 rows, copying them for every keystroke's new state,
    /// every prop and every comparison cost more than the rest of the update.
    /// A keystroke copies one row; the others stay the same allocation, which
    /// is also how views and `read::PartnerReadCache` tell what changed.
    pub partners: Rc<Vec<Rc<PartnerRow>>>,
    /// The next row id to hand out (partners and offices).
    pub next_id: u32,
    /// The target line the pipeline is compared with.
    pub compare_line: Segment,
    /// Target lines.
    pub lines: Lines,
    /// Every text typed once per work ([`Field`]).
    pub texts: Texts,
    /// Which target line is split over offices, months and agents.
    pub split_line: Segment,
    /// Offices and their weights.
    pub offices: Vec<OfficeRow>,
    /// Month weights, January to December.
    pub month_weights: Vec<String>,
    /// Whether BPU workers take the optional JHT.
    pub bpu_jht: bool,
    /// JKK risk class 1–5.
    pub risk_class: u8,
}

impl Default for AppState {
    fn default() -> Self {
        let mut state = AppState {
            lang: Lang::Id,
            section: Section::default(),
            partners: Rc::default(),
            next_id: 1,
            compare_line: Segment::Total,
            lines: Lines::default(),
            texts: Texts::default(),
            split_line: Segment::Total,
            offices: Vec::new(),
            month_weights: vec!["1".to_owned(); 12],
            bpu_jht: false,
            risk_class: 1,
        };
        state.push_partner("", "");
        state.reset_offices();
        state
    }
}

impl AppState {
    /// Whether this is the work a first visit opens on, in any language
    /// and section: nothing typed, chosen or pasted (the defaults written the
    /// language's way). Storing it keeps nothing a later visit would not open
    /// on anyway.
    pub fn is_untouched(&self) -> bool {
        let mut fresh = AppState::default().apply(Action::SwitchLanguage(self.lang));
        fresh.section = self.section;
        *self == fresh
    }
}

/// What the user does. Named after the user's act, not the state change.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Switches the interface language (and the number convention).
    SwitchLanguage(Lang),
    /// Opens a section.
    OpenSection(Section),
    /// Adds an empty partner row.
    AddPartner,
    /// Adds a partner from `PARTNER_PRESETS` (by index).
    AddPresetPartner(usize),
    /// Types into a field of a partner row.
    EditPartner {
        /// Row id.
        id: u32,
        /// Which field.
        field: PartnerField,
        /// The whole text of the field now.
        text: String,
    },
    /// Duplicates a row, placing the copy below it.
    DuplicatePartner(u32),
    /// Moves a row one place up.
    MovePartnerUp(u32),
    /// Moves a row one place down.
    MovePartnerDown(u32),
    /// Removes a row.
    RemovePartner(u32),
    /// Chooses the target the pipeline is compared with.
    CompareWith(Segment),
    /// Types into a target line.
    EditLine {
        /// Which line.
        line: Segment,
        /// Which field.
        field: LineField,
        /// The whole text now.
        text: String,
    },
    /// Fills the target lines with the figures of the 2019 article.
    FillArticleTargets,
    /// Types into a field of the field table.
    EditField {
        /// Which field.
        field: Field,
        /// The whole text now.
        text: String,
    },
    /// Chooses the target line to split.
    ChooseSplitLine(Segment),
    /// Types into an office row.
    EditOffice {
        /// Row id.
        id: u32,
        /// Which field.
        field: OfficeField,
        /// The whole text now.
        text: String,
    },
    /// Adds an office row.
    AddOffice,
    /// Removes an office row.
    RemoveOffice(u32),
    /// Types an office's realisasi of a month (month 0 = January).
    EditOfficeMonth {
        /// Row id.
        id: u32,
        /// Month index 0–11.
        month: usize,
        /// The whole text now.
        text: String,
    },
    /// Applies months pasted from a spreadsheet: (office row id, January to
    /// December). A cell left empty keeps what the office has, so nothing
    /// typed is lost by a paste.
    PasteOfficeMonths(Vec<(u32, [String; 12])>),
    /// Restores the 16 KC + 20 KCP preset.
    ResetOffices,
    /// Offices pasted from a sheet: (name, weight). With `replace`, the
    /// list becomes the pasted one; otherwise an office of the same name
    /// (ASCII case ignored) takes the weight and the others are added at the
    /// end. Either way an office keeps its months when its name is pasted.
    PasteOffices {
        /// The pasted rows.
        rows: Vec<(String, String)>,
        /// Replace the list rather than update and add.
        replace: bool,
    },
    /// Types a month weight (month 0 = January).
    EditMonthWeight {
        /// Month index 0–11.
        month: usize,
        /// The whole text now.
        text: String,
    },
    /// Sets the twelve month weights to a preset: equal (`None`), or with
    /// the Lebaran dip of that year (`calc::seasons`; nothing changes when
    /// that year's Lebaran is not known).
    UseMonthWeights(Option<u16>),
    /// Switches the optional BPU JHT on or off.
    ToggleBpuJht,
    /// Chooses the JKK risk class (1–5).
    ChooseRiskClass(u8),
    /// Replaces the whole work (opening a scenario or a shared link). The
    /// section and language on screen stay as they are.
    LoadWork(Box<AppState>),
    /// Adds rows pasted from a spreadsheet: name, UMKM, workers per UMKM,
    /// enrolment; empty cells take the defaults.
    PastePartners(Vec<[String; 4]>),
}

impl AppState {
    fn take_id(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id = self.next_id.saturating_add(1);
        id
    }

    fn push_partner(&mut self, name: &str, umkm: &str) {
        let id = self.take_id();
        let mut texts = PartnerTexts::default();
        texts[PartnerField::Name] = name.to_owned();
        texts[PartnerField::Umkm] = umkm.to_owned();
        self.partners_mut().push(Rc::new(PartnerRow { id, texts }));
    }

    fn reset_offices(&mut self) {
        let preset = crate::calc::split::east_java_offices();
        self.offices.clear();
        for office in preset {
            let id = self.take_id();
            self.offices.push(OfficeRow {
                id,
                name: office.name,
                weight: "1".to_owned(),
                months: Default::default(),
            });
        }
    }

    /// The rows to change (copied first if an older state still shares them).
    fn partners_mut(&mut self) -> &mut Vec<Rc<PartnerRow>> {
        Rc::make_mut(&mut self.partners)
    }

    fn position(&self, id: u32) -> Option<usize> {
        self.partners.iter().position(|p| p.id == id)
    }

    /// Applies one user action and returns the new state.
    pub fn apply(mut self, action: Action) -> Self {
        match action {
            Action::SwitchLanguage(lang) => {
                let from = self.lang;
                self.lang = lang;
                self.convert_numbers(from, lang);
            }
            Action::OpenSection(section) => self.section = section,
            Action::AddPartner => self.push_partner("", ""),
            Action::AddPresetPartner(i) => {
                if let Some(p) = PARTNER_PRESETS.get(i) {
                    let umkm = rewrite_for_lang(
                        p.umkm,
                        &crate::numbers::parse::COUNT,
                        Lang::Id,
                        self.lang,
                    );
                    // The last row untouched (the first screen's empty row):
                    // the preset fills it instead of leaving it behind.
                    match self.partners_mut().last_mut() {
                        Some(row) if row.is_untouched() => {
                            let texts = &mut Rc::make_mut(row).texts;
                            texts[PartnerField::Name] = p.name.to_owned();
                            texts[PartnerField::Umkm] = umkm;
                        }
                        _ => self.push_partner(p.name, &umkm),
                    }
                }
            }
            Action::EditPartner { id, field, text } => {
                if let Some(row) = self.partners_mut().iter_mut().find(|p| p.id == id) {
                    Rc::make_mut(row).texts[field] = text;
                }
            }
            Action::DuplicatePartner(id) => {
                if let Some(i) = self.position(id) {
                    if let Some(original) = self.partners.get(i).cloned() {
                        let copy = Rc::new(PartnerRow {
                            id: self.take_id(),
                            texts: original.texts.clone(),
                        });
                        self.partners_mut().insert(i.saturating_add(1), copy);
                    }
                }
            }
            Action::MovePartnerUp(id) => {
                if let Some(i) = self.position(id) {
                    if i > 0 {
                        self.partners_mut().swap(i, i.saturating_sub(1));
                    }
                }
            }
            Action::MovePartnerDown(id) => {
                if let Some(i) = self.position(id) {
                    if i.saturating_add(1) < self.partners.len() {
                        self.partners_mut().swap(i, i.saturating_add(1));
                    }
                }
            }
            Action::RemovePartner(id) => self.partners_mut().retain(|p| p.id != id),
            Action::CompareWith(line) => self.compare_line = line,
            Action::EditLine { line, field, text } => self.lines[line][field] = text,
            Action::FillArticleTargets => {
                self.lines = presets::article_targets();
                self.convert_numbers(Lang::Id, self.lang);
            }
            Action::EditField { field, text } => self.texts[field] = text,
            Action::ChooseSplitLine(line) => self.split_line = line,
            Action::EditOffice { id, field, text } => {
                if let Some(row) = self.offices.iter_mut().find(|o| o.id == id) {
                    match field {
                        OfficeField::Name => row.name = text,
                        OfficeField::Weight => row.weight = text,
                    }
                }
            }
            Action::AddOffice => {
                let id = self.take_id();
                self.offices.push(OfficeRow {
                    id,
                    name: String::new(),
                    weight: "1".to_owned(),
                    months: Default::default(),
                });
            }
            Action::RemoveOffice(id) => self.offices.retain(|o| o.id != id),
            Action::EditOfficeMonth { id, month, text } => {
                if let Some(slot) = self
                    .offices
                    .iter_mut()
                    .find(|o| o.id == id)
                    .and_then(|o| o.months.get_mut(month))
                {
                    *slot = text;
                }
            }
            Action::PasteOfficeMonths(rows) => {
                for (id, cells) in rows {
                    if let Some(row) = self.offices.iter_mut().find(|o| o.id == id) {
                        for (slot, cell) in row.months.iter_mut().zip(cells) {
                            if !cell.trim().is_empty() {
                                *slot = cell;
                            }
                        }
                    }
                }
            }
            Action::ResetOffices => self.reset_offices(),
            Action::PasteOffices { rows, replace } => {
                let old = std::mem::take(&mut self.offices);
                let same = |a: &str, b: &str| a.trim().eq_ignore_ascii_case(b.trim());
                if !replace {
                    self.offices = old.clone();
                }
                for (name, weight) in rows {
                    match self.offices.iter_mut().find(|o| same(&o.name, &name)) {
                        Some(o) => o.weight = weight,
                        None => {
                            let months = old
                                .iter()
                                .find(|o| same(&o.name, &name))
                                .map(|o| o.months.clone())
                                .unwrap_or_default();
                            let id = self.take_id();
                            self.offices.push(OfficeRow {
                                id,
                                name,
                                weight,
                                months,
                            });
                        }
                    }
                }
            }
            Action::EditMonthWeight { month, text } => {
                if let Some(slot) = self.month_weights.get_mut(month) {
                    *slot = text;
                }
            }
            Action::UseMonthWeights(year) => {
                let preset = match year {
                    None => Some(["1"; 12]),
                    Some(y) => crate::calc::seasons::lebaran_weights(y),
                };
                if let Some(w) = preset {
                    let spec = &crate::numbers::parse::WEIGHT;
                    self.month_weights = w
                        .iter()
                        .map(|t| rewrite_for_lang(t, spec, Lang::Id, self.lang))
                        .collect();
                }
            }
            Action::ToggleBpuJht => self.bpu_jht = !self.bpu_jht,
            Action::ChooseRiskClass(class) => {
                if (1..=5).contains(&class) {
                    self.risk_class = class;
                }
            }
            Action::LoadWork(work) => {
                let (section, lang) = (self.section, self.lang);
                let from = work.lang;
                self = *work;
                self.section = section;
                self.lang = lang;
                self.convert_numbers(from, lang);
            }
            Action::PastePartners(rows) => {
                let fields = [
                    PartnerField::Name,
                    PartnerField::Umkm,
                    PartnerField::Workers,
                    PartnerField::Enrolment,
                ];
                for cells in rows {
                    let id = self.take_id();
                    let mut texts = PartnerTexts::default();
                    for (field, cell) in fields.into_iter().zip(cells) {
                        // An empty cell keeps the field's default.
                        if !cell.trim().is_empty() || field == PartnerField::Name {
                            texts[field] = cell;
                        }
                    }
                    self.partners_mut().push(Rc::new(PartnerRow { id, texts }));
                }
            }
        }
        self
    }

    /// Every numeric text with the kind of number it holds, from the tables.
    fn numeric_texts_mut(&mut self) -> Vec<(&mut String, &'static FieldSpec)> {
        let mut out: Vec<(&mut String, &'static FieldSpec)> = Vec::new();
        for p in Rc::make_mut(&mut self.partners) {
            let texts = &mut Rc::make_mut(p).texts;
            for (text, field) in texts.0.iter_mut().zip(PartnerField::ALL) {
                if let Some(spec) = field.def().holds.spec() {
                    out.push((text, spec));
                }
            }
        }
        for row in self.lines.0.iter_mut() {
            for (text, field) in row.0.iter_mut().zip(LineField::ALL) {
                if let Some(spec) = field.def().holds.spec() {
                    out.push((text, spec));
                }
            }
        }
        for (text, field) in self.texts.0.iter_mut().zip(Field::ALL) {
            if let Some(spec) = field.def().holds.spec() {
                out.push((text, spec));
            }
        }
        let weight = &crate::numbers::parse::WEIGHT;
        let count = &crate::numbers::parse::COUNT;
        for o in &mut self.offices {
            out.push((&mut o.weight, weight));
            for m in &mut o.months {
                out.push((m, count));
            }
        }
        for w in &mut self.month_weights {
            out.push((w, weight));
        }
        out
    }

    /// Rewrites numbers typed in one language's convention into the other's,
    /// so "108.000" stays one hundred and eight thousand after a switch to
    /// English ("108,000"). Only texts that read as the same value after the
    /// rewrite change; anything else, valid or not, stays exactly as typed.
    fn convert_numbers(&mut self, from: Lang, to: Lang) {
        if from == to {
            return;
        }
        for (text, spec) in self.numeric_texts_mut() {
            let converted = rewrite_for_lang(text, spec, from, to);
            if converted != *text {
                *text = converted;
            }
        }
    }
}

#[cfg(test)]
mod tests;
