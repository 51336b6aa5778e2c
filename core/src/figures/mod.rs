//! The figures a section shows, computed once from the work and used by the
//! page, the summary text, CSV, print and the embedding messages alike.

use crate::calc::agents::{load, Load};
use crate::calc::goal::{goal_seek, GoalSeek};
use crate::calc::growth::{Plan, Segment};
use crate::calc::iuran::{self, BpuIuran, PuIuran, Rates, Relief};
use crate::calc::months::{self, Months, MonthsError, OfficeStanding};
use crate::calc::pipeline;
use crate::calc::progress::{self, Date, Progress};
use crate::calc::projection::{self, Projection};
use crate::calc::split::{self, Split};
use crate::calc::CalcError;
use crate::rates::{preset_in_force, PRESETS};
use crate::read::{
    read_date, read_field, read_opt, read_plan, read_rates, read_weights, read_work_partners,
};
use crate::state::{AppState, Field};

mod agents;
mod income;
mod sponsor;
pub use agents::{agent_figures, AgentFigures, AgentsWait};
pub use income::{income_figures, terms_of, IncomeFigures, TermsShown, TERMS_FIELDS};
pub use sponsor::{sponsor_figures, SponsorFigures};

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
    SplitFigures {
        total,
        offices,
        months,
        agents_per_office: read(Field::AgentsPerOffice).map(|v| v as u64),
        working_days: read(Field::WorkingDays).map(|v| v as u32),
    }
}

/// What *Capaian* shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgressFigures {
    /// The plan's target of the line chosen in *Pembagian* (the line its
    /// offices and months split), which an empty target field stands for.
    pub plan_target: Option<f64>,
    /// The date the figures are as of: the typed one, or `today` when the
    /// field is empty; `None` when a typed date cannot be read.
    pub date: Option<Date>,
    /// Progress through the year, once target, achieved and date read.
    pub progress: Option<Result<Progress, CalcError>>,
    /// The months entered, read; `Err` lists the months that cannot be read
    /// (0 = January). All `None` when no month is entered.
    pub entered: Result<[Option<f64>; 12], Vec<usize>>,
    /// The year month by month, once a month is entered and the target
    /// reads; it supersedes `progress`.
    pub months: Option<Result<Months, MonthsError>>,
    /// Whether any office has a month typed: then the section's months are
    /// the sum of the offices' (a month counts once every office has it)
    /// and the section's own month fields are not used.
    pub by_office: bool,
    /// Each office's standing over the months up to the last one any office
    /// entered, once the target reads and every office month reads.
    pub offices: Option<Result<Vec<OfficeStanding>, CalcError>>,
    /// The need per agent per remaining month against the capacity per
    /// agent per month (the same capacity as *Pembagian*'s agents).
    pub agent_load: Option<Load>,
}

impl ProgressFigures {
    /// Whether any month is typed: then the monthly figures replace the
    /// single achieved figure and its date.
    pub fn by_month(&self) -> bool {
        match &self.entered {
            Ok(m) => m.iter().any(Option::is_some),
            Err(_) => true,
        }
    }
}

