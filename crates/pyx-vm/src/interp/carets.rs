//! The marker line CPython 3.11 prints under a traceback entry's source
//! line: `^^^^^` under the failing expression, or `~~~^~~~` for a binary
//! operation (`^` under the operator) and `~~~~^^^^` for a subscript
//! (`^` under the brackets).
//!
//! The rules are CPython's (its `tb_displayline`): the expression's span
//! comes from the instruction that was running; the span's text is parsed
//! again on its own to find the operator or the brackets; no markers are
//! printed when they would cover the whole (stripped) line and single out
//! nothing; an expression that continues on later lines is marked up to
//! the end of its first line.

use pyx_ast::{ExprKind, StmtKind};
use pyx_span::Span;

/// Characters CPython strips from the start of a displayed source line.
const INDENT: [char; 3] = [' ', '\t', '\x0c'];

/// The marker line (without its line break) for the expression at byte
/// span `span` of `source`, or `None` when CPython prints none.
pub fn caret_line(source: &str, span: Span) -> Option<String> {
    let (start, end) = (span.start as usize, span.end as usize);
    if start > end || end > source.len() || !source.is_char_boundary(start) || !source.is_char_boundary(end) {
        return None;
    }
    let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = source[start..].find('\n').map_or(source.len(), |i| start + i);
    let line = source[line_start..line_end].trim_end_matches('\r');
    let chars = |bytes: &str| bytes.chars().count();
    let start_col = chars(&source[line_start..start]);
    let (end_col, anchors) = if end <= line_start + line.len() {
        let segment = &source[start..end];
        let anchors = anchors_in(segment).map(|(l, r)| (start_col + chars(&segment[..l]), start_col + chars(&segment[..r])));
        (start_col + chars(segment), anchors)
    } else {
        // Spans several lines: mark to the last non-blank of the first.
        (chars(line.trim_end()), None)
    };
    let indent = chars(line) - chars(line.trim_start_matches(INDENT));
    let shown = chars(line) - indent;
    if end_col.saturating_sub(start_col) == shown && anchors.is_none() {
        return None;
    }
    if end_col <= start_col || start_col < indent {
        return None;
    }
    let mut out = String::from("    ");
    out.extend(std::iter::repeat_n(' ', start_col - indent));
    for col in start_col..end_col {
        out.push(match anchors {
            Some((l, r)) if (l..r).contains(&col) => '^',
            Some(_) => '~',
            None => '^',
        });
    }
    Some(out)
}

/// Character range (within `segment`) of the operator of a binary
/// operation or the brackets of a subscript, as `anchors_in` finds them:
/// what `traceback` needs to draw `~~^~~` under a source segment.
pub fn anchor_chars(segment: &str) -> Option<(usize, usize)> {
    let (l, r) = anchors_in(segment)?;
    let chars = |to: usize| segment.get(..to).map(|s| s.chars().count());
    Some((chars(l)?, chars(r)?))
}

/// Byte range (within `segment`) of the operator of a binary operation or
/// the brackets of a subscript, when `segment` parses on its own as one
/// such expression statement.
fn anchors_in(segment: &str) -> Option<(usize, usize)> {
    let module = pyx_parser::parse_module(segment).ok()?;
    let [stmt] = module.body.as_slice() else { return None };
    let StmtKind::Expr { value } = &stmt.kind else { return None };
    let bytes = segment.as_bytes();
    let blank = |b: u8| matches!(b, b' ' | b'\t' | b'\x0c' | b'\n' | b'\r');
    match &value.kind {
        ExprKind::BinOp { left, right, .. } => {
            let (from, to) = (left.span.end as usize, right.span.start as usize);
            let mut found = None;
            let mut i = from;
            while i < to {
                if blank(bytes[i]) {
                    i += 1;
                    continue;
                }
                // Two-character operators (`//`, `**`, `<<`, `@=`...).
                let width = if i + 1 < to && !blank(bytes[i + 1]) { 2 } else { 1 };
                found = Some((i, i + width));
                // A closing parenthesis of the left operand is not the
                // operator: keep looking.
                if bytes[i] == b')' && i + 1 < to {
                    i += 1;
                    continue;
                }
                break;
            }
            found
        }
        ExprKind::Subscript { value: base, slice, .. } => {
            let mut left = base.span.end as usize;
            let mut right = slice.span.end as usize + 1;
            while left < bytes.len() && bytes[left] != b'[' {
                left += 1;
            }
            while right < bytes.len() && bytes[right] != b']' {
                right += 1;
            }
            if right < bytes.len() {
                right += 1;
            }
            Some((left.min(bytes.len()), right.min(bytes.len())))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn carets(line: &str, what: &str) -> Option<String> {
        let at = line.find(what).unwrap();
        caret_line(line, Span::new(at as u32, (at + what.len()) as u32))
    }

    #[test]
    fn binary_operator_gets_its_own_mark() {
        assert_eq!(carets("    return x + None", "x + None").as_deref(), Some("           ~~^~~~~~"));
        assert_eq!(carets("y = a // b", "a // b").as_deref(), Some("        ~~^^~~"));
        assert_eq!(carets("y = (a) // b", "(a) // b").as_deref(), Some("        ~~~~^^~~"));
    }

    #[test]
    fn subscript_marks_the_brackets() {
        assert_eq!(carets("print(d['k'])", "d['k']").as_deref(), Some("          ~^^^^^"));
    }

    #[test]
    fn anchors_count_characters() {
        assert_eq!(anchor_chars("é + b"), Some((2, 3)));
        assert_eq!(anchor_chars("d['k']"), Some((1, 6)));
        assert_eq!(anchor_chars("f(x)"), None);
        assert_eq!(anchor_chars("a +"), None);
    }

    #[test]
    fn whole_line_gets_no_marks() {
        assert_eq!(carets("  f(x)", "f(x)"), None);
        assert_eq!(carets("  a + b", "a + b").as_deref(), Some("    ~~^~~"));
    }
}
