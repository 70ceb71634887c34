//! Case conversions with Unicode full mappings and CPython's Final_Sigma
//! rule (`'ΑΣ'.lower() == 'ας'`).

use crate::unicode_db::{
    fold_full, is_case_ignorable, is_cased, is_lower, is_upper, lower_full, push_mapped, title_full, upper_full,
};

const CAPITAL_SIGMA: char = '\u{3a3}';

/// CPython's `handle_capital_sigma`: σ or final ς for the sigma at `i`.
fn sigma_at(chars: &[char], i: usize) -> char {
    let before = chars[..i].iter().rev().find(|&&c| !is_case_ignorable(c));
    let mut final_sigma = before.is_some_and(|&c| is_cased(c));
    if final_sigma {
        let after = chars[i + 1..].iter().find(|&&c| !is_case_ignorable(c));
        final_sigma = after.map_or(true, |&c| !is_cased(c));
    }
    if final_sigma {
        '\u{3c2}'
    } else {
        '\u{3c3}'
    }
}

/// `lower_ucs4`: lowercase of `chars[i]` in context.
fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == CAPITAL_SIGMA {
        out.push(sigma_at(chars, i));
    } else {
        push_mapped(out, c, lower_full(c));
    }
}

/// `s.upper()`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_mapped(&mut out, c, upper_full(c));
    }
    out
}

/// `s.lower()`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_at(&mut out, &chars, i);
    }
    out
}

/// `s.casefold()`.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_mapped(&mut out, c, fold_full(c));
    }
    out
}

/// `s.swapcase()`.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower_at(&mut out, &chars, i);
        } else if is_lower(c) {
            push_mapped(&mut out, c, upper_full(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// `s.capitalize()`: titlecase first character, lowercase the rest.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_mapped(&mut out, c, title_full(c));
        } else {
            push_lower_at(&mut out, &chars, i);
        }
    }
    out
}

/// `s.title()`.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_is_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_mapped(&mut out, c, title_full(c));
        }
        previous_is_cased = is_cased(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basics() {
        assert_eq!(upper("straße"), "STRASSE");
        assert_eq!(lower("ΑΣ ΣΑ"), "ας σα");
        assert_eq!(title("hello wORLD ǆx"), "Hello World ǅx");
        assert_eq!(capitalize("ǆAB"), "ǅab");
        assert_eq!(swapcase("aBß"), "AbSS");
        assert_eq!(casefold("Straße"), "strasse");
        assert_eq!(title("they're"), "They'Re");
    }
}
