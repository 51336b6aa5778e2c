//! The QR code of a share link, made on the device: the modules as one SVG
//! path, drawn by the app (`ui::keep_share`). Medium error correction: a code
//! shown on one phone's screen and scanned by another's camera meets glare
//! and moiré, not dirt.

// Module coordinates count up to the code's size (at most 177).
#![allow(clippy::arithmetic_side_effects)]

use qrcodegen::{QrCode, QrCodeEcc};

/// A QR code as SVG path data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrPath {
    /// Modules per side (without the quiet zone).
    pub size: u32,
    /// The dark modules: one `M x y h w v1 h -w z` per run of a row.
    pub path: String,
}

/// The QR code of `text`, or `None` when it holds more than a QR code can
/// (about 2,300 bytes at this error correction).
pub fn qr_path(text: &str) -> Option<QrPath> {
    // Byte mode for the whole text (a link is never all digits or capitals),
    // so the encoder's mode detection for other kinds of text is not linked.
    let code = QrCode::encode_binary(text.as_bytes(), QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            path.push_str(&format!("M{start} {y}h{run}v1h-{run}z"));
        }
    }
    Some(QrPath {
        size: u32::try_from(size).ok()?,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_text_is_a_version_1_code_with_its_finder_patterns() {
        // Version 1 is 21 modules a side; its top-left finder pattern's top
        // row is 7 dark modules from (0, 0), then a light one.
        let qr = qr_path("TARGET").expect("fits");
        assert_eq!(qr.size, 21);
        assert!(qr.path.starts_with("M0 0h7v1h-7z"), "{}", qr.path);
        // The top-right finder pattern's top row: x = 21 − 7 = 14.
        assert!(qr.path.contains("M14 0h7v1h-7z"), "{}", qr.path);
    }

    #[test]
    fn a_share_link_of_400_characters_fits_and_a_giant_does_not() {
        // 400 bytes need version 15 at medium correction (it holds 412 bytes;
        // version 14 holds 362): 17 + 4 × 15 = 77 modules.
        let link = format!("https://intranet.example/alat/#z={}", "a".repeat(367));
        assert_eq!(link.len(), 400);
        assert_eq!(qr_path(&link).map(|q| q.size), Some(77));
        assert_eq!(qr_path(&"a".repeat(3_000)), None);
    }
}
