//! Component tests in headless Chromium (wasm-bindgen-test). They mount real
//! components into the page, type as a user does (set the value, fire `input`),
//! and read what is rendered.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use target_umkm::i18n::Lang;
use target_umkm::numbers::parse;
use target_umkm::ui::field::{number_field, NumberFieldProps};
use target_umkm::ui::math::MathValue;
use target_umkm::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, InputEvent, InputEventInit};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

fn fresh_root() -> Element {
    let doc = document();
    let root = doc.create_element("div").expect("div");
    doc.body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    root
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

async fn type_into(root: &Element, selector: &str, text: &str) {
    let input: HtmlInputElement = root
        .query_selector(selector)
        .expect("query")
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into()
        .expect("an input");
    input.set_value(text);
    let init = InputEventInit::new();
    init.set_bubbles(true);
    let event = InputEvent::new_with_event_init_dict("input", &init).expect("event");
    input.dispatch_event(&event).expect("dispatch");
    settle().await;
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .expect("query")
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// A number field whose text lives in local state, as the app's reducer keeps it.
#[derive(Properties, PartialEq)]
struct Harness {
    lang: Lang,
    #[prop_or_default]
    range: bool,
}

#[function_component(FieldHarness)]
fn field_harness(props: &Harness) -> Html {
    let text = use_state(String::new);
    let oninput = {
        let text = text.clone();
        Callback::from(move |s: String| text.set(s))
    };
    let p = NumberFieldProps {
        id: "f".into(),
        label: "UMKM".into(),
        value: (*text).clone().into(),
        spec: if props.range {
            parse::RATE
        } else {
            parse::COUNT
        },
        lang: props.lang,
        oninput,
        optional: false,
        range: props.range,
    };
    number_field(&p)
}

#[wasm_bindgen_test]
async fn field_shows_how_indonesian_text_was_read() {
    let root = fresh_root();
    yew::Renderer::<FieldHarness>::with_root_and_props(
        root.clone(),
        Harness {
            lang: Lang::Id,
            range: false,
        },
    )
    .render();
    settle().await;
    type_into(&root, "#f", "108 ribu").await;
    assert_eq!(text_of(&root, "#f-msg"), "= 108.000");
    type_into(&root, "#f", "abc").await;
    assert!(
        text_of(&root, "#f-msg").contains("Bukan angka"),
        "{}",
        text_of(&root, "#f-msg")
    );
    let input = root.query_selector("#f").unwrap().unwrap();
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        input.get_attribute("aria-describedby").as_deref(),
        Some("f-msg")
    );
}

#[wasm_bindgen_test]
async fn a_range_field_reads_both_ends_and_refuses_a_reversed_one() {
    let root = fresh_root();
    yew::Renderer::<FieldHarness>::with_root_and_props(
        root.clone(),
        Harness {
            lang: Lang::Id,
            range: true,
        },
    )
    .render();
    settle().await;
    type_into(&root, "#f", "10 s.d. 30").await;
    assert_eq!(text_of(&root, "#f-msg"), "= 10%–30%");
    type_into(&root, "#f", "30–10").await;
    let msg = text_of(&root, "#f-msg");
    assert!(
        msg.contains("Ujung bawah lebih besar") && msg.contains("10%–30%"),
        "{msg}"
    );
    type_into(&root, "#f", "10–").await;
    assert!(text_of(&root, "#f-msg").contains("kedua ujungnya"));
    // A range needs the dash and words: the full keyboard, not the keypad.
    let input = root.query_selector("#f").unwrap().unwrap();
    assert_eq!(input.get_attribute("inputmode").as_deref(), Some("text"));
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn field_follows_english_convention() {
    let root = fresh_root();
    yew::Renderer::<FieldHarness>::with_root_and_props(
        root.clone(),
        Harness {
            lang: Lang::En,
            range: false,
        },
    )
    .render();
    settle().await;
    type_into(&root, "#f", "108,000").await;
    assert_eq!(text_of(&root, "#f-msg"), "= 108,000");
    type_into(&root, "#f", "-5").await;
    assert!(
        text_of(&root, "#f-msg").contains("negative"),
        "{}",
        text_of(&root, "#f-msg")
    );
}

#[derive(Properties, PartialEq)]
struct MathHarnessProps {
    lang: Lang,
}

/// Show-the-math for Sampoerna's potential workers, from calc's own data.
#[function_component(MathHarness)]
fn math_harness(props: &MathHarnessProps) -> Html {
    use target_umkm::calc::pipeline::{partner, Partner};
    use target_umkm::calc::{Explain, Figure};
    let p = Partner {
        name: "Sampoerna".into(),
        umkm: 108_000.0,
        ..Partner::default()
    };
    let e = partner(&p)
        .ok()
        .and_then(|r| r.explanation(Figure::PotentialWorkers));
    match e {
        Some(explanation) => html! {
            <MathValue {explanation} lang={props.lang} id={Some(AttrValue::from("v"))} />
        },
        None => html! { <p id="v">{ "no explanation" }</p> },
    }
}

#[wasm_bindgen_test]
async fn show_the_math_opens_to_the_working_in_each_language() {
    for (lang, value, step, what) in [
        (
            Lang::Id,
            "540.000",
            "108.000 × 5 = 540.000",
            "Potensi tenaga kerja",
        ),
        (
            Lang::En,
            "540,000",
            "108,000 × 5 = 540,000",
            "Potential workers",
        ),
    ] {
        let root = fresh_root();
        yew::Renderer::<MathHarness>::with_root_and_props(root.clone(), MathHarnessProps { lang })
            .render();
        settle().await;
        assert_eq!(text_of(&root, "#v"), value);
        let details = root
            .query_selector("details.math")
            .unwrap()
            .expect("a details element");
        assert!(!details.has_attribute("open"), "closed until tapped");
        let summary: web_sys::HtmlElement = root
            .query_selector("summary")
            .unwrap()
            .unwrap()
            .dyn_into()
            .unwrap();
        summary.click();
        settle().await;
        assert!(details.has_attribute("open"));
        assert_eq!(text_of(&root, ".working .step"), step);
        assert_eq!(text_of(&root, ".working .what"), what);
    }
}

#[wasm_bindgen_test]
async fn app_computes_potential_workers_from_typed_input() {
    let root = fresh_root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    // The app opens on the plan, which waits for a partner.
    assert!(root.query_selector("#plan").expect("query").is_some());
    click(&root, "#tab-partners").await;
    type_into(&root, "#p1-umkm", "108.000").await;
    type_into(&root, "#p1-workers", "5").await;
    // A new partner has no enrolment: its field asks for one, with an example.
    assert_eq!(
        text_of(&root, "#p1-enrol-msg"),
        "Isi angka atau rentang, mis. 10–30."
    );
    type_into(&root, "#p1-enrol", "10").await;
    assert_eq!(text_of(&root, "#total-potential"), "540.000");
    // 540.000 × 10 % = 54.000, on the plan as well.
    click(&root, "#tab-summary").await;
    assert_eq!(text_of(&root, "#plan-partners strong"), "54.000");
}

async fn click(root: &Element, selector: &str) {
    let el: web_sys::HtmlElement = root
        .query_selector(selector)
        .expect("query")
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into()
        .expect("an element");
    el.click();
    settle().await;
}

/// The integer formatter writes what `Intl.NumberFormat` writes, over values
/// of every magnitude, both signs, and decimal ties (x.xx5), in both languages.
/// The one intended difference: a value that rounds to zero has no sign.
#[wasm_bindgen_test]
fn fixed_formatting_matches_intl() {
    use target_umkm::numbers::format::{format, format_intl, Style};
    // A small deterministic generator (no getrandom on wasm32).
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut values = vec![
        0.0,
        -0.0,
        0.004,
        -0.004,
        0.005,
        0.125,
        2.675,
        1_234_567.005,
        999.5,
        1e15,
        -1e15,
    ];
    for _ in 0..3_000 {
        let r = next();
        let magnitude = 10f64.powi((r % 17) as i32 - 3);
        let unit = (next() >> 11) as f64 / (1u64 << 53) as f64;
        let sign = if r & (1 << 20) == 0 { 1.0 } else { -1.0 };
        values.push(sign * unit * magnitude);
        // A typed decimal with a tie in the third place.
        let cents = (next() % 100_000_000) as f64;
        values.push(sign * (cents / 100.0 + 0.005));
        values.push((next() % 1_000_000_000) as f64);
    }
    let mut checked = 0;
    let mut wrong = Vec::new();
    for lang in [Lang::Id, Lang::En] {
        for style in [
            Style::Whole,
            Style::Decimal,
            Style::Percent,
            Style::SignedDecimal,
            Style::Rupiah,
        ] {
            for &v in &values {
                let ours = format(lang, style, v);
                let intl = format_intl(lang, style, v);
                let signless_zero = intl.replacen('-', "", 1) == ours
                    && !ours.chars().any(|c| c.is_ascii_digit() && c != '0');
                if !(ours == intl || signless_zero) && wrong.len() < 12 {
                    wrong.push(format!(
                        "{lang:?} {style:?} {v:e}: ours {ours:?}, Intl {intl:?}"
                    ));
                }
                checked += 1;
            }
        }
    }
    assert_eq!(wrong, Vec::<String>::new());
    assert!(checked > 80_000, "{checked}");
}
