//! The field tables: for every text the user types, where it lives, what it
//! holds (its spec), its label, its element id, its key in saved data and
//! links, and its default. The reducer, the language switch's number rewrite,
//! the saved schema, prefill, paste and the views all read these tables, so a
//! new input is one row here, the view that places it and the figure that
//! uses it (ARCHITECTURE.md, "A new input").

use std::ops::{Index, IndexMut};

use crate::i18n::{Lang, T};
use crate::numbers::parse::{self, FieldSpec};

/// What a text holds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Holds {
    /// A number read with this spec.
    Number(&'static FieldSpec),
    /// A date, `YYYY-MM-DD` as `<input type="date">` gives it.
    Date,
    /// Free text (a name, a source), shown as text, never as markup.
    Text,
    /// A switch: `"1"` is on, anything else (the default `""`) off.
    Switch,
    /// A partner's stage: `"1"`…`"5"` for the stages of [`Field::STAGE_ODDS`],
    /// empty for none (the partner then counts in full).
    Stage,
}

impl Holds {
    /// The spec of a number field.
    pub fn spec(self) -> Option<&'static FieldSpec> {
        match self {
            Holds::Number(spec) => Some(spec),
            Holds::Date | Holds::Text | Holds::Switch | Holds::Stage => None,
        }
    }
}

/// A field's label: most are one string; a few are built from one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Label {
    /// The string as it is.
    Plain(T),
    /// The string followed by " (%)".
    Percent(T),
    /// A label that is the same in both languages (a programme's acronym).
    Same(&'static str),
    /// "JKK kelas N (%)": the JKK rate of a risk class.
    JkkClass(u8),
    /// The short name of a month, 0 = January.
    Month(u8),
}

impl Label {
    /// The label in `lang`.
    pub fn text(self, lang: Lang) -> String {
        match self {
            Label::Plain(t) => t.get(lang).to_owned(),
            Label::Percent(t) => format!("{} (%)", t.get(lang)),
            Label::Same(s) => s.to_owned(),
            Label::JkkClass(class) => format!("JKK {} {class} (%)", T::RiskClassShort.get(lang)),
            Label::Month(m) => crate::i18n::month_name(lang, usize::from(m)).to_owned(),
        }
    }
}

/// One row of a field table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FieldDef {
    /// The key in saved data and links; for [`FIELDS`] also the path of the
    /// text in schema 1 (`split.capacity`, `iuran.rates.jkk.0`).
    pub key: &'static str,
    /// The element id (e.g. `split-capacity`); for row fields, the suffix
    /// after the row's prefix (`partner-7-umkm`).
    pub id: &'static str,
    /// What it holds.
    pub holds: Holds,
    /// Its label.
    pub label: Label,
    /// The text a new state (or row) starts with, written the Indonesian way.
    pub default: &'static str,
    /// May stay empty without a hint (one of base, growth and target).
    pub optional: bool,
    /// Where the view places it: views that show a group render every field
    /// of the group from the table, so a new field of a group needs no view
    /// edit.
    pub group: Group,
    /// The saved schema that first had it: reading data of an older schema,
    /// the migration gives it its default.
    pub since: u64,
    /// Accepts a range (`10–30`) as well as a single number: its figures
    /// are computed at both ends.
    pub range: bool,
}

/// Where a field is shown, for views that render a group from the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// Placed by its view one by one.
    Placed,
    /// *Pembagian*: what the quotas per office, agent and day divide by.
    SplitQuotas,
    /// *Pembagian*: what the agents needed depends on.
    AgentsNeeded,
    /// *Mitra*: the probability of each partner stage.
    StageOdds,
}

const fn def(
    key: &'static str,
    id: &'static str,
    holds: Holds,
    label: Label,
    default: &'static str,
) -> FieldDef {
    FieldDef {
        key,
        id,
        holds,
        label,
        default,
        optional: false,
        group: Group::Placed,
        since: 1,
        range: false,
    }
}

const fn ranged(d: FieldDef) -> FieldDef {
    FieldDef { range: true, ..d }
}

