//! The keeping section: scenarios, comparison, share link, chat summary,
//! CSV export and printing. What it shows is the session's; this component
//! turns clicks into `SessionAction`s and does the clipboard and downloads.

use yew::prelude::*;

use crate::i18n::{Lang, L, T};
use crate::numbers::format::{format, Style};
use crate::report::{self, Headline};
use crate::session::{KeepCard, SessionAction, Side};
use crate::state::{Action, AppState};

use super::super::browser;
use super::compare::{compare_table, CompareProps};
use super::notices::status;
use super::startup::load_scenarios;
use super::{on, SessionHandle, SessionMsg};

fn fmt_for(lang: Lang) -> impl Fn(Style, f64) -> String {
    move |style, v| format(lang, style, v)
}

/// Copies `text`, then says whether the clipboard took it.
fn copy_and_tell(text: String, session: SessionHandle, work: AppState) {
    yew::platform::spawn_local(async move {
        let copied = browser::copy_text(&text).await;
        session.dispatch(SessionMsg(SessionAction::CopyFinished(copied), work));
    });
}

/// The chat summary of `work`, shown in the section; the text.
fn summary_made(session: &SessionHandle, work: &AppState) -> String {
    let fmt = fmt_for(work.lang);
    let text = report::summary_text(work, &fmt, browser::today());
    let made = SessionAction::SummaryMade(text.clone());
    session.dispatch(SessionMsg(made, work.clone()));
    text
}

/// What [`keep_section`] shows.
pub struct KeepProps {
    /// The work on screen.
    pub state: AppState,
    /// The session.
    pub session: SessionHandle,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches user actions.
    pub dispatch: Callback<Action>,
}

