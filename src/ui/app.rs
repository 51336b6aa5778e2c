//! The root component: one reducer holds the whole app state; a sticky
//! section bar switches between sections.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{Lang, T};
use crate::session::SessionAction;
use crate::state::{Action, AppState, Section};

use super::keep_share::{self, SessionHandle, SessionStore};
use super::lazy::{self, SectionArgs, Slot};
use super::summary::{summary_section, SummaryProps};
use crate::read::read_plan;

/// The reducer wrapper Yew needs for the work; the logic lives in
/// `AppState::apply`. (The session has its own: `keep_share::SessionStore`.)
#[derive(Clone, Debug, PartialEq, Default)]
pub struct WorkStore(pub AppState);

impl Reducible for WorkStore {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let state = Rc::unwrap_or_clone(self).0;
        Rc::new(WorkStore(state.apply(action)))
    }
}

/// What the app starts with besides storage.
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The share link the page was opened with: its payload, or why it
    /// cannot be opened (`keep_share::read_link`, read before the start).
    #[prop_or_default]
    pub link: Option<Result<String, crate::saved::ShareError>>,
}

/// The whole app.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // Start-up reads saved work (or a share link) once; see `keep_share::boot`.
    // The page address's ?lang= and prefill parameters
    // (?partners=…&total_target=…) apply on top of the saved work; see
    // `prefill::open_with`. What could not be used is a session notice.
    let boot = use_memo((), |_| {
        let (work, session) = keep_share::boot(props.link.clone());
        let (work, problems) = crate::prefill::from_page(work);
        (work, session.with_prefill_problems(problems))
    });
    let store = use_reducer({
        let boot = boot.clone();
        move || WorkStore(boot.0.clone())
    });
    let state = &store.0;
    let lang = state.lang;
    // One callback for the app's lifetime: a new one each render would make
    // every partner card's props differ and re-render all 1,000 of them.
    let dispatch = {
        let dispatcher = store.dispatcher();
        use_callback((), move |a: Action, _| dispatcher.dispatch(a))
    };
    let session = {
        let dispatch = dispatch.clone();
        use_reducer(move || SessionStore::new(boot.1.clone(), dispatch))
    };
    keep_share::use_autosave(state, session.clone());
    keep_share::use_keep_section_open(state.section == Section::Keep, &session, state);
    keep_share::use_prepared_link(state.section == Section::Keep, state);
    // ?embed=1 (compact, in an iframe) and ?parent= (messages to the host page).
    let embed = crate::embed::use_embed(state);
    // Offline: no service worker inside someone else's page.
    let waiting_worker = crate::pwa::use_waiting_worker(!embed.embed);

    // A lazy section's module arriving (or failing) renders the app again.
    let rerender = use_force_update();
    let arrived = use_callback((), move |(), _| rerender.force_update());
    // Every lazy module is fetched once the first figures are painted, so
    // opening a section (or going offline) never waits; a section whose
    // download failed is tried again when it is opened again. Started in the
    // effect itself, before the first frame was painted, they held that frame
    // back by about 15 ms; from a timer, the next task was still theirs
    // (bench/FINDINGS.md). The section on screen asks for its own module as
    // it renders.
    {
        let arrived = arrived.clone();
        use_effect_with(state.section, move |section| {
            if lazy::is(*section, |s| matches!(s, Slot::Failed)) {
                lazy::retry_failed(&arrived);
            }
            let arrived = arrived.clone();
            let waiting = crate::frame::after_paint(move || {
                for &s in lazy::LAZY {
                    if lazy::is(s, |s| matches!(s, Slot::Idle)) {
                        lazy::load(s, arrived.clone());
                    }
                }
            });
            move || drop(waiting)
        });
    }

    // Printing renders the summary, targets and splits together, then asks the
    // browser to print once every printed part has arrived (a failed one is
    // tried again at once); `afterprint` (or the close button) goes back.
    lazy::on_screen(state.section, session.session.printing());
    let print_ready = lazy::ready(&PRINTED);
    {
        let arrived = arrived.clone();
        use_effect_with(
            (session.session.printing(), print_ready),
            move |(printing, ready)| {
                if *printing && *ready {
                    super::browser::print();
                } else if *printing {
                    lazy::retry_failed(&arrived);
                }
            },
        );
    }

    // Keep <html lang> in step with the interface language for screen readers.
    use_effect_with(lang, |lang| {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            // Only when it changes: a new `lang` restyles the whole page, and
            // index.html already says "id" for the first frame.
            if el.get_attribute("lang").as_deref() != Some(lang.code()) {
                let _ = el.set_attribute("lang", lang.code());
            }
        }
    });

    let other = match lang {
        Lang::Id => Lang::En,
        Lang::En => Lang::Id,
    };

    let body = if session.session.printing() {
        html! {
            <>
                <div class="actions no-print">
                    <button type="button" id="close-print" onclick={keep_share::on(&session, state, SessionAction::StopPrinting)}>{ T::ClosePrint.get(lang) }</button>
                </div>
                { for PRINTED.into_iter().map(|s| html! {
                    <div class="print-part" key={s.name()}>{ render_section(s, state, lang, &dispatch, &session, &arrived, false) }</div>
                }) }
            </>
        }
    } else {
        render_section(
            state.section,
            state,
            lang,
            &dispatch,
            &session,
            &arrived,
            true,
        )
    };

    html! {
        <>
            if !embed.embed {
            <header class="top">
                <div class="brand">
                    <h1>{ T::AppTitle.get(lang) }</h1>
                    <p>{ T::AppSubtitle.get(lang) }</p>
                </div>
                <button type="button" class="lang" lang={other.code()} aria-label={T::LangSwitchLabel.get(lang)}
                    onclick={dispatch.reform(move |_| Action::SwitchLanguage(other))}>{ T::LangSwitch.get(lang) }</button>
            </header>
            }
            <nav class="sections" aria-label={T::Sections.get(lang)}>
                <ul>
                    { for Section::ALL.iter().map(|s| {
                        let s = *s;
                        let current = s == state.section;
                        html! {
                            <li key={s.name()}>
                                <button type="button" id={format!("tab-{}", s.name().to_ascii_lowercase())}
                                    aria-current={current.then_some("page")} class={classes!(current.then_some("current"))}
                                    onclick={dispatch.reform(move |_| Action::OpenSection(s))}>{ umkm_core::words::section_short_name(lang, s) }</button>
                            </li>
                        }
                    }) }
                </ul>
            </nav>
            <main>
                { crate::pwa::update_notice(&crate::pwa::UpdateNoticeProps { worker: waiting_worker, lang }) }
                { keep_share::notices(&keep_share::NoticesProps { session: &session, state, lang }) }
                { body }
            </main>
            <footer>
                // Shown by static/app.css when the loader (tools/postbuild.mjs)
                // has marked <html>: `can-install` when the browser offers
                // installation (a tap calls the browser's prompt), `ios-tab` on
                // iOS outside the home screen. Not when embedded.
                if !embed.embed {
                    <p class="install"><button type="button" class="secondary" id="install">{ T::InstallApp.get(lang) }</button></p>
                    <p class="note" id="ios-hint">{ T::InstallIosHint.get(lang) }</p>
                }
                <p>{ T::LocalOnly.get(lang) }</p>
                <details class="about"><summary>{ T::AboutTitle.get(lang) }</summary><p id="about">{ T::AboutText.get(lang) }</p></details>
            </footer>
        </>
    }
}

