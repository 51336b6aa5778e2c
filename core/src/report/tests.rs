use super::*;
use crate::state::{Action, PartnerField};

/// A stand-in for Intl: plain digits, Indonesian decimal comma.
fn plain_id(style: Style, v: f64) -> String {
    let s = match style {
        Style::Percent => format!("{:.2}%", v * 100.0),
        Style::Plain => {
            let t = format!("{v}");
            t.strip_suffix(".0").unwrap_or(&t).to_owned()
        }
        _ => format!("{v:.0}"),
    };
    s.replace('.', ",")
}

/// Sampoerna at 100 % enrolment and 0 % PU, typed.
fn sampoerna() -> AppState {
    let s = AppState::default()
        .apply(Action::RemovePartner(1))
        .apply(Action::AddPresetPartner(0))
        .apply(Action::FillArticleTargets);
    let id = s.partners.last().map_or(0, |p| p.id);
    let edit = |s: AppState, field, text: &str| {
        s.apply(Action::EditPartner {
            id,
            field,
            text: text.into(),
        })
    };
    edit(
        edit(s, PartnerField::Enrolment, "100"),
        PartnerField::PuShare,
        "0",
    )
}

#[test]
fn headline_of_the_article_example() {
    let h = headline(&sampoerna());
    assert_eq!(h.potential, Some(Span::one(540_000.0)));
    assert_eq!(h.expected, Some(Span::one(540_000.0)));
    assert_eq!(h.total_target, Some(2_336_252.0));
    // 540,000 / 2,336,252 = 0.2311394…
    assert!((h.share.unwrap_or_default().low - 0.231_139_4).abs() < 1e-7);
    // 2,336,252 − 796,634 − 411,156
    assert_eq!(h.other, Some(1_128_462.0));
    assert_eq!(h.entities_target, Some(28_630.0));
    assert_eq!(h.partners, 1);
}

#[test]
fn summary_text_names_the_figures() {
    let t = summary_text(&sampoerna(), &plain_id, None);
    assert!(t.contains("Sampoerna"), "{t}");
    assert!(t.contains("540000"), "{t}");
    assert!(t.contains("2336252"), "{t}");
    assert!(t.contains("23,11%"), "{t}");
    // Gap: 2,336,252 − 540,000 = 1,796,252
    assert!(t.contains("1796252"), "{t}");
}

#[test]
fn csv_cells_guard_formulas_and_quote() {
    assert_eq!(cell("=HYPERLINK(\"x\")", ';'), "\"'=HYPERLINK(\"\"x\"\")\"");
    assert_eq!(cell("+62", ';'), "'+62");
    assert_eq!(cell("@SUM", ','), "'@SUM");
    assert_eq!(cell("-1", ','), "'-1");
    assert_eq!(cell("PT A; B", ';'), "\"PT A; B\"");
    assert_eq!(cell("PT A; B", ','), "PT A; B");
    assert_eq!(
        cell("<img src=x onerror=alert(1)>", ';'),
        "<img src=x onerror=alert(1)>"
    );
}

#[test]
fn partners_csv_indonesian() {
    let s = sampoerna();
    let id = s.partners[0].id;
    let s = s.apply(Action::EditPartner {
        id,
        field: PartnerField::Workers,
        text: "2,5".into(),
    });
    let csv = partners_csv(&s, &plain_id);
    assert!(csv.starts_with(BOM));
    let lines: Vec<&str> = csv
        .trim_start_matches(BOM)
        .trim_end()
        .split("\r\n")
        .collect();
    assert_eq!(lines.len(), 2);
    // A single value: both ends equal; no stage.
    assert_eq!(
        lines[1],
        "Sampoerna;108000;2,5;100;0;;270000;270000;270000;270000;270000;270000"
    );
    // Enrolment 10–30 at stage *Data diterima* (60 %): 108.000 × 2,5 =
    // 270.000; × 10 % = 27.000, × 30 % = 81.000; × 60 % = 16.200 and 48.600.
    let s = s
        .apply(Action::EditPartner {
            id,
            field: PartnerField::Enrolment,
            text: "10–30".into(),
        })
        .apply(Action::EditPartner {
            id,
            field: PartnerField::Stage,
            text: "3".into(),
        });
    let csv = partners_csv(&s, &plain_id);
    let lines: Vec<&str> = csv
        .trim_start_matches(BOM)
        .trim_end()
        .split("\r\n")
        .collect();
    assert!(lines[0].ends_with("Tahap;Potensi tenaga kerja (ujung bawah);Potensi tenaga kerja (ujung atas);Perkiraan peserta baru (ujung bawah);Perkiraan peserta baru (ujung atas);Perkiraan peserta tertimbang (ujung bawah);Perkiraan peserta tertimbang (ujung atas)"), "{}", lines[0]);
    assert_eq!(
        lines[1],
        "Sampoerna;108000;2,5;10–30;0;Data diterima;270000;270000;27000;81000;16200;48600"
    );
}

