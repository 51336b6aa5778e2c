//! The partner pipeline section: partner rows and their totals.

use yew::prelude::*;

use super::math::figure_list;
use super::paste::{paste_frame, PasteFrame, PREVIEW_ROWS};

use crate::calc::growth::Segment;
use crate::calc::iuran::Rates;
use crate::calc::pipeline;
use crate::calc::{Explain, Figure};
use crate::figures::{sponsor_figures, SponsorFigures};
use crate::i18n::{Lang, L, T};
use std::rc::Rc;

use crate::calc::goal::GoalSeek;
use crate::calc::pipeline::Partner;
use crate::calc::CalcError;
use crate::read::{read_stage_odds, stage_index, PartnerReadCache, RowReading, StageOdds};
use crate::state::{Action, Field, Group, PartnerField, PartnerRow, Texts, PARTNER_PRESETS};

/// "Waiting for a valid entry: UMKM binaan, …"
pub fn waiting_text(lang: Lang, missing: &[T]) -> String {
    let names: Vec<&str> = missing.iter().map(|t| t.get(lang)).collect();
    format!("{} {}", L::WaitingFor.get(lang), names.join(", "))
}

/// Properties of [`PartnersSection`].
#[derive(Properties, PartialEq)]
pub struct PartnersProps {
    /// Partner rows.
    pub partners: Rc<Vec<Rc<PartnerRow>>>,
    /// The target line the pipeline is compared with.
    pub compare_line: Segment,
    /// That line's target, when it can be computed.
    pub target: Option<f64>,
    /// The work's texts: the stage probabilities, and the capacity and
    /// months the goal seek's agents work.
    pub texts: Rc<Texts>,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches user actions.
    pub dispatch: Callback<Action>,
}

