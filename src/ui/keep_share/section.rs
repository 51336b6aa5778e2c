//! Keeping and sharing work: start-up (saved work, share links), autosave,
//! the notices about them, and the section with scenarios, comparison, share
//! link, chat summary, CSV export and printing.

use yew::prelude::*;

use crate::i18n::{Lang, T};
use crate::numbers::format::{format, Style};
use crate::report::{self, Headline};
use crate::saved::{self, keys, Scenario, ShareError};
use crate::state::{Action, AppState};
use crate::storage;

use super::browser;

/// What the app knows about keeping work, besides the work itself.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Session {
    /// Autosave failed (storage denied or full): said once, then quiet.
    pub storage_failed: bool,
    /// The warning about it was dismissed.
    pub storage_warning_dismissed: bool,
    /// Saved data could not be read; it was kept under this key.
    pub backup_key: Option<String>,
    /// Why the saved data could not be read.
    pub backup_reason: Option<saved::LoadError>,
    /// The screen shows a shared link's work; the user's own work is untouched
    /// and autosave is off until the user decides.
    pub viewing_shared: bool,
    /// A share link that could not be opened, and why.
    pub share_error: Option<ShareError>,
    /// The sections are all rendered for printing.
    pub printing: bool,
}

/// Keeps unreadable saved data under a backup key that does not overwrite an
/// earlier backup; returns the key, or `None` if it could not be kept.
fn keep_backup(text: &str) -> Option<String> {
    for n in 0..100u32 {
        let key = if n == 0 {
            keys::BACKUP.to_owned()
        } else {
            format!("{}.{n}", keys::BACKUP)
        };
        match storage::get(&key) {
            Some(existing) if existing == text => return Some(key),
            Some(_) => continue,
            None => return storage::set(&key, text).ok().map(|_| key),
        }
    }
    None
}

/// The user's own saved work, or the defaults (and why).
pub fn own_work() -> (AppState, Session) {
    let mut session = Session::default();
    let state = match storage::get(keys::CURRENT) {
        None => AppState::default(),
        Some(text) => match saved::decode(&text) {
            Ok(state) => state,
            Err(reason) => {
                session.backup_reason = Some(reason);
                match keep_backup(&text) {
                    Some(key) => session.backup_key = Some(key),
                    // Could not keep a copy: do not autosave over the original.
                    None => session.storage_failed = true,
                }
                AppState::default()
            }
        },
    };
    (state, session)
}

/// The state and session to start with: the user's saved work, or a shared
/// link's work shown as new and unsaved.
pub fn boot() -> (AppState, Session) {
    let (own, mut session) = own_work();
    let payload = crate::url::fragment().and_then(|f| f.strip_prefix("s=").map(str::to_owned));
    let Some(payload) = payload else {
        return (own, session);
    };
    let decoded = browser::decode_component(&payload)
        .ok_or(ShareError::Damaged)
        .and_then(|p| saved::decode_share(&p));
    match decoded {
        Ok(shared) => {
            session.viewing_shared = true;
            let lang = own.lang;
            // Keep the reader's own language: the link's numbers are rewritten
            // for it, as a language switch does.
            let state = AppState {
                section: own.section,
                ..own
            }
            .apply(Action::LoadWork(Box::new(shared)));
            (AppState { lang, ..state }, session)
        }
        Err(e) => {
            session.share_error = Some(e);
            (own, session)
        }
    }
}

/// How long typing must pause before the work is saved. Writing 1,000 rows
/// to storage on every keystroke took longer than the rest of the update.
const SAVE_DELAY_MS: i32 = 400;

