//! Results in words: units, quantities, figures, notes and the working of
//! "show the math" (from `calc::Explanation` data), and the names of
//! segments, sections and months, in the current language. Pure: numbers are
//! written by the [`Fmt`] the caller passes (the app's falls back to
//! `Intl.NumberFormat`; tests pass one built on [`fixed`](crate::numbers::format::fixed)).

use crate::calc::growth::Segment;
use crate::calc::iuran::Rates;
use crate::calc::progress::Date;
use crate::calc::{Bracket, Explanation, Figure, Func, Note, Op, Quantity, Token, Unit};
use crate::figures::{IuranFigures, RatesUsed};
use crate::i18n::{month_name, Lang, T};
use crate::numbers::format::{Fmt, Style};
use crate::state::Section;

mod money;
pub use money::{sponsor_lines, terms_text};

/// The display style of a unit.
pub fn style_of(unit: Unit) -> Style {
    match unit {
        Unit::Decimal | Unit::TimesCapacity => Style::Decimal,
        Unit::Fraction => Style::Percent,
        Unit::PercentPoints => Style::SignedDecimal,
        Unit::Rupiah => Style::Rupiah,
        Unit::People
        | Unit::Companies
        | Unit::Count
        | Unit::Years
        | Unit::Days
        | Unit::WorkingDays
        | Unit::Weeks
        | Unit::Months
        | Unit::Agents
        | Unit::Offices => Style::Whole,
    }
}

/// A quantity as the user reads it: `540.000`, `23,11%`, `+0,47 poin
/// persentase`, `22 hari kerja`; `fmt` writes the number.
pub fn quantity(lang: Lang, fmt: Fmt, q: Quantity) -> String {
    let style = style_of(q.unit);
    let value = match q.unit {
        Unit::PercentPoints => q.value * 100.0,
        // One decimal is enough to compare with what an agent can do.
        Unit::TimesCapacity => (q.value * 10.0).round() / 10.0,
        _ => q.value,
    };
    let n = fmt(style, value);
    let word = match q.unit {
        Unit::PercentPoints => Some(T::UnitPoints),
        Unit::Years => Some(T::UnitYears),
        Unit::Days => Some(T::UnitDays),
        Unit::WorkingDays => Some(T::UnitWorkingDays),
        Unit::Weeks => Some(T::UnitWeeks),
        Unit::Months => Some(T::UnitMonths),
        Unit::TimesCapacity => return format!("{n} × {}", T::UnitCapacity.get(lang)),
        _ => None,
    };
    match word {
        // "1 working day", "2 working days": singular only for a written 1
        // (these units are whole and never signed).
        Some(w) => {
            let one = n == "1";
            format!("{n} {}", w.count(lang, one))
        }
        None => n,
    }
}

/// A segment's name.
pub fn segment_name(lang: Lang, s: Segment) -> &'static str {
    match s {
        Segment::Total => T::SegTotal.get(lang),
        Segment::Pu => T::SegPu.get(lang),
        Segment::Bpu => T::SegBpu.get(lang),
        Segment::Jakon => T::SegJakon.get(lang),
        Segment::Pmi => T::SegPmi.get(lang),
        Segment::BusinessEntities => T::SegEntities.get(lang),
    }
}

