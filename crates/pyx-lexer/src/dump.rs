//! A readable, stable listing of a token stream, one token per line, for
//! `pyx --tokens FILE` and the snapshot tests.
//!
//! Each line is `LINE:COL-LINE:COL KIND value`; lines are 1-based and
//! columns are 0-based byte columns. F-string parts follow their token,
//! indented. A lexing error ends the listing with an `ERROR` line.

use std::fmt::Write;

use pyx_span::{LineIndex, Span};

use crate::token::{FStringPart, Tok};
use crate::tokenize;

/// Lists the tokens of `source` (see the module documentation).
pub fn dump_tokens(source: &str) -> String {
    let index = LineIndex::new(source);
    let mut out = String::new();
    for item in tokenize(source) {
        match item {
            Ok((start, tok, end)) => {
                let _ = write!(out, "{} ", range(&index, Span::new(start, end)));
                write_token(&mut out, &index, &tok);
                out.push('\n');
            }
            Err(e) => {
                let at = index.line_column(e.span.start);
                let _ = writeln!(
                    out,
                    "ERROR {}:{} {}: {}",
                    at.line,
                    at.column,
                    e.kind.python_name(),
                    e.message
                );
            }
        }
    }
    out
}

fn range(index: &LineIndex, span: Span) -> String {
    let a = index.line_column(span.start);
    let b = index.line_column(span.end);
    format!("{}:{}-{}:{}", a.line, a.column, b.line, b.column)
}

fn write_token(out: &mut String, index: &LineIndex, tok: &Tok) {
    let _ = match tok {
        Tok::Name(n) => write!(out, "NAME {n}"),
        Tok::Int(i) => write!(out, "INT {i}"),
        Tok::Float(f) => write!(out, "FLOAT {f:?}"),
        Tok::Imaginary(f) => write!(out, "IMAGINARY {f:?}j"),
        Tok::Str(s) => write!(out, "STRING {s:?}"),
        Tok::Bytes(b) => write!(out, "BYTES b\"{}\"", b.escape_ascii()),
        Tok::FString(parts) => {
            out.push_str("FSTRING");
            write_parts(out, index, parts, 1);
            Ok(())
        }
        Tok::Newline => write!(out, "NEWLINE"),
        Tok::Indent => write!(out, "INDENT"),
        Tok::Dedent => write!(out, "DEDENT"),
        other => {
            let spelling = other.spelling().unwrap_or("?");
            let is_word = spelling.starts_with(|c: char| c.is_ascii_alphabetic());
            write!(out, "{} {spelling}", if is_word { "KEYWORD" } else { "OP" })
        }
    };
}

fn write_parts(out: &mut String, index: &LineIndex, parts: &[FStringPart], depth: usize) {
    let indent = "    ".repeat(depth);
    for part in parts {
        match part {
            FStringPart::Literal { value, span } => {
                let _ = write!(out, "\n{indent}LITERAL {} {value:?}", range(index, *span));
            }
            FStringPart::Field(field) => {
                let _ = write!(
                    out,
                    "\n{indent}FIELD {} expr {:?} at {}",
                    range(index, field.span),
                    field.expression,
                    range(index, field.expression_span)
                );
                if let Some(debug) = &field.debug_text {
                    let _ = write!(out, " debug {debug:?}");
                }
                if let Some(c) = field.conversion {
                    let _ = write!(out, " conversion {c}");
                }
                if let Some(spec) = &field.format_spec {
                    let _ = write!(out, "\n{indent}    SPEC");
                    write_parts(out, index, spec, depth + 2);
                }
            }
        }
    }
}
