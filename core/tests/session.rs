//! The session reducer as the user meets it: saving, renaming, duplicating,
//! deleting and undoing scenarios, opening one, and a shared link's work
//! (opened, made the user's own, left). Every expected value is written out.

use umkm_core::i18n::Lang;
use umkm_core::saved::backup::{Backup, BackupError};
use umkm_core::saved::{LoadError, Scenario, ShareError};
use umkm_core::session::{
    backup_error_text, Effects, KeepMessage, Notice, Session, SessionAction, Side,
};
use umkm_core::state::{Action, AppState, Field};

/// A piece of work told apart by its projection years.
fn work(years: &str) -> AppState {
    AppState::default().apply(Action::EditField {
        field: Field::ProjectionYears,
        text: years.into(),
    })
}

fn scenario(name: &str, years: &str) -> Scenario {
    Scenario {
        name: name.into(),
        state: work(years),
    }
}

fn names(s: &Session) -> Vec<&str> {
    s.scenarios().iter().map(|s| s.name.as_str()).collect()
}

/// Applies actions in turn with the same work on screen; the last effects.
fn run(session: Session, work: &AppState, actions: Vec<SessionAction>) -> (Session, Effects) {
    let mut out = (session, Effects::default());
    for a in actions {
        out = out.0.reduce(a, work);
    }
    out
}

fn three() -> Session {
    Session::new(vec![
        scenario("Sampoerna", "3"),
        scenario("Separuh", "4"),
        scenario("Gudang Garam", "5"),
    ])
}

#[test]
fn save_uses_the_typed_name_trimmed_then_clears_it() {
    let on_screen = work("9");
    let (s, fx) = run(
        three(),
        &on_screen,
        vec![
            SessionAction::TypeScenarioName("  Kunjungan Sampoerna ".into()),
            SessionAction::SaveAsScenario,
        ],
    );
    assert_eq!(
        names(&s),
        [
            "Sampoerna",
            "Separuh",
            "Gudang Garam",
            "Kunjungan Sampoerna"
        ]
    );
    assert_eq!(s.scenarios()[3].state, on_screen);
    assert_eq!(s.draft_name(), "");
    assert_eq!(s.message(), Some(&KeepMessage::Saved));
    assert!(fx.keep_scenarios);
    assert_eq!(fx.work, None);
    assert_eq!(
        s.message().map(|m| m.text(Lang::Id)).as_deref(),
        Some("Skenario disimpan.")
    );
}

#[test]
fn save_without_a_name_is_untitled_in_the_work_language() {
    let en = work("9").apply(Action::SwitchLanguage(Lang::En));
    let (s, _) = run(
        Session::new(Vec::new()),
        &en,
        vec![
            SessionAction::TypeScenarioName("   ".into()),
            SessionAction::SaveAsScenario,
        ],
    );
    assert_eq!(names(&s), ["Untitled"]);
    let (s, _) = Session::new(Vec::new()).reduce(SessionAction::SaveAsScenario, &work("9"));
    assert_eq!(names(&s), ["Tanpa nama"]);
}

#[test]
fn rename_changes_one_name_and_keeps_the_order() {
    let (s, fx) = three().reduce(
        SessionAction::Rename {
            index: 1,
            name: "Separuh binaan".into(),
        },
        &work("9"),
    );
    assert_eq!(names(&s), ["Sampoerna", "Separuh binaan", "Gudang Garam"]);
    assert_eq!(s.scenarios()[1].state, work("4"));
    assert_eq!(s.message(), Some(&KeepMessage::Renamed));
    assert!(fx.keep_scenarios);
    // Past the end: nothing changes, nothing is written.
    let (s2, fx) = s.clone().reduce(
        SessionAction::Rename {
            index: 3,
            name: "X".into(),
        },
        &work("9"),
    );
    assert_eq!(s2, s);
    assert!(!fx.keep_scenarios);
}

#[test]
fn duplicate_places_a_named_copy_below() {
    let (s, fx) = three().reduce(SessionAction::Duplicate(1), &work("9"));
    assert_eq!(
        names(&s),
        ["Sampoerna", "Separuh", "Separuh (salinan)", "Gudang Garam"]
    );
    assert_eq!(s.scenarios()[2].state, work("4"));
    assert!(fx.keep_scenarios);
    let en = work("9").apply(Action::SwitchLanguage(Lang::En));
    let (s, _) = three().reduce(SessionAction::Duplicate(2), &en);
    assert_eq!(
        names(&s),
        [
            "Sampoerna",
            "Separuh",
            "Gudang Garam",
            "Gudang Garam (copy)"
        ]
    );
}