/// What a figure is, in words.
pub fn figure_name(lang: Lang, f: Figure) -> String {
    let seg = |t: T, s: Segment| format!("{} — {}", t.get(lang), segment_name(lang, s));
    let nth = |t: T, i: usize| format!("{} #{}", t.get(lang), i.saturating_add(1));
    match f {
        Figure::PotentialWorkers => T::PotentialWorkers.get(lang).to_owned(),
        Figure::ExpectedParticipants => T::ExpectedParticipants.get(lang).to_owned(),
        Figure::ExpectedPu => T::ExpectedPu.get(lang).to_owned(),
        Figure::ExpectedBpu => T::ExpectedBpu.get(lang).to_owned(),
        Figure::ShareOfTarget => T::ShareOfTarget.get(lang).to_owned(),
        Figure::WeightedExpected => T::WeightedExpected.get(lang).to_owned(),
        Figure::WeightedShare => T::WeightedShare.get(lang).to_owned(),
        Figure::Gap => T::GapToTarget.get(lang).to_owned(),
        Figure::MoreUmkm => T::GoalMoreUmkm.get(lang).to_owned(),
        Figure::EnrolmentNeeded => T::GoalEnrolment.get(lang).to_owned(),
        Figure::MorePartners => T::GoalMorePartners.get(lang).to_owned(),
        Figure::AgentsForGap => T::GoalAgents.get(lang).to_owned(),
        Figure::GrowthTarget(s) => seg(T::Target, s),
        Figure::Growth(s) => seg(T::Growth, s),
        Figure::ImpliedGrowth(s) => seg(T::ImpliedGrowth, s),
        Figure::Base(s) => seg(T::Base, s),
        Figure::TargetAtStatedGrowth(s) => seg(T::TargetAtStatedGrowth, s),
        Figure::BaseAtStatedGrowth(s) => seg(T::BaseAtStatedGrowth, s),
        Figure::Other => T::SegOther.get(lang).to_owned(),
        Figure::ProjectionYear(n) => format!("{} {n}", T::ProjectionYear.get(lang)),
        Figure::ExactShare(i) => nth(T::ExactShare, i),
        Figure::Part(i) => nth(T::Part, i),
        Figure::Quota(i) => nth(T::Quota, i),
        Figure::AgentShare => T::AgentShare.get(lang).to_owned(),
        Figure::AgentQuota => T::AgentQuota.get(lang).to_owned(),
        Figure::DailyQuota => T::DailyQuota.get(lang).to_owned(),
        Figure::AgentsNeeded => T::AgentsNeeded.get(lang).to_owned(),
        Figure::AgentReach => T::AgentReach.get(lang).to_owned(),
        Figure::ReachShare => T::ReachShare.get(lang).to_owned(),
        Figure::QuotaPerAgentMonth => T::QuotaPerAgentMonth.get(lang).to_owned(),
        Figure::QuotaPerAgentYear => T::QuotaPerAgentYear.get(lang).to_owned(),
        Figure::QuotaLoad => T::QuotaLoad.get(lang).to_owned(),
        Figure::AchievedFraction => T::AchievedFraction.get(lang).to_owned(),
        Figure::Remaining => T::Remaining.get(lang).to_owned(),
        Figure::ElapsedFraction => T::ElapsedFraction.get(lang).to_owned(),
        Figure::ExpectedByNow => T::ExpectedByNow.get(lang).to_owned(),
        Figure::RequiredPerMonth => T::RequiredPerMonth.get(lang).to_owned(),
        Figure::RequiredPerWeek => T::RequiredPerWeek.get(lang).to_owned(),
        Figure::RequiredPerWorkingDay => T::RequiredPerWorkingDay.get(lang).to_owned(),
        Figure::YearToDate => T::YearToDate.get(lang).to_owned(),
        Figure::PlanToDate => T::PlanToDate.get(lang).to_owned(),
        Figure::GapToPlan => T::GapToPlan.get(lang).to_owned(),
        Figure::ForecastPace => T::ForecastPace.get(lang).to_owned(),
        Figure::ForecastRecent => T::ForecastRecent.get(lang).to_owned(),
        Figure::RequiredPerAgent => T::RequiredPerAgent.get(lang).to_owned(),
        Figure::IuranProgram(p) => p.abbreviation().to_owned(),
        Figure::IuranEmployer => T::IuranEmployer.get(lang).to_owned(),
        Figure::IuranWorker => T::IuranWorker.get(lang).to_owned(),
        Figure::IuranPerWorker => T::IuranPerWorker.get(lang).to_owned(),
        Figure::IuranMonthly => T::IuranMonthly.get(lang).to_owned(),
        Figure::IuranYearly => T::IuranYearly.get(lang).to_owned(),
        Figure::AgentAcquisition(n) => format!("{} {n}", T::IncAcquisition.get(lang)),
        Figure::AgentContributions(n) => format!("{} {n}", T::IncContributions.get(lang)),
        Figure::AgentIncome(n) => format!("{} {n}", T::IncIncome.get(lang)),
        Figure::OfficeShare(n) => format!("{} {n}", T::IncOffice.get(lang)),
        Figure::AgentIncomeTotal(n) => format!("{} 1–{n}", T::IncTotal.get(lang)),
        Figure::AgentAcquisitionTotal(n) => {
            format!("{} 1–{n}", T::IncAcquisitionTotal.get(lang))
        }
        Figure::AgentContributionsTotal(n) => {
            format!("{} 1–{n}", T::IncContributionsTotal.get(lang))
        }
        Figure::RecruitsForIncome(n) => format!("{} {n}", T::IncGoalRecruits.get(lang)),
        Figure::ActiveContributions => T::ActiveContributions.get(lang).to_owned(),
    }
}

