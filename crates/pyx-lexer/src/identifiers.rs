//! Identifiers beyond ASCII: scanning, PEP 3131 validation and NFKC
//! normalisation, and the "invalid character" errors CPython reports.

use unicode_normalization::UnicodeNormalization;

/// Whether `c` may continue an identifier in CPython's first, permissive
/// scan: ASCII letters, digits, `_`, and every non-ASCII character (which
/// [`verify_identifier`] then checks properly).
#[inline]
pub(crate) fn is_potential_identifier_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// The end of the identifier-like run starting at `start`.
pub(crate) fn scan_identifier(bytes: &[u8], start: usize) -> usize {
    let mut end = start;
    while end < bytes.len() && is_potential_identifier_char(bytes[end]) {
        end += 1;
    }
    end
}

/// Checks an identifier containing non-ASCII characters against
/// XID_Start/XID_Continue and returns its NFKC form. On failure returns the
/// byte offset (within `text`) of the first bad character and the message.
pub(crate) fn verify_identifier(text: &str) -> Result<String, (usize, String)> {
    for (i, c) in text.char_indices() {
        let ok = if i == 0 {
            c == '_' || unicode_ident::is_xid_start(c)
        } else {
            unicode_ident::is_xid_continue(c)
        };
        if !ok {
            return Err((i, invalid_character_message(c)));
        }
    }
    Ok(text.nfkc().collect())
}

/// CPython's wording for a character that cannot appear in source outside
/// strings and comments.
pub(crate) fn invalid_character_message(c: char) -> String {
    if is_printable(c) {
        format!("invalid character '{}' (U+{:04X})", c, c as u32)
    } else {
        format!("invalid non-printable character U+{:04X}", c as u32)
    }
}

/// An approximation of `str.isprintable()` for one character: false for
/// controls, separators other than the ASCII space, the common format
/// characters and private-use code points. (Unassigned code points are
/// treated as printable; CPython treats them as not printable.)
pub(crate) fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    let u = c as u32;
    let format_or_private = matches!(u,
        0x00AD | 0x0600..=0x0605 | 0x061C | 0x06DD | 0x070F | 0x08E2 | 0x180E
        | 0x200B..=0x200F | 0x2028..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F
        | 0xFEFF | 0xFFF9..=0xFFFB | 0x110BD | 0x110CD | 0x13430..=0x1343F
        | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xE0001 | 0xE0020..=0xE007F
        | 0xE000..=0xF8FF | 0xF0000..=0x10FFFF);
    !format_or_private
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfkc_normalises_compatibility_characters() {
        assert_eq!(verify_identifier("ﬁx").unwrap(), "fix");
        assert_eq!(verify_identifier("ℌello").unwrap(), "Hello");
        assert_eq!(verify_identifier("café").unwrap(), "café");
    }

    #[test]
    fn invalid_characters_are_named_like_cpython() {
        assert_eq!(
            verify_identifier("a€").unwrap_err(),
            (1, "invalid character '€' (U+20AC)".to_string())
        );
        assert_eq!(
            verify_identifier("\u{a0}").unwrap_err().1,
            "invalid non-printable character U+00A0"
        );
        assert_eq!(
            verify_identifier("x\u{200b}").unwrap_err().1,
            "invalid non-printable character U+200B"
        );
    }

    #[test]
    fn digits_cannot_start_but_may_continue() {
        assert!(verify_identifier("é1").is_ok());
        assert!(verify_identifier("١x").is_err());
    }
}
