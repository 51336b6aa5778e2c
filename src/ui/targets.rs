//! Targets by segment: any two of base, growth and target give the third; all
//! three are audited; "Lainnya" and a projection over N years.

use yew::prelude::*;

use crate::calc::growth::{GrowthLine, Segment};
use crate::calc::projection::Projection;
use crate::calc::{CalcError, Explain, Figure};
use crate::figures::{targets_figures, TargetsFigures};
use crate::i18n::{Lang, L, T};
use crate::state::{Action, AppState, Field, LineField, LineRow};

use super::chart::Series;
use super::field::{number_field, NumberFieldProps};
use super::math::{segment_name, MathValue};
use super::table_field::field_input;
use crate::messages::calc_error_text;

/// What [`targets_section`] shows.
pub struct TargetsProps<'a> {
    /// The work: the typed lines and the projection years.
    pub state: &'a AppState,
    /// Dispatches user actions.
    pub dispatch: Callback<Action>,
}

/// "Isi contoh": the article's targets, after asking when they would
/// replace something the user typed.
pub fn fill_article(state: &AppState, dispatch: &Callback<Action>) -> Callback<MouseEvent> {
    let typed = state
        .lines
        .iter()
        .any(|(_, row)| row.0.iter().any(|t| !t.trim().is_empty()));
    let question = T::ConfirmFillArticle.get(state.lang);
    let dispatch = dispatch.clone();
    Callback::from(move |_| {
        if !typed || super::browser::confirm(question) {
            dispatch.emit(Action::FillArticleTargets);
        }
    })
}

/// The targets section.
// A plain function rather than a component: no state of its own, and each
// component costs ~2 KB of wasm (issue 7).
pub fn targets_section(props: &TargetsProps) -> Html {
    let state = props.state;
    let lang = state.lang;
    let TargetsFigures { plan, projections } = targets_figures(state);

    html! {
        <section class="section" aria-labelledby="targets-h">
            <h2 id="targets-h">{ T::SectionTargets.get(lang) }</h2>
            <p class="intro">{ L::TargetsIntro.get(lang) }</p>
            <div class="actions">
                <button type="button" class="secondary" id="fill-article" onclick={fill_article(state, &props.dispatch)}>{ T::FillArticle.get(lang) }</button>
            </div>
            { for Segment::ALL.iter().map(|seg| html! {
                { line_card(&LineCardProps { segment: *seg, row: &state.lines[*seg],
                    line: &plan.lines[*seg], lang, dispatch: &props.dispatch }) }
            }) }
            <div class="card other" id="line-other">
                <h3>{ T::SegOther.get(lang) }</h3>
                { match &plan.other {
                    Ok(o) => html! {
                        <>
                            { for o.explain().into_iter().map(|e| html! {
                                <p class="figure-line"><MathValue explanation={e} {lang} id={Some(AttrValue::from("other-value"))} /></p>
                            }) }
                            <p class="note">{ L::OtherExplained.get(lang) }</p>
                        </>
                    },
                    Err(_) => html! { <p class="waiting">{ L::OtherWaiting.get(lang) }</p> },
                } }
            </div>
            <details class="table" id="projection-details">
                <summary><h3>{ L::Projection.get(lang) }</h3></summary>
                <div class="grid narrow">
                    { field_input(Field::ProjectionYears, &state.texts, lang, &props.dispatch) }
                </div>
                { projection_view(&ProjectionProps { projections, lang }) }
            </details>
        </section>
    }
}

// A plain function rather than a component (each costs ~2 KB of wasm); the
// six cards re-render together, which costs less than a millisecond.
struct LineCardProps<'a> {
    segment: Segment,
    row: &'a LineRow,
    line: &'a Result<GrowthLine, CalcError>,
    lang: Lang,
    dispatch: &'a Callback<Action>,
}

