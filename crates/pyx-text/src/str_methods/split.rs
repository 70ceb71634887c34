//! `split`, `rsplit`, `splitlines`, `partition`, `rpartition`.

use crate::unicode_db::{is_linebreak, is_space};
use crate::{TextError, TextResult};

fn empty_separator() -> TextError {
    TextError::value("empty separator")
}

/// `maxsplit < 0` means no limit.
fn max_count(maxsplit: i64) -> u64 {
    if maxsplit < 0 {
        u64::MAX
    } else {
        maxsplit as u64
    }
}

/// `s.split(sep, maxsplit)`; `sep = None` splits on runs of whitespace.
pub fn split<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> TextResult<Vec<&'a str>> {
    let mut maxcount = max_count(maxsplit);
    let mut out = Vec::new();
    match sep {
        None => {
            let mut it = s.char_indices().peekable();
            loop {
                while it.next_if(|&(_, c)| is_space(c)).is_some() {}
                let Some(&(start, _)) = it.peek() else { return Ok(out) };
                if maxcount == 0 {
                    out.push(&s[start..]);
                    return Ok(out);
                }
                maxcount -= 1;
                while it.next_if(|&(_, c)| !is_space(c)).is_some() {}
                let end = it.peek().map_or(s.len(), |&(i, _)| i);
                out.push(&s[start..end]);
            }
        }
        Some("") => Err(empty_separator()),
        Some(sep) => {
            let mut rest = s;
            while maxcount > 0 {
                let Some(pos) = rest.find(sep) else { break };
                out.push(&rest[..pos]);
                rest = &rest[pos + sep.len()..];
                maxcount -= 1;
            }
            out.push(rest);
            Ok(out)
        }
    }
}

/// `s.rsplit(sep, maxsplit)`.
pub fn rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> TextResult<Vec<&'a str>> {
    let mut maxcount = max_count(maxsplit);
    let mut out = Vec::new();
    match sep {
        None => {
            let mut it = s.char_indices().rev().peekable();
            loop {
                while it.next_if(|&(_, c)| is_space(c)).is_some() {}
                let Some(&(last, c)) = it.peek() else { break };
                let end = last + c.len_utf8();
                if maxcount == 0 {
                    out.push(&s[..end]);
                    break;
                }
                maxcount -= 1;
                while it.next_if(|&(_, c)| !is_space(c)).is_some() {}
                let start = it.peek().map_or(0, |&(i, c)| i + c.len_utf8());
                out.push(&s[start..end]);
            }
        }
        Some("") => return Err(empty_separator()),
        Some(sep) => {
            let mut rest = s;
            while maxcount > 0 {
                let Some(pos) = rest.rfind(sep) else { break };
                out.push(&rest[pos + sep.len()..]);
                rest = &rest[..pos];
                maxcount -= 1;
            }
            out.push(rest);
        }
    }
    out.reverse();
    Ok(out)
}

/// `s.splitlines(keepends)`, on every Unicode line boundary CPython knows.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut it = s.char_indices().peekable();
    let mut line_start = 0;
    while it.peek().is_some() {
        while it.next_if(|&(_, c)| !is_linebreak(c)).is_some() {}
        let mut eol = it.peek().map_or(s.len(), |&(i, _)| i);
        let mut next = eol;
        if let Some((i, c)) = it.next() {
            next = i + c.len_utf8();
            if c == '\r' && it.next_if(|&(_, c)| c == '\n').is_some() {
                next += 1;
            }
            if keepends {
                eol = next;
            }
        }
        out.push(&s[line_start..eol]);
        line_start = next;
    }
    out
}

/// `s.partition(sep)`.
pub fn partition<'a>(s: &'a str, sep: &str) -> TextResult<(&'a str, &'a str, &'a str)> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.find(sep) {
        Some(pos) => (&s[..pos], &s[pos..pos + sep.len()], &s[pos + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `s.rpartition(sep)`.
pub fn rpartition<'a>(s: &'a str, sep: &str) -> TextResult<(&'a str, &'a str, &'a str)> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.rfind(sep) {
        Some(pos) => (&s[..pos], &s[pos..pos + sep.len()], &s[pos + sep.len()..]),
        None => ("", "", s),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basics() {
        assert_eq!(split("  a b  c ", None, -1).unwrap(), ["a", "b", "c"]);
        assert_eq!(split("  a b  c ", None, 1).unwrap(), ["a", "b  c "]);
        assert_eq!(rsplit("  a b  c ", None, 1).unwrap(), ["  a b", "c"]);
        assert_eq!(split("a,b,,c", Some(","), 2).unwrap(), ["a", "b", ",c"]);
        assert_eq!(rsplit("a,b,,c", Some(","), 2).unwrap(), ["a,b", "", "c"]);
        assert_eq!(splitlines("a\r\nb\rc\u{2028}d\n", true), ["a\r\n", "b\r", "c\u{2028}", "d\n"]);
        assert_eq!(splitlines("a\r\nb\n\n", false), ["a", "b", ""]);
    }
}
