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

#[test]
fn moving_down_stops_at_the_last_row_and_an_office_goes_alone() {
    let s = AppState::default()
        .apply(Action::AddPresetPartner(0))
        .apply(Action::AddPresetPartner(1))
        .apply(Action::AddPresetPartner(2));
    let [a, b, c] = [0, 1, 2].map(|i| s.partners[i].id);
    let s = s.apply(Action::MovePartnerDown(a));
    assert_eq!(
        s.partners.iter().map(|p| p.id).collect::<Vec<_>>(),
        [b, a, c]
    );
    // The last row stays where it is.
    let s = s.apply(Action::MovePartnerDown(c));
    assert_eq!(
        s.partners.iter().map(|p| p.id).collect::<Vec<_>>(),
        [b, a, c]
    );
    // Removing an office removes that one only: 36 → 35.
    let gone = s.offices[3].id;
    let s = s.apply(Action::RemoveOffice(gone));
    assert_eq!(s.offices.len(), 35);
    assert!(s.offices.iter().all(|o| o.id != gone));
}

#[test]
fn pasted_partners_keep_the_defaults_of_empty_cells() {
    let s = AppState::default().apply(Action::PastePartners(vec![[
        "Koperasi A".into(),
        "100".into(),
        String::new(),
        " ".into(),
    ]]));
    let p = s
        .partners
        .last()
        .map(|p| p.texts.clone())
        .unwrap_or_default();
    assert_eq!(p[PartnerField::Name], "Koperasi A");
    assert_eq!(p[PartnerField::Umkm], "100");
    // Workers per UMKM keeps its default of 5; enrolment its empty default.
    assert_eq!(p[PartnerField::Workers], "5");
    assert_eq!(p[PartnerField::Enrolment], "");
}