/// A note, in words; `fmt` writes its numbers.
pub fn note_text(lang: Lang, fmt: Fmt, n: &Note) -> String {
    let pct = |v: f64| fmt(Style::Percent, v);
    match n {
        Note::RoundedUp => T::NoteRoundedUp.get(lang).to_owned(),
        Note::LargestRemainder { extra } => {
            let t = if *extra { T::NoteLrExtra } else { T::NoteLr };
            t.get(lang).to_owned()
        }
        Note::QuotasMayExceedTotal => T::NoteQuotasExceed.get(lang).to_owned(),
        Note::AuditWarning {
            stated,
            implied,
            difference,
        }
        | Note::AuditOk {
            stated,
            implied,
            difference,
        } => format!(
            "{} {} {}, {} {} ({} {}).",
            if matches!(n, Note::AuditWarning { .. }) {
                T::NoteAuditWarn.get(lang)
            } else {
                T::NoteAuditOk.get(lang)
            },
            T::Stated.get(lang),
            pct(*stated),
            T::Implied.get(lang),
            pct(*implied),
            fmt(Style::SignedDecimal, difference * 100.0),
            T::UnitPoints.get(lang)
        ),
        Note::OtherNegative => T::NoteOtherNegative.get(lang).to_owned(),
        Note::CompaniesNotPeople => T::NoteCompanies.get(lang).to_owned(),
        Note::RoundedHalfUp => T::NoteHalfUp.get(lang).to_owned(),
        Note::JpWageCapped { cap } => format!(
            "{} {}.",
            T::NoteJpCapped.get(lang),
            fmt(Style::Rupiah, *cap)
        ),
        Note::TargetReached => T::NoteTargetReached.get(lang).to_owned(),
        Note::PeriodOver => T::NotePeriodOver.get(lang).to_owned(),
        Note::WorkingDaysMonToFri => T::NoteMonToFri.get(lang).to_owned(),
        Note::MonthWeighted => T::NoteMonthWeighted.get(lang).to_owned(),
        Note::Relief(r) => format!("{} {}.", T::NoteRelief.get(lang), r.law()),
        Note::JkpGovernment => T::NoteJkpGov.get(lang).to_owned(),
        Note::Threshold { from, reached } => {
            let t = if *reached {
                T::NoteAcqFrom
            } else {
                T::NoteAcqBelow
            };
            format!("{} {}.", t.get(lang), fmt(Style::Whole, *from))
        }
        Note::ActiveShare(s) => format!("{} {}.", T::NoteActiveShare.get(lang), pct(*s)),
        Note::OfficeNotAgent => T::NoteOfficeNotAgent.get(lang).to_owned(),
        Note::ReachedIn { month } => format!(
            "{} {}.",
            T::NoteReachedIn.get(lang),
            month_name(lang, *month)
        ),
        Note::BeyondFullEnrolment { covers } => format!(
            "{} {} {}",
            T::NoteBeyondFull.get(lang),
            fmt(Style::Percent, *covers),
            T::NoteOfTarget.get(lang)
        ),
        Note::GapClosed => T::NoteGapClosed.get(lang).to_owned(),
        Note::BeyondCapacity => T::NoteBeyondCapacity.get(lang).to_owned(),
        Note::ShortBy { short } => format!(
            "{} {}.",
            T::NoteShortBy.get(lang),
            fmt(Style::Whole, *short)
        ),
    }
}