fn line_card(props: &LineCardProps) -> Html {
    let lang = props.lang;
    let seg = props.segment;
    let key = seg.name().to_ascii_lowercase();
    let edit = |field: LineField| {
        props.dispatch.reform(move |text: String| Action::EditLine {
            line: seg,
            field,
            text,
        })
    };
    let empty = |f: LineField| props.row[f].trim().is_empty();
    let blank = LineField::ALL.iter().all(|f| empty(*f));
    let warn = matches!(props.line, Ok(l) if l.audit.as_ref().is_some_and(|a| a.warn));
    // What the closed line says: its target (worked out, or typed alone),
    // and the audit's warning.
    let target_text = match props.line {
        Ok(l) => Some(crate::numbers::format::format(
            lang,
            crate::numbers::format::Style::Whole,
            l.target,
        )),
        Err(_) if !empty(LineField::Target) => Some(props.row[LineField::Target].trim().to_owned()),
        Err(_) => None,
    };
    let glance = match target_text {
        Some(t) => [
            T::Target.get(lang),
            " ",
            &t,
            if warn { " · " } else { "" },
            if warn { L::AuditGlance.get(lang) } else { "" },
        ]
        .concat(),
        None if blank => L::LineEmpty.get(lang).to_owned(),
        None => L::LineIncomplete.get(lang).to_owned(),
    };
    let outcome = match props.line {
        Ok(l) => {
            let explanations = l.explain();
            let warn = l.audit.as_ref().map(|a| a.warn).unwrap_or(false);
            html! {
                <div class={classes!("outcome", warn.then_some("warn"))} role={warn.then_some("status")}>
                    { for explanations.into_iter().filter(|e| match e.figure {
                        // What the stated growth would give matters only when it disagrees.
                        Figure::TargetAtStatedGrowth(_) => warn,
                        Figure::BaseAtStatedGrowth(_) => false,
                        _ => true,
                    }).map(|e| {
                        let label = super::math::figure_name(lang, e.figure);
                        let notes: Vec<String> = e.notes.iter().map(|n| super::math::note_text(lang, n)).collect();
                        let (id, headline_step) = match e.figure {
                            Figure::ImpliedGrowth(_) => (format!("{key}-implied"), Some(0)),
                            Figure::TargetAtStatedGrowth(_) => (format!("{key}-at-stated"), None),
                            _ => (format!("{key}-result"), None),
                        };
                        html! {
                            <div class="figure-line">
                                <span class="label">{ label }</span>
                                <MathValue explanation={e.clone()} {lang} id={Some(AttrValue::from(id))} {headline_step} />
                                { for notes.into_iter().map(|n| html! { <p class="audit-note">{ n }</p> }) }
                            </div>
                        }
                    }) }
                </div>
            }
        }
        Err(CalcError::Missing) if blank => html! {},
        // A target typed alone is a target; nothing to work out.
        Err(CalcError::Missing)
            if !empty(LineField::Target) && empty(LineField::Base) && empty(LineField::Growth) =>
        {
            html! {}
        }
        Err(e) => html! { <p class="waiting">{ calc_error_text(lang, *e) }</p> },
    };
    html! {
        // The total opens; every other line is one row with its target (and
        // the audit's warning) until tapped, so the section fits a phone.
        <details key={seg.name()} class={classes!("card", "line", "table")} id={format!("line-{key}")} open={seg == Segment::Total}>
            <summary><h3>{ segment_name(lang, seg) }</h3>
                if seg != Segment::Total {
                    <span class={classes!("note", warn.then_some("warn-text"))}>{ glance }</span>
                }
            </summary>
            <div class="grid three">
                { for LineField::ALL.iter().filter_map(|f| {
                    let def = f.def();
                    let spec = *def.holds.spec()?;
                    Some(html! {
                        { number_field(&NumberFieldProps { id: format!("{key}-{}", def.id).into(), label: def.label.text(lang).into(),
                            value: props.row[*f].clone().into(), spec, lang, oninput: edit(*f), optional: def.optional, range: false }) }
                    })
                }) }
            </div>
            { outcome }
        </details>
    }
}

// A plain function rather than a component: no state of its own, and each
// component costs ~2 KB of wasm (issue 7).
struct ProjectionProps {
    projections: Vec<Projection>,
    lang: Lang,
}

fn projection_view(props: &ProjectionProps) -> Html {
    let lang = props.lang;
    if props.projections.is_empty() {
        return html! { <p class="waiting">{ L::ProjectionWaiting.get(lang) }</p> };
    }
    let years: Vec<u32> = props
        .projections
        .first()
        .map(|p| p.years.iter().map(|y| y.year).collect())
        .unwrap_or_default();
    let series: Vec<Series> = props
        .projections
        .iter()
        .filter(|p| p.segment != Segment::BusinessEntities)
        .map(|p| Series {
            name: segment_name(lang, p.segment).to_owned(),
            values: p.years.iter().map(|y| y.value).collect(),
        })
        .collect();
    html! {
        <>
            { super::chart::line_chart(&super::chart::ChartProps {
                title: L::ProjectionChartTitle.get(lang).into(),
                labels: years.iter().map(|y| format!("+{y}")).collect(),
                series,
                lang,
            }) }
            <div class="table-wrap" role="region" aria-label={L::Projection.get(lang)} tabindex="0">
                <table class="num" id="projection-table">
                    <caption>{ L::ProjectionTableCaption.get(lang) }</caption>
                    <thead><tr>
                        <th scope="col">{ L::Year.get(lang) }</th>
                        { for props.projections.iter().map(|p| html! { <th scope="col" key={p.segment.name()}>{ segment_name(lang, p.segment) }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for years.iter().enumerate().map(|(i, y)| html! {
                            <tr key={*y}>
                                <th scope="row">{ format!("+{y}") }</th>
                                { for props.projections.iter().map(|p| {
                                    let e = p.explain().into_iter().nth(i);
                                    html! { <td key={p.segment.name()}>{ match e { Some(e) => html! { <MathValue explanation={e} {lang} /> }, None => html! { "–" } } }</td> }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </>
    }
}