/// Progress against the typed target, or the plan's target of the line
/// chosen in *Pembagian*: the offices and month weights Capaian uses are
/// that split's. `today` is the device's date, for an empty date field.
pub fn progress_figures(state: &AppState, today: Option<Date>) -> ProgressFigures {
    let lang = state.lang;
    let texts = &state.texts;
    let plan_target = read_plan(&state.lines, lang).target(state.split_line).ok();
    let target = if texts[Field::ProgressTarget].trim().is_empty() {
        plan_target
    } else {
        read_field(texts, Field::ProgressTarget, lang).ok()
    };
    let achieved = read_field(texts, Field::ProgressAchieved, lang).ok();
    let date_text = &texts[Field::ProgressDate];
    let date = if date_text.trim().is_empty() {
        today
    } else {
        read_date(date_text)
    };
    // A month-weighted plan only when the split's month weights differ.
    let weights = read_weights(state.month_weights.iter(), lang)
        .ok()
        .filter(|w| w.windows(2).any(|p| p.first() != p.last()));
    let progress = match (target, achieved, date) {
        (Some(t), Some(a), Some(d)) => Some(progress::progress(t, a, d, weights.as_deref())),
        _ => None,
    };
    let mut entered = [None; 12];
    let mut unread = Vec::new();
    let count = &crate::numbers::parse::COUNT;
    let by_office = state
        .offices
        .iter()
        .any(|o| o.months.iter().any(|m| !m.trim().is_empty()));
    let mut per_office = Vec::with_capacity(state.offices.len());
    if by_office {
        for o in &state.offices {
            let mut row = [None; 12];
            for (i, (text, e)) in o.months.iter().zip(row.iter_mut()).enumerate() {
                match read_opt(text, count, lang) {
                    Ok(v) => *e = v,
                    Err(_) if !unread.contains(&i) => unread.push(i),
                    Err(_) => {}
                }
            }
            per_office.push(row);
        }
        unread.sort_unstable();
        entered = months::sum_of_offices(&per_office);
    } else {
        for (i, (f, e)) in Field::MONTHS.iter().zip(entered.iter_mut()).enumerate() {
            match read_opt(&texts[*f], count, lang) {
                Ok(v) => *e = v,
                Err(_) => unread.push(i),
            }
        }
    }
    // The months the offices are measured over: up to the last one any
    // office entered; the plan's fraction by then (linear, or weighted).
    let counted = per_office
        .iter()
        .filter_map(|r| r.iter().rposition(Option::is_some))
        .max()
        .map_or(0, |i| i.saturating_add(1));
    let offices = match (by_office && unread.is_empty() && counted > 0, target) {
        (true, Some(t)) => Some(
            read_weights(state.offices.iter().map(|o| &o.weight), lang)
                .map_err(|_| CalcError::OutOfRange)
                .and_then(|w| {
                    let fraction = match &weights {
                        Some(mw) => mw.iter().take(counted).sum::<f64>() / mw.iter().sum::<f64>(),
                        None => counted as f64 / 12.0,
                    };
                    months::office_standings(t as u64, &w, &per_office, counted, fraction)
                }),
        ),
        _ => None,
    };
    let any = entered.iter().any(Option::is_some);
    let year = date.or(today).map(|d| d.year);
    // Every agent of every office shares what remains.
    let agents = read_field(texts, Field::AgentsPerOffice, lang)
        .ok()
        .map(|a| (a as u64).saturating_mul(state.offices.len() as u64));
    let months = match (any && unread.is_empty(), target) {
        (true, Some(t)) => Some(months::months(
            t,
            &entered,
            weights.as_deref(),
            year,
            agents,
        )),
        _ => None,
    };
    ProgressFigures {
        plan_target,
        date,
        progress,
        entered: if unread.is_empty() {
            Ok(entered)
        } else {
            Err(unread)
        },
        agent_load: months
            .as_ref()
            .and_then(|m| match m.as_ref().ok()?.per_agent {
                Some(progress::Rate::Each(n)) => Some(n),
                _ => None,
            })
            .zip(read_field(texts, Field::Capacity, lang).ok())
            .and_then(|(n, c)| load(n as f64, c).ok()),
        months,
        by_office,
        offices,
    }
}

/// Which rate set the figures use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RatesUsed {
    /// The preset in force on the date (an index into `rates::PRESETS`).
    Preset(usize),
    /// The user's own set (the rates table).
    Own,
}

/// What *Iuran* shows.
#[derive(Clone, Debug, PartialEq)]
pub struct IuranFigures {
    /// Expected PU participants of the pipeline, whole people.
    pub pu_workers: Option<u64>,
    /// Expected BPU participants of the pipeline, whole people.
    pub bpu_workers: Option<u64>,
    /// The high end of the PU participants, when a range makes it differ.
    pub pu_workers_high: Option<u64>,
    /// The high end of the BPU participants, when a range makes it differ.
    pub bpu_workers_high: Option<u64>,
    /// The date the contributions are for: the typed one, or `today` when
    /// the field is empty; `None` when a typed date cannot be read.
    pub date: Option<Date>,
    /// The set the figures use, once the date reads.
    pub used: Option<RatesUsed>,
    /// That set read; `Err(Field::IuranDate)` when no preset is in force on
    /// the date (or the date cannot be read), else the first field of the
    /// own set that cannot be read.
    pub rates: Result<Rates, Field>,
    /// The relief applied to BPU and to PU, each only when switched on and
    /// in force on the date.
    pub reliefs: (Option<Relief>, Option<Relief>),
    /// BPU contributions, once income, rates and workers read.
    pub bpu: Option<Result<BpuIuran, CalcError>>,
    /// PU contributions, once wage, rates and workers read.
    pub pu: Option<Result<PuIuran, CalcError>>,
    /// BPU contributions at the high end of a range of participants.
    pub bpu_high: Option<Result<BpuIuran, CalcError>>,
    /// PU contributions at the high end of a range of participants.
    pub pu_high: Option<Result<PuIuran, CalcError>>,
    /// New participants an agent must bring a month: the plan's quota per
    /// agent per month ([`agent_figures`]).
    pub agent_quota: Option<u64>,
    /// Of the participants, the share that keeps paying (both ends of a
    /// range): the money figures are the active participants' (issue 27);
    /// `Err` when it cannot be read, and they wait.
    pub active_share: Result<(f64, f64), Field>,
}