#[test]
fn delete_removes_and_offers_undo_naming_it() {
    let (s, fx) = three().reduce(SessionAction::Delete(0), &work("9"));
    assert_eq!(names(&s), ["Separuh", "Gudang Garam"]);
    assert!(fx.keep_scenarios);
    assert_eq!(
        s.undo_text(Lang::Id).as_deref(),
        Some("Skenario dihapus: Sampoerna")
    );
    assert_eq!(
        s.undo_text(Lang::En).as_deref(),
        Some("Scenario deleted: Sampoerna")
    );
}

#[test]
fn undo_brings_the_deleted_back_at_its_place() {
    let (s, fx) = run(
        three(),
        &work("9"),
        vec![SessionAction::Delete(1), SessionAction::UndoDelete],
    );
    assert_eq!(names(&s), ["Sampoerna", "Separuh", "Gudang Garam"]);
    assert_eq!(s.scenarios()[1].state, work("4"));
    assert_eq!(s.undo_text(Lang::Id), None);
    assert_eq!(s.message(), Some(&KeepMessage::Restored));
    assert!(fx.keep_scenarios);
    // A second undo has nothing to bring back.
    let (s2, fx) = s.clone().reduce(SessionAction::UndoDelete, &work("9"));
    assert_eq!(names(&s2), ["Sampoerna", "Separuh", "Gudang Garam"]);
    assert!(!fx.keep_scenarios);
}

#[test]
fn undo_of_the_last_after_the_list_shrank_goes_to_the_end() {
    let (s, _) = run(
        three(),
        &work("9"),
        vec![SessionAction::Delete(2), SessionAction::UndoDelete],
    );
    assert_eq!(names(&s), ["Sampoerna", "Separuh", "Gudang Garam"]);
}

#[test]
fn the_next_change_to_the_list_ends_the_undo() {
    let (s, _) = run(
        three(),
        &work("9"),
        vec![
            SessionAction::Delete(0),
            SessionAction::Duplicate(0),
            SessionAction::UndoDelete,
        ],
    );
    assert_eq!(names(&s), ["Separuh", "Separuh (salinan)", "Gudang Garam"]);
    assert_eq!(s.undo_text(Lang::Id), None);
    // A second deletion replaces the first: undo brings back the last one.
    let (s, _) = run(
        three(),
        &work("9"),
        vec![
            SessionAction::Delete(0),
            SessionAction::Delete(0),
            SessionAction::UndoDelete,
        ],
    );
    assert_eq!(names(&s), ["Separuh", "Gudang Garam"]);
}

#[test]
fn open_replaces_the_work_and_asks_only_if_the_work_is_unsaved() {
    let s = three();
    assert!(s.opening_asks(0, &work("9")));
    assert!(!s.opening_asks(0, &work("5")), "saved as Gudang Garam");
    let (s, fx) = s.reduce(SessionAction::Open(1), &work("9"));
    assert_eq!(fx.work, Some(Action::LoadWork(Box::new(work("4")))));
    assert!(!fx.keep_scenarios);
    assert_eq!(
        s.message().map(|m| m.text(Lang::Id)).as_deref(),
        Some("Dibuka: Separuh")
    );
    let (_, fx) = s.reduce(SessionAction::Open(7), &work("9"));
    assert_eq!(fx.work, None);
}

#[test]
fn a_shared_link_is_shown_without_autosave() {
    let own = work("2");
    let (s, fx) = Session::new(Vec::new())
        .reduce(SessionAction::OpenSharedLink(Ok(Box::new(work("8")))), &own);
    assert!(s.viewing_shared());
    assert!(!s.autosave_allowed());
    assert_eq!(fx.work, Some(Action::LoadWork(Box::new(work("8")))));
    assert!(!fx.forget_link && !fx.reload);
}

#[test]
fn a_broken_link_changes_nothing_and_says_why() {
    let (s, fx) = Session::new(Vec::new()).reduce(
        SessionAction::OpenSharedLink(Err(ShareError::TooLong)),
        &work("2"),
    );
    assert!(!s.viewing_shared());
    assert!(s.autosave_allowed());
    assert_eq!(fx.work, None);
    assert_eq!(s.share_error(), Some(&ShareError::TooLong));
    let (s, _) = s.reduce(SessionAction::Dismiss(Notice::ShareError), &work("2"));
    assert_eq!(s.share_error(), None);
}

