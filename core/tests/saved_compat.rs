//! Saved work is JSON written and read by `json.rs` + `saved.rs`. Schema 1 was
//! first written by serde_json through the state's derives, and phones hold
//! data in that form. serde_json checked the hand-written writer byte for byte
//! while the state still had its derives; since serde left the project, real
//! texts saved by that version are committed under `tests/fixtures/schema1/`
//! and read back here to values written out by hand. Generated states (texts
//! with quotes, backslashes, control characters, non-ASCII and markup) must
//! survive a round trip.
//!
//! Cases: 300 (two properties) + 150 + 300 + 500 generated, plus fixed links.

use proptest::prelude::*;
use proptest::test_runner::Config as ProptestConfig;

use umkm_core::calc::growth::Segment;
use umkm_core::i18n::Lang;
use umkm_core::saved::{self, Scenario, ShareError};
use umkm_core::state::{
    AppState, Field, LineField, LineRow, LineTexts, OfficeRow, PartnerField, PartnerRow,
    PartnerTexts, Section, Texts,
};

/// Any text a person could type or paste, awkward characters made likely.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[0-9.,% ]{0,12}",
        2 => any::<String>(),
        2 => proptest::collection::vec(
            prop_oneof![
                Just('"'), Just('\\'), Just('\n'), Just('\t'), Just('\u{0}'), Just('\u{1f}'),
                Just('\u{7f}'), Just('\u{8}'), Just('\u{c}'), Just('\r'),
                Just('/'), Just('<'), Just('é'), Just('😀'), Just('\u{2028}'),
                any::<char>()
            ],
            0..12,
        ).prop_map(|cs| cs.into_iter().collect()),
    ]
}

fn line() -> impl Strategy<Value = LineRow> {
    (text(), text(), text()).prop_map(|(base, growth, target)| LineTexts([base, growth, target]))
}

fn segment() -> impl Strategy<Value = Segment> {
    proptest::sample::select(Segment::ALL.to_vec())
}

