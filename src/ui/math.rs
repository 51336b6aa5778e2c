//! "Show the math": a result that opens, on tap or click, to the working that
//! produced it, written from `calc::Explanation` data in the current language.

use yew::prelude::*;

use crate::calc::growth::Segment;
use crate::calc::{Bracket, Explanation, Figure, Func, Note, Op, Quantity, Token, Unit};
use crate::i18n::{Lang, T};
use crate::numbers::format::{format, Style};

/// The display style of a unit.
pub fn style_of(unit: Unit) -> Style {
    match unit {
        Unit::Decimal => Style::Decimal,
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

/// A quantity as the user reads it: `540.000`, `23,11%`, `+0,47 poin`, `22 hari kerja`.
pub fn quantity(lang: Lang, q: Quantity) -> String {
    let style = style_of(q.unit);
    let value = if q.unit == Unit::PercentPoints {
        q.value * 100.0
    } else {
        q.value
    };
    let n = format(lang, style, value);
    let word = match q.unit {
        Unit::PercentPoints => Some(T::UnitPoints),
        Unit::Years => Some(T::UnitYears),
        Unit::Days => Some(T::UnitDays),
        Unit::WorkingDays => Some(T::UnitWorkingDays),
        Unit::Weeks => Some(T::UnitWeeks),
        Unit::Months => Some(T::UnitMonths),
        _ => None,
    };
    match word {
        Some(w) => format!("{n} {}", w.get(lang)),
        None => n,
    }
}

/// A `<select>` of segments (its option values are the variant names) as an
/// action.
pub fn on_segment_change(
    dispatch: &Callback<crate::state::Action>,
    action: fn(Segment) -> crate::state::Action,
) -> Callback<Event> {
    let d = dispatch.clone();
    Callback::from(move |e: Event| {
        if let Some(sel) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
            if let Some(seg) = Segment::from_name(&sel.value()) {
                d.emit(action(seg));
            }
        }
    })
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
        Figure::AchievedFraction => T::AchievedFraction.get(lang).to_owned(),
        Figure::Remaining => T::Remaining.get(lang).to_owned(),
        Figure::ElapsedFraction => T::ElapsedFraction.get(lang).to_owned(),
        Figure::ExpectedByNow => T::ExpectedByNow.get(lang).to_owned(),
        Figure::RequiredPerMonth => T::RequiredPerMonth.get(lang).to_owned(),
        Figure::RequiredPerWeek => T::RequiredPerWeek.get(lang).to_owned(),
        Figure::RequiredPerWorkingDay => T::RequiredPerWorkingDay.get(lang).to_owned(),
        Figure::IuranProgram(p) => p.abbreviation().to_owned(),
        Figure::IuranEmployer => T::IuranEmployer.get(lang).to_owned(),
        Figure::IuranWorker => T::IuranWorker.get(lang).to_owned(),
        Figure::IuranPerWorker => T::IuranPerWorker.get(lang).to_owned(),
        Figure::IuranMonthly => T::IuranMonthly.get(lang).to_owned(),
        Figure::IuranYearly => T::IuranYearly.get(lang).to_owned(),
    }
}

/// A note, in words.
pub fn note_text(lang: Lang, n: &Note) -> String {
    let pct = |v: f64| format(lang, Style::Percent, v);
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
            format(lang, Style::SignedDecimal, difference * 100.0),
            T::UnitPoints.get(lang)
        ),
        Note::OtherNegative => T::NoteOtherNegative.get(lang).to_owned(),
        Note::CompaniesNotPeople => T::NoteCompanies.get(lang).to_owned(),
        Note::RoundedHalfUp => T::NoteHalfUp.get(lang).to_owned(),
        Note::JpWageCapped { cap } => format!(
            "{} {}.",
            T::NoteJpCapped.get(lang),
            format(lang, Style::Rupiah, *cap)
        ),
        Note::TargetReached => T::NoteTargetReached.get(lang).to_owned(),
        Note::PeriodOver => T::NotePeriodOver.get(lang).to_owned(),
        Note::WorkingDaysMonToFri => T::NoteMonToFri.get(lang).to_owned(),
        Note::MonthWeighted => T::NoteMonthWeighted.get(lang).to_owned(),
    }
}

/// One step's left-hand side: `108.000 × 5`.
pub fn tokens_text(lang: Lang, tokens: &[Token]) -> String {
    let mut out = String::new();
    for t in tokens {
        let piece: String = match t {
            Token::Num(q) => quantity(lang, *q),
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
pub fn working_lines(lang: Lang, e: &Explanation) -> Vec<String> {
    e.steps
        .iter()
        .map(|s| {
            format!(
                "{} = {}",
                tokens_text(lang, &s.tokens),
                quantity(lang, s.result)
            )
        })
        .collect()
}

/// Properties of [`MathValue`].
#[derive(Properties, PartialEq)]
pub struct MathValueProps {
    /// The working; its last result is the value shown.
    pub explanation: Explanation,
    /// Interface language.
    pub lang: Lang,
    /// Optional id for the value element (tests and links find it by id).
    #[prop_or_default]
    pub id: Option<AttrValue>,
    /// Show the result of this step instead of the last one (an audit's
    /// headline is the implied growth, its last step the difference).
    #[prop_or_default]
    pub headline_step: Option<usize>,
}

/// A result that opens to its working. A native `<details>` costs no script,
/// works with the keyboard and is announced as expandable by screen readers.
#[function_component(MathValue)]
pub fn math_value(props: &MathValueProps) -> Html {
    let lang = props.lang;
    let e = &props.explanation;
    let headline = match props.headline_step {
        Some(i) => e.steps.get(i).map(|s| s.result),
        None => e.result(),
    };
    let value = headline
        .map(|q| quantity(lang, q))
        .unwrap_or_else(|| "–".to_owned());
    // The working is written only once opened: a total over 1,000 partners
    // has 1,000 terms, and formatting them on every keystroke for a closed
    // box would be most of the app's work.
    let open = use_state(|| false);
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <details class="math">
            <summary onclick={on_toggle}>
                <span class="value" id={props.id.clone()}>{ value }</span>
                <span class="how" aria-hidden="true"></span>
                <span class="sr-only">{ format!(" — {}", T::ShowMath.get(lang)) }</span>
            </summary>
            if *open {
                <div class="working">
                    <p class="what">{ figure_name(lang, e.figure) }</p>
                    { for working_lines(lang, e).into_iter().enumerate().map(|(i, line)| html! {
                        <p class="step" key={i}>{ line }</p>
                    }) }
                    { for e.notes.iter().enumerate().map(|(i, n)| html! {
                        <p class="note" key={format!("n{i}")}>{ note_text(lang, n) }</p>
                    }) }
                </div>
            }
        </details>
    }
}