#[test]
fn make_it_mine_turns_autosave_back_on_and_forgets_the_link() {
    let shared = work("8");
    let (s, _) = Session::new(Vec::new()).reduce(
        SessionAction::OpenSharedLink(Ok(Box::new(shared.clone()))),
        &work("2"),
    );
    let (s, fx) = s.reduce(SessionAction::MakeSharedMine, &shared);
    assert!(!s.viewing_shared());
    assert!(s.autosave_allowed());
    assert!(fx.forget_link);
    assert!(
        !fx.reload,
        "the shared work stays on screen, now the user's"
    );
    assert_eq!(fx.work, None);
}

#[test]
fn saving_a_shared_work_keeps_it_and_goes_back_with_autosave_still_off() {
    let shared = work("8");
    let (s, _) = Session::new(vec![scenario("Sampoerna", "3")]).reduce(
        SessionAction::OpenSharedLink(Ok(Box::new(shared.clone()))),
        &work("2"),
    );
    let (s, fx) = s.reduce(SessionAction::SaveSharedAsScenario, &shared);
    assert_eq!(names(&s), ["Sampoerna", "Dari tautan"]);
    assert_eq!(s.scenarios()[1].state, shared);
    assert!(fx.keep_scenarios && fx.forget_link && fx.reload);
    assert!(!s.autosave_allowed());
    let (s, fx) = s.reduce(SessionAction::BackToOwnWork, &shared);
    assert!(fx.reload && !fx.keep_scenarios);
    assert!(!s.autosave_allowed());
}

#[test]
fn unreadable_saved_data_blocks_autosave_only_without_a_backup() {
    let (kept, _) = Session::new(Vec::new()).reduce(
        SessionAction::SavedWorkUnreadable {
            reason: LoadError::Unreadable,
            backup_key: Some("target-umkm.backup".into()),
        },
        &work("2"),
    );
    assert!(kept.autosave_allowed());
    assert!(!kept.storage_warning());
    assert_eq!(kept.backup_key(), Some("target-umkm.backup"));
    let (lost, _) = Session::new(Vec::new()).reduce(
        SessionAction::SavedWorkUnreadable {
            reason: LoadError::NewerVersion(9),
            backup_key: None,
        },
        &work("2"),
    );
    assert!(!lost.autosave_allowed());
    assert!(lost.storage_warning());
    // Closing the notice must not let autosave write over the original.
    let (lost, _) = lost.reduce(SessionAction::Dismiss(Notice::Backup), &work("2"));
    assert_eq!(lost.backup_notice(), None);
    assert!(!lost.autosave_allowed());
}

#[test]
fn storage_warning_is_said_once() {
    let (s, _) = run(
        Session::new(Vec::new()),
        &work("2"),
        vec![
            SessionAction::AutosaveFailed,
            SessionAction::Dismiss(Notice::StorageWarning),
            SessionAction::AutosaveFailed,
        ],
    );
    assert!(s.storage_failed());
    assert!(!s.storage_warning());
}

#[test]
fn leaving_the_section_forgets_what_it_showed_but_not_the_list() {
    let (s, _) = run(
        three(),
        &work("9"),
        vec![
            SessionAction::TypeScenarioName("Draft".into()),
            SessionAction::Compare {
                side: Side::B,
                index: 2,
            },
            SessionAction::ShareLinkMade("https://x/#s=1".into()),
            SessionAction::CopyFinished(false),
            SessionAction::Delete(0),
        ],
    );
    assert_eq!(s.compare(), (0, 2));
    assert_eq!(s.share_link(), Some("https://x/#s=1"));
    let (s, fx) = s.reduce(SessionAction::LeaveKeepSection, &work("9"));
    assert_eq!(fx, Effects::default());
    assert_eq!(names(&s), ["Separuh", "Gudang Garam"]);
    assert_eq!(
        (s.draft_name(), s.compare(), s.share_link()),
        ("", (0, 1), None)
    );
    assert_eq!((s.message(), s.undo_text(Lang::Id)), (None, None));
}

#[test]
fn printing_starts_and_stops() {
    let (s, _) = Session::default().reduce(SessionAction::StartPrinting, &work("2"));
    assert!(s.printing());
    let (s, _) = s.reduce(SessionAction::StopPrinting, &work("2"));
    assert!(!s.printing());
}

