//! The app state: what the user typed, exactly as typed, and the actions that
//! change it. Figures are never stored here: they are derived from these texts
//! on every render by `numbers::parse` and `calc`, so an entry is never lost or
//! silently changed, and an invalid one never blanks anything else.
//!
//! Pure Rust (no web types), so the reducer is tested natively.

use std::rc::Rc;

use crate::calc::growth::Segment;
use crate::i18n::Lang;
use crate::numbers::parse::{self, FieldSpec};

/// One partner (mitra) row as typed.
/// `Eq`, so comparing two shared lists that are the same list is free.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerRow {
    /// Stable identity for list keys; never reused within a state.
    pub id: u32,
    /// Partner name, free text (shown as text, never as markup).
    pub name: String,
    /// UMKM binaan count.
    pub umkm: String,
    /// Workers per UMKM.
    pub workers: String,
    /// Enrolment rate, percent.
    pub enrolment: String,
    /// Share of enrolled workers that are PU (wage earners), percent.
    pub pu_share: String,
}

/// A field of a partner row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartnerField {
    /// The name.
    Name,
    /// UMKM binaan count.
    Umkm,
    /// Workers per UMKM.
    Workers,
    /// Enrolment rate.
    Enrolment,
    /// PU share.
    PuShare,
}

/// A partner the source article names, offered as a one-tap preset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartnerPreset {
    /// Name as the article writes it.
    pub name: &'static str,
    /// UMKM count as typed text; empty where the article gives none.
    pub umkm: &'static str,
}

/// Presets from the source article (duta.co, January 2019): Sampoerna fosters
/// 108,000 UMKM; Gudang Garam and Semen Indonesia are named without counts.
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

/// The sections of the app, in the order of the section bar.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Section {
    /// Headline figures and the pipeline-vs-target chart.
    Summary,
    /// Partner pipeline.
    #[default]
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

/// One target line as typed: any two of base, growth and target give the third.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LineRow {
    /// Last period's figure.
    pub base: String,
    /// Growth, percent.
    pub growth: String,
    /// This period's target.
    pub target: String,
}

/// A field of a target line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineField {
    /// Base.
    Base,
    /// Growth.
    Growth,
    /// Target.
    Target,
}

/// All six target lines.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lines {
    /// Total new participants.
    pub total: LineRow,
    /// PU.
    pub pu: LineRow,
    /// BPU.
    pub bpu: LineRow,
    /// Jakon.
    pub jakon: LineRow,
    /// PMI.
    pub pmi: LineRow,
    /// Business entities.
    pub entities: LineRow,
}

impl Lines {
    /// The row of `line`.
    pub fn get(&self, line: Segment) -> &LineRow {
        match line {
            Segment::Total => &self.total,
            Segment::Pu => &self.pu,
            Segment::Bpu => &self.bpu,
            Segment::Jakon => &self.jakon,
            Segment::Pmi => &self.pmi,
            Segment::BusinessEntities => &self.entities,
        }
    }

    fn get_mut(&mut self, line: Segment) -> &mut LineRow {
        match line {
            Segment::Total => &mut self.total,
            Segment::Pu => &mut self.pu,
            Segment::Bpu => &mut self.bpu,
            Segment::Jakon => &mut self.jakon,
            Segment::Pmi => &mut self.pmi,
            Segment::BusinessEntities => &mut self.entities,
        }
    }
}

/// An office row of the split table as typed.
#[derive(Clone, Debug, PartialEq)]
pub struct OfficeRow {
    /// Stable identity for list keys.
    pub id: u32,
    /// Office name.
    pub name: String,
    /// Relative weight.
    pub weight: String,
}

/// Split inputs.
#[derive(Clone, Debug, PartialEq)]
pub struct SplitInputs {
    /// Which target line is split.
    pub line: Segment,
    /// Offices and their weights.
    pub offices: Vec<OfficeRow>,
    /// Month weights, January to December.
    pub month_weights: Vec<String>,
    /// Agents per office.
    pub agents_per_office: String,
    /// Working days per month.
    pub working_days: String,
    /// New participants one agent can bring in a month (for "agents needed").
    pub capacity: String,
}

