//! The frame every paste-from-a-sheet panel shares (partners, offices, office
//! months): the help, the text box, the count of rows and of rows with a
//! problem, the preview table (its columns and rows are the panel's) and,
//! below it, the panel's buttons. What a pasted row means is the core's
//! (`read::read_pasted`, `paste_months`).

use yew::prelude::*;

use crate::i18n::{Lang, L, T};

/// What [`paste_frame`] shows.
pub struct PasteFrame<'a> {
    /// Interface language.
    pub lang: Lang,
    /// The help under the title.
    pub help: L,
    /// Element ids: the text box, the count line, the preview table.
    pub ids: [&'static str; 3],
    /// An example of a pasted line.
    pub placeholder: &'static str,
    /// The text in the box (the panel keeps it).
    pub text: &'a UseStateHandle<String>,
    /// Rows read, and how many have a problem.
    pub rows: usize,
    /// Rows with a problem.
    pub bad: usize,
    /// The preview's columns between "#" and the status.
    pub columns: &'a [T],
    /// The preview's rows (the first [`PREVIEW_ROWS`]).
    pub body: Html,
    /// Below the preview: the panel's buttons and notes.
    pub actions: Html,
}

/// How many rows the preview shows: enough to check a sheet, few enough for
/// a phone.
pub const PREVIEW_ROWS: usize = 200;

/// The paste frame: goes inside the panel's `<details>`.
pub fn paste_frame(f: PasteFrame) -> Html {
    let lang = f.lang;
    let [text_id, count_id, table_id] = f.ids;
    let on_input = {
        let text = f.text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(
                e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value(),
            );
        })
    };
    let rows_word = T::Rows.count(lang, f.rows == 1);
    html! { <>
        <p class="note">{ f.help.get(lang) }</p>
        <label for={text_id} class="sr-only">{ L::PasteTitle.get(lang) }</label>
        <textarea id={text_id} rows="5" value={(**f.text).clone()} oninput={on_input} placeholder={f.placeholder} />
        if f.rows > 0 {
            <p class="note" id={count_id} aria-live="polite">{ format!("{} {rows_word} · {} {}", f.rows, f.bad, L::PasteRowsWithErrors.get(lang)) }</p>
            <div class="table-wrap" role="region" aria-label={L::PastePreview.get(lang)} tabindex="0">
                <table class="num" id={table_id}>
                    <caption class="sr-only">{ L::PastePreview.get(lang) }</caption>
                    <thead><tr>
                        <th scope="col">{ "#" }</th>
                        { for f.columns.iter().map(|t| html! { <th scope="col">{ t.get(lang) }</th> }) }
                        <th scope="col">{ L::PasteStatus.get(lang) }</th>
                    </tr></thead>
                    <tbody>{ f.body }</tbody>
                </table>
            </div>
            if f.rows > PREVIEW_ROWS {
                <p class="note">{ L::PasteMore.get(lang) }</p>
            }
            { f.actions }
        }
    </> }
}
