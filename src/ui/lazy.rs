//! The sections a first screen does not show, each in its own wasm module in
//! the release build (the `split` feature; tools/wasm-bindgen splits the
//! linked wasm at the `#[wasm_split]` functions below). The summary stays in
//! the main module: the app opens on it.
//!
//! A section's view is a plain function; its split point returns a pointer to
//! it, kept once it has arrived. Until then the app shows the summary under a
//! "loading" line; a failed download says so, keeps the work (it lives in the
//! main module) and is tried again when the section is opened again.
//! Without the feature (tests, `trunk serve`) the same code runs with every
//! view in one module.

use std::cell::{Cell, RefCell};

use yew::prelude::*;

use crate::i18n::Lang;
use crate::state::{Action, AppState, Section};

use super::keep_share::SessionHandle;

/// What every lazy section's view receives.
pub struct SectionArgs<'a> {
    /// The work.
    pub state: &'a AppState,
    /// The interface language.
    pub lang: Lang,
    /// Dispatches work actions.
    pub dispatch: &'a Callback<Action>,
    /// The session (scenarios, share link, printing).
    pub session: &'a SessionHandle,
}

/// A lazy section's view.
pub type SectionView = for<'a, 'b> fn(&'a SectionArgs<'b>) -> Html;

/// A split module could not be downloaded or started.
#[cfg(feature = "split")]
#[derive(Debug)]
pub struct LoadFailed;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for LoadFailed {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        LoadFailed
    }
}

// One split point per lazy section: `$module` names the wasm module it is
// in (tools/postbuild-split.mjs names the file after it), `$view` is the view.
#[cfg(feature = "split")]
macro_rules! split_point {
    ($module:ident, $name:ident, $view:path) => {
        #[wasm_split_helpers::wasm_split($module, fallible)]
        pub fn $name() -> Result<SectionView, LoadFailed> {
            Ok($view)
        }
    };
}

#[cfg(feature = "split")]
mod points {
    use super::{views, LoadFailed, SectionView};
    // Two modules: code shared by several lazy modules goes to chunks of
    // its own (a request each, and each chunk's imports and exports). One
    // per section measured 42 files and +11 KB in all, the partner cards
    // apart from the figures sections +6.9 KB (bench/FINDINGS.md, "Issue 28"
    // and "Issue 27"). The sections with figures together, keeping and
    // sharing apart.
    split_point!(figures, partners, views::partners);
    split_point!(figures, targets, views::targets);
    split_point!(figures, split, views::split);
    split_point!(figures, progress, views::progress);
    split_point!(figures, iuran, views::iuran);
    split_point!(keep, keep, views::keep);
}

/// The views behind the split points, in the props each section takes.
mod views {
    use std::rc::Rc;

    use super::super::partners::PartnersSection;
    use super::super::{iuran, keep_share, progress, split, targets};
    use super::SectionArgs;
    use crate::read::read_plan;
    use yew::{html, Html};

    pub fn partners(a: &SectionArgs) -> Html {
        let state = a.state;
        let target = read_plan(&state.lines, a.lang)
            .target(state.compare_line)
            .ok();
        html! { <PartnersSection partners={state.partners.clone()} compare_line={state.compare_line} {target}
        texts={Rc::new(state.texts.clone())} lang={a.lang} dispatch={a.dispatch.clone()} /> }
    }

    pub fn targets(a: &SectionArgs) -> Html {
        targets::targets_section(&targets::TargetsProps {
            state: a.state,
            dispatch: a.dispatch.clone(),
        })
    }
    pub fn split(a: &SectionArgs) -> Html {
        split::split_section(&split::SplitProps {
            state: a.state,
            dispatch: a.dispatch.clone(),
        })
    }
    pub fn progress(a: &SectionArgs) -> Html {
        progress::progress_section(&progress::ProgressProps {
            state: a.state,
            dispatch: a.dispatch.clone(),
        })
    }
    pub fn iuran(a: &SectionArgs) -> Html {
        iuran::iuran_section(&iuran::IuranProps {
            state: a.state,
            dispatch: a.dispatch.clone(),
        })
    }
    pub fn keep(a: &SectionArgs) -> Html {
        keep_share::keep_section(&keep_share::KeepProps {
            state: a.state.clone(),
            session: a.session.clone(),
            lang: a.lang,
            dispatch: a.dispatch.clone(),
        })
    }
}