const fn grouped(group: Group, d: FieldDef) -> FieldDef {
    FieldDef { group, ..d }
}

const fn since(since: u64, d: FieldDef) -> FieldDef {
    FieldDef { since, ..d }
}

const fn optional(d: FieldDef) -> FieldDef {
    FieldDef {
        optional: true,
        ..d
    }
}

macro_rules! field_table {
    ($(#[$meta:meta])* $enum:ident, $table:ident, $texts:ident { $($(#[$doc:meta])* $variant:ident => $def:expr,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $enum { $($(#[$doc])* $variant),* }

        impl $enum {
            /// Every field, in table order.
            pub const ALL: &'static [$enum] = &[$($enum::$variant),*];

            /// The field's row of the table.
            pub fn def(self) -> &'static FieldDef {
                // One row per variant, in order: always in range.
                #[allow(clippy::indexing_slicing)]
                &$table[self as usize]
            }
        }

        /// The table, one row per field, in the order of the enum.
        pub static $table: &[FieldDef] = &[$($def),*];

        /// One text per field, indexed by the field.
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub struct $texts(pub [String; $enum::ALL.len()]);

        impl Default for $texts {
            /// Every field's default text.
            fn default() -> Self {
                $texts(std::array::from_fn(|i| {
                    $table.get(i).map(|d| d.default.to_owned()).unwrap_or_default()
                }))
            }
        }

        impl Index<$enum> for $texts {
            type Output = String;
            fn index(&self, f: $enum) -> &String {
                #[allow(clippy::indexing_slicing)]
                &self.0[f as usize]
            }
        }

        impl IndexMut<$enum> for $texts {
            fn index_mut(&mut self, f: $enum) -> &mut String {
                #[allow(clippy::indexing_slicing)]
                &mut self.0[f as usize]
            }
        }
    };
}

use parse::{
    AGENTS, COUNT, DAYS, GROWTH, INCOME_MONTHS, MONTHS, RATE, RUPIAH, WORKERS_PER_UMKM, YEARS,
};
use Group::{AgentsNeeded, SplitQuotas, StageOdds};
use Holds::{Date, Number, Stage, Switch, Text};
use Label::{JkkClass, Month, Percent, Plain, Same};

