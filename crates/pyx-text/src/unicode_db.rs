//! Character properties exactly as CPython 3.11's Unicode database reports
//! them (Unicode 14.0). The tables are generated from CPython itself by
//! `tools/gen_unicode_tables.py`; Rust's `char` methods follow a different
//! Unicode version and different definitions (`is_numeric`, `is_whitespace`),
//! so nothing here uses them for non-ASCII input.

use crate::unicode_tables as t;

/// The Unicode version the tables were generated from.
pub const UNICODE_VERSION: &str = t::UNIDATA_VERSION;

fn flags(c: char) -> u16 {
    let cp = c as u32;
    // Last run whose start is <= cp; the table starts at 0 so idx >= 1.
    let idx = t::FLAG_RUNS.partition_point(|&(start, _)| start <= cp);
    match idx.checked_sub(1).and_then(|i| t::FLAG_RUNS.get(i)) {
        Some(&(_, f)) => f,
        None => 0,
    }
}

macro_rules! property {
    ($(#[$doc:meta])* $name:ident, $flag:ident) => {
        $(#[$doc])*
        #[inline]
        pub fn $name(c: char) -> bool {
            flags(c) & t::$flag != 0
        }
    };
}

property!(/// `str.isalpha` for one character (categories L*).
    is_alpha, ALPHA);
property!(/// `str.isdecimal` for one character (Numeric_Type=Decimal).
    is_decimal, DECIMAL);
property!(/// `str.isdigit` for one character (Numeric_Type Decimal or Digit).
    is_digit, DIGIT);
property!(/// `str.isnumeric` for one character (any Numeric_Type).
    is_numeric, NUMERIC);
property!(/// `str.isspace` for one character (bidi WS/B/S or category Zs).
    is_space, SPACE);
property!(/// The Lowercase property (`'a'.islower()`).
    is_lower, LOWER);
property!(/// The Uppercase property (`'A'.isupper()`).
    is_upper, UPPER);
property!(/// Category Lt.
    is_title, TITLE);
property!(/// The Cased property.
    is_cased, CASED);
property!(/// The Case_Ignorable property.
    is_case_ignorable, CASE_IGNORABLE);
property!(/// `str.isprintable` for one character.
    is_printable, PRINTABLE);
property!(/// May start an identifier (XID_Start or `_`).
    is_xid_start, XID_START);
property!(/// May continue an identifier (XID_Continue).
    is_xid_continue, XID_CONTINUE);
property!(/// A line boundary for `str.splitlines`.
    is_linebreak, LINEBREAK);

/// `str.isalnum` for one character.
pub fn is_alnum(c: char) -> bool {
    flags(c) & (t::ALPHA | t::DECIMAL | t::DIGIT | t::NUMERIC) != 0
}

/// The decimal digit value of `c` (CPython's `Py_UNICODE_TODECIMAL`), if any.
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - '0' as u32);
    }
    let idx = t::DECIMAL_RUNS.partition_point(|&(start, _, _)| start <= cp);
    let &(start, end, first) = t::DECIMAL_RUNS.get(idx.checked_sub(1)?)?;
    if cp <= end {
        Some(u32::from(first) + (cp - start))
    } else {
        None
    }
}

fn lookup_map(map: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    let cp = c as u32;
    map.binary_search_by_key(&cp, |&(k, _)| k).ok().and_then(|i| map.get(i)).map(|&(_, s)| s)
}

/// Full uppercase mapping (may be several characters), `None` if unchanged.
pub fn upper_full(c: char) -> Option<&'static str> {
    lookup_map(t::UPPER_MAP, c)
}
/// Full lowercase mapping (without the context-dependent final sigma).
pub fn lower_full(c: char) -> Option<&'static str> {
    lookup_map(t::LOWER_MAP, c)
}
/// Full titlecase mapping.
pub fn title_full(c: char) -> Option<&'static str> {
    lookup_map(t::TITLE_MAP, c)
}
/// Full case folding (`str.casefold`).
pub fn fold_full(c: char) -> Option<&'static str> {
    lookup_map(t::FOLD_MAP, c)
}

/// Push the mapping of `c` in `map` (or `c` itself) onto `out`.
pub(crate) fn push_mapped(out: &mut String, c: char, mapped: Option<&'static str>) {
    match mapped {
        Some(s) => out.push_str(s),
        None => out.push(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spot_checks() {
        assert!(is_alpha('é') && !is_alpha('1'));
        assert!(is_digit('²') && !is_decimal('²') && is_numeric('一'));
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('x'), None);
        assert_eq!(upper_full('ß'), Some("SS"));
        assert_eq!(lower_full('A'), Some("a"));
        assert_eq!(title_full('ǆ'), Some("ǅ"));
        assert!(is_space('\u{85}') && is_space('\u{3000}') && !is_space('\u{200b}'));
        assert!(!is_printable('\u{a0}') && is_printable(' '));
        assert!(is_case_ignorable('\'') && is_cased('ʰ'));
    }
}

// ----- the `unicodedata` module's properties ---------------------------------

use crate::unicodedata_tables as ud;

/// The Unicode version of the `unicodedata` tables (CPython 3.11's).
pub const UNIDATA_VERSION: &str = ud::UNIDATA_VERSION;

fn run_value(runs: &[(u32, u8)], c: char) -> u8 {
    let cp = c as u32;
    let idx = runs.partition_point(|&(start, _)| start <= cp);
    idx.checked_sub(1).and_then(|i| runs.get(i)).map_or(0, |&(_, v)| v)
}

fn run_name(runs: &[(u32, u8)], names: &'static [&'static str], c: char) -> &'static str {
    names.get(run_value(runs, c) as usize).copied().unwrap_or("")
}

/// The general category (`"Lu"`, `"Nd"`, `"Cn"`...).
pub fn category(c: char) -> &'static str {
    run_name(ud::CATEGORY_RUNS, ud::CATEGORY_NAMES, c)
}
/// The bidirectional class (`"L"`, `"AN"`, or `""` when unassigned).
pub fn bidirectional(c: char) -> &'static str {
    run_name(ud::BIDI_RUNS, ud::BIDI_NAMES, c)
}
/// The East Asian width (`"N"`, `"W"`, `"F"`, `"H"`, `"A"`, `"Na"`).
pub fn east_asian_width(c: char) -> &'static str {
    run_name(ud::EAW_RUNS, ud::EAW_NAMES, c)
}
/// The canonical combining class.
pub fn combining(c: char) -> u8 {
    run_value(ud::COMBINING_RUNS, c)
}
/// The Bidi_Mirrored property.
pub fn mirrored(c: char) -> bool {
    run_value(ud::MIRRORED_RUNS, c) != 0
}
/// The digit value (Numeric_Type Decimal or Digit).
pub fn digit_value(c: char) -> Option<u8> {
    let cp = c as u32;
    ud::DIGITS.binary_search_by_key(&cp, |&(k, _)| k).ok().map(|i| ud::DIGITS[i].1)
}
/// The numeric value (any Numeric_Type).
pub fn numeric_value(c: char) -> Option<f64> {
    let cp = c as u32;
    ud::NUMERICS.binary_search_by_key(&cp, |&(k, _)| k).ok().map(|i| ud::NUMERICS[i].1)
}