impl IuranFigures {
    /// A month of `registered` contributions (every registered participant
    /// paying) as the active participants pay it, at the low or the high
    /// end of the active share.
    pub fn active_month(&self, registered: u64, high: bool) -> Option<u64> {
        let (low_share, high_share) = self.active_share.ok()?;
        let share = if high { high_share } else { low_share };
        let r = iuran::with_active_share(Vec::new(), registered, share).ok()?;
        Some(r.0)
    }
}

/// Both ends of a field that accepts a range; `Err(field)` when it cannot be
/// read.
pub(crate) fn field_ends(state: &AppState, field: Field) -> Result<(f64, f64), Field> {
    let spec = field.def().holds.spec().ok_or(field)?;
    let r = crate::numbers::parse::parse_range(&state.texts[field], spec, state.lang.locale())
        .map_err(|_| field)?;
    Ok((r.low.value, r.high.value))
}

/// The relief `r` when its switch is on and `date` is inside its period.
fn relief(texts: &crate::state::Texts, field: Field, r: Relief, date: Date) -> Option<Relief> {
    (texts.on(field) && r.in_force(date)).then_some(r)
}

/// The date the contributions are for (typed, or `today`), which rate set
/// applies on it (the preset in force, or the user's own), and its rates.
pub fn rates_on(
    texts: &crate::state::Texts,
    lang: crate::i18n::Lang,
    today: Option<Date>,
) -> (Option<Date>, Option<RatesUsed>, Result<Rates, Field>) {
    let date_text = &texts[Field::IuranDate];
    let date = if date_text.trim().is_empty() {
        today
    } else {
        read_date(date_text)
    };
    let used = if texts.on(Field::RatesOwn) {
        date.map(|_| RatesUsed::Own)
    } else {
        date.and_then(preset_in_force).map(RatesUsed::Preset)
    };
    let rates = match used {
        Some(RatesUsed::Own) => read_rates(texts, lang),
        Some(RatesUsed::Preset(i)) => PRESETS
            .get(i)
            .ok_or(Field::IuranDate)
            .and_then(|p| p.rates()),
        None => Err(Field::IuranDate),
    };
    (date, used, rates)
}