/// Saves the work once it stops changing for a moment, and at once when the
/// page is hidden or left (switching apps, closing the tab, reloading), so
/// nothing typed is lost. Not while a shared link is on screen, nor when
/// saving would overwrite unreadable data that could not be backed up.
#[hook]
pub fn use_autosave(state: &AppState, session: UseStateHandle<Session>) {
    let blocked =
        session.viewing_shared || (session.backup_reason.is_some() && session.backup_key.is_none());
    // The work as the app opened it is saved at once (a moment after the
    // first frame), as before any edit; edits wait for a pause.
    let opened = use_mut_ref(|| true);
    use_effect_with((state.clone(), blocked), move |(state, blocked)| {
        let mut keep: (Option<browser::Timeout>, Vec<crate::pwa::Listener>) = (None, Vec::new());
        let at_once = std::mem::replace(&mut *opened.borrow_mut(), false);
        if !*blocked {
            let state = state.clone();
            let save = std::rc::Rc::new(move || {
                if storage::set(keys::CURRENT, &saved::encode(&state)).is_err()
                    && !session.storage_failed
                {
                    session.set(Session {
                        storage_failed: true,
                        ..(*session).clone()
                    });
                }
            });
            // Whichever comes first; the other is dropped with this effect
            // (a newer state's effect saves the newer work).
            if at_once {
                // Right after the first frame, not before it.
                keep.0 = browser::Timeout::new(0, move || save());
                return Box::new(move || drop(keep)) as Box<dyn FnOnce()>;
            }
            let done = std::rc::Rc::new(std::cell::Cell::new(false));
            let once = move || {
                if !done.replace(true) {
                    save();
                }
            };
            keep.0 = browser::Timeout::new(SAVE_DELAY_MS, once.clone());
            if let Some(window) = web_sys::window() {
                let on_hide = {
                    let once = once.clone();
                    move |_: web_sys::Event| once()
                };
                keep.1
                    .extend(crate::pwa::Listener::new(&window, "pagehide", on_hide));
                if let Some(document) = window.document() {
                    let d = document.clone();
                    let on_hidden = move |_: web_sys::Event| {
                        if d.hidden() {
                            once();
                        }
                    };
                    keep.1.extend(crate::pwa::Listener::new(
                        &document,
                        "visibilitychange",
                        on_hidden,
                    ));
                }
            }
        }
        Box::new(move || drop(keep)) as Box<dyn FnOnce()>
    });
}

fn share_error_text(lang: Lang, e: &ShareError) -> &'static str {
    match e {
        ShareError::TooLong => T::ShareTooLong.get(lang),
        ShareError::Damaged => T::ShareDamaged.get(lang),
        ShareError::NewerVersion(_) => T::ShareNewer.get(lang),
        ShareError::Invalid => T::ShareInvalid.get(lang),
    }
}

/// What [`notices`] shows.
pub struct NoticesProps {
    /// The session.
    pub session: UseStateHandle<Session>,
    /// The work on screen.
    pub state: AppState,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches user actions.
    pub dispatch: Callback<Action>,
}