/// A field of the split inputs (other than offices and months).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SplitField {
    /// Agents per office.
    AgentsPerOffice,
    /// Working days per month.
    WorkingDays,
    /// Capacity per agent per month.
    Capacity,
}

/// A field of an office row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfficeField {
    /// Name.
    Name,
    /// Weight.
    Weight,
}

/// Progress inputs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProgressInputs {
    /// The target.
    pub target: String,
    /// Achieved so far (realisasi).
    pub achieved: String,
    /// The date of the achieved figure, `YYYY-MM-DD` as the date input gives it.
    pub date: String,
}

/// A field of the progress inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProgressField {
    /// Target.
    Target,
    /// Achieved.
    Achieved,
    /// Date.
    Date,
}

/// Contribution inputs (the rates table itself is in `rates`).
#[derive(Clone, Debug, PartialEq)]
pub struct IuranInputs {
    /// Declared monthly income of a BPU worker, Rupiah.
    pub bpu_income: String,
    /// Whether BPU workers take the optional JHT.
    pub bpu_jht: bool,
    /// Average monthly wage of a PU worker, Rupiah.
    pub pu_wage: String,
    /// JKK risk class 1–5.
    pub risk_class: u8,
    /// Rates as typed, percent (or Rupiah for flat amounts and the cap).
    pub rates: RateTexts,
}

/// The editable rates table as typed.
#[derive(Clone, Debug, PartialEq)]
pub struct RateTexts {
    /// Where the rates come from (free text).
    pub label: String,
    /// The first day the rates apply, `YYYY-MM-DD`.
    pub valid_from: String,
    /// PU JKK by risk class 1–5, percent.
    pub jkk: Vec<String>,
    /// PU JKM, percent.
    pub jkm: String,
    /// PU JHT employer, percent.
    pub jht_employer: String,
    /// PU JHT worker, percent.
    pub jht_worker: String,
    /// PU JP employer, percent.
    pub jp_employer: String,
    /// PU JP worker, percent.
    pub jp_worker: String,
    /// JP wage cap, Rupiah.
    pub jp_cap: String,
    /// BPU JKK, percent of declared income.
    pub bpu_jkk: String,
    /// BPU JKM flat, Rupiah.
    pub bpu_jkm: String,
    /// BPU JHT, percent.
    pub bpu_jht: String,
}

/// A field of the rates table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RateField {
    /// The label.
    Label,
    /// The date the rates apply from.
    ValidFrom,
    /// JKK of a risk class (1–5).
    Jkk(u8),
    /// JKM.
    Jkm,
    /// JHT employer.
    JhtEmployer,
    /// JHT worker.
    JhtWorker,
    /// JP employer.
    JpEmployer,
    /// JP worker.
    JpWorker,
    /// JP cap.
    JpCap,
    /// BPU JKK.
    BpuJkk,
    /// BPU JKM.
    BpuJkm,
    /// BPU JHT.
    BpuJht,
}

/// A field of the iuran inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IuranField {
    /// Declared BPU income.
    BpuIncome,
    /// PU wage.
    PuWage,
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
    /// is also how views and `inputs::PartnerReads` tell what changed.
    pub partners: Rc<Vec<Rc<PartnerRow>>>,
    /// The next row id to hand out (partners and offices).
    pub next_id: u32,
    /// The target line the pipeline is compared with.
    pub compare_line: Segment,
    /// Target lines.
    pub lines: Lines,
    /// Years to project.
    pub projection_years: String,
    /// Split inputs.
    pub split: SplitInputs,
    /// Progress inputs.
    pub progress: ProgressInputs,
    /// Contribution inputs.
    pub iuran: IuranInputs,
}