/// What the contributions are computed on, in one line: the date, the rate
/// set used and the reliefs applied (for the page, the summary, CSV, print
/// and the comparison). `None` until the date reads.
pub fn iuran_basis_text(lang: Lang, f: &IuranFigures) -> Option<String> {
    let date = f.date?;
    let set = match f.used {
        Some(used) => rates_used_text(lang, used, f.rates.as_ref().ok()),
        None => T::NoRatesForDate.get(lang).to_owned(),
    };
    let mut out = format!(
        "{} {}: {set}",
        T::RatesUsedLabel.get(lang),
        date_text(lang, date)
    );
    for r in [f.reliefs.0, f.reliefs.1].into_iter().flatten() {
        out.push(' ');
        out.push_str(&note_text(lang, &|_, _| String::new(), &Note::Relief(r)));
    }
    Some(out)
}

/// A date written for people: `1 Mar 2026`.
pub fn date_text(lang: Lang, d: Date) -> String {
    format!(
        "{} {} {}",
        d.day,
        month_name(lang, usize::from(d.month).saturating_sub(1)),
        d.year
    )
}

/// The rate set used, for people: `Tarif sendiri` or the preset's legal
/// source, with the day it applies from.
pub fn rates_used_text(lang: Lang, used: RatesUsed, rates: Option<&Rates>) -> String {
    let from = rates
        .map(|r| {
            format!(
                " ({} {})",
                T::RatesFrom.get(lang),
                date_text(lang, r.valid_from)
            )
        })
        .unwrap_or_default();
    match used {
        RatesUsed::Own => {
            let label = rates.map(|r| r.label.trim()).unwrap_or("");
            if label.is_empty() {
                format!("{}{from}", T::RatesOwnName.get(lang))
            } else {
                format!("{}: {label}{from}", T::RatesOwnName.get(lang))
            }
        }
        RatesUsed::Preset(i) => {
            let extra = crate::rates::PRESETS
                .get(i)
                .map(|p| p.source.get(lang))
                .unwrap_or("");
            format!("{}; {extra}{from}", T::RatesLaw.get(lang))
        }
    }
}

/// One step's left-hand side: `108.000 × 5`.
pub fn tokens_text(lang: Lang, fmt: Fmt, tokens: &[Token]) -> String {
    let mut out = String::new();
    for t in tokens {
        let piece: String = match t {
            Token::Num(q) => quantity(lang, fmt, *q),
            Token::Op(Op::Add) => " + ".into(),
            Token::Op(Op::Sub) => " − ".into(),
            Token::Op(Op::Mul) => " × ".into(),
            Token::Op(Op::Div) => " ÷ ".into(),
            Token::Op(Op::Pow) => " ^ ".into(),
            Token::Open(Bracket::Paren) => "(".into(),
            Token::Close(Bracket::Paren) => ")".into(),
            Token::Open(Bracket::Ceil) => "⌈".into(),
            Token::Close(Bracket::Ceil) => "⌉".into(),
            Token::Open(Bracket::Floor) => "⌊".into(),
            Token::Close(Bracket::Floor) => "⌋".into(),
            Token::Open(Bracket::Round) => format!("{}(", T::RoundFn.get(lang)),
            Token::Close(Bracket::Round) => ")".into(),
            Token::Fn(Func::Min) => "min".into(),
            Token::Fn(Func::Max) => match lang {
                Lang::Id => "maks".into(),
                Lang::En => "max".into(),
            },
            // The comma is the Indonesian decimal mark; separate arguments with ";".
            Token::Sep => match lang {
                Lang::Id => "; ".into(),
                Lang::En => ", ".into(),
            },
        };
        out.push_str(&piece);
    }
    out
}

/// The whole working of an explanation, one line a step.
pub fn working_lines(lang: Lang, fmt: Fmt, e: &Explanation) -> Vec<String> {
    e.steps
        .iter()
        .enumerate()
        .map(|(i, s)| {
            // A range's working names its ends where each starts.
            let end = match e.high_from {
                Some(_) if i == 0 => format!("{}: ", T::RangeLowEnd.get(lang)),
                Some(h) if i == h => format!("{}: ", T::RangeHighEnd.get(lang)),
                _ => String::new(),
            };
            format!(
                "{end}{} = {}",
                tokens_text(lang, fmt, &s.tokens),
                quantity(lang, fmt, s.result)
            )
        })
        .collect()
}