#[test]
fn a_list_never_read_is_never_written() {
    let shared = work("8");
    let (s, _) = Session::default().reduce(
        SessionAction::OpenSharedLink(Ok(Box::new(shared.clone()))),
        &work("2"),
    );
    assert!(!s.scenarios_read());
    assert!(SessionAction::SaveSharedAsScenario.needs_scenarios());
    let (s, fx) = s.reduce(SessionAction::SaveSharedAsScenario, &shared);
    assert_eq!(fx, Effects::default(), "no write, no reload");
    assert_eq!(names(&s), Vec::<&str>::new());
    // Read, the same act keeps the saved list and adds to it.
    let (s, _) = s.reduce(
        SessionAction::ScenariosRead(vec![scenario("Sampoerna", "3")]),
        &shared,
    );
    let (s, fx) = s.reduce(SessionAction::SaveSharedAsScenario, &shared);
    assert_eq!(names(&s), ["Sampoerna", "Dari tautan"]);
    assert!(fx.keep_scenarios && fx.reload);
}

#[test]
fn prefill_problems_are_shown_until_dismissed() {
    let params = [("total_base".to_owned(), "108.000".to_owned())];
    let (work, problems) = umkm_core::prefill::open_with(AppState::default(), &params);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].param, "total_base");
    let session = Session::new(Vec::new()).with_prefill_problems(problems);
    assert_eq!(session.prefill_problems().len(), 1);
    // Dismissing another notice leaves it; dismissing it clears it.
    let (session, _) = session.reduce(SessionAction::Dismiss(Notice::ShareError), &work);
    assert_eq!(session.prefill_problems().len(), 1);
    let (session, effects) = session.reduce(SessionAction::Dismiss(Notice::Prefill), &work);
    assert!(session.prefill_problems().is_empty());
    assert_eq!(effects, Effects::default());
}

fn backup_with(scenarios: Vec<Scenario>) -> SessionAction {
    SessionAction::BackupFileRead(Ok(Box::new(Backup {
        made: "2026-11-30".into(),
        work: work("7"),
        scenarios,
    })))
}

#[test]
fn a_backup_file_adds_only_what_is_new_and_overwrites_nothing() {
    let on_screen = work("9");
    // The file has one scenario the list has (same name, same work), one with
    // a name the list has but other work, and one new one.
    let file = backup_with(vec![
        scenario("Sampoerna", "3"),
        scenario("Separuh", "8"),
        scenario("Baru", "6"),
    ]);
    let (s, fx) = run(three(), &on_screen, vec![file.clone()]);
    assert!(matches!(s.backup_file(), Some(Ok(b)) if b.scenarios.len() == 3));
    assert_eq!(fx, Effects::default(), "reading a file changes nothing");
    let (s, fx) = run(s, &on_screen, vec![SessionAction::AddBackupScenarios]);
    assert_eq!(
        names(&s),
        [
            "Sampoerna",
            "Separuh",
            "Gudang Garam",
            "Separuh (dari berkas)",
            "Baru"
        ]
    );
    assert_eq!(
        s.scenarios()[1].state,
        work("4"),
        "the list's own is untouched"
    );
    assert_eq!(s.scenarios()[3].state, work("8"));
    assert!(fx.keep_scenarios);
    assert_eq!(fx.work, None, "the work on screen stays");
    assert_eq!(s.message(), Some(&KeepMessage::BackupAdded(2)));
    assert_eq!(
        s.message().map(|m| m.text(Lang::Id)).as_deref(),
        Some("Skenario dari berkas ditambahkan: 2")
    );
    assert_eq!(s.backup_file(), None);

    // The same file again: nothing new, nothing written.
    let (s, fx) = run(s, &on_screen, vec![file, SessionAction::AddBackupScenarios]);
    assert_eq!(s.scenarios().len(), 5);
    assert!(!fx.keep_scenarios);
    assert_eq!(s.message(), Some(&KeepMessage::BackupNothingNew));
}

#[test]
fn a_backup_files_work_opens_only_when_asked() {
    let (s, fx) = run(
        three(),
        &work("9"),
        vec![backup_with(vec![]), SessionAction::OpenBackupWork],
    );
    assert_eq!(fx.work, Some(Action::LoadWork(Box::new(work("7")))));
    assert!(!fx.keep_scenarios);
    assert_eq!(s.message(), Some(&KeepMessage::BackupWorkOpened));
    let (s, fx) = run(
        three(),
        &work("9"),
        vec![
            backup_with(vec![]),
            SessionAction::CloseBackupFile,
            SessionAction::OpenBackupWork,
        ],
    );
    assert_eq!(fx, Effects::default());
    assert_eq!(s.backup_file(), None);
}