impl Default for AppState {
    fn default() -> Self {
        let mut state = AppState {
            lang: Lang::Id,
            section: Section::Partners,
            partners: Rc::default(),
            next_id: 1,
            compare_line: Segment::Total,
            lines: Lines::default(),
            projection_years: "5".to_owned(),
            split: SplitInputs {
                line: Segment::Total,
                offices: Vec::new(),
                month_weights: vec!["1".to_owned(); 12],
                agents_per_office: "10".to_owned(),
                working_days: "22".to_owned(),
                capacity: "50".to_owned(),
            },
            progress: ProgressInputs::default(),
            iuran: IuranInputs {
                bpu_income: "1.000.000".to_owned(),
                bpu_jht: false,
                pu_wage: "".to_owned(),
                risk_class: 1,
                rates: RateTexts::default(),
            },
        };
        state.push_partner("", "");
        state.reset_offices();
        state
    }
}

impl Default for RateTexts {
    /// The rates DOMAIN.md gives (JP cap of 2025), written the Indonesian way.
    fn default() -> Self {
        let t = |s: &str| s.to_owned();
        RateTexts {
            label: t("DOMAIN.md; batas upah JP 2025"),
            valid_from: t("2025-01-01"),
            jkk: vec![t("0,24"), t("0,54"), t("0,89"), t("1,27"), t("1,74")],
            jkm: t("0,30"),
            jht_employer: t("3,7"),
            jht_worker: t("2"),
            jp_employer: t("2"),
            jp_worker: t("1"),
            jp_cap: t("10.547.400"),
            bpu_jkk: t("1"),
            bpu_jkm: t("6.800"),
            bpu_jht: t("2"),
        }
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
    /// Types the number of projection years.
    EditProjectionYears(String),
    /// Chooses the target line to split.
    SplitLine(Segment),
    /// Types into a split field.
    EditSplit {
        /// Which field.
        field: SplitField,
        /// The whole text now.
        text: String,
    },
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
    /// Restores the 16 KC + 20 KCP preset.
    ResetOffices,
    /// Types a month weight (month 0 = January).
    EditMonthWeight {
        /// Month index 0–11.
        month: usize,
        /// The whole text now.
        text: String,
    },
    /// Types into a progress field.
    EditProgress {
        /// Which field.
        field: ProgressField,
        /// The whole text now.
        text: String,
    },
    /// Types into a contribution field.
    EditIuran {
        /// Which field.
        field: IuranField,
        /// The whole text now.
        text: String,
    },
    /// Switches the optional BPU JHT on or off.
    ToggleBpuJht,
    /// Chooses the JKK risk class (1–5).
    ChooseRiskClass(u8),
    /// Types into the rates table.
    EditRate {
        /// Which rate.
        field: RateField,
        /// The whole text now.
        text: String,
    },
    /// Restores the default rates table.
    ResetRates,
    /// Replaces the whole work (opening a scenario or a shared link). The
    /// section and language on screen stay as they are.
    LoadWork(Box<AppState>),
    /// Appends partner rows as typed (pasted from a spreadsheet): name, UMKM,
    /// workers per UMKM, enrolment; empty cells take the defaults.
    PastePartners(Vec<[String; 4]>),
}

/// Defaults DOMAIN.md gives: five workers per UMKM is the official's
/// illustration, enrolment 100 %; both are editable parameters.
const DEFAULT_WORKERS: &str = "5";
const DEFAULT_ENROLMENT: &str = "100";
const DEFAULT_PU_SHARE: &str = "0";

impl AppState {
    fn take_id(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id = self.next_id.saturating_add(1);
        id
    }

    fn push_partner(&mut self, name: &str, umkm: &str) {
        let id = self.take_id();
        self.partners_mut().push(Rc::new(PartnerRow {
            id,
            name: name.to_owned(),
            umkm: umkm.to_owned(),
            workers: DEFAULT_WORKERS.to_owned(),
            enrolment: DEFAULT_ENROLMENT.to_owned(),
            pu_share: DEFAULT_PU_SHARE.to_owned(),
        }));
    }