field_table! {
    /// A text typed once per work (not in a list): projection, split,
    /// progress and contribution inputs, and the rates table.
    Field, FIELDS, Texts {
        /// Years to project.
        ProjectionYears => def("projection_years", "proj-years", Number(&YEARS), Plain(T::ProjectionYears), "5"),
        /// Perisai agents per office.
        AgentsPerOffice => grouped(SplitQuotas, def("split.agents_per_office", "split-agents", Number(&AGENTS), Plain(T::AgentsPerOffice), "10")),
        /// Working days per month.
        WorkingDays => grouped(SplitQuotas, def("split.working_days", "split-days", Number(&DAYS), Plain(T::WorkingDaysPerMonth), "22")),
        /// New participants one agent can bring in a month.
        Capacity => grouped(AgentsNeeded, def("split.capacity", "split-capacity", Number(&COUNT), Plain(T::CapacityPerAgent), "50")),
        /// The months the agents have to bring the target in.
        AgentMonths => since(2, grouped(AgentsNeeded, def("split.agent_months", "split-months", Number(&MONTHS), Plain(T::AgentMonths), "12"))),
        /// The target progress is measured against.
        ProgressTarget => optional(def("progress.target", "prog-target", Number(&COUNT), Plain(T::Target), "")),
        /// Achieved so far (realisasi).
        ProgressAchieved => def("progress.achieved", "prog-achieved", Number(&COUNT), Plain(T::Achieved), ""),
        /// The date of the achieved figure.
        ProgressDate => def("progress.date", "prog-date", Date, Plain(T::AsOf), ""),
        /// Achieved in month 1 (realisasi); empty is not entered yet.
        ProgressM0 => since(3, optional(def("progress.month.0", "prog-m0", Number(&COUNT), Month(0), ""))),
        /// Achieved in month 2 (realisasi); empty is not entered yet.
        ProgressM1 => since(3, optional(def("progress.month.1", "prog-m1", Number(&COUNT), Month(1), ""))),
        /// Achieved in month 3 (realisasi); empty is not entered yet.
        ProgressM2 => since(3, optional(def("progress.month.2", "prog-m2", Number(&COUNT), Month(2), ""))),
        /// Achieved in month 4 (realisasi); empty is not entered yet.
        ProgressM3 => since(3, optional(def("progress.month.3", "prog-m3", Number(&COUNT), Month(3), ""))),
        /// Achieved in month 5 (realisasi); empty is not entered yet.
        ProgressM4 => since(3, optional(def("progress.month.4", "prog-m4", Number(&COUNT), Month(4), ""))),
        /// Achieved in month 6 (realisasi); empty is not entered yet.
        ProgressM5 => since(3, optional(def("progress.month.5", "prog-m5", Number(&COUNT), Month(5), ""))),
        /// Achieved in month 7 (realisasi); empty is not entered yet.
        ProgressM6 => since(3, optional(def("progress.month.6", "prog-m6", Number(&COUNT), Month(6), ""))),
        /// Achieved in month 8 (realisasi); empty is not entered yet.
        ProgressM7 => since(3, optional(def("progress.month.7", "prog-m7", Number(&COUNT), Month(7), ""))),
        /// Achieved in month 9 (realisasi); empty is not entered yet.
        ProgressM8 => since(3, optional(def("progress.month.8", "prog-m8", Number(&COUNT), Month(8), ""))),
        /// Achieved in month 10 (realisasi); empty is not entered yet.
        ProgressM9 => since(3, optional(def("progress.month.9", "prog-m9", Number(&COUNT), Month(9), ""))),
        /// Achieved in month 11 (realisasi); empty is not entered yet.
        ProgressM10 => since(3, optional(def("progress.month.10", "prog-m10", Number(&COUNT), Month(10), ""))),
        /// Achieved in month 12 (realisasi); empty is not entered yet.
        ProgressM11 => since(3, optional(def("progress.month.11", "prog-m11", Number(&COUNT), Month(11), ""))),
        /// Declared monthly income of a BPU worker.
        BpuIncome => def("iuran.bpu_income", "iuran-income", Number(&RUPIAH), Plain(T::DeclaredIncome), "1.000.000"),
        /// Average monthly wage of a PU worker.
        PuWage => def("iuran.pu_wage", "iuran-wage", Number(&RUPIAH), Plain(T::AverageWage), ""),
        /// Where the rates come from.
        RatesSource => def("iuran.rates.label", "rate-label", Text, Plain(T::RatesSource), ""),
        /// The first day the rates apply.
        RatesValidFrom => def("iuran.rates.valid_from", "rate-valid-from", Date, Plain(T::ValidFrom), "2025-01-01"),
        /// PU JKK, risk class 1.
        Jkk1 => def("iuran.rates.jkk.0", "rate-jkk1", Number(&RATE), JkkClass(1), "0,24"),
        /// PU JKK, risk class 2.
        Jkk2 => def("iuran.rates.jkk.1", "rate-jkk2", Number(&RATE), JkkClass(2), "0,54"),
        /// PU JKK, risk class 3.
        Jkk3 => def("iuran.rates.jkk.2", "rate-jkk3", Number(&RATE), JkkClass(3), "0,89"),
        /// PU JKK, risk class 4.
        Jkk4 => def("iuran.rates.jkk.3", "rate-jkk4", Number(&RATE), JkkClass(4), "1,27"),
        /// PU JKK, risk class 5.
        Jkk5 => def("iuran.rates.jkk.4", "rate-jkk5", Number(&RATE), JkkClass(5), "1,74"),
        /// PU JKM.
        Jkm => def("iuran.rates.jkm", "rate-jkm", Number(&RATE), Same("JKM (%)"), "0,30"),
        /// PU JHT, employer's part.
        JhtEmployer => def("iuran.rates.jht_employer", "rate-jhtemployer", Number(&RATE), Percent(T::JhtEmployer), "3,7"),
        /// PU JHT, worker's part.
        JhtWorker => def("iuran.rates.jht_worker", "rate-jhtworker", Number(&RATE), Percent(T::JhtWorker), "2"),
        /// PU JP, employer's part.
        JpEmployer => def("iuran.rates.jp_employer", "rate-jpemployer", Number(&RATE), Percent(T::JpEmployer), "2"),
        /// PU JP, worker's part.
        JpWorker => def("iuran.rates.jp_worker", "rate-jpworker", Number(&RATE), Percent(T::JpWorker), "1"),
        /// The wage JP is charged on at most.
        JpCap => def("iuran.rates.jp_cap", "rate-jpcap", Number(&RUPIAH), Plain(T::JpCap), "10.547.400"),
        /// BPU JKK, share of declared income.
        BpuJkk => def("iuran.rates.bpu_jkk", "rate-bpujkk", Number(&RATE), Same("JKK (%)"), "1"),
        /// BPU JKM, a flat amount.
        BpuJkm => def("iuran.rates.bpu_jkm", "rate-bpujkm", Number(&RUPIAH), Plain(T::BpuJkmFlat), "6.800"),
        /// BPU JHT, share of declared income.
        BpuJht => def("iuran.rates.bpu_jht", "rate-bpujht", Number(&RATE), Same("JHT (%)"), "2"),
        /// The part of the employer's JKK that funds JKP (own rate set).
        Jkp => since(3, def("iuran.rates.jkp", "rate-jkp", Number(&RATE), Same("JKP (%)"), "0")),
        /// The date the contributions are for; empty is today.
        IuranDate => since(3, def("iuran.date", "iuran-date", Date, Plain(T::IuranDate), "")),
        /// Use the user's own rate set instead of the preset in force.
        RatesOwn => since(3, def("iuran.rates.own", "rate-own", Switch, Plain(T::RatesOwn), "")),
        /// The PP 50/2025 relief for BPU transport workers is claimed.
        ReliefTransport => since(3, def("iuran.relief.transport", "relief-transport", Switch, Plain(T::ReliefTransport), "")),
        /// The PP 7/2025 (PP 36/2025) relief for labour-intensive employers is claimed.
        ReliefLabour => since(3, def("iuran.relief.labour", "relief-labour", Switch, Plain(T::ReliefLabour), "")),
        /// A Perisai agent's fee, share of the contributions collected.
        AgentFee => since(3, def("iuran.agent.fee", "agent-fee", Number(&RATE), Percent(T::AgentFee), "7,5")),
        /// A Perisai agent's monthly bonus.
        AgentBonus => since(3, def("iuran.agent.bonus", "agent-bonus", Number(&RUPIAH), Plain(T::AgentBonus), "500.000")),
        /// New participants a month from which the bonus is paid.
        AgentBonusFrom => since(3, def("iuran.agent.bonus_from", "agent-bonus-from", Number(&COUNT), Plain(T::AgentBonusFrom), "50")),
        /// New participants a month typed by the user (or a range); empty:
        /// the plan's quota per agent.
        AgentParticipants => since(3, optional(ranged(def("iuran.agent.participants", "agent-participants", Number(&COUNT), Plain(T::AgentParticipants), "")))),
        /// The 2022 terms (PERDIR 13/2022, editable): the acquisition
        /// incentive per new participant on JKK + JKM + JHT.
        AgentAcqJht => since(5, def("agent.acq_jht", "agent-acq-jht", Number(&RUPIAH), Plain(T::AgentAcqJht), "15.000")),
        /// The 2022 terms: per new participant on JKK + JKM.
        AgentAcqJkkJkm => since(5, def("agent.acq_jkk_jkm", "agent-acq-jkkjkm", Number(&RUPIAH), Plain(T::AgentAcqJkkJkm), "10.000")),
        /// The 2022 terms: new participants a month from which it is paid.
        AgentAcqFrom => since(5, def("agent.acq_from", "agent-acq-from", Number(&COUNT), Plain(T::AgentAcqFrom), "25")),
        /// The 2022 terms: share of the contributions in months 1–24.
        AgentShareEarly => since(5, def("agent.share_early", "agent-share-early", Number(&RATE), Percent(T::AgentShareEarly), "15")),
        /// The 2022 terms: share of the contributions in months 25–60.
        AgentShareLate => since(5, def("agent.share_late", "agent-share-late", Number(&RATE), Percent(T::AgentShareLate), "5")),
        /// The 2022 terms: the Perisai office's share on top.
        AgentOfficeShare => since(5, def("agent.office_share", "agent-office", Number(&RATE), Percent(T::AgentOfficeShare), "10")),
        /// Of each cohort, the share still paying after its first month (an
        /// assumption; the default is East Java's, December 2023).
        ActiveShare => since(5, ranged(def("agent.active_share", "active-share", Number(&RATE), Percent(T::ActiveShareLabel), "75,47"))),
        /// The months of an agent's income shown.
        IncomeMonths => since(5, def("agent.months", "income-months", Number(&INCOME_MONTHS), Plain(T::IncomeMonths), "24")),
        /// An income an agent wants a month (empty: no goal).
        IncomeGoal => since(5, optional(def("agent.goal", "income-goal", Number(&RUPIAH), Plain(T::IncomeGoalLabel), ""))),
        /// The month by which the agent wants it.
        IncomeGoalMonth => since(5, def("agent.goal_month", "income-goal-month", Number(&INCOME_MONTHS), Plain(T::IncomeGoalMonth), "12")),
        /// The probability of stage 1, *Prospek* (a labelled assumption).
        Stage1 => since(4, grouped(StageOdds, def("stage.odds.1", "stage-1", Number(&RATE), Plain(T::StageProspect), "10"))),
        /// The probability of stage 2, *Sepakat / MoU*.
        Stage2 => since(4, grouped(StageOdds, def("stage.odds.2", "stage-2", Number(&RATE), Plain(T::StageAgreed), "30"))),
        /// The probability of stage 3, *Data diterima*.
        Stage3 => since(4, grouped(StageOdds, def("stage.odds.3", "stage-3", Number(&RATE), Plain(T::StageData), "60"))),
        /// The probability of stage 4, *Pendaftaran berjalan*.
        Stage4 => since(4, grouped(StageOdds, def("stage.odds.4", "stage-4", Number(&RATE), Plain(T::StageEnrolling), "90"))),
        /// The probability of stage 5, *Selesai*.
        Stage5 => since(4, grouped(StageOdds, def("stage.odds.5", "stage-5", Number(&RATE), Plain(T::StageDone), "100"))),
    }
}