/// A figure's value as shown: one value, or a range's two ends
/// (`54.000–162.000`).
pub fn headline_text(lang: Lang, fmt: Fmt, e: &Explanation) -> String {
    match (e.low_result(), e.result()) {
        (Some(low), Some(high)) if e.high_from.is_some() => {
            format!("{}–{}", quantity(lang, fmt, low), quantity(lang, fmt, high))
        }
        (_, Some(q)) => quantity(lang, fmt, q),
        _ => "–".to_owned(),
    }
}

/// A span of `style` as shown: one value when its ends agree, else
/// `low–high`.
pub fn span_text(fmt: Fmt, style: Style, s: crate::calc::span::Span) -> String {
    if s.is_range() {
        format!("{}–{}", fmt(style, s.low), fmt(style, s.high))
    } else {
        fmt(style, s.low)
    }
}

/// The name of a section in the section bar.
pub fn section_name(lang: Lang, s: Section) -> &'static str {
    match s {
        Section::Summary => T::SectionSummary.get(lang),
        Section::Partners => T::SectionPartners.get(lang),
        Section::Targets => T::SectionTargets.get(lang),
        Section::Split => T::SectionSplit.get(lang),
        Section::Progress => T::SectionProgress.get(lang),
        Section::Iuran => T::SectionIuran.get(lang),
        Section::Keep => T::SectionKeep.get(lang),
    }
}

/// The name of a section in the section bar: short, so all seven fit a
/// 320 px phone in two rows.
pub fn section_short_name(lang: Lang, s: Section) -> &'static str {
    match s {
        Section::Partners => T::NavPartners.get(lang),
        Section::Targets => T::NavTargets.get(lang),
        Section::Iuran => T::NavIuran.get(lang),
        Section::Keep => T::NavKeep.get(lang),
        Section::Summary | Section::Split | Section::Progress => section_name(lang, s),
    }
}

/// "Akhir tahun, laju 2 bulan terakhir": the recent-pace forecast named
/// with the months it really uses (up to three).
pub fn recent_forecast_label(lang: Lang, months: usize) -> String {
    let (before, after) = T::ForecastRecentOf
        .get(lang)
        .split_once('#')
        .unwrap_or_default();
    format!(
        "{before}{months} {}{after}",
        T::UnitMonths.count(lang, months == 1)
    )
}

/// "2 baris belum lengkap, …" / "1 row incomplete, …": the partner rows left
/// out of the totals, for the partner section, the summary and its text.
pub fn rows_waiting(lang: Lang, n: usize) -> String {
    format!(
        "{n} {} {}",
        T::Rows.count(lang, n == 1),
        T::RowsWaiting.get(lang)
    )
}

