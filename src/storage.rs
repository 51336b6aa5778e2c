//! The browser's localStorage, used safely: in a cross-site iframe or a
//! private window Chromium may deny it (reading `window.localStorage` throws a
//! SecurityError), and a full store refuses writes. Every call here turns that
//! into `None` / `Err(StorageError)` so the app keeps working without it.

/// Why a value could not be kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// No storage: denied, disabled or not a browser.
    Unavailable,
    /// The browser refused the write (full, or blocked).
    WriteRefused,
}

fn store() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The value under `key`, if storage works and has one.
pub fn get(key: &str) -> Option<String> {
    store()?.get_item(key).ok().flatten()
}

/// Keeps `value` under `key`.
pub fn set(key: &str, value: &str) -> Result<(), StorageError> {
    store()
        .ok_or(StorageError::Unavailable)?
        .set_item(key, value)
        .map_err(|_| StorageError::WriteRefused)
}