/// Partner rows, presets and totals.
#[function_component(PartnersSection)]
pub fn partners_section(props: &PartnersProps) -> Html {
    let lang = props.lang;
    // Rows read on earlier renders are reused: only the edited row is parsed.
    let reads = use_mut_ref(PartnerReadCache::default);
    // What is in the paste box; typing there re-renders the section, whose
    // unchanged cards compare equal and are skipped.
    let pasted = use_state(String::new);
    let odds = read_stage_odds(&props.texts, lang);
    let read = reads.borrow_mut().read(&props.partners, lang, &odds);
    let total = pipeline::total(&read.valid);
    let staged = total.as_ref().is_ok_and(|t| t.staged());
    let waiting = read.waiting();
    let rows = read.each;
    let on_compare = super::math::on_segment_change(&props.dispatch, Action::CompareWith);
    // The rates the contributions use, for what sponsoring would cost.
    let rates = crate::figures::rates_on(&props.texts, lang, super::browser::today())
        .2
        .ok()
        .map(Rc::new);

    html! {
        <section class="section" aria-labelledby="partners-h">
            <h2 id="partners-h">{ T::SectionPartners.get(lang) }</h2>
            <ol class="partners">
                { for props.partners.iter().zip(rows.iter()).enumerate().map(|(index, (row, read))| html! {
                    <PartnerCard key={row.id} {index} row={row.clone()} read={read.clone()} target={props.target} {odds} rates={rates.clone()} {lang} dispatch={props.dispatch.clone()} />
                }) }
            </ol>
            <div class="actions presets">
                <button type="button" onclick={props.dispatch.reform(|_| Action::AddPartner)}>{ L::AddPartner.get(lang) }</button>
                { for PARTNER_PRESETS.iter().enumerate().map(|(i, p)| html! {
                    <button type="button" key={p.name} class="secondary" onclick={props.dispatch.reform(move |_| Action::AddPresetPartner(i))}>{ format!("+ {}", p.name) }</button>
                }) }
            </div>
            { paste_panel(&PasteProps { text: pasted, lang, dispatch: &props.dispatch }) }
            <details class="card stages" id="stage-odds">
                <summary><h3>{ T::StageOddsTitle.get(lang) }</h3></summary>
                <p class="note">{ L::StageOddsHelp.get(lang) }</p>
                <div class="grid">
                    { for Field::in_group(Group::StageOdds).map(|f| super::table_field::field_input(f, &props.texts, lang, &props.dispatch)) }
                </div>
            </details>
            <div class="totals" aria-live="polite">
                <h3>{ L::Total.get(lang) }</h3>
                <div class="field compare">
                    <label for="compare-line">{ L::CompareWith.get(lang) }</label>
                    <select id="compare-line" onchange={on_compare}>
                        { for Segment::ALL.iter().filter(|s| **s != Segment::BusinessEntities).map(|seg| html! {
                            <option key={seg.name()} value={seg.name()} selected={*seg == props.compare_line}>{ super::math::segment_name(lang, *seg) }</option>
                        }) }
                    </select>
                </div>
                { match total {
                    // No partner counted yet: no sums of nothing (the note
                    // below says which rows wait).
                    Ok(_) if read.valid.is_empty() => html! {},
                    Ok(t) => {
                        let mut all = t.explain();
                        let share = props.target.and_then(|target| t.share_of(target).ok());
                        all.extend(share.iter().flat_map(|s| s.explain()));
                        if staged {
                            all.extend(props.target.and_then(|target| t.weighted_share_of(target).ok()).iter().flat_map(|s| s.explain()));
                        }
                        let goal = props.target.and_then(|target| umkm_core::figures::goal_of(&t, target, &props.texts, lang));
                        // With one partner its card already shows these figures:
                        // the sums open on a tap.
                        let one = read.valid.len() == 1;
                        html! { <>
                            <details class="table" id="total-figures" open={!one}>
                            <summary><h3>{ L::TotalFigures.get(lang) }</h3></summary>
                            { figure_list(lang, &all, "total", &[
                                (Figure::PotentialWorkers, T::PotentialWorkers, "potential"),
                                (Figure::ExpectedParticipants, T::ExpectedParticipants, "expected"),
                                (Figure::WeightedExpected, T::WeightedExpected, "weighted"),
                                (Figure::ExpectedPu, T::ExpectedPu, "pu"),
                                (Figure::ExpectedBpu, T::ExpectedBpu, "bpu"),
                                (Figure::ShareOfTarget, T::ShareOfTarget, "share"),
                                (Figure::WeightedShare, T::WeightedShare, "wshare"),
                            ]) }
                            </details>
                            if share.is_none() {
                                <p class="waiting">{ L::NoTargetYet.get(lang) }</p>
                            }
                            { goal_card(&GoalProps { goal, read: &read.valid, lang }) }
                        </> }
                    },
                    Err(_) => html! { <p class="waiting">{ T::CannotCompute.get(lang) }</p> },
                } }
                if waiting > 0 {
                    <p class="note">{ umkm_core::words::rows_waiting(lang, waiting) }</p>
                }
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PartnerCardProps {
    row: Rc<PartnerRow>,
    index: usize,
    read: RowReading,
    target: Option<f64>,
    odds: StageOdds,
    /// The rates the contributions use (for what sponsoring would cost).
    rates: Option<Rc<Rates>>,
    lang: Lang,
    dispatch: Callback<Action>,
}

/// What sponsoring its workers would cost the partner (its lines in words,
/// each with its working), rendered only when opened: a thousand cards must
/// stay light.
fn sponsor(lang: Lang, id: u32, f: &SponsorFigures) -> Html {
    let fmt = move |style, v| crate::numbers::format::format(lang, style, v);
    let [all, expected] = umkm_core::words::sponsor_lines(lang, &fmt, f);
    html! {
        <div class="sponsor" id={format!("p{id}-sponsor")}>
            <p class="note">{ L::SponsorNote.get(lang) }</p>
            <p id={format!("p{id}-sp-all")}>{ all }</p>
            <p id={format!("p{id}-sp-exp")}>{ expected }</p>
        </div>
    }
}

#[function_component(PartnerCard)]
fn partner_card(props: &PartnerCardProps) -> Html {
    let lang = props.lang;
    let id = props.row.id;
    let edit = |field: PartnerField| {
        props
            .dispatch
            .reform(move |text: String| Action::EditPartner { id, field, text })
    };
    let on_name = {
        let cb = edit(PartnerField::Name);
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                cb.emit(input.value());
            }
        })
    };
    let fid = |f: &str| AttrValue::from(format!("p{id}-{f}"));
    let stage_open = use_state(|| false);
    let sponsor_open = use_state(|| false);
    let toggle_stage = {
        let stage_open = stage_open.clone();
        Callback::from(move |e: MouseEvent| {
            // The state, not the browser, opens it: the choice renders only then.
            e.prevent_default();
            stage_open.set(!*stage_open);
        })
    };
    // Buttons name the row they act on, for screen readers: "Hapus Sampoerna".
    let row_name = if props.row[PartnerField::Name].trim().is_empty() {
        format!("{} {}", L::Row.get(lang), props.index.saturating_add(1))
    } else {
        props.row[PartnerField::Name].clone()
    };
    let label = |t: L| format!("{} {}", t.get(lang), row_name);
    let result = match &*props.read {
        Ok(p) => match pipeline::partner(p) {
            Ok(r) => {
                let mut all = r.explain();
                all.extend(
                    props
                        .target
                        .and_then(|t| pipeline::share_of_target(r.expected, t).ok())
                        .iter()
                        .flat_map(|s| s.explain()),
                );
                if r.partner.probability.is_some() {
                    let share = props.target.and_then(|t| r.weighted_share_of(t).ok());
                    all.extend(share.iter().flat_map(|s| s.explain()));
                }
                let sponsored = match (&props.rates, *sponsor_open) {
                    (Some(rates), true) => sponsor(lang, id, &sponsor_figures(rates, &r)),
                    _ => html! {},
                };
                let toggle = {
                    let open = sponsor_open.clone();
                    Callback::from(move |_: MouseEvent| open.set(!*open))
                };
                let list = figure_list(
                    lang,
                    &all,
                    &format!("p{id}"),
                    &[
                        (Figure::PotentialWorkers, T::PotentialWorkers, "potential"),
                        (
                            Figure::ExpectedParticipants,
                            T::ExpectedParticipants,
                            "expected",
                        ),
                        (Figure::WeightedExpected, T::WeightedExpected, "weighted"),
                        (Figure::ShareOfTarget, T::ShareOfTarget, "share"),
                        (Figure::WeightedShare, T::WeightedShare, "wshare"),
                    ],
                );
                html! {
                    <>
                        { list }
                        if props.rates.is_some() {
                            <button type="button" class="link" id={format!("p{id}-sponsor-toggle")} aria-expanded={(*sponsor_open).to_string()} onclick={toggle}>{ L::SponsorToggle.get(lang) }</button>
                        }
                        { sponsored }
                    </>
                }
            }
            Err(_) => html! { <p class="waiting">{ T::CannotCompute.get(lang) }</p> },
        },
        Err(missing) => html! { <p class="waiting">{ waiting_text(lang, missing) }</p> },
    };
    html! {
        <li class="card partner">
            <div class="field name">
                <label for={fid("name")}>{ T::PartnerName.get(lang) }</label>
                <input id={fid("name")} type="text" autocomplete="off" value={props.row[PartnerField::Name].clone()}
                    placeholder={L::PartnerNamePlaceholder.get(lang)} oninput={on_name} />
            </div>
            <div class="grid">
                { for PartnerField::ALL.iter().filter_map(|f| {
                    let def = f.def();
                    let spec = *def.holds.spec()?;
                    Some(html! {
                        { super::field::number_field(&super::field::NumberFieldProps { id: fid(def.id), label: def.label.text(lang).into(),
                            value: props.row[*f].clone().into(), spec, lang, oninput: edit(*f), optional: def.optional, range: def.range }) }
                    })
                }) }
                { stage_field(&StageProps { id: fid("stage"), text: &props.row[PartnerField::Stage], odds: &props.odds, lang,
                    open: *stage_open, on_toggle: toggle_stage, oninput: edit(PartnerField::Stage) }) }
            </div>
            <div class="result" aria-live="polite">{ result }</div>
            <div class="row-actions">
                <button type="button" class="icon up" aria-label={label(L::MoveUp)} title={L::MoveUp.get(lang)} onclick={props.dispatch.reform(move |_| Action::MovePartnerUp(id))}></button>
                <button type="button" class="icon down" aria-label={label(L::MoveDown)} title={L::MoveDown.get(lang)} onclick={props.dispatch.reform(move |_| Action::MovePartnerDown(id))}></button>
                // The marks are drawn by static/app.css (`button.up`, `.down`,
                // `.dup`, `.danger`): text or an SVG here was a card's DOM
                // nodes, and a thousand cards must stay light.
                <button type="button" class="icon dup" aria-label={label(L::Duplicate)} title={L::Duplicate.get(lang)} onclick={props.dispatch.reform(move |_| Action::DuplicatePartner(id))}></button>
                <button type="button" class="icon danger" aria-label={label(L::Remove)} title={L::Remove.get(lang)} onclick={props.dispatch.reform(move |_| Action::RemovePartner(id))}></button>
            </div>
        </li>
    }
}

