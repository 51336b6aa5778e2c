//! The interface's language, and the month names (the one list of them).

/// The language of the interface. It also picks the number convention
/// (Indonesian `2.336.252` and `3,47%`, English `2,336,252` and `3.47%`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Bahasa Indonesia, the default.
    #[default]
    Id = 0,
    /// English (its number is its column in the string table).
    En = 1,
}

impl Lang {
    /// The BCP 47 tag given to `Intl.NumberFormat` and to `<html lang>`.
    pub fn bcp47(self) -> &'static str {
        match self {
            Lang::Id => "id-ID",
            Lang::En => "en-US",
        }
    }

    /// The short code used in links (`?lang=en`) and in storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// Reads a short code; anything unknown is `None` so the caller keeps its default.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "id" | "id-id" | "in" => Some(Lang::Id),
            "en" | "en-us" | "en-gb" => Some(Lang::En),
            _ => None,
        }
    }
}

/// The short name of month `i` (0 = January); empty beyond December.
pub fn month_name(lang: Lang, i: usize) -> &'static str {
    const ID: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
    ];
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let names = match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    };
    names.get(i).copied().unwrap_or("")
}
