use super::*;

fn names(s: &AppState) -> Vec<&str> {
    s.partners
        .iter()
        .map(|p| p[PartnerField::Name].as_str())
        .collect()
}

#[test]
fn typed_text_is_kept_exactly() {
    let s = AppState::default();
    let id = s.partners[0].id;
    let s = s.apply(Action::EditPartner {
        id,
        field: PartnerField::Umkm,
        text: " 108.000x ".into(),
    });
    assert_eq!(s.partners[0][PartnerField::Umkm], " 108.000x ");
}

#[test]
fn presets_duplicate_move_remove() {
    let s = AppState::default()
        .apply(Action::AddPresetPartner(0))
        .apply(Action::AddPresetPartner(1));
    // The first preset fills the first screen's untouched empty row.
    assert_eq!(names(&s), ["Sampoerna", "Gudang Garam"]);
    assert_eq!(s.partners[0][PartnerField::Umkm], "108.000");
    let sampoerna = s.partners[0].id;
    let s = s.apply(Action::DuplicatePartner(sampoerna));
    assert_eq!(names(&s), ["Sampoerna", "Sampoerna", "Gudang Garam"]);
    assert_ne!(s.partners[0].id, s.partners[1].id);
    let copy = s.partners[1].id;
    let s = s.apply(Action::MovePartnerUp(copy));
    assert_eq!(s.partners[0].id, copy);
    // Moving the first row up, or an unknown id, changes nothing.
    let before = s.clone();
    let s = s
        .apply(Action::MovePartnerUp(copy))
        .apply(Action::RemovePartner(999));
    assert_eq!(s, before);
    let s = s.apply(Action::RemovePartner(sampoerna));
    assert_eq!(names(&s), ["Sampoerna", "Gudang Garam"]);
    // An out-of-range preset index is ignored, not a panic.
    assert_eq!(s.clone().apply(Action::AddPresetPartner(99)), s);
}

#[test]
fn untouched_is_the_first_visit_s_work_in_any_language_and_section() {
    let fresh = AppState::default();
    assert!(fresh.is_untouched());
    let looked = fresh
        .clone()
        .apply(Action::SwitchLanguage(Lang::En))
        .apply(Action::OpenSection(Section::Split));
    assert!(looked.is_untouched());
    let id = fresh.partners[0].id;
    let typed = fresh.clone().apply(Action::EditPartner {
        id,
        field: PartnerField::Umkm,
        text: "1".into(),
    });
    assert!(!typed.is_untouched());
    assert!(!fresh.clone().apply(Action::AddPartner).is_untouched());
    assert!(!fresh
        .clone()
        .apply(Action::RemoveOffice(fresh.offices[0].id))
        .is_untouched());
    assert!(!fresh
        .clone()
        .apply(Action::EditMonthWeight {
            month: 0,
            text: "2".into()
        })
        .is_untouched());
    assert!(!fresh.apply(Action::ToggleBpuJht).is_untouched());
}