struct PasteProps<'a> {
    /// The text in the paste box (the section keeps it).
    text: UseStateHandle<String>,
    lang: Lang,
    dispatch: &'a Callback<Action>,
}

/// Paste rows from Excel or Google Sheets, see them read (with each row's
/// problems) and only then add them. A plain function (each component costs
/// ~2 KB of wasm).
fn paste_panel(props: &PasteProps) -> Html {
    let lang = props.lang;
    let text = &props.text;
    let rows = crate::read::read_pasted(text, lang);
    let bad = rows.iter().filter(|r| !r.problems.is_empty()).count();
    let apply = {
        let (text, dispatch, rows) = (text.clone(), props.dispatch.clone(), rows.clone());
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::PastePartners(
                rows.iter().map(|r| r.cells.clone()).collect(),
            ));
            text.set(String::new());
        })
    };
    html! {
        <details class="card paste">
            <summary><h3>{ L::PasteTitle.get(lang) }</h3></summary>
            { paste_frame(PasteFrame {
                lang,
                help: L::PasteHelp,
                ids: ["paste-text", "paste-count", "paste-preview"],
                placeholder: "Sampoerna\t108.000\t5\t100",
                text,
                rows: rows.len(),
                bad,
                columns: &[T::PartnerName, T::UmkmCount],
                body: html! { <>{ for rows.iter().take(PREVIEW_ROWS).map(|r| html! {
                    <tr key={r.line} class={classes!((!r.problems.is_empty()).then_some("bad"))}>
                        <td>{ r.line }</td>
                        <td class="text">{ r.cells[0].clone() }</td>
                        <td>{ r.cells[1].clone() }</td>
                        <td class="text">{ if r.problems.is_empty() { "✓".to_owned() } else {
                            r.problems.iter().map(|p| crate::messages::paste_problem_text(lang, p)).collect::<Vec<_>>().join(" ")
                        } }</td>
                    </tr>
                }) }</> },
                actions: html! { <>
                    <button type="button" id="paste-apply" onclick={apply}>{ format!("{} {} {}", L::PasteApply.get(lang), rows.len(), T::Rows.count(lang, rows.len() == 1)) }</button>
                    if bad > 0 {
                        <p class="note">{ L::PasteBadNote.get(lang) }</p>
                    }
                </> },
            }) }
        </details>
    }
}