/// The contributions the pipeline's expected participants would bring, on
/// the typed date or `today` (the device's date, passed in).
pub fn iuran_figures(state: &AppState, today: Option<Date>) -> IuranFigures {
    let lang = state.lang;
    let texts = &state.texts;
    // PU and BPU wait until every partner gives its PU share.
    let total = pipeline::total(&read_work_partners(state).valid)
        .ok()
        .filter(|t| t.pu_known);
    let whole = |v: Option<f64>| v.and_then(|v| pipeline::whole_people(v).ok());
    let pu_workers = whole(total.as_ref().map(|t| t.expected_pu.low));
    let bpu_workers = whole(total.as_ref().map(|t| t.expected_bpu.low));
    // A range's high end, when it differs from the low.
    let high = |v: Option<f64>, low: Option<u64>| whole(v).filter(|h| Some(*h) != low);
    let pu_workers_high = high(total.as_ref().map(|t| t.expected_pu.high), pu_workers);
    let bpu_workers_high = high(total.as_ref().map(|t| t.expected_bpu.high), bpu_workers);
    let (date, used, rates) = rates_on(texts, lang, today);
    let reliefs = match date {
        Some(d) => (
            relief(texts, Field::ReliefTransport, Relief::Transport, d),
            relief(texts, Field::ReliefLabour, Relief::LabourIntensive, d),
        ),
        None => (None, None),
    };
    let read = |f: Field| read_field(texts, f, lang).ok();
    let income = read(Field::BpuIncome);
    let wage = read(Field::PuWage);
    let bpu_at = |workers: Option<u64>| match (&rates, income, workers) {
        (Ok(r), Some(inc), Some(w)) => Some(iuran::bpu(r, inc, state.bpu_jht, w, reliefs.0)),
        _ => None,
    };
    let pu_at = |workers: Option<u64>| match (&rates, wage, workers) {
        (Ok(r), Some(wg), Some(w)) => Some(iuran::pu(r, wg, state.risk_class, w, reliefs.1)),
        _ => None,
    };
    let (bpu, pu) = (bpu_at(bpu_workers), pu_at(pu_workers));
    let (bpu_high, pu_high) = (bpu_at(bpu_workers_high), pu_at(pu_workers_high));
    // The plan's quota per agent per month (one model: `agent_figures`).
    let agent_quota = agent_figures(state).plan.ok().map(|p| p.quota_month);
    IuranFigures {
        pu_workers,
        bpu_workers,
        pu_workers_high,
        bpu_workers_high,
        bpu_high,
        pu_high,
        date,
        used,
        rates,
        reliefs,
        bpu,
        pu,
        agent_quota,
        active_share: field_ends(state, Field::ActiveShare),
    }
}

/// What closes the gap for the line the partners are compared with, from the
/// work's pipeline, at the capacity and months of *Pembagian*; `None` until
/// the pipeline and the line's target read.
pub fn goal_figures(state: &AppState) -> Option<Result<GoalSeek, CalcError>> {
    let total = pipeline::total(&read_work_partners(state).valid).ok()?;
    let target = read_plan(&state.lines, state.lang)
        .target(state.compare_line)
        .ok()?;
    goal_of(&total, target, &state.texts, state.lang)
}

/// [`goal_figures`] for a pipeline already summed and its line's target
/// (the partner section has both).
pub fn goal_of(
    total: &pipeline::PipelineTotal,
    target: f64,
    texts: &crate::state::Texts,
    lang: crate::i18n::Lang,
) -> Option<Result<GoalSeek, CalcError>> {
    let read = |f: Field| read_field(texts, f, lang).ok();
    // An unreadable capacity or period leaves only the agents waiting (its
    // field says why); the other answers do not need them.
    let capacity = read(Field::Capacity).unwrap_or(f64::NAN);
    let months = read(Field::AgentMonths).map_or(0, |m| m as u32);
    Some(goal_seek(total, target, capacity, months))
}

/// What *Target & pertumbuhan* shows.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetsFigures {
    /// Every line worked out, and "Lainnya".
    pub plan: Plan,
    /// Each line that works out, compounded over the typed years.
    pub projections: Vec<Projection>,
}