    fn reset_offices(&mut self) {
        let preset = crate::calc::split::east_java_offices();
        self.split.offices.clear();
        for office in preset {
            let id = self.take_id();
            self.split.offices.push(OfficeRow {
                id,
                name: office.name,
                weight: "1".to_owned(),
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
                    let umkm = convert_text(p.umkm, &parse::COUNT, Lang::Id, self.lang);
                    self.push_partner(p.name, &umkm);
                }
            }
            Action::EditPartner { id, field, text } => {
                if let Some(row) = self.partners_mut().iter_mut().find(|p| p.id == id) {
                    let row = Rc::make_mut(row);
                    let slot = match field {
                        PartnerField::Name => &mut row.name,
                        PartnerField::Umkm => &mut row.umkm,
                        PartnerField::Workers => &mut row.workers,
                        PartnerField::Enrolment => &mut row.enrolment,
                        PartnerField::PuShare => &mut row.pu_share,
                    };
                    *slot = text;
                }
            }
            Action::DuplicatePartner(id) => {
                if let Some(i) = self.position(id) {
                    if let Some(original) = self.partners.get(i).cloned() {
                        let copy = Rc::new(PartnerRow {
                            id: self.take_id(),
                            ..PartnerRow::clone(&original)
                        });
                        self.partners_mut().insert(i.saturating_add(1), copy);
                    }
                }
            }
            Action::MovePartnerUp(id) => {
                if let Some(i) = self.position(id) {
                    if i > 0 {
                        self.partners_mut().swap(i, i - 1);
                    }
                }
            }
            Action::MovePartnerDown(id) => {
                if let Some(i) = self.position(id) {
                    if i.saturating_add(1) < self.partners.len() {
                        self.partners_mut().swap(i, i + 1);
                    }
                }
            }
            Action::RemovePartner(id) => self.partners_mut().retain(|p| p.id != id),
            Action::CompareWith(line) => self.compare_line = line,
            Action::EditLine { line, field, text } => {
                let row = self.lines.get_mut(line);
                match field {
                    LineField::Base => row.base = text,
                    LineField::Growth => row.growth = text,
                    LineField::Target => row.target = text,
                }
            }
            Action::FillArticleTargets => {
                self.lines = article_targets();
                self.convert_numbers(Lang::Id, self.lang);
            }
            Action::EditProjectionYears(text) => self.projection_years = text,
            Action::SplitLine(line) => self.split.line = line,
            Action::EditSplit { field, text } => match field {
                SplitField::AgentsPerOffice => self.split.agents_per_office = text,
                SplitField::WorkingDays => self.split.working_days = text,
                SplitField::Capacity => self.split.capacity = text,
            },
            Action::EditOffice { id, field, text } => {
                if let Some(row) = self.split.offices.iter_mut().find(|o| o.id == id) {
                    match field {
                        OfficeField::Name => row.name = text,
                        OfficeField::Weight => row.weight = text,
                    }
                }
            }
            Action::AddOffice => {
                let id = self.take_id();
                self.split.offices.push(OfficeRow {
                    id,
                    name: String::new(),
                    weight: "1".to_owned(),
                });
            }
            Action::RemoveOffice(id) => self.split.offices.retain(|o| o.id != id),
            Action::ResetOffices => self.reset_offices(),
            Action::EditMonthWeight { month, text } => {
                if let Some(slot) = self.split.month_weights.get_mut(month) {
                    *slot = text;
                }
            }
            Action::EditProgress { field, text } => match field {
                ProgressField::Target => self.progress.target = text,
                ProgressField::Achieved => self.progress.achieved = text,
                ProgressField::Date => self.progress.date = text,
            },
            Action::EditIuran { field, text } => match field {
                IuranField::BpuIncome => self.iuran.bpu_income = text,
                IuranField::PuWage => self.iuran.pu_wage = text,
            },
            Action::ToggleBpuJht => self.iuran.bpu_jht = !self.iuran.bpu_jht,
            Action::ChooseRiskClass(class) => {
                if (1..=5).contains(&class) {
                    self.iuran.risk_class = class;
                }
            }
            Action::EditRate { field, text } => {
                let r = &mut self.iuran.rates;
                let slot = match field {
                    RateField::Label => Some(&mut r.label),
                    RateField::ValidFrom => Some(&mut r.valid_from),
                    RateField::Jkk(class) => r.jkk.get_mut(usize::from(class).wrapping_sub(1)),
                    RateField::Jkm => Some(&mut r.jkm),
                    RateField::JhtEmployer => Some(&mut r.jht_employer),
                    RateField::JhtWorker => Some(&mut r.jht_worker),
                    RateField::JpEmployer => Some(&mut r.jp_employer),
                    RateField::JpWorker => Some(&mut r.jp_worker),
                    RateField::JpCap => Some(&mut r.jp_cap),
                    RateField::BpuJkk => Some(&mut r.bpu_jkk),
                    RateField::BpuJkm => Some(&mut r.bpu_jkm),
                    RateField::BpuJht => Some(&mut r.bpu_jht),
                };
                if let Some(slot) = slot {
                    *slot = text;
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
                for [name, umkm, workers, enrolment] in rows {
                    let id = self.take_id();
                    let or =
                        |t: String, d: &str| if t.trim().is_empty() { d.to_owned() } else { t };
                    self.partners_mut().push(Rc::new(PartnerRow {
                        id,
                        name,
                        umkm,
                        workers: or(workers, DEFAULT_WORKERS),
                        enrolment: or(enrolment, DEFAULT_ENROLMENT),
                        pu_share: DEFAULT_PU_SHARE.to_owned(),
                    }));
                }
            }
            Action::ResetRates => {
                self.iuran.rates = RateTexts::default();
                self.convert_numbers(Lang::Id, self.lang);
            }
        }
        self
    }

    /// Every numeric text with the kind of number it holds.
    fn numeric_texts_mut(&mut self) -> Vec<(&mut String, &'static FieldSpec)> {
        let mut out: Vec<(&mut String, &'static FieldSpec)> = Vec::new();
        for p in Rc::make_mut(&mut self.partners) {
            let p = Rc::make_mut(p);
            out.push((&mut p.umkm, &parse::COUNT));
            out.push((&mut p.workers, &parse::WORKERS_PER_UMKM));
            out.push((&mut p.enrolment, &parse::RATE));
            out.push((&mut p.pu_share, &parse::RATE));
        }
        let l = &mut self.lines;
        for row in [
            &mut l.total,
            &mut l.pu,
            &mut l.bpu,
            &mut l.jakon,
            &mut l.pmi,
            &mut l.entities,
        ] {
            out.push((&mut row.base, &parse::COUNT));
            out.push((&mut row.growth, &parse::GROWTH));
            out.push((&mut row.target, &parse::COUNT));
        }
        out.push((&mut self.projection_years, &parse::YEARS));
        for o in &mut self.split.offices {
            out.push((&mut o.weight, &parse::WEIGHT));
        }
        for w in &mut self.split.month_weights {
            out.push((w, &parse::WEIGHT));
        }
        out.push((&mut self.split.agents_per_office, &parse::AGENTS));
        out.push((&mut self.split.working_days, &parse::DAYS));
        out.push((&mut self.split.capacity, &parse::COUNT));
        out.push((&mut self.progress.target, &parse::COUNT));
        out.push((&mut self.progress.achieved, &parse::COUNT));
        out.push((&mut self.iuran.bpu_income, &parse::RUPIAH));
        out.push((&mut self.iuran.pu_wage, &parse::RUPIAH));
        let r = &mut self.iuran.rates;
        for j in &mut r.jkk {
            out.push((j, &parse::RATE));
        }
        for rate in [
            &mut r.jkm,
            &mut r.jht_employer,
            &mut r.jht_worker,
            &mut r.jp_employer,
            &mut r.jp_worker,
            &mut r.bpu_jkk,
            &mut r.bpu_jht,
        ] {
            out.push((rate, &parse::RATE));
        }
        out.push((&mut r.jp_cap, &parse::RUPIAH));
        out.push((&mut r.bpu_jkm, &parse::RUPIAH));
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
            let converted = convert_text(text, spec, from, to);
            if converted != *text {
                *text = converted;
            }
        }
    }
}

/// `text` rewritten from `from`'s number convention to `to`'s when that keeps
/// its value; otherwise `text` unchanged.
pub fn convert_text(text: &str, spec: &FieldSpec, from: Lang, to: Lang) -> String {
    let value = |t: &str, lang: Lang| parse::parse(t, spec, lang.locale()).ok().map(|r| r.value);
    let Some(old) = value(text, from) else {
        return text.to_owned();
    };
    if value(text, to) == Some(old) {
        return text.to_owned();
    }
    let swapped: String = text
        .chars()
        .map(|c| match c {
            '.' => ',',
            ',' => '.',
            c => c,
        })
        .collect();
    if value(&swapped, to) == Some(old) {
        swapped
    } else {
        text.to_owned()
    }
}

/// The targets of the source article (East Java, 2019), as the article writes
/// them. The article's own inconsistencies (BPU growth) are kept: the audit
/// shows them.
fn article_targets() -> Lines {
    let row = |base: &str, growth: &str, target: &str| LineRow {
        base: base.to_owned(),
        growth: growth.to_owned(),
        target: target.to_owned(),
    };
    Lines {
        total: row("2.257.958", "3", "2.336.252"),
        pu: row("", "", "796.634"),
        bpu: row("199.731", "27", "411.156"),
        jakon: row("", "", ""),
        pmi: row("", "", ""),
        entities: row("", "27", "28.630"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(s: &AppState) -> Vec<&str> {
        s.partners.iter().map(|p| p.name.as_str()).collect()
    }

    #[test]
    fn typed_text_is_kept_exactly() {
        let s = AppState::default();
        let id = s.partners[0].id;
        let s = s.apply(Action::EditPartner {
            id,
            field: PartnerField::Umkm,
            text: " 108.000x ".into(),
        });
        assert_eq!(s.partners[0].umkm, " 108.000x ");
    }

    #[test]
    fn presets_duplicate_move_remove() {
        let s = AppState::default()
            .apply(Action::AddPresetPartner(0))
            .apply(Action::AddPresetPartner(1));
        assert_eq!(names(&s), ["", "Sampoerna", "Gudang Garam"]);
        assert_eq!(s.partners[1].umkm, "108.000");
        let sampoerna = s.partners[1].id;
        let s = s.apply(Action::DuplicatePartner(sampoerna));
        assert_eq!(names(&s), ["", "Sampoerna", "Sampoerna", "Gudang Garam"]);
        assert_ne!(s.partners[1].id, s.partners[2].id);
        let s = s.apply(Action::MovePartnerUp(sampoerna));
        assert_eq!(s.partners[0].id, sampoerna);
        // Moving the first row up, or an unknown id, changes nothing.
        let before = s.clone();
        let s = s
            .apply(Action::MovePartnerUp(sampoerna))
            .apply(Action::RemovePartner(999));
        assert_eq!(s, before);
        let s = s.apply(Action::RemovePartner(sampoerna));
        assert_eq!(names(&s), ["", "Sampoerna", "Gudang Garam"]);
        // An out-of-range preset index is ignored, not a panic.
        assert_eq!(s.clone().apply(Action::AddPresetPartner(99)), s);
    }
}