/// A partner's stage: none (counted in full) or one of the stages, each
/// named with its probability. A stage text that names no stage (a tampered
/// link) selects nothing, and the card says it waits for a stage.
/// Folded to one line that names the stage, and the choice rendered only once
/// opened: a `<select>` of six options is about 45 of the browser's nodes,
/// a third of a card's, and most rows never get a stage (issue 28).
fn stage_field(props: &StageProps) -> Html {
    let lang = props.lang;
    let chosen = stage_index(props.text);
    let odds_text = |p: Option<f64>| {
        p.map(|p| {
            format!(
                " ({})",
                crate::numbers::format::format(lang, crate::numbers::format::Style::Percent, p)
            )
        })
        .unwrap_or_default()
    };
    let name = |i: usize| {
        let f = Field::STAGE_ODDS[i];
        format!(
            "{}{}",
            f.def().label.text(lang),
            odds_text(props.odds.get(i).copied().flatten())
        )
    };
    let current = match chosen {
        Ok(None) => L::StageNone.get(lang).to_owned(),
        Ok(Some(i)) => name(i),
        Err(_) => props.text.to_owned(),
    };
    let onchange = props.oninput.reform(|e: Event| {
        e.target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value()
    });
    let id = props.id.clone();
    html! {
        <details class="field stage" open={props.open}>
            <summary onclick={props.on_toggle.clone()}>{ format!("{}: ", T::Stage.get(lang)) }<span class="current">{ current }</span></summary>
            if props.open {
                <label for={id.clone()} class="sr-only">{ T::Stage.get(lang) }</label>
                <select {id} {onchange}>
                    <option value="" selected={chosen == Ok(None)}>{ L::StageNone.get(lang) }</option>
                    { for (0..Field::STAGE_ODDS.len()).map(|i| html! {
                        <option key={i} value={(i + 1).to_string()} selected={chosen == Ok(Some(i))}>{ name(i) }</option>
                    }) }
                </select>
            }
        </details>
    }
}