/// The plan and its projection.
pub fn targets_figures(state: &AppState) -> TargetsFigures {
    let lang = state.lang;
    let plan = read_plan(&state.lines, lang);
    let years = read_field(&state.texts, Field::ProjectionYears, lang).ok();
    let projections = Segment::ALL
        .iter()
        .filter_map(|seg| {
            let l = plan.lines[*seg].as_ref().ok()?;
            projection::project(*seg, l.base, l.growth, years? as u32).ok()
        })
        .collect();
    TargetsFigures { plan, projections }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{Action, LineField, PartnerField};

    /// Sampoerna (108.000 UMKM, 5 workers, 100 %, PU share 40 %) and the
    /// article's targets.
    fn article() -> AppState {
        let s = AppState::default().apply(Action::FillArticleTargets);
        let id = s.partners[0].id;
        let edit = |s: AppState, field, text: &str| {
            s.apply(Action::EditPartner {
                id,
                field,
                text: text.into(),
            })
        };
        let s = edit(s, PartnerField::Umkm, "108.000");
        let s = edit(s, PartnerField::Enrolment, "100");
        edit(s, PartnerField::PuShare, "40")
    }

    #[test]
    fn the_article_target_split_over_36_offices_and_agents() {
        let f = split_figures(&article());
        assert_eq!(f.total, Ok(2_336_252));
        let offices = f.offices.expect("splits");
        // 2.336.252 = 36 × 64.895 + 32: the first 32 offices get one more.
        let parts: Vec<u64> = offices.parts.iter().map(|p| p.part).collect();
        assert_eq!(parts.len(), 36);
        assert_eq!(parts.iter().filter(|p| **p == 64_896).count(), 32);
        assert_eq!(parts.iter().filter(|p| **p == 64_895).count(), 4);
        assert_eq!(parts.iter().sum::<u64>(), 2_336_252);
        // 2.336.252 ÷ (50 × 12) = 3.893,75 agents: 3.894 (rounded up).
        let needed = |s: &AppState| agent_figures(s).plan.map(|p| p.needed.agents);
        assert_eq!(needed(&article()), Ok(3_894));
        assert_eq!((f.agents_per_office, f.working_days), (Some(10), Some(22)));
        // Over six months: 2.336.252 ÷ (50 × 6) = 7.787,51 agents: 7.788.
        let six = article().apply(Action::EditField {
            field: Field::AgentMonths,
            text: "6".into(),
        });
        assert_eq!(needed(&six), Ok(7_788));
        // Months that cannot be read leave the figure waiting.
        let bad = six.apply(Action::EditField {
            field: Field::AgentMonths,
            text: "13".into(),
        });
        assert!(needed(&bad).is_err());
    }

    #[test]
    fn contributions_of_the_pipeline() {
        let f = iuran_figures(&article(), Date::new(2025, 6, 1).ok());
        // 540.000 expected: 40 % PU = 216.000, the rest BPU = 324.000.
        assert_eq!(
            (f.pu_workers, f.bpu_workers),
            (Some(216_000), Some(324_000))
        );
        // BPU at Rp1.000.000: JKK 1 % = Rp10.000 plus JKM Rp6.800.
        let bpu = f.bpu.expect("reads").expect("computes");
        assert_eq!(bpu.per_worker, 16_800);
        assert_eq!(bpu.monthly, 16_800 * 324_000);
        // No PU wage typed yet: PU waits.
        assert!(f.pu.is_none());
    }

    #[test]
    fn progress_uses_the_plan_total_when_no_target_is_typed() {
        let s = article().apply(Action::EditField {
            field: Field::ProgressAchieved,
            text: "1.050.000".into(),
        });
        let today = Date::new(2019, 6, 30).ok();
        let f = progress_figures(&s, today);
        assert_eq!(f.plan_target, Some(2_336_252.0));
        assert_eq!(f.date, today);
        let p = f.progress.expect("reads").expect("computes");
        assert_eq!(p.target, 2_336_252.0);
        assert_eq!(p.remaining, 2_336_252.0 - 1_050_000.0);
        // A typed date that cannot be read leaves the figures waiting.
        let bad = s.apply(Action::EditField {
            field: Field::ProgressDate,
            text: "2019-02-30".into(),
        });
        let f = progress_figures(&bad, today);
        assert_eq!((f.date, f.progress), (None, None));
    }

    #[test]
    fn progress_follows_the_line_chosen_in_pembagian() {
        let s = article()
            .apply(Action::EditField {
                field: Field::ProgressAchieved,
                text: "100.000".into(),
            })
            .apply(Action::ChooseSplitLine(Segment::Bpu));
        let f = progress_figures(&s, Date::new(2019, 6, 30).ok());
        // The article's BPU target, 411.156: 100.000 achieved is 24,32 %.
        assert_eq!(f.plan_target, Some(411_156.0));
        let p = f.progress.expect("reads").expect("computes");
        assert_eq!(p.target, 411_156.0);
        assert_eq!(p.remaining, 311_156.0);
    }

    #[test]
    fn projection_of_each_line_that_works_out() {
        let s = article().apply(Action::EditLine {
            line: Segment::Pu,
            field: LineField::Base,
            text: "".into(),
        });
        let f = targets_figures(&s);
        // Total and BPU have base and growth; business entities have growth
        // and target (the base is worked out); PU has only a target.
        let lines: Vec<Segment> = f.projections.iter().map(|p| p.segment).collect();
        assert_eq!(
            lines,
            [Segment::Total, Segment::Bpu, Segment::BusinessEntities]
        );
        assert_eq!(f.plan.target(Segment::Pu), Ok(796_634.0));
    }
}