/// Scenarios, comparison, share link, chat summary, CSV and printing. A plain
/// function (each component costs ~2 KB of wasm): the list is read when the
/// section opens by [`use_keep_section_open`].
pub fn keep_section(props: &KeepProps) -> Html {
    let lang = props.lang;
    let (session, state) = (&props.session, &props.state);
    let shown = &session.session;
    let list = shown.scenarios();

    let act = |action| on::<MouseEvent>(session, state, action);
    let on_name = {
        let (session, state) = (session.clone(), state.clone());
        Callback::from(move |e: InputEvent| {
            let text = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            session.dispatch(SessionMsg(
                SessionAction::TypeScenarioName(text),
                state.clone(),
            ));
        })
    };
    let save_as = {
        let (session, state) = (session.clone(), state.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            session.dispatch(SessionMsg(SessionAction::SaveAsScenario, state.clone()));
        })
    };
    let open = |i: usize| {
        let (session, state) = (session.clone(), state.clone());
        Callback::from(move |_: MouseEvent| {
            let asks = session.session.opening_asks(i, &state);
            if !asks || browser::confirm(T::ConfirmReplaceOwn.get(lang)) {
                session.dispatch(SessionMsg(SessionAction::Open(i), state.clone()));
            }
        })
    };
    let rename = |index: usize| {
        let (session, state) = (session.clone(), state.clone());
        Callback::from(move |e: Event| {
            let name = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            session.dispatch(SessionMsg(
                SessionAction::Rename { index, name },
                state.clone(),
            ));
        })
    };
    let make_link = {
        let (session, state) = (session.clone(), state.clone());
        Callback::from(move |_: MouseEvent| {
            let (session, state) = (session.clone(), state.clone());
            match super::link::prepared_link(&state) {
                // Copied within the tap (see `prepared_link`).
                Some(url) => {
                    let made = SessionAction::ShareLinkMade(url.clone());
                    session.dispatch(SessionMsg(made, state.clone()));
                    copy_and_tell(url, session, state);
                }
                None => yew::platform::spawn_local(async move {
                    let url = super::link::make_link(&state).await;
                    let made = SessionAction::ShareLinkMade(url.clone());
                    session.dispatch(SessionMsg(made, state.clone()));
                    copy_and_tell(url, session, state);
                }),
            }
        })
    };
    let make_summary = {
        let (session, state) = (session.clone(), state.clone());
        Callback::from(move |_: MouseEvent| {
            let text = summary_made(&session, &state);
            copy_and_tell(text, session.clone(), state.clone());
        })
    };
    // The share sheet: the link (with its QR code on screen too) or the chat
    // summary. Shown only where the browser has one; copying works everywhere.
    let share_link = {
        let (session, state) = (session.clone(), state.clone());
        Callback::from(move |_: MouseEvent| {
            let (session, state) = (session.clone(), state.clone());
            yew::platform::spawn_local(async move {
                let url = super::link::make_link(&state).await;
                let made = SessionAction::ShareLinkMade(url.clone());
                session.dispatch(SessionMsg(made, state.clone()));
                browser::share(None, Some(&url)).await;
            });
        })
    };
    let share_summary = {
        let (session, state) = (session.clone(), state.clone());
        Callback::from(move |_: MouseEvent| {
            let text = summary_made(&session, &state);
            yew::platform::spawn_local(async move {
                browser::share(Some(&text), None).await;
            });
        })
    };
    let csv_partners = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let name = format!("mitra-{}.csv", browser::today_iso());
            let csv = report::partners_csv(&state, &fmt_for(lang));
            browser::download(&name, "text/csv;charset=utf-8", &csv);
        })
    };
    let csv_offices = {
        let (session, state) = (session.clone(), state.clone());
        Callback::from(
            move |_: MouseEvent| match report::offices_csv(&state, &fmt_for(lang)) {
                Some(csv) => {
                    let name = format!("pembagian-kantor-{}.csv", browser::today_iso());
                    browser::download(&name, "text/csv;charset=utf-8", &csv);
                }
                None => {
                    session.dispatch(SessionMsg(SessionAction::OfficesCsvWaiting, state.clone()))
                }
            },
        )
    };
    let choose = |side: Side| {
        let (session, state) = (session.clone(), state.clone());
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Ok(index) = v.parse::<usize>() {
                session.dispatch(SessionMsg(
                    SessionAction::Compare { side, index },
                    state.clone(),
                ));
            }
        })
    };

    let heads: Vec<Headline> = list.iter().map(|s| report::headline(&s.state)).collect();
    let (ca, cb) = shown.compare();

    html! {
        <section class="section" aria-labelledby="keep-h">
            <h2 id="keep-h">{ T::SectionKeep.get(lang) }</h2>
            <p class="intro">{ L::AutosaveNote.get(lang) }</p>
            if !browser::secure_context() {
                <p class="note" id="offline-note">{ L::OfflineNeedsHttps.get(lang) }</p>
            }
            <div class="card">
                <h3>{ L::Scenarios.get(lang) }</h3>
                <form class="inline-form" onsubmit={save_as}>
                    <div class="field name">
                        <label for="scenario-name">{ L::ScenarioName.get(lang) }</label>
                        <input id="scenario-name" type="text" value={shown.draft_name().to_owned()} oninput={on_name} placeholder={L::ScenarioNamePlaceholder.get(lang)} />
                    </div>
                    <button type="submit" id="save-scenario">{ L::SaveScenario.get(lang) }</button>
                </form>
                { status(session, KeepCard::Scenarios, lang) }
                if let Some(text) = shown.undo_text(lang) {
                    <p class="notice info">{ text }
                        { " " }<button type="button" class="secondary" id="undo-delete" onclick={act(SessionAction::UndoDelete)}>{ L::Undo.get(lang) }</button></p>
                }
                if list.is_empty() {
                    <p class="waiting">{ L::NoScenarios.get(lang) }</p>
                } else {
                    <ul class="scenarios" id="scenario-list">
                        { for list.iter().enumerate().map(|(i, s)| html! {
                            <li key={format!("{i}-{}", s.name)} class="card scenario">
                                <label class="sr-only" for={format!("scn-{i}")}>{ L::ScenarioName.get(lang) }</label>
                                <input id={format!("scn-{i}")} class="cell scenario-name" type="text" value={s.name.clone()} onchange={rename(i)} />
                                <p class="note">{ format!("{}: {} · {}: {}", T::ExpectedParticipants.get(lang),
                                    heads.get(i).and_then(|h| h.expected).map(|v| super::super::math::span(lang, Style::Whole, v)).unwrap_or_else(|| "–".into()),
                                    T::TotalTarget.get(lang),
                                    heads.get(i).and_then(|h| h.total_target).map(|v| format(lang, Style::Whole, v)).unwrap_or_else(|| "–".into())) }</p>
                                <div class="actions">
                                    <button type="button" onclick={open(i)} aria-label={format!("{} {}", L::Open.get(lang), s.name)}>{ L::Open.get(lang) }</button>
                                    <button type="button" class="secondary" onclick={act(SessionAction::Duplicate(i))} aria-label={format!("{} {}", L::Duplicate.get(lang), s.name)}>{ L::Duplicate.get(lang) }</button>
                                    <button type="button" class="secondary danger" onclick={act(SessionAction::Delete(i))} aria-label={format!("{} {}", L::Remove.get(lang), s.name)}>{ L::Remove.get(lang) }</button>
                                </div>
                            </li>
                        }) }
                    </ul>
                }
            </div>
            if list.len() >= 2 {
                <div class="card">
                    <h3>{ L::Compare.get(lang) }</h3>
                    <div class="grid">
                        <div class="field"><label for="cmp-a">{ "A" }</label>
                            <select id="cmp-a" onchange={choose(Side::A)}>{ for list.iter().enumerate().map(|(i, s)| html! { <option key={i} value={i.to_string()} selected={i == ca}>{ s.name.clone() }</option> }) }</select></div>
                        <div class="field"><label for="cmp-b">{ "B" }</label>
                            <select id="cmp-b" onchange={choose(Side::B)}>{ for list.iter().enumerate().map(|(i, s)| html! { <option key={i} value={i.to_string()} selected={i == cb}>{ s.name.clone() }</option> }) }</select></div>
                    </div>
                    { compare_table(&CompareProps { a: heads.get(ca).cloned().unwrap_or_default(), b: heads.get(cb).cloned().unwrap_or_default(), lang }) }
                    { for [("A", ca), ("B", cb)].into_iter().filter_map(|(side, i)| Some((side, report::iuran_basis(&list.get(i)?.state, lang, browser::today())?))).map(|(side, basis)| html! {
                        <p class="note" key={side} id={format!("cmp-rates-{side}")}>{ format!("{side} · {basis}") }</p>
                    }) }
                </div>
            }
            <div class="card">
                <h3>{ L::Share.get(lang) }</h3>
                <div class="actions">
                    <button type="button" id="make-link" onclick={make_link}>{ L::CopyShareLink.get(lang) }</button>
                    <button type="button" id="make-summary" class="secondary" onclick={make_summary}>{ L::CopySummary.get(lang) }</button>
                    // A plain link: a navigation when tapped, no request before.
                    <a id="send-whatsapp" class="button secondary" target="_blank" rel="noopener noreferrer"
                        href={format!("https://wa.me/?text={}", browser::encode_component(&report::summary_text(state, &fmt_for(lang), browser::today())))}>{ L::SendWhatsApp.get(lang) }</a>
                </div>
                { status(session, KeepCard::Share, lang) }
                if browser::can_share() {
                    <div class="actions">
                        <button type="button" id="share-link-via" class="secondary" onclick={share_link}>{ L::ShareLinkVia.get(lang) }</button>
                        <button type="button" id="share-summary-via" class="secondary" onclick={share_summary}>{ L::ShareSummaryVia.get(lang) }</button>
                    </div>
                }
                if let Some(url) = shown.share_link() {
                    <label for="share-url" class="note">{ L::ShareLinkLabel.get(lang) }</label>
                    <input id="share-url" class="cell" type="text" readonly=true value={url.to_owned()} />
                    { super::link::qr_figure(url, lang) }
                }
                if let Some(text) = shown.summary() {
                    <label for="summary-text" class="note">{ L::SummaryLabel.get(lang) }</label>
                    <textarea id="summary-text" readonly=true rows="9" value={text.to_owned()} />
                }
            </div>
            { super::backup::backup_card(state, session, lang) }
            <div class="card">
                <h3>{ L::Export.get(lang) }</h3>
                <div class="actions">
                    <button type="button" id="csv-partners" class="secondary" onclick={csv_partners}>{ L::CsvPartners.get(lang) }</button>
                    <button type="button" id="csv-offices" class="secondary" onclick={csv_offices}>{ L::CsvOffices.get(lang) }</button>
                    <button type="button" id="print" class="secondary" onclick={act(SessionAction::StartPrinting)}>{ L::Print.get(lang) }</button>
                </div>
                { status(session, KeepCard::Export, lang) }
                <p class="note">{ L::CsvNote.get(lang) }</p>
            </div>
        </section>
    }
}

/// Reads the scenario list afresh each time the keeping section opens
/// (another tab may have changed it), and forgets what the section showed
/// when it closes. Both run before the browser paints.
#[hook]
pub fn use_keep_section_open(open: bool, session: &SessionHandle, state: &AppState) {
    let (session, state) = (session.clone(), state.clone());
    use_effect_with(open, move |open| {
        let open = *open;
        if open {
            let read = SessionAction::ScenariosRead(load_scenarios());
            session.dispatch(SessionMsg(read, state.clone()));
        }
        move || {
            if open {
                session.dispatch(SessionMsg(SessionAction::LeaveKeepSection, state));
            }
        }
    });
}