/// What [`stage_field`] shows.
struct StageProps<'a> {
    id: AttrValue,
    /// The stage as saved (a number, or empty).
    text: &'a str,
    odds: &'a StageOdds,
    lang: Lang,
    /// Whether the choice is open.
    open: bool,
    on_toggle: Callback<MouseEvent>,
    oninput: Callback<String>,
}

struct GoalProps<'a> {
    goal: Option<Result<GoalSeek, CalcError>>,
    /// The partners summed, in order: the largest partner is named from them.
    read: &'a [Partner],
    lang: Lang,
}

/// What closes the gap to the compared line's target: four answers, each
/// opening to its working (the capacity and months the agents' answer
/// uses are *Pembagian*'s fields).
fn goal_card(props: &GoalProps) -> Html {
    let lang = props.lang;
    let body = match &props.goal {
        None => html! { <p class="waiting">{ L::GoalNeedsTarget.get(lang) }</p> },
        Some(Err(_)) => html! { <p class="waiting">{ T::CannotCompute.get(lang) }</p> },
        Some(Ok(g)) => {
            let largest = g
                .more_partners
                .as_ref()
                .ok()
                .and_then(|(i, _)| props.read.get(*i))
                .map(|p| p.name.trim().to_owned())
                .filter(|n| !n.is_empty());
            let answers: Vec<crate::calc::Explanation> = [
                g.more_umkm.as_ref().ok(),
                g.enrolment.as_ref().ok(),
                g.more_partners.as_ref().ok().map(|(_, a)| a),
                g.agents.as_ref().ok(),
            ]
            .into_iter()
            .flatten()
            .map(|a| a.explanation.clone())
            .collect();
            let waits = answers.len() < 4;
            let beyond = answers
                .iter()
                .flat_map(|e| e.notes.iter())
                .find(|n| matches!(n, crate::calc::Note::BeyondFullEnrolment { .. }))
                .map(|n| super::math::note_text(lang, n));
            let partners = largest.map(|name| format!("{}: {name}", T::GoalLargest.get(lang)));
            html! { <>
                { figure_list(lang, std::slice::from_ref(&g.gap.explanation), "goal", &[(Figure::Gap, T::GoalGap, "gap")]) }
                if g.closed() {
                    <p class="notice ok" id="goal-closed">{ L::GoalClosed.get(lang) }</p>
                } else {
                    // Each remark under the answer it is about.
                    { figure_list(lang, &answers, "goal", &[(Figure::MoreUmkm, T::GoalMoreUmkm, "umkm")]) }
                    // An enrolment above 100 % is no need to meet: said as impossible.
                    if let Some(n) = beyond {
                        <p class="outcome warn" id="goal-beyond"><strong>{ T::GoalEnrolment.get(lang) }{ ": " }</strong>{ n }</p>
                    } else {
                        { figure_list(lang, &answers, "goal", &[(Figure::EnrolmentNeeded, T::GoalEnrolment, "enrolment")]) }
                    }
                    { figure_list(lang, &answers, "goal", &[(Figure::MorePartners, T::GoalMorePartners, "partners")]) }
                    if let Some(p) = partners {
                        <p class="note" id="goal-largest">{ p }</p>
                    }
                    { figure_list(lang, &answers, "goal", &[(Figure::AgentsForGap, T::GoalAgents, "agents")]) }
                    if waits {
                        <p class="waiting">{ L::GoalNeedsPipeline.get(lang) }</p>
                    }
                }
            </> }
        }
    };
    // Closed as the section opens: the plan shows the gap and the agents
    // it needs.
    html! {
        <details class="card goal table" id="goal">
            <summary><h3>{ L::GoalTitle.get(lang) }</h3></summary>
            { body }
            <p class="note">{ L::GoalAgentsFrom.get(lang) }</p>
        </details>
    }
}