/// A state that keeps the saved-data rules (unique ids below `next_id`,
/// twelve month weights, five JKK rates, a risk class of 1–5).
fn state() -> impl Strategy<Value = AppState> {
    let partners = proptest::collection::vec((text(), text(), text(), text(), text()), 0..6);
    let offices = proptest::collection::vec((text(), text()), 0..5);
    let lines = proptest::collection::vec(line(), 6);
    let months = proptest::collection::vec(text(), 12);
    let misc = proptest::collection::vec(text(), Field::ALL.len());
    (
        partners,
        offices,
        lines,
        months,
        misc,
        (
            any::<bool>(),
            any::<bool>(),
            1u8..=5,
            0u32..1000,
            segment(),
            segment(),
        ),
        proptest::sample::select(Section::ALL.to_vec()),
    )
        .prop_map(
            |(
                partners,
                offices,
                lines,
                months,
                misc,
                (en, jht, risk, gap, cmp, split_line),
                section,
            )| {
                let mut s = AppState {
                    lang: if en { Lang::En } else { Lang::Id },
                    section,
                    ..AppState::default()
                };
                let mut next = 1u32;
                s.partners = partners
                    .into_iter()
                    .map(|(name, umkm, workers, enrolment, pu_share)| {
                        next += 1;
                        std::rc::Rc::new(PartnerRow {
                            id: next,
                            // Any text as the stage (a tampered link's too): kept as typed.
                            texts: PartnerTexts([
                                name.clone(),
                                umkm,
                                workers,
                                enrolment,
                                pu_share,
                                name,
                            ]),
                        })
                    })
                    .collect::<Vec<_>>()
                    .into();
                s.offices = offices
                    .into_iter()
                    .map(|(name, weight)| {
                        next += 3;
                        // Some months typed (the weight's text, any text), some not.
                        let months = std::array::from_fn(|m| {
                            if (m + next as usize).is_multiple_of(3) {
                                weight.clone()
                            } else {
                                String::new()
                            }
                        });
                        OfficeRow {
                            id: next,
                            name,
                            weight,
                            months,
                        }
                    })
                    .collect();
                s.next_id = next + 1 + gap;
                s.compare_line = cmp;
                let [total, pu, bpu, jakon, pmi, entities]: [LineRow; 6] =
                    lines.try_into().expect("six");
                s.lines[Segment::Total] = total;
                s.lines[Segment::Pu] = pu;
                s.lines[Segment::Bpu] = bpu;
                s.lines[Segment::Jakon] = jakon;
                s.lines[Segment::Pmi] = pmi;
                s.lines[Segment::BusinessEntities] = entities;
                s.texts = Texts(misc.try_into().expect("one per field"));
                s.split_line = split_line;
                s.month_weights = months;
                s.bpu_jht = jht;
                s.risk_class = risk;
                s
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// What is saved opens as the same state.
    #[test]
    fn saved_work_round_trips(s in state()) {
        prop_assert_eq!(saved::decode(&saved::encode(&s)), Ok(s));
    }

    /// Extra whitespace and extra members (a newer minor writer) do not matter.
    #[test]
    fn pretty_printed_and_extended_data_open(s in state()) {
        let compact = saved::encode(&s);
        let body = compact.strip_prefix(r#"{"v":5,"data":{"#).expect("the envelope");
        let spaced = format!(
            "{{\n  \"v\" : 5 ,\n  \"data\" : {{ \"note\" : {{\"added\": [1, 2.5, -3, null, true]}},\n {body}\n"
        );
        prop_assert_eq!(saved::decode(&spaced), Ok(s));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    #[test]
    fn scenarios_round_trip(a in state(), b in state(), name in text()) {
        let list = vec![
            Scenario { name, state: a },
            Scenario { name: "B".into(), state: b },
        ];
        prop_assert_eq!(saved::decode_scenarios(&saved::encode_scenarios(&list)), Ok(list));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// A link carries every text; only ids (handed out afresh) and the open
    /// section differ.
    #[test]
    fn share_links_carry_every_text(s in state()) {
        let payload = saved::encode_share(&s);
        let back = saved::decode_share(&payload);
        if payload.chars().count() > saved::MAX_SHARE_CHARS {
            prop_assert_eq!(back, Err(ShareError::TooLong));
            return Ok(());
        }
        let back = back.expect("opens");
        let texts = |st: &AppState| {
            st.partners
                .iter()
                .map(|p| [p[PartnerField::Name].clone(), p[PartnerField::Umkm].clone(), p[PartnerField::Workers].clone(), p[PartnerField::Enrolment].clone(), p[PartnerField::PuShare].clone()])
                .collect::<Vec<_>>()
        };
        prop_assert_eq!(texts(&back), texts(&s));
        prop_assert_eq!(&back.lines, &s.lines);
        prop_assert_eq!(back.lang, s.lang);
        prop_assert_eq!(back.compare_line, s.compare_line);
        prop_assert_eq!(&back.texts, &s.texts);
        prop_assert_eq!(back.bpu_jht, s.bpu_jht);
        prop_assert_eq!(back.risk_class, s.risk_class);
        prop_assert_eq!(&back.month_weights, &s.month_weights);
        prop_assert_eq!(back.split_line, s.split_line);
        let offices = |st: &AppState| st.offices.iter().map(|o| (o.name.clone(), o.weight.clone(), o.months.clone())).collect::<Vec<_>>();
        // Schema 2 carries an empty office list as empty (schema 1 could not
        // tell it from "the default list").
        prop_assert_eq!(offices(&back), offices(&s));
    }
}

/// A link as the serde build wrote it (members it left out, `offices: []` for
/// the default list) opens with the values it names and defaults elsewhere.
#[test]
fn a_link_from_the_serde_build_opens() {
    let payload = r#"{"v":1,"data":{"lang":"En","partners":[["Sampoerna","108.000","3","50","0"],["Gudang \"GG\"","2,5 ribu","","",""]],"lines":{"total":{"base":"","growth":"","target":"2.336.252"},"pu":{"base":"","growth":"","target":""},"bpu":{"base":"200.000","growth":"105,85","target":""},"jakon":{"base":"","growth":"","target":""},"pmi":{"base":"","growth":"","target":""},"entities":{"base":"","growth":"","target":"28.630"}},"compare":"Bpu","split":{"line":"Pu","offices":[],"month_weights":["1","1","1","1","1","1","1","1","1","1","1","2"],"agents_per_office":"10","working_days":"20","capacity":"50"}}}"#;
    let s = saved::decode_share(payload).expect("opens");
    assert_eq!(s.lang, Lang::En);
    assert_eq!(s.partners.len(), 2);
    assert_eq!(s.partners[1][PartnerField::Name], "Gudang \"GG\"");
    assert_eq!(s.partners[1][PartnerField::Umkm], "2,5 ribu");
    assert_eq!(s.lines[Segment::Total][LineField::Target], "2.336.252");
    assert_eq!(s.lines[Segment::Bpu][LineField::Growth], "105,85");
    assert_eq!(s.compare_line, Segment::Bpu);
    assert_eq!(s.split_line, Segment::Pu);
    assert_eq!(s.month_weights[11], "2");
    assert_eq!(s.texts[Field::WorkingDays], "20");
    let d = AppState::default();
    assert_eq!(s.offices.len(), d.offices.len());
    assert_eq!(
        s.texts[Field::ProjectionYears],
        d.texts[Field::ProjectionYears]
    );
    // Every field the link does not name keeps its default, but for the
    // active share: links before schema 5 counted everyone paying.
    assert_eq!(s.texts[Field::ActiveShare], "100");
    for f in Field::ALL {
        if ![Field::WorkingDays, Field::ActiveShare].contains(f) {
            assert_eq!(s.texts[*f], d.texts[*f], "{f:?}");
        }
    }
    assert_eq!((s.bpu_jht, s.risk_class), (d.bpu_jht, d.risk_class));
}

#[test]
fn saved_work_missing_a_field_is_unreadable_not_filled_in() {
    // Saved work writes every field; one gone means the text was damaged.
    // (A share link may leave fields out: they equal the defaults.)
    let whole = saved::encode(&AppState::default());
    assert!(saved::decode(&whole).is_ok());
    let cut = whole.replacen(r#""projection_years":"5","#, "", 1);
    assert_ne!(cut, whole);
    assert_eq!(saved::decode(&cut), Err(saved::LoadError::Unreadable));
}

#[test]
fn schema_versions_outside_the_known_ones() {
    use saved::LoadError::{NewerVersion, Unreadable};
    // Version 0 was never written: damaged, not "from a newer app".
    assert_eq!(saved::decode(r#"{"v":0,"data":{}}"#), Err(Unreadable));
    // Versions 6 and 7 are newer than this app's 5: the message says so.
    assert_eq!(saved::decode(r#"{"v":6,"data":{}}"#), Err(NewerVersion(6)));
    assert_eq!(saved::decode(r#"{"v":7,"data":{}}"#), Err(NewerVersion(7)));
}

#[test]
fn a_link_of_exactly_the_longest_length_is_read() {
    use saved::link::{read_fragment, LinkPayload, MAX_INFLATED_BYTES};
    // 8.000 characters after "s=" are read; 8.001 are too long.
    let longest = "A".repeat(saved::MAX_SHARE_CHARS);
    assert_eq!(
        read_fragment(&format!("s={longest}")),
        Some(Ok(LinkPayload::Plain(longest.clone())))
    );
    assert_eq!(
        read_fragment(&format!("s={longest}A")),
        Some(Err(ShareError::TooLong))
    );
    // A payload of exactly 8.000 characters (a short one padded with
    // spaces, which JSON allows) opens; 8.001 are too long.
    let payload = saved::encode_share(&AppState::default());
    let padded = format!("{payload:<8000}");
    assert_eq!(padded.chars().count(), 8_000);
    assert!(saved::decode_share(&padded).is_ok());
    assert_eq!(
        saved::decode_share(&format!("{padded} ")),
        Err(ShareError::TooLong)
    );
    // A packed link may expand to a payload of the longest length written
    // wholly in 4-byte characters (8.000 × 4 = 32.000 bytes), and no more.
    assert_eq!(saved::MAX_SHARE_CHARS, 8_000);
    assert_eq!("𝔸".repeat(8_000).len(), 32_000);
    assert_eq!(MAX_INFLATED_BYTES, 32_000);
}

#[test]
fn a_backup_file_is_named_for_its_day() {
    assert_eq!(
        saved::backup::backup_file_name("2026-12-07"),
        "target-umkm-cadangan-2026-12-07.json"
    );
}

#[test]
fn links_with_wrong_shapes_are_damaged_not_guessed() {
    for bad in [
        r#"{"v":1,"data":[]}"#,
        r#"{"v":1,"data":{"partners":[["a","b","c","d"]]}}"#,
        r#"{"v":1,"data":{"partners":[["a","b","c","d",5]]}}"#,
        r#"{"v":1,"data":{"lang":"De"}}"#,
        r#"{"v":1,"data":{"compare":"Everything"}}"#,
        r#"{"v":1,"data":{"split":{"line":"Total"}}}"#,
        r#"{"v":1,"data":{"iuran":{"bpu_income":"1","bpu_jht":"yes","pu_wage":"","risk_class":1,"rates":{}}}}"#,
        r#"{"v":-1,"data":{}}"#,
        r#"{"v":1.0,"data":{}}"#,
    ] {
        assert_eq!(saved::decode_share(bad), Err(ShareError::Damaged), "{bad}");
    }
    // null members are "not given", as serde read them.
    let s = saved::decode_share(r#"{"v":1,"data":{"lang":null,"lines":null}}"#).expect("opens");
    assert_eq!(s.lang, Lang::Id);
    assert!(s.partners.is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Whatever a link or storage holds — any text, or a real payload cut,
    /// spliced or with bytes changed — reading it gives a state or a reason,
    /// never a panic.
    #[test]
    fn any_text_is_read_or_refused(
        s in state(),
        noise in any::<String>(),
        cut in 0usize..4_000,
        at in 0usize..4_000,
        byte in any::<u8>(),
    ) {
        let _ = saved::decode(&noise);
        let _ = saved::decode_share(&noise);
        let _ = saved::decode_scenarios(&noise);
        for payload in [saved::encode_share(&s), saved::encode(&s)] {
            let cut_at = payload.char_indices().map(|(i, _)| i).nth(cut).unwrap_or(payload.len());
            let _ = saved::decode_share(&payload[..cut_at]);
            let _ = saved::decode(&payload[..cut_at]);
            let mut bytes = payload.clone().into_bytes();
            let k = at % bytes.len().max(1);
            if let Some(b) = bytes.get_mut(k) {
                *b = byte;
            }
            if let Ok(changed) = String::from_utf8(bytes) {
                let _ = saved::decode_share(&changed);
                let _ = saved::decode(&changed);
                let _ = saved::decode_scenarios(&changed);
            }
            let spliced = format!("{}{}{}", &payload[..cut_at], noise, &payload[cut_at..]);
            let _ = saved::decode_share(&spliced);
        }
    }
}
