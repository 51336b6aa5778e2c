//! The page shown while the app loads (index.html, before the wasm runs)
//! repeats the header and the footer line the app renders. Its words must be
//! the string table's, or the page would change under the reader's eyes when
//! the app starts (and the shell would say something the app does not).

use umkm_core::i18n::{Lang, T};

const SHELL: &str = include_str!("../../index.html");

/// The text of the first `<tag …>…</tag>` after `after` in the shell.
fn text_of(tag: &str, after: &str) -> String {
    let from = SHELL
        .find(after)
        .unwrap_or_else(|| panic!("no {after} in index.html"));
    let rest = &SHELL[from..];
    let open = rest
        .find(&format!("<{tag}"))
        .unwrap_or_else(|| panic!("no <{tag}> after {after}"));
    let start = open + rest[open..].find('>').unwrap() + 1;
    let end = start + rest[start..].find(&format!("</{tag}>")).unwrap();
    rest[start..end].to_string()
}

#[test]
fn the_loading_page_says_what_the_app_says_in_indonesian() {
    assert_eq!(
        text_of("h1", "<header class=\"top\">"),
        T::AppTitle.get(Lang::Id)
    );
    assert_eq!(
        text_of("p", "<div class=\"brand\">"),
        T::AppSubtitle.get(Lang::Id)
    );
    assert_eq!(
        text_of("button", "<div class=\"brand\">"),
        T::LangSwitch.get(Lang::Id)
    );
    // The status paragraph: the loading words in both languages, then the
    // footer line the app renders.
    assert_eq!(
        text_of("p", "</header>")
            .split_once("<br>")
            .map(|(_, promise)| promise.to_string()),
        Some(format!("<small>{}</small>", T::LocalOnly.get(Lang::Id)))
    );
    assert_eq!(
        T::LocalOnly.get(Lang::Id),
        "Semua angka dihitung di perangkat Anda; tidak ada data yang dikirim."
    );
}
