//! `find`/`rfind`/`index`/`rindex`/`count`, `replace`,
//! `startswith`/`endswith` with Python's slice-style `start`/`end`.

use super::char_len;
use crate::{TextError, TextResult};

/// Maps code-point positions to byte offsets (identity for ASCII text).
struct Positions<'a> {
    s: &'a str,
    offsets: Option<Vec<usize>>,
}

impl<'a> Positions<'a> {
    fn new(s: &'a str) -> Self {
        let offsets = if s.is_ascii() {
            None
        } else {
            let mut v: Vec<usize> = s.char_indices().map(|(i, _)| i).collect();
            v.push(s.len());
            Some(v)
        };
        Positions { s, offsets }
    }
    fn len(&self) -> i64 {
        self.offsets.as_ref().map_or(self.s.len(), |v| v.len() - 1) as i64
    }
    fn byte(&self, cp: i64) -> usize {
        let cp = cp.max(0) as usize;
        match &self.offsets {
            None => cp.min(self.s.len()),
            Some(v) => v.get(cp).copied().unwrap_or(self.s.len()),
        }
    }
    fn code_point(&self, byte: usize) -> i64 {
        match &self.offsets {
            None => byte as i64,
            Some(v) => v.partition_point(|&b| b < byte) as i64,
        }
    }
}

/// CPython's `ADJUST_INDICES`.
fn adjust(start: Option<i64>, end: Option<i64>, len: i64) -> (i64, i64) {
    let mut start = start.unwrap_or(0);
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

fn find_impl(s: &str, sub: &str, start: Option<i64>, end: Option<i64>, reverse: bool) -> i64 {
    let pos = Positions::new(s);
    let (start, end) = adjust(start, end, pos.len());
    let sub_len = char_len(sub) as i64;
    if end - start < sub_len {
        return -1;
    }
    let (b0, b1) = (pos.byte(start), pos.byte(end));
    let hay = &s[b0..b1];
    let found = if reverse { hay.rfind(sub) } else { hay.find(sub) };
    match found {
        Some(off) => pos.code_point(b0 + off),
        None => -1,
    }
}

/// `s.find(sub, start, end)`.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    find_impl(s, sub, start, end, false)
}

/// `s.rfind(sub, start, end)`.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    find_impl(s, sub, start, end, true)
}

fn not_found() -> TextError {
    TextError::value("substring not found")
}

/// `s.index(sub, start, end)`.
pub fn index(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> TextResult<i64> {
    match find(s, sub, start, end) {
        -1 => Err(not_found()),
        i => Ok(i),
    }
}

/// `s.rindex(sub, start, end)`.
pub fn rindex(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> TextResult<i64> {
    match rfind(s, sub, start, end) {
        -1 => Err(not_found()),
        i => Ok(i),
    }
}

/// `s.count(sub, start, end)` (non-overlapping).
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let pos = Positions::new(s);
    let (start, end) = adjust(start, end, pos.len());
    if end - start < char_len(sub) as i64 {
        return 0;
    }
    if sub.is_empty() {
        return end - start + 1;
    }
    s[pos.byte(start)..pos.byte(end)].matches(sub).count() as i64
}

/// `s.replace(old, new, count)`; `count < 0` replaces all.
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> String {
    let mut remaining = if count < 0 { usize::MAX } else { count as usize };
    if remaining == 0 {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    if old.is_empty() {
        for c in s.chars() {
            if remaining > 0 {
                out.push_str(new);
                remaining -= 1;
            }
            out.push(c);
        }
        if remaining > 0 {
            out.push_str(new);
        }
        return out;
    }
    let mut rest = s;
    while remaining > 0 {
        let Some(p) = rest.find(old) else { break };
        out.push_str(&rest[..p]);
        out.push_str(new);
        rest = &rest[p + old.len()..];
        remaining -= 1;
    }
    out.push_str(rest);
    out
}

fn tailmatch(s: &str, sub: &str, start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let pos = Positions::new(s);
    let (start, end) = adjust(start, end, pos.len());
    let sub_len = char_len(sub) as i64;
    let last = end - sub_len;
    if last < start {
        return false;
    }
    if sub.is_empty() {
        return true;
    }
    let at = if at_end { last } else { start };
    let b = pos.byte(at);
    s.get(b..).is_some_and(|rest| rest.starts_with(sub))
}

/// `s.startswith(prefixes, start, end)` (one prefix, or any of a tuple).
pub fn startswith(s: &str, prefixes: &[&str], start: Option<i64>, end: Option<i64>) -> bool {
    prefixes.iter().any(|p| tailmatch(s, p, start, end, false))
}

/// `s.endswith(suffixes, start, end)`.
pub fn endswith(s: &str, suffixes: &[&str], start: Option<i64>, end: Option<i64>) -> bool {
    suffixes.iter().any(|p| tailmatch(s, p, start, end, true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basics() {
        assert_eq!(find("héllo", "l", None, None), 2);
        assert_eq!(rfind("abc", "", None, None), 3);
        assert_eq!(find("abc", "", Some(4), None), -1);
        assert_eq!(count("aaa", "", None, None), 4);
        assert_eq!(replace("abc", "", "-", -1), "-a-b-c-");
        assert_eq!(replace("abc", "", "-", 2), "-a-bc");
        assert!(startswith("héllo", &["él"], Some(1), None));
        assert!(!startswith("abc", &[""], Some(5), None));
        assert!(endswith("héllo", &["ll"], None, Some(-1)));
    }
}