field_table! {
    /// A field of a partner (mitra) row.
    PartnerField, PARTNER_FIELDS, PartnerTexts {
        /// The partner's name.
        Name => def("name", "name", Text, Plain(T::PartnerName), ""),
        /// UMKM binaan count.
        Umkm => def("umkm", "umkm", Number(&COUNT), Plain(T::UmkmCount), ""),
        /// Workers per UMKM: five is the official's illustration (docs/DOMAIN.md).
        Workers => ranged(def("workers", "workers", Number(&WORKERS_PER_UMKM), Plain(T::WorkersPerUmkm), "5")),
        /// Enrolment rate, percent; no default: it decides every figure, so
        /// a new partner waits for it (the view suggests `10–30`).
        Enrolment => ranged(def("enrolment", "enrol", Number(&RATE), Plain(T::Enrolment), "")),
        /// Share of the enrolled workers that are PU, percent; empty is not
        /// given (the PU and BPU parts wait, the total does not).
        PuShare => optional(ranged(def("pu_share", "pu", Number(&RATE), Plain(T::PuShare), ""))),
        /// The partner's stage; empty is none (counted in full). Last, so a
        /// link's partner of an older schema is padded with it.
        Stage => since(4, def("stage", "stage", Stage, Plain(T::Stage), "")),
    }
}

