//! The `str.is*` predicates over CPython's Unicode database.

use crate::unicode_db as db;

fn all_nonempty(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

/// `s.isalpha()`.
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, db::is_alpha)
}
/// `s.isdecimal()`.
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, db::is_decimal)
}
/// `s.isdigit()`.
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, db::is_digit)
}
/// `s.isnumeric()`.
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, db::is_numeric)
}
/// `s.isalnum()`.
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, db::is_alnum)
}
/// `s.isspace()`.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, db::is_space)
}
/// `s.isprintable()` (true for the empty string).
pub fn isprintable(s: &str) -> bool {
    s.chars().all(db::is_printable)
}
/// `s.isascii()`.
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}

/// `s.isidentifier()` (no keyword check; no NFKC normalisation, as CPython).
pub fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(first) if db::is_xid_start(first) => it.all(db::is_xid_continue),
        _ => false,
    }
}

/// `s.islower()`.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if db::is_upper(c) || db::is_title(c) {
            return false;
        }
        cased |= db::is_lower(c);
    }
    cased
}

/// `s.isupper()`.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if db::is_lower(c) || db::is_title(c) {
            return false;
        }
        cased |= db::is_upper(c);
    }
    cased
}

/// `s.istitle()`.
pub fn istitle(s: &str) -> bool {
    let mut it = s.chars();
    if let (Some(c), None) = (it.next(), it.next()) {
        return db::is_title(c) || db::is_upper(c);
    }
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if db::is_upper(c) || db::is_title(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if db::is_lower(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basics() {
        assert!(isdigit("²") && !isdecimal("²") && isnumeric("½一"));
        assert!(istitle("Hello World") && !istitle("Hello world") && istitle("ǅ"));
        assert!(islower("abc1") && !islower("1") && isupper("ABC"));
        assert!(isidentifier("_a1") && !isidentifier("1a") && isidentifier("éx"));
        assert!(isprintable("") && !isprintable("\u{a0}"));
    }
}