/// What printing shows, in order.
const PRINTED: [Section; 5] = [
    Section::Summary,
    Section::Targets,
    Section::Split,
    Section::Progress,
    Section::Iuran,
];

/// One section's view of the state. A lazy section still on its way shows a
/// line saying so, and (on screen, not in print, where the summary is a part
/// of its own) the summary's figures under it.
fn render_section(
    section: Section,
    state: &AppState,
    lang: Lang,
    dispatch: &Callback<Action>,
    session: &SessionHandle,
    arrived: &Callback<()>,
    with_summary: bool,
) -> Html {
    let summary_below = || {
        if with_summary {
            summary(state, lang, dispatch)
        } else {
            Html::default()
        }
    };
    match section {
        Section::Summary => summary(state, lang, dispatch),
        lazy_section => {
            if lazy::is(lazy_section, |s| matches!(s, Slot::Idle)) {
                lazy::load(lazy_section, arrived.clone());
            }
            match lazy::slot(lazy_section) {
                Some(Slot::Ready(view)) => view(&SectionArgs {
                    state,
                    lang,
                    dispatch,
                    session,
                }),
                // The summary's figures first, while the section arrives.
                Some(Slot::Failed) => html! {
                    <>
                        <div class="notice warn" role="alert" id="section-failed">
                            <p>{ T::SectionLoadFailed.get(lang) }</p>
                            <button type="button" id="section-retry" onclick={
                                let arrived = arrived.clone();
                                move |_| lazy::retry_failed(&arrived)
                            }>{ T::TryAgain.get(lang) }</button>
                        </div>
                        { summary_below() }
                    </>
                },
                _ => html! {
                    <>
                        <p class="note" role="status" id="section-loading">{ T::SectionLoading.get(lang) }</p>
                        { summary_below() }
                    </>
                },
            }
        }
    }
}

fn summary(state: &AppState, lang: Lang, dispatch: &Callback<Action>) -> Html {
    summary_section(&SummaryProps {
        state,
        plan: read_plan(&state.lines, lang),
        dispatch: dispatch.clone(),
    })
}