field_table! {
    /// A field of a target line: any two of base, growth and target give the third.
    LineField, LINE_FIELDS, LineTexts {
        /// Last period's figure.
        Base => optional(def("base", "base", Number(&COUNT), Plain(T::Base), "")),
        /// Growth, percent.
        Growth => optional(def("growth", "growth", Number(&GROWTH), Plain(T::GrowthPct), "")),
        /// This period's target.
        Target => optional(def("target", "target", Number(&COUNT), Plain(T::Target), "")),
    }
}

impl Texts {
    /// Whether a switch field ([`Holds::Switch`]) is on.
    pub fn on(&self, f: Field) -> bool {
        self[f] == "1"
    }
}

impl Field {
    /// The fields of `group`, in table order.
    pub fn in_group(group: Group) -> impl Iterator<Item = Field> {
        Field::ALL
            .iter()
            .copied()
            .filter(move |f| f.def().group == group)
    }

    /// The JKK rate field of risk class `class` (1–5).
    pub fn jkk(class: u8) -> Option<Field> {
        [
            Field::Jkk1,
            Field::Jkk2,
            Field::Jkk3,
            Field::Jkk4,
            Field::Jkk5,
        ]
        .get(usize::from(class).checked_sub(1)?)
        .copied()
    }

    /// The monthly realisasi fields, January first.
    pub const MONTHS: [Field; 12] = [
        Field::ProgressM0,
        Field::ProgressM1,
        Field::ProgressM2,
        Field::ProgressM3,
        Field::ProgressM4,
        Field::ProgressM5,
        Field::ProgressM6,
        Field::ProgressM7,
        Field::ProgressM8,
        Field::ProgressM9,
        Field::ProgressM10,
        Field::ProgressM11,
    ];

