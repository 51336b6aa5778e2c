//! The share link in the page address. Two forms open:
//!
//! - `#z=…`, made by this version: the share payload compressed with the
//!   browser's `CompressionStream('deflate-raw')`, in base64url. The article
//!   scenario (Sampoerna and the 2019 targets) is 264 characters after `#z=`
//!   instead of 817 percent-encoded ones, so the whole link fits a QR code a
//!   phone scans from another phone's screen.
//! - `#s=…`, made by earlier versions: the payload percent-encoded.
//!
//! The compression itself is the browser's; this module decides everything
//! else (the limits, the alphabet, what is damaged), so it is tested natively.

// Base64 by hand: every index is a 6-bit value into a 64-entry alphabet and
// every length a multiple of a link's length, capped at MAX_SHARE_CHARS.
#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use super::{ShareError, MAX_SHARE_CHARS};

/// What follows `#` in a link this version makes.
pub const PACKED: &str = "z=";
/// What follows `#` in a link earlier versions made.
pub const PLAIN: &str = "s=";

/// The most bytes a packed payload may expand to. Decompression stops as
/// soon as it passes this, so a small link that would expand to gigabytes (a
/// decompression bomb) is refused before it is expanded. Four bytes per
/// character of the longest payload accepted: a payload of names in any
/// script fits.
pub const MAX_INFLATED_BYTES: usize = 4 * MAX_SHARE_CHARS;

/// A share link found in the address, before it is opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkPayload {
    /// `#s=`: the payload, still percent-encoded.
    Plain(String),
    /// `#z=`: the compressed payload's bytes, to be inflated (at most
    /// [`MAX_INFLATED_BYTES`]).
    Packed(Vec<u8>),
}

/// Reads the address's fragment (without `#`): `None` when it is not a share
/// link. Too long, or not base64url, is refused here, before anything is
/// decoded or expanded.
pub fn read_fragment(fragment: &str) -> Option<Result<LinkPayload, ShareError>> {
    let (packed, rest) = match (fragment.strip_prefix(PACKED), fragment.strip_prefix(PLAIN)) {
        (Some(rest), _) => (true, rest),
        (None, Some(rest)) => (false, rest),
        (None, None) => return None,
    };
    if rest.len() > MAX_SHARE_CHARS {
        return Some(Err(ShareError::TooLong));
    }
    Some(match packed {
        true => from_base64url(rest)
            .map(LinkPayload::Packed)
            .ok_or(ShareError::Damaged),
        false => Ok(LinkPayload::Plain(rest.to_owned())),
    })
}

/// The link to the app at `address` (no fragment) carrying the compressed
/// payload.
pub fn packed_link(address: &str, deflated: &[u8]) -> String {
    format!("{address}#{PACKED}{}", to_base64url(deflated))
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding (RFC 4648 §5): every character is safe in an
/// address and in a chat message.
pub fn to_base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = |i: usize| u32::from(chunk.get(i).copied().unwrap_or(0));
        let n = (b(0) << 16) | (b(1) << 8) | b(2);
        for k in 0..=chunk.len() {
            let six = (n >> (18 - 6 * k)) & 63;
            out.push(char::from(ALPHABET[six as usize]));
        }
    }
    out
}

/// The bytes of a base64url text without padding; `None` for a character
/// outside the alphabet, a length no encoder writes, or stray low bits.
pub fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| ALPHABET.iter().position(|&a| a == c).map(|v| v as u32);
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        if chunk.len() == 1 {
            return None;
        }
        let mut n = 0u32;
        for (k, c) in chunk.iter().enumerate() {
            n |= value(*c)? << (18 - 6 * k);
        }
        let bytes = chunk.len() - 1;
        // An encoder leaves the unused low bits zero; anything else was altered.
        if n & ((1 << (24 - 8 * bytes)) - 1) != 0 {
            return None;
        }
        out.extend((0..bytes).map(|i| (n >> (16 - 8 * i)) as u8));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_rfc_4648_vectors() {
        // RFC 4648 §10, padding dropped; "+/" become "-_" (bytes 0xfb 0xff).
        for (bytes, text) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(to_base64url(bytes.as_bytes()), text);
            assert_eq!(from_base64url(text).as_deref(), Some(bytes.as_bytes()));
        }
        assert_eq!(to_base64url(&[0xfb, 0xff]), "-_8");
        assert_eq!(from_base64url("-_8"), Some(vec![0xfb, 0xff]));
    }

    #[test]
    fn altered_base64url_is_refused() {
        assert_eq!(from_base64url("Zm9v="), None, "padding is not written");
        assert_eq!(from_base64url("Zm+v"), None, "+ is not base64url");
        assert_eq!(
            from_base64url("Zm9vY"),
            None,
            "no encoder ends with one character"
        );
        assert_eq!(from_base64url("Zh"), None, "stray low bits");
    }

    #[test]
    fn fragments_are_sorted_out_before_decoding() {
        assert_eq!(read_fragment("top"), None);
        assert_eq!(
            read_fragment("s=%7B"),
            Some(Ok(LinkPayload::Plain("%7B".into())))
        );
        assert_eq!(
            read_fragment("z=Zm9v"),
            Some(Ok(LinkPayload::Packed(b"foo".to_vec())))
        );
        assert_eq!(read_fragment("z=Zm9v!"), Some(Err(ShareError::Damaged)));
        let long = format!("z={}", "A".repeat(MAX_SHARE_CHARS + 1));
        assert_eq!(read_fragment(&long), Some(Err(ShareError::TooLong)));
        let long = format!("s={}", "A".repeat(MAX_SHARE_CHARS + 1));
        assert_eq!(read_fragment(&long), Some(Err(ShareError::TooLong)));
    }

    #[test]
    fn a_packed_link_is_the_address_and_the_base64url() {
        assert_eq!(
            packed_link("https://x.id/alat/", b"foo"),
            "https://x.id/alat/#z=Zm9v"
        );
    }
}