/// Messages about keeping work, above the sections. A plain function rather
/// than a component: no state of its own (each component costs ~2 KB of wasm).
pub fn notices(props: &NoticesProps) -> Html {
    let lang = props.lang;
    let s = &*props.session;
    let update = |f: fn(&mut Session)| {
        let session = props.session.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*session).clone();
            f(&mut next);
            session.set(next);
        })
    };
    let keep_shared = {
        let session = props.session.clone();
        Callback::from(move |_: MouseEvent| {
            if browser::confirm(T::ConfirmReplaceOwn.get(lang)) {
                crate::url::clear_fragment();
                session.set(Session {
                    viewing_shared: false,
                    ..(*session).clone()
                });
            }
        })
    };
    let save_shared = {
        let state = props.state.clone();
        Callback::from(move |_: MouseEvent| {
            let mut list = load_scenarios();
            list.push(Scenario {
                name: T::SharedScenarioName.get(lang).to_owned(),
                state: state.clone(),
            });
            if save_scenarios(&list) {
                back_to_own();
            }
        })
    };
    let back = Callback::from(|_: MouseEvent| back_to_own());
    let download_backup = {
        let key = s.backup_key.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(text) = key.as_deref().and_then(storage::get) {
                browser::download("target-umkm-cadangan.json", "application/json", &text);
            }
        })
    };
    html! {
        <div class="notices" aria-live="polite">
            if s.viewing_shared {
                <div class="notice info" id="shared-notice" role="status">
                    <p>{ T::SharedNotice.get(lang) }</p>
                    <div class="actions">
                        <button type="button" onclick={save_shared}>{ T::SaveSharedAsScenario.get(lang) }</button>
                        <button type="button" class="secondary" onclick={keep_shared}>{ T::UseSharedAsMine.get(lang) }</button>
                        <button type="button" class="secondary" onclick={back}>{ T::BackToMine.get(lang) }</button>
                    </div>
                </div>
            }
            if let Some(e) = &s.share_error {
                <div class="notice warn" id="share-error" role="alert">
                    <p>{ share_error_text(lang, e) }</p>
                    <button type="button" class="secondary" onclick={update(|s| s.share_error = None)}>{ T::Dismiss.get(lang) }</button>
                </div>
            }
            if s.backup_reason.is_some() {
                <div class="notice warn" id="backup-notice" role="alert">
                    <p>{ if matches!(s.backup_reason, Some(saved::LoadError::NewerVersion(_))) { T::SavedNewer.get(lang) } else { T::SavedUnreadable.get(lang) } }</p>
                    <div class="actions">
                        if s.backup_key.is_some() {
                            <button type="button" onclick={download_backup}>{ T::DownloadBackup.get(lang) }</button>
                        }
                        <button type="button" class="secondary" onclick={update(|s| s.backup_reason = None)}>{ T::Dismiss.get(lang) }</button>
                    </div>
                </div>
            }
            if s.storage_failed && !s.storage_warning_dismissed {
                <div class="notice warn" id="storage-warning" role="status">
                    <p>{ T::StorageUnavailable.get(lang) }</p>
                    <button type="button" class="secondary" onclick={update(|s| s.storage_warning_dismissed = true)}>{ T::Dismiss.get(lang) }</button>
                </div>
            }
        </div>
    }
}

