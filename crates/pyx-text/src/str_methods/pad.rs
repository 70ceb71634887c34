//! `strip` family, `center`/`ljust`/`rjust`, `zfill`, `expandtabs`.

use super::char_len;
use crate::unicode_db::is_space;

fn strip_set(chars: Option<&str>) -> impl Fn(char) -> bool + '_ {
    move |c| match chars {
        None => is_space(c),
        Some(set) => set.contains(c),
    }
}

/// `s.strip(chars)`; `None` strips whitespace.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_matches(strip_set(chars))
}

/// `s.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_start_matches(strip_set(chars))
}

/// `s.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_end_matches(strip_set(chars))
}

fn pad(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat(fill).take(left));
    out.push_str(s);
    out.extend(std::iter::repeat(fill).take(right));
    out
}

/// `s.center(width, fill)`.
pub fn center(s: &str, width: i64, fill: char) -> String {
    let len = char_len(s) as i64;
    if len >= width {
        return s.to_string();
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    pad(s, left as usize, (marg - left) as usize, fill)
}

/// `s.ljust(width, fill)`.
pub fn ljust(s: &str, width: i64, fill: char) -> String {
    let len = char_len(s) as i64;
    if len >= width {
        return s.to_string();
    }
    pad(s, 0, (width - len) as usize, fill)
}

/// `s.rjust(width, fill)`.
pub fn rjust(s: &str, width: i64, fill: char) -> String {
    let len = char_len(s) as i64;
    if len >= width {
        return s.to_string();
    }
    pad(s, (width - len) as usize, 0, fill)
}

/// `s.zfill(width)`: zeros after a leading sign.
pub fn zfill(s: &str, width: i64) -> String {
    let len = char_len(s) as i64;
    if len >= width {
        return s.to_string();
    }
    let fill = (width - len) as usize;
    let mut out = String::with_capacity(s.len() + fill);
    let rest = match s.as_bytes().first() {
        Some(&b @ (b'+' | b'-')) => {
            out.push(char::from(b));
            &s[1..]
        }
        _ => s,
    };
    out.extend(std::iter::repeat('0').take(fill));
    out.push_str(rest);
    out
}

/// The length in bytes of `expandtabs(s, tabsize)`, measured without
/// building it (saturating: a caller checks it against its budget first).
pub fn expandtabs_len(s: &str, tabsize: i64) -> usize {
    let mut n: usize = 0;
    let mut line_pos: i64 = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - line_pos % tabsize;
                line_pos = line_pos.saturating_add(incr);
                n = n.saturating_add(incr as usize);
            }
        } else {
            n = n.saturating_add(c.len_utf8());
            line_pos = line_pos.saturating_add(1);
            if c == '\n' || c == '\r' {
                line_pos = 0;
            }
        }
    }
    n
}

/// `s.expandtabs(tabsize)`.
pub fn expandtabs(s: &str, tabsize: i64) -> String {
    let mut out = String::with_capacity(s.len());
    let mut line_pos: i64 = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - line_pos % tabsize;
                line_pos += incr;
                out.extend(std::iter::repeat(' ').take(incr as usize));
            }
        } else {
            out.push(c);
            line_pos += 1;
            if c == '\n' || c == '\r' {
                line_pos = 0;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expandtabs_len_is_the_built_length() {
        for (s, t) in [("a\tb\n\tc\r\t\u{e9}\t", 8), ("\t\t", 3), ("x\ty", 0), ("x\ty", -2), ("", 4)] {
            assert_eq!(expandtabs_len(s, t), expandtabs(s, t).len(), "{s:?} {t}");
        }
    }

    #[test]
    fn basics() {
        assert_eq!(center("ab", 5, '*'), "**ab*");
        assert_eq!(center("abc", 6, '*'), "*abc**");
        assert_eq!(zfill("-12", 6), "-00012");
        assert_eq!(expandtabs("a\tbc\t\nx\ty", 4), "a   bc  \nx   y");
        assert_eq!(strip("xxaxx", Some("x")), "a");
        assert_eq!(strip("\u{85} a\u{3000}", None), "a");
    }
}
