//! The partner pipeline section: partner rows and their totals.

use yew::prelude::*;

use super::paste::{paste_frame, PasteFrame, PREVIEW_ROWS};

use crate::calc::growth::Segment;
use crate::calc::pipeline;
use crate::calc::{Explain, Figure};
use crate::i18n::{Lang, T};
use std::rc::Rc;

use crate::read::{PartnerReadCache, RowReading};
use crate::state::{Action, PartnerField, PartnerRow, PARTNER_PRESETS};

/// "Waiting for a valid entry: UMKM binaan, …"
pub fn waiting_text(lang: Lang, missing: &[T]) -> String {
    let names: Vec<&str> = missing.iter().map(|t| t.get(lang)).collect();
    format!("{} {}", T::WaitingFor.get(lang), names.join(", "))
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
    let read = reads.borrow_mut().read(&props.partners, lang);
    let total = pipeline::total(&read.valid);
    let waiting = read.waiting();
    let rows = read.each;
    let on_compare = super::math::on_segment_change(&props.dispatch, Action::CompareWith);

    html! {
        <section class="section" aria-labelledby="partners-h">
            <h2 id="partners-h">{ T::SectionPartners.get(lang) }</h2>
            <ol class="partners">
                { for props.partners.iter().zip(rows.iter()).enumerate().map(|(index, (row, read))| html! {
                    <PartnerCard key={row.id} {index} row={row.clone()} read={read.clone()} target={props.target} {lang} dispatch={props.dispatch.clone()} />
                }) }
            </ol>
            <div class="actions">
                <button type="button" onclick={props.dispatch.reform(|_| Action::AddPartner)}>{ T::AddPartner.get(lang) }</button>
                { for PARTNER_PRESETS.iter().enumerate().map(|(i, p)| html! {
                    <button type="button" key={p.name} class="secondary" onclick={props.dispatch.reform(move |_| Action::AddPresetPartner(i))}>{ format!("+ {}", p.name) }</button>
                }) }
            </div>
            { paste_panel(&PasteProps { text: pasted, lang, dispatch: &props.dispatch }) }
            <div class="totals" aria-live="polite">
                <h3>{ T::Total.get(lang) }</h3>
                <div class="field compare">
                    <label for="compare-line">{ T::CompareWith.get(lang) }</label>
                    <select id="compare-line" onchange={on_compare}>
                        { for Segment::ALL.iter().filter(|s| **s != Segment::BusinessEntities).map(|seg| html! {
                            <option key={seg.name()} value={seg.name()} selected={*seg == props.compare_line}>{ super::math::segment_name(lang, *seg) }</option>
                        }) }
                    </select>
                </div>
                { match total {
                    Ok(t) => {
                        let all = t.explain();
                        let fig = |f: Figure, id: &'static str| match all.iter().find(|e| e.figure == f) {
                            Some(e) => html! { <super::math::MathValue explanation={e.clone()} {lang} id={Some(AttrValue::from(id))} /> },
                            None => html! { "–" },
                        };
                        let share = props.target.and_then(|target| t.share_of(target).ok()).and_then(|s| s.explain().into_iter().next());
                        html! {
                            <dl class="figures">
                                <div><dt>{ T::PotentialWorkers.get(lang) }</dt><dd>{ fig(Figure::PotentialWorkers, "total-potential") }</dd></div>
                                <div><dt>{ T::ExpectedParticipants.get(lang) }</dt><dd>{ fig(Figure::ExpectedParticipants, "total-expected") }</dd></div>
                                <div><dt>{ T::ExpectedPu.get(lang) }</dt><dd>{ fig(Figure::ExpectedPu, "total-pu") }</dd></div>
                                <div><dt>{ T::ExpectedBpu.get(lang) }</dt><dd>{ fig(Figure::ExpectedBpu, "total-bpu") }</dd></div>
                                <div class="wide"><dt>{ T::ShareOfTarget.get(lang) }</dt><dd>{ match share {
                                    Some(e) => html! { <super::math::MathValue explanation={e} {lang} id={Some(AttrValue::from("total-share"))} /> },
                                    None => html! { <span class="waiting">{ T::NoTargetYet.get(lang) }</span> },
                                } }</dd></div>
                            </dl>
                        }
                    },
                    Err(_) => html! { <p class="waiting">{ T::CannotCompute.get(lang) }</p> },
                } }
                if waiting > 0 {
                    <p class="note">{ umkm_core::report::rows_waiting(lang, waiting) }</p>
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
    lang: Lang,
    dispatch: Callback<Action>,
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
    // Buttons name the row they act on, for screen readers: "Hapus Sampoerna".
    let row_name = if props.row[PartnerField::Name].trim().is_empty() {
        format!("{} {}", T::Row.get(lang), props.index.saturating_add(1))
    } else {
        props.row[PartnerField::Name].clone()
    };
    let label = |t: T| format!("{} {}", t.get(lang), row_name);
    let result = match &*props.read {
        Ok(p) => match pipeline::partner(p) {
            Ok(r) => {
                let all = r.explain();
                let fig = |f: Figure, id: String| match all.iter().find(|e| e.figure == f) {
                    Some(e) => {
                        html! { <super::math::MathValue explanation={e.clone()} {lang} id={Some(AttrValue::from(id))} /> }
                    }
                    None => html! { "–" },
                };
                let share = props
                    .target
                    .and_then(|t| pipeline::share_of_target(r.expected, t).ok())
                    .and_then(|s| s.explain().into_iter().next());
                html! {
                    <dl class="figures">
                        <div><dt>{ T::PotentialWorkers.get(lang) }</dt><dd>{ fig(Figure::PotentialWorkers, format!("p{id}-potential")) }</dd></div>
                        <div><dt>{ T::ExpectedParticipants.get(lang) }</dt><dd>{ fig(Figure::ExpectedParticipants, format!("p{id}-expected")) }</dd></div>
                        if let Some(e) = share {
                            <div class="wide"><dt>{ T::ShareOfTarget.get(lang) }</dt><dd><super::math::MathValue explanation={e} {lang} id={Some(AttrValue::from(format!("p{id}-share")))} /></dd></div>
                        }
                    </dl>
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
                    placeholder={T::PartnerNamePlaceholder.get(lang)} oninput={on_name} />
            </div>
            <div class="grid">
                { for PartnerField::ALL.iter().filter_map(|f| {
                    let def = f.def();
                    let spec = *def.holds.spec()?;
                    Some(html! {
                        { super::field::number_field(&super::field::NumberFieldProps { id: fid(def.id), label: def.label.text(lang).into(),
                            value: props.row[*f].clone().into(), spec, lang, oninput: edit(*f), optional: def.optional }) }
                    })
                }) }
            </div>
            <div class="result" aria-live="polite">{ result }</div>
            <div class="row-actions">
                <button type="button" class="icon" aria-label={label(T::MoveUp)} title={T::MoveUp.get(lang)} onclick={props.dispatch.reform(move |_| Action::MovePartnerUp(id))}>{ "↑" }</button>
                <button type="button" class="icon" aria-label={label(T::MoveDown)} title={T::MoveDown.get(lang)} onclick={props.dispatch.reform(move |_| Action::MovePartnerDown(id))}>{ "↓" }</button>
                <button type="button" class="icon" aria-label={label(T::Duplicate)} title={T::Duplicate.get(lang)} onclick={props.dispatch.reform(move |_| Action::DuplicatePartner(id))}>
                    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2"><rect x="6" y="6" width="10" height="10" rx="2"/><path d="M3 12V4a1 1 0 0 1 1-1h8"/></svg>
                </button>
                <button type="button" class="icon danger" aria-label={label(T::Remove)} title={T::Remove.get(lang)} onclick={props.dispatch.reform(move |_| Action::RemovePartner(id))}>{ "✕" }</button>
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
            <summary><h3>{ T::PasteTitle.get(lang) }</h3></summary>
            { paste_frame(PasteFrame {
                lang,
                help: T::PasteHelp,
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
                    <button type="button" id="paste-apply" onclick={apply}>{ format!("{} {} {}", T::PasteApply.get(lang), rows.len(), T::Rows.count(lang, rows.len() == 1)) }</button>
                    if bad > 0 {
                        <p class="note">{ T::PasteBadNote.get(lang) }</p>
                    }
                </> },
            }) }
        </details>
    }
}