/// Leaves a shared link's work for the user's own saved work: reloading
/// reads it afresh, exactly as saved. The session is deliberately left as it
/// is until then, so autosave stays off and cannot write the shared work
/// over the user's own.
fn back_to_own() {
    crate::url::clear_fragment();
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// The saved scenarios (an unreadable list reads as empty but is not
/// overwritten until the user saves a scenario).
pub fn load_scenarios() -> Vec<Scenario> {
    storage::get(keys::SCENARIOS)
        .and_then(|t| saved::decode_scenarios(&t).ok())
        .unwrap_or_default()
}

fn save_scenarios(list: &[Scenario]) -> bool {
    if let Some(text) = storage::get(keys::SCENARIOS) {
        if saved::decode_scenarios(&text).is_err() {
            // Never overwrite a list this version cannot read.
            if keep_backup(&text).is_none() {
                return false;
            }
        }
    }
    storage::set(keys::SCENARIOS, &saved::encode_scenarios(list)).is_ok()
}

fn fmt_for(lang: Lang) -> impl Fn(Style, f64) -> String {
    move |style, v| format(lang, style, v)
}

/// Properties of [`KeepSection`].
#[derive(Properties, PartialEq)]
pub struct KeepProps {
    /// The work on screen.
    pub state: AppState,
    /// The session (printing).
    pub session: UseStateHandle<Session>,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches user actions.
    pub dispatch: Callback<Action>,
}

/// Scenarios, comparison, share link, chat summary, CSV and printing.
#[function_component(KeepSection)]
pub fn keep_section(props: &KeepProps) -> Html {
    let lang = props.lang;
    let list = use_state(load_scenarios);
    let name = use_state(String::new);
    let status = use_state(|| Option::<String>::None);
    let deleted = use_state(|| Option::<(usize, Scenario)>::None);
    let compare = use_state(|| (0usize, 1usize));
    let share_url = use_state(|| Option::<String>::None);
    let summary = use_state(|| Option::<String>::None);

    let store = {
        let list = list.clone();
        let status = status.clone();
        move |next: Vec<Scenario>, ok: T| {
            if save_scenarios(&next) {
                status.set(Some(ok.get(lang).to_owned()));
            } else {
                status.set(Some(T::StorageUnavailable.get(lang).to_owned()));
            }
            list.set(next);
        }
    };

    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            name.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let save_as = {
        let (list, name, state, store) = (
            list.clone(),
            name.clone(),
            props.state.clone(),
            store.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let n = name.trim();
            let n = if n.is_empty() {
                T::Untitled.get(lang)
            } else {
                n
            };
            let mut next = (*list).clone();
            next.push(Scenario {
                name: n.to_owned(),
                state: state.clone(),
            });
            store(next, T::ScenarioSaved);
            name.set(String::new());
        })
    };
    let open = |i: usize| {
        let (list, dispatch, state, status) = (
            list.clone(),
            props.dispatch.clone(),
            props.state.clone(),
            status.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(s) = list.get(i) else { return };
            // Opening replaces the work on screen: ask unless it is saved as a scenario.
            let saved_already = list.iter().any(|x| x.state == state);
            if saved_already || browser::confirm(T::ConfirmReplaceOwn.get(lang)) {
                dispatch.emit(Action::LoadWork(Box::new(s.state.clone())));
                status.set(Some(format!("{} {}", T::ScenarioOpened.get(lang), s.name)));
            }
        })
    };
    let rename = |i: usize| {
        let (list, store) = (list.clone(), store.clone());
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            let mut next = (*list).clone();
            if let Some(s) = next.get_mut(i) {
                s.name = value;
            }
            store(next, T::ScenarioRenamed);
        })
    };
    let duplicate = |i: usize| {
        let (list, store) = (list.clone(), store.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = (*list).clone();
            if let Some(s) = next.get(i).cloned() {
                next.insert(
                    i.saturating_add(1),
                    Scenario {
                        name: format!("{} ({})", s.name, T::Copy.get(lang)),
                        state: s.state,
                    },
                );
            }
            store(next, T::ScenarioSaved);
        })
    };
    let delete = |i: usize| {
        let (list, store, deleted) = (list.clone(), store.clone(), deleted.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = (*list).clone();
            if i < next.len() {
                let gone = next.remove(i);
                deleted.set(Some((i, gone)));
                store(next, T::ScenarioDeleted);
            }
        })
    };
    let undo = {
        let (list, store, deleted) = (list.clone(), store.clone(), deleted.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some((i, s)) = (*deleted).clone() {
                let mut next = (*list).clone();
                next.insert(i.min(next.len()), s);
                deleted.set(None);
                store(next, T::ScenarioRestored);
            }
        })
    };
    let make_link = {
        let (state, share_url, status) = (props.state.clone(), share_url.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let payload = saved::encode_share(&state);
            let url = format!(
                "{}#s={}",
                crate::url::address_without_fragment().unwrap_or_default(),
                browser::encode_component(&payload)
            );
            share_url.set(Some(url.clone()));
            let status = status.clone();
            yew::platform::spawn_local(async move {
                let t = if browser::copy_text(&url).await {
                    T::Copied
                } else {
                    T::CopyManually
                };
                status.set(Some(t.get(lang).to_owned()));
            });
        })
    };
    let make_summary = {
        let (state, summary, status) = (props.state.clone(), summary.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let f = fmt_for(lang);
            let text = report::summary_text(&state, &f);
            summary.set(Some(text.clone()));
            let status = status.clone();
            yew::platform::spawn_local(async move {
                let t = if browser::copy_text(&text).await {
                    T::Copied
                } else {
                    T::CopyManually
                };
                status.set(Some(t.get(lang).to_owned()));
            });
        })
    };
    let csv_partners = {
        let state = props.state.clone();
        Callback::from(move |_: MouseEvent| {
            let f = fmt_for(lang);
            let name = format!("mitra-{}.csv", browser::today_iso());
            browser::download(
                &name,
                "text/csv;charset=utf-8",
                &report::partners_csv(&state, &f),
            );
        })
    };
    let csv_offices = {
        let (state, status) = (props.state.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let f = fmt_for(lang);
            match report::offices_csv(&state, &f) {
                Some(csv) => {
                    browser::download(
                        &format!("pembagian-kantor-{}.csv", browser::today_iso()),
                        "text/csv;charset=utf-8",
                        &csv,
                    );
                }
                None => status.set(Some(T::SplitWaiting.get(lang).to_owned())),
            }
        })
    };
    let print = {
        let session = props.session.clone();
        Callback::from(move |_: MouseEvent| {
            session.set(Session {
                printing: true,
                ..(*session).clone()
            });
        })
    };
    let choose = |which: usize| {
        let compare = compare.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Ok(i) = v.parse::<usize>() {
                let (a, b) = *compare;
                compare.set(if which == 0 { (i, b) } else { (a, i) });
            }
        })
    };

    let heads: Vec<Headline> = list.iter().map(|s| report::headline(&s.state)).collect();
    let (ca, cb) = *compare;

    html! {
        <section class="section" aria-labelledby="keep-h">
            <h2 id="keep-h">{ T::SectionKeep.get(lang) }</h2>
            <p class="intro">{ T::AutosaveNote.get(lang) }</p>
            if let Some(msg) = &*status {
                <p class="notice ok" role="status" id="keep-status">{ msg.clone() }</p>
            }
            <div class="card">
                <h3>{ T::Scenarios.get(lang) }</h3>
                <form class="inline-form" onsubmit={save_as}>
                    <div class="field name">
                        <label for="scenario-name">{ T::ScenarioName.get(lang) }</label>
                        <input id="scenario-name" type="text" value={(*name).clone()} oninput={on_name} placeholder={T::ScenarioNamePlaceholder.get(lang)} />
                    </div>
                    <button type="submit" id="save-scenario">{ T::SaveScenario.get(lang) }</button>
                </form>
                if let Some((_, s)) = &*deleted {
                    <p class="notice info">{ format!("{} {}", T::ScenarioDeleted.get(lang), s.name) }
                        { " " }<button type="button" class="secondary" id="undo-delete" onclick={undo}>{ T::Undo.get(lang) }</button></p>
                }
                if list.is_empty() {
                    <p class="waiting">{ T::NoScenarios.get(lang) }</p>
                } else {
                    <ul class="scenarios" id="scenario-list">
                        { for list.iter().enumerate().map(|(i, s)| html! {
                            <li key={format!("{i}-{}", s.name)} class="card scenario">
                                <label class="sr-only" for={format!("scn-{i}")}>{ T::ScenarioName.get(lang) }</label>
                                <input id={format!("scn-{i}")} class="scenario-name" type="text" value={s.name.clone()} onchange={rename(i)} />
                                <p class="note">{ format!("{}: {} · {}: {}", T::ExpectedParticipants.get(lang),
                                    heads.get(i).and_then(|h| h.expected).map(|v| format(lang, Style::Whole, v)).unwrap_or_else(|| "–".into()),
                                    T::TotalTarget.get(lang),
                                    heads.get(i).and_then(|h| h.total_target).map(|v| format(lang, Style::Whole, v)).unwrap_or_else(|| "–".into())) }</p>
                                <div class="actions">
                                    <button type="button" onclick={open(i)} aria-label={format!("{} {}", T::Open.get(lang), s.name)}>{ T::Open.get(lang) }</button>
                                    <button type="button" class="secondary" onclick={duplicate(i)} aria-label={format!("{} {}", T::Duplicate.get(lang), s.name)}>{ T::Duplicate.get(lang) }</button>
                                    <button type="button" class="secondary danger" onclick={delete(i)} aria-label={format!("{} {}", T::Remove.get(lang), s.name)}>{ T::Remove.get(lang) }</button>
                                </div>
                            </li>
                        }) }
                    </ul>
                }
            </div>
            if list.len() >= 2 {
                <div class="card">
                    <h3>{ T::Compare.get(lang) }</h3>
                    <div class="grid">
                        <div class="field"><label for="cmp-a">{ "A" }</label>
                            <select id="cmp-a" onchange={choose(0)}>{ for list.iter().enumerate().map(|(i, s)| html! { <option key={i} value={i.to_string()} selected={i == ca}>{ s.name.clone() }</option> }) }</select></div>
                        <div class="field"><label for="cmp-b">{ "B" }</label>
                            <select id="cmp-b" onchange={choose(1)}>{ for list.iter().enumerate().map(|(i, s)| html! { <option key={i} value={i.to_string()} selected={i == cb}>{ s.name.clone() }</option> }) }</select></div>
                    </div>
                    { compare_table(&CompareProps { a: heads.get(ca).cloned().unwrap_or_default(), b: heads.get(cb).cloned().unwrap_or_default(), lang }) }
                </div>
            }
            <div class="card">
                <h3>{ T::Share.get(lang) }</h3>
                <div class="actions">
                    <button type="button" id="make-link" onclick={make_link}>{ T::CopyShareLink.get(lang) }</button>
                    <button type="button" id="make-summary" class="secondary" onclick={make_summary}>{ T::CopySummary.get(lang) }</button>
                </div>
                if let Some(url) = &*share_url {
                    <label for="share-url" class="note">{ T::ShareLinkLabel.get(lang) }</label>
                    <input id="share-url" class="cell" type="text" readonly=true value={url.clone()} />
                }
                if let Some(text) = &*summary {
                    <label for="summary-text" class="note">{ T::SummaryLabel.get(lang) }</label>
                    <textarea id="summary-text" readonly=true rows="9" value={text.clone()} />
                }
            </div>
            <div class="card">
                <h3>{ T::Export.get(lang) }</h3>
                <div class="actions">
                    <button type="button" id="csv-partners" class="secondary" onclick={csv_partners}>{ T::CsvPartners.get(lang) }</button>
                    <button type="button" id="csv-offices" class="secondary" onclick={csv_offices}>{ T::CsvOffices.get(lang) }</button>
                    <button type="button" id="print" class="secondary" onclick={print}>{ T::Print.get(lang) }</button>
                </div>
                <p class="note">{ T::CsvNote.get(lang) }</p>
            </div>
        </section>
    }
}