    /// The probability of each partner stage, stage 1 first.
    pub const STAGE_ODDS: [Field; 5] = [
        Field::Stage1,
        Field::Stage2,
        Field::Stage3,
        Field::Stage4,
        Field::Stage5,
    ];

    /// The fields of the rates table, in the order it shows them (and the
    /// order of a preset's texts, `crate::rates`).
    pub const RATES: [Field; 17] = [
        Field::RatesSource,
        Field::RatesValidFrom,
        Field::Jkk1,
        Field::Jkk2,
        Field::Jkk3,
        Field::Jkk4,
        Field::Jkk5,
        Field::Jkp,
        Field::Jkm,
        Field::JhtEmployer,
        Field::JhtWorker,
        Field::JpEmployer,
        Field::JpWorker,
        Field::JpCap,
        Field::BpuJkk,
        Field::BpuJkm,
        Field::BpuJht,
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_ids_are_unique_and_defaults_read() {
        for table in [FIELDS, PARTNER_FIELDS, LINE_FIELDS] {
            for (k, a) in table.iter().enumerate() {
                for b in table.iter().skip(k + 1) {
                    assert_ne!(a.key, b.key);
                    assert_ne!(a.id, b.id);
                }
                if let (Some(spec), false) = (a.holds.spec(), a.default.is_empty()) {
                    assert!(
                        parse::parse(a.default, spec, parse::Locale::Id).is_ok(),
                        "{}",
                        a.key
                    );
                }
            }
        }
        assert_eq!(Field::ALL.len(), FIELDS.len());
        assert_eq!(Field::Capacity.def().key, "split.capacity");
        assert_eq!(PartnerField::Enrolment.def().id, "enrol");
        assert_eq!(Field::jkk(3), Some(Field::Jkk3));
        assert_eq!(Field::jkk(0), None);
        assert_eq!(Field::jkk(6), None);
    }

    #[test]
    fn labels_in_both_languages() {
        assert_eq!(Field::Jkk2.def().label.text(Lang::En), "JKK class 2 (%)");
        assert_eq!(Field::Jkm.def().label.text(Lang::Id), "JKM (%)");
    }
}