/// The lazy sections, in the order they are preloaded: every section but
/// the plan (the first, in the main module), in the bar's order, which puts
/// the ones the plan's lines lead to most first.
pub const LAZY: &[Section] = match Section::ALL.split_first() {
    Some((_, rest)) => rest,
    None => &[],
};

// Checked when compiling (nothing runs in the browser): the section left
// out above is the plan.
const _: () = assert!(matches!(Section::ALL[0], Section::Summary));

/// Where a lazy section's module is.
#[derive(Clone, Copy)]
pub enum Slot {
    /// Not asked for yet.
    Idle,
    /// Being downloaded.
    #[cfg_attr(not(feature = "split"), allow(dead_code))]
    Loading,
    /// Arrived: its view.
    Ready(SectionView),
    /// The last download failed.
    #[cfg_attr(not(feature = "split"), allow(dead_code))]
    Failed,
}

thread_local! {
    static SLOTS: RefCell<[Slot; LAZY.len()]> = const { RefCell::new([Slot::Idle; LAZY.len()]) };
    // What the app shows: the section, and whether it is printing (every
    // section). A module arriving for something not on screen renders
    // nothing: the preload's arrivals would otherwise re-render the whole
    // app three times while the page is still starting.
    static ON_SCREEN: Cell<(Section, bool)> = const { Cell::new((Section::Summary, false)) };
}

/// Tells which section the app shows, and whether it is printing.
pub fn on_screen(section: Section, printing: bool) {
    ON_SCREEN.with(|s| s.set((section, printing)));
}

#[cfg(feature = "split")]
fn awaited(section: Section) -> bool {
    let (shown, printing) = ON_SCREEN.with(Cell::get);
    printing || shown == section
}

fn index(section: Section) -> Option<usize> {
    LAZY.iter().position(|s| *s == section)
}

/// Where `section`'s module is; `None` for a section of the main module.
pub fn slot(section: Section) -> Option<Slot> {
    index(section).map(|i| SLOTS.with(|s| s.borrow()[i]))
}

/// Whether `section` is lazy and its module is in `wanted`'s state.
pub fn is(section: Section, wanted: fn(&Slot) -> bool) -> bool {
    slot(section).as_ref().is_some_and(wanted)
}

fn set(i: usize, slot: Slot) {
    SLOTS.with(|s| s.borrow_mut()[i] = slot);
}

/// Downloads `section`'s module unless it is here or on its way; calls
/// `arrived` when it has arrived or failed while the app shows it (the app
/// renders again).
#[cfg(feature = "split")]
pub fn load(section: Section, arrived: Callback<()>) {
    let Some(i) = index(section) else { return };
    if is(section, |s| matches!(s, Slot::Ready(_) | Slot::Loading)) {
        return;
    }
    set(i, Slot::Loading);
    yew::platform::spawn_local(async move {
        let got = match section {
            Section::Partners => points::partners().await,
            Section::Targets => points::targets().await,
            Section::Split => points::split().await,
            Section::Progress => points::progress().await,
            Section::Iuran => points::iuran().await,
            _ => points::keep().await,
        };
        set(i, got.map_or(Slot::Failed, Slot::Ready));
        if awaited(section) {
            arrived.emit(());
        }
    });
}

/// Without the split every view is here from the start.
#[cfg(not(feature = "split"))]
pub fn load(section: Section, _arrived: Callback<()>) {
    const VIEWS: [SectionView; LAZY.len()] = [
        views::partners,
        views::targets,
        views::split,
        views::progress,
        views::iuran,
        views::keep,
    ];
    if let Some(i) = index(section) {
        set(i, Slot::Ready(VIEWS[i]));
    }
}

/// Whether every lazy one of `sections` has arrived.
pub fn ready(sections: &[Section]) -> bool {
    sections
        .iter()
        .all(|s| slot(*s).is_none_or(|s| matches!(s, Slot::Ready(_))))
}

/// Downloads again every module that failed, and renders at once so the
/// "loading" line replaces the failure while it is on its way.
pub fn retry_failed(arrived: &Callback<()>) {
    for &s in LAZY {
        if is(s, |s| matches!(s, Slot::Failed)) {
            load(s, arrived.clone());
        }
    }
    arrived.emit(());
}