// A plain function rather than a component: no state of its own, and each
// component costs ~2 KB of wasm (issue 7).
struct CompareProps {
    a: Headline,
    b: Headline,
    lang: Lang,
}

fn compare_table(props: &CompareProps) -> Html {
    let lang = props.lang;
    let (a, b) = (&props.a, &props.b);
    let rows: [(T, Option<f64>, Option<f64>, Style); 5] = [
        (T::PotentialWorkers, a.potential, b.potential, Style::Whole),
        (
            T::ExpectedParticipants,
            a.expected,
            b.expected,
            Style::Whole,
        ),
        (T::TotalTarget, a.total_target, b.total_target, Style::Whole),
        (T::ShareOfTarget, a.share, b.share, Style::Percent),
        (T::SegOther, a.other, b.other, Style::Whole),
    ];
    let show = |v: Option<f64>, style: Style| {
        v.map(|v| format(lang, style, v))
            .unwrap_or_else(|| "–".into())
    };
    html! {
        <div class="table-wrap">
            <table class="num" id="compare-table">
                <caption class="sr-only">{ T::Compare.get(lang) }</caption>
                <thead><tr><th scope="col">{ T::Figure.get(lang) }</th><th scope="col">{ "A" }</th><th scope="col">{ "B" }</th><th scope="col">{ "B − A" }</th></tr></thead>
                <tbody>
                    { for rows.iter().map(|(t, x, y, style)| {
                        let diff = x.zip(*y).and_then(|(x, y)| crate::calc::pipeline::difference(x, y).ok());
                        let diff_text = match (diff, style) {
                            (Some(d), Style::Percent) => format!("{} {}", format(lang, Style::SignedDecimal, d * 100.0), T::UnitPoints.get(lang)),
                            (Some(d), _) => format(lang, Style::SignedDecimal, d),
                            (None, _) => "–".into(),
                        };
                        html! {
                            <tr key={t.get(Lang::En)}><th scope="row">{ t.get(lang) }</th><td>{ show(*x, *style) }</td><td>{ show(*y, *style) }</td><td>{ diff_text }</td></tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}