fn six_months(lang: Lang) -> AppState {
    let mut s = sampoerna();
    for (f, t) in crate::state::Field::MONTHS.iter().zip([
        "150.000", "160.000", "170.000", "180.000", "190.000", "200.000",
    ]) {
        s = s.apply(Action::EditField {
            field: *f,
            text: t.to_owned(),
        });
    }
    s.apply(Action::SwitchLanguage(lang))
}

#[test]
fn summary_text_carries_the_months() {
    let t = summary_text(&six_months(Lang::Id), &plain_id, None);
    // This month (June), the year to date 1.050.000 of 2.336.252, the
    // linear plan 1.168.126, 118.126 behind, and 2.100.000 / 2.190.000.
    assert!(t.contains("• Bulan ini (Jun): 200000\n"), "{t}");
    assert!(t.contains("1050000 (44,94%)"), "{t}");
    assert!(t.contains(": 1168126\n"), "{t}");
    assert!(t.contains(": -118126\n"), "{t}");
    assert!(t.contains("2100000 (89,89%)"), "{t}");
    assert!(t.contains("2190000 (93,74%)"), "{t}");
    // Without months, no such lines.
    assert!(!summary_text(&sampoerna(), &plain_id, None).contains("Bulan ini"));
}

#[test]
fn months_csv_has_twelve_months_and_empty_cells_for_months_not_entered() {
    let csv = months_csv(&six_months(Lang::Id), &plain_id).expect("computable");
    let rows: Vec<&str> = csv
        .trim_start_matches(BOM)
        .trim_end()
        .split("\r\n")
        .collect();
    assert_eq!(rows.len(), 13);
    assert_eq!(
        rows[0],
        "Bulan;Rencana (kumulatif);Realisasi;Realisasi (kumulatif)"
    );
    // June: plan 2.336.252 × 6 ÷ 12 = 1.168.126; cumulative 1.050.000.
    assert_eq!(rows[6], "Jun;1168126;200000;1050000");
    // July: plan 2.336.252 × 7 ÷ 12 = 1.362.813,666…; not entered yet.
    assert_eq!(rows[7], "Jul;1362813,6666666667;;");
    assert_eq!(months_csv(&sampoerna(), &plain_id), None);
}

#[test]
fn offices_csv_adds_up() {
    let csv = offices_csv(&sampoerna(), &plain_id).expect("computable");
    let rows: Vec<&str> = csv
        .trim_start_matches(BOM)
        .trim_end()
        .split("\r\n")
        .collect();
    assert_eq!(rows.len(), 38);
    let sum: u64 = rows[1..37]
        .iter()
        .map(|r| {
            r.split(';')
                .nth(3)
                .and_then(|v| v.parse::<u64>().ok())
                .unwrap_or(0)
        })
        .sum();
    assert_eq!(sum, 2_336_252);
}

#[test]
fn summary_text_lists_the_named_partners_and_counts_the_rows_left_out() {
    // Sampoerna, then a row with only a name (incomplete: left out).
    let s = sampoerna().apply(Action::AddPartner);
    let id = s.partners.last().map_or(0, |p| p.id);
    let s = s.apply(Action::EditPartner {
        id,
        field: PartnerField::Name,
        text: "Gudang Garam".into(),
    });
    let t = summary_text(&s, &plain_id, None);
    assert!(
        t.starts_with(
            "*Ringkasan target kepesertaan (Target UMKM)*\nMitra & UMKM: Sampoerna, Gudang Garam\n"
        ),
        "{t}"
    );
    assert!(
        t.contains("\n(1 baris belum lengkap, tidak ikut dijumlahkan.)\n"),
        "{t}"
    );
    // No partner named, none left out: neither line.
    let t = summary_text(&AppState::default(), &plain_id, None);
    assert!(!t.contains("Mitra & UMKM:"), "{t}");
    assert!(!t.contains("belum lengkap"), "{t}");
}