#[test]
fn a_refused_backup_file_says_why_and_adds_nothing() {
    let (s, fx) = run(
        three(),
        &work("9"),
        vec![
            SessionAction::BackupFileRead(Err(BackupError::Foreign)),
            SessionAction::AddBackupScenarios,
        ],
    );
    assert_eq!(s.backup_file(), Some(&Err(BackupError::Foreign)));
    assert_eq!(names(&s), ["Sampoerna", "Separuh", "Gudang Garam"]);
    assert_eq!(fx, Effects::default());
    assert_eq!(
        backup_error_text(Lang::En, &BackupError::NewerVersion(9)),
        "The file was made by a newer version of the app. Reload the app. Nothing was changed."
    );
}

#[test]
fn a_backup_scenario_of_the_same_work_under_a_new_name_is_added() {
    // "Kopi" is Sampoerna's work (3 years) under another name: a scenario
    // the list does not have, so it is added as it is named.
    let file = backup_with(vec![scenario("Kopi", "3")]);
    let (s, _) = run(
        three(),
        &work("9"),
        vec![file, SessionAction::AddBackupScenarios],
    );
    assert_eq!(names(&s), ["Sampoerna", "Separuh", "Gudang Garam", "Kopi"]);
}

#[test]
fn deleting_past_the_end_of_the_list_changes_nothing() {
    let (s, fx) = three().reduce(SessionAction::Delete(3), &work("9"));
    assert_eq!(names(&s), ["Sampoerna", "Separuh", "Gudang Garam"]);
    assert!(!fx.keep_scenarios);
    assert_eq!(s.message(), None);
}

#[test]
fn a_link_or_saved_work_that_cannot_be_opened_says_why() {
    use umkm_core::session::{backup_text, share_error_text};
    let share = |e| share_error_text(Lang::Id, &e);
    assert_eq!(
        share(ShareError::TooLong),
        "Tautan terlalu panjang untuk dibuka. Tidak ada yang diubah."
    );
    assert_eq!(
        share(ShareError::Damaged),
        "Tautan rusak atau terpotong. Tidak ada yang diubah."
    );
    assert_eq!(
        share(ShareError::NewerVersion(9)),
        "Tautan dibuat oleh versi aplikasi yang lebih baru. Muat ulang aplikasi. Tidak ada yang diubah."
    );
    assert_eq!(
        share(ShareError::Invalid),
        "Isi tautan tidak valid. Tidak ada yang diubah."
    );
    assert_eq!(
        share_error_text(Lang::En, &ShareError::BrowserTooOld),
        "This browser is too old to open short links. Update it, then open the link again. Nothing was changed."
    );
    let unreadable = "Data tersimpan tidak dapat dibaca, jadi aplikasi mulai dengan isian bawaan. Data lama disimpan utuh sebagai cadangan.";
    assert_eq!(backup_text(Lang::Id, &LoadError::Unreadable), unreadable);
    assert_eq!(backup_text(Lang::Id, &LoadError::Invalid), unreadable);
    assert_eq!(
        backup_text(Lang::En, &LoadError::NewerVersion(9)),
        "Saved data was written by a newer version of the app, so the app started with defaults. That data is kept untouched as a backup."
    );
}

#[test]
fn what_the_session_shows_follows_what_happened() {
    let fresh = Session::new(Vec::new());
    assert!(fresh.scenarios_read());
    assert!(!fresh.storage_failed());
    assert_eq!(
        (fresh.draft_name(), fresh.summary(), fresh.backup_notice()),
        ("", None, None)
    );
    let (s, _) = run(
        fresh,
        &work("2"),
        vec![
            SessionAction::TypeScenarioName("Kunjungan".into()),
            SessionAction::SummaryMade("*Ringkasan*".into()),
            SessionAction::SavedWorkUnreadable {
                reason: LoadError::NewerVersion(9),
                backup_key: None,
            },
        ],
    );
    assert_eq!(s.draft_name(), "Kunjungan");
    assert_eq!(s.summary(), Some("*Ringkasan*"));
    assert_eq!(s.backup_notice(), Some(&LoadError::NewerVersion(9)));
    // Read later, the list is read.
    let (s, _) = Session::default().reduce(SessionAction::ScenariosRead(Vec::new()), &work("2"));
    assert!(s.scenarios_read());
}

#[test]
fn opening_a_scenario_asks_only_when_the_work_on_screen_is_not_kept() {
    let s = three();
    // Work "9" is in no scenario: opening one would lose it.
    assert!(s.opening_asks(0, &work("9")));
    // Work "3" is kept as Sampoerna.
    assert!(!s.opening_asks(0, &work("3")));
    // Past the end there is nothing to open, so nothing to ask.
    assert!(!s.opening_asks(3, &work("9")));
}