/// A `YYYY-MM-DD` date as people write it: "1 Des 2026", "1 Dec 2026"; the
/// text itself when it is not such a date.
pub fn date_words(lang: Lang, iso: &str) -> String {
    match crate::read::read_date(iso) {
        Some(d) => format!(
            "{} {} {}",
            d.day,
            month_name(lang, usize::from(d.month).saturating_sub(1)),
            d.year
        ),
        None => iso.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::Step;
    use crate::numbers::format::fixed;

    fn id(style: Style, v: f64) -> String {
        fixed(Lang::Id, style, v).unwrap_or_default()
    }

    fn en(style: Style, v: f64) -> String {
        fixed(Lang::En, style, v).unwrap_or_default()
    }

    #[test]
    fn quantities_in_both_languages() {
        let q = Quantity::new;
        assert_eq!(
            quantity(Lang::Id, &id, q(540_000.0, Unit::People)),
            "540.000"
        );
        assert_eq!(
            quantity(Lang::En, &en, q(540_000.0, Unit::People)),
            "540,000"
        );
        assert_eq!(quantity(Lang::Id, &id, q(0.2311, Unit::Fraction)), "23,11%");
        assert_eq!(quantity(Lang::En, &en, q(0.2311, Unit::Fraction)), "23.11%");
        assert_eq!(
            quantity(Lang::Id, &id, q(0.0047, Unit::PercentPoints)),
            "+0,47 poin persentase"
        );
        assert_eq!(
            quantity(Lang::En, &en, q(-0.0047, Unit::PercentPoints)),
            "-0.47 percentage points"
        );
        assert_eq!(
            quantity(Lang::Id, &id, q(22.0, Unit::WorkingDays)),
            "22 hari kerja"
        );
        assert_eq!(quantity(Lang::En, &en, q(3.0, Unit::Years)), "3 years");
        assert_eq!(
            quantity(Lang::Id, &id, q(16_800.0, Unit::Rupiah)),
            "Rp16.800"
        );
        assert_eq!(quantity(Lang::Id, &id, q(2.5, Unit::Decimal)), "2,5");
        assert_eq!(style_of(Unit::Offices), Style::Whole);
    }

    #[test]
    fn working_lines_write_each_step() {
        let e = Explanation {
            high_from: None,
            figure: Figure::PotentialWorkers,
            steps: vec![Step {
                tokens: vec![
                    Token::Num(Quantity::new(108_000.0, Unit::Companies)),
                    Token::Op(Op::Mul),
                    Token::Num(Quantity::new(5.0, Unit::Decimal)),
                ],
                result: Quantity::new(540_000.0, Unit::People),
            }],
            notes: vec![],
        };
        assert_eq!(working_lines(Lang::Id, &id, &e), ["108.000 × 5 = 540.000"]);
        assert_eq!(working_lines(Lang::En, &en, &e), ["108,000 × 5 = 540,000"]);
        let min = [
            Token::Fn(Func::Min),
            Token::Open(Bracket::Paren),
            Token::Num(Quantity::new(1.5, Unit::Decimal)),
            Token::Sep,
            Token::Num(Quantity::new(2.0, Unit::Decimal)),
            Token::Close(Bracket::Paren),
        ];
        assert_eq!(tokens_text(Lang::Id, &id, &min), "min(1,5; 2)");
        assert_eq!(tokens_text(Lang::En, &en, &min), "min(1.5, 2)");
        let ceil = [
            Token::Open(Bracket::Ceil),
            Token::Num(Quantity::new(7.0, Unit::Count)),
            Token::Op(Op::Div),
            Token::Num(Quantity::new(2.0, Unit::Count)),
            Token::Close(Bracket::Ceil),
        ];
        assert_eq!(tokens_text(Lang::Id, &id, &ceil), "⌈7 ÷ 2⌉");
    }

    #[test]
    fn names_in_both_languages() {
        assert_eq!(segment_name(Lang::Id, Segment::Pu), "PU (penerima upah)");
        assert_eq!(segment_name(Lang::En, Segment::Pu), "PU (wage earners)");
        assert_eq!(
            figure_name(Lang::Id, Figure::Growth(Segment::Total)),
            "Pertumbuhan — Total peserta baru"
        );
        assert_eq!(
            figure_name(Lang::En, Figure::GrowthTarget(Segment::Pu)),
            "Target — PU (wage earners)"
        );
        assert_eq!(figure_name(Lang::Id, Figure::Part(0)), "Bagian #1");
        assert_eq!(section_name(Lang::Id, Section::Partners), "Mitra & UMKM");
        assert_eq!(section_name(Lang::En, Section::Keep), "Save & share");
        assert_eq!(month_name(Lang::Id, 4), "Mei");
        assert_eq!(month_name(Lang::En, 4), "May");
        assert_eq!(month_name(Lang::Id, 11), "Des");
        assert_eq!(month_name(Lang::En, 12), "");
        assert_eq!(date_words(Lang::Id, "2026-12-01"), "1 Des 2026");
        assert_eq!(date_words(Lang::En, "2025-03-09"), "9 Mar 2025");
        assert_eq!(date_words(Lang::Id, "kemarin"), "kemarin");
    }

    #[test]
    fn notes_write_their_numbers_with_fmt() {
        let audit = Note::AuditWarning {
            stated: 0.03,
            implied: 0.0347,
            difference: 0.0047,
        };
        assert_eq!(
            note_text(Lang::Id, &id, &audit),
            "Perhatian — pertumbuhan tertulis dan tersirat berbeda lebih dari 0,5 poin: tertulis 3%, tersirat 3,47% (+0,47 poin persentase)."
        );
        assert_eq!(
            note_text(Lang::En, &en, &audit),
            "Please check — the stated and implied growth differ by more than 0.5 points: stated 3%, implied 3.47% (+0.47 percentage points)."
        );
        assert_eq!(
            note_text(Lang::Id, &id, &Note::JpWageCapped { cap: 10_547_400.0 }),
            "Upah untuk JP dibatasi pada Rp10.547.400."
        );
    }
}
