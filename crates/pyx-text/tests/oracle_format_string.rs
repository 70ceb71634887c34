//! `str.format` parsing (chunks, field names, errors) and a toy renderer
//! over int arguments, against CPython.
mod common;
use common::*;
use pyx_text::format_spec::{format_int, format_str};
use pyx_text::format_string::*;
use pyx_text::int_text::{DigitLimit, IntArg};
use pyx_text::{TextError, TextResult};

fn render_parse(s: &str) -> String {
    let mut items = Vec::new();
    for chunk in parse_format_string(s) {
        let chunk = match chunk {
            Ok(c) => c,
            Err(e) => return format!("!{}", e.message()),
        };
        let mut item = vec![chunk.literal.to_string()];
        if let Some(f) = chunk.field {
            item.push(f.field_name.to_string());
            let mut auto = AutoNumber::default();
            match split_field_name(f.field_name, &mut auto) {
                Ok(n) if n.rest_error.is_none() => {
                    let first_empty = f.field_name.split(['.', '[']).next() == Some("");
                    item.push(match n.first {
                        _ if first_empty => "s".to_string(),
                        FieldFirst::Index(i) => i.to_string(),
                        FieldFirst::Name(k) => format!("s{k}"),
                    });
                    let rest: Vec<String> = n
                        .rest
                        .iter()
                        .map(|a| match a {
                            FieldAccessor::Attr(x) => format!(".s{x}"),
                            FieldAccessor::Index(i) => format!("[{i}"),
                            FieldAccessor::Key(k) => format!("[s{k}"),
                        })
                        .collect();
                    item.push(rest.join("\u{1f}"));
                }
                Ok(n) => {
                    item.push(format!("!{}", n.rest_error.map(|e| e.message().to_string()).unwrap_or_default()));
                    item.push(String::new());
                }
                Err(e) => {
                    item.push(format!("!{}", e.message()));
                    item.push(String::new());
                }
            }
            item.push(f.format_spec.to_string());
            item.push(f.conversion.map(String::from).unwrap_or_default());
        }
        items.push(item.join("\u{1e}"));
    }
    items.join("\u{1d}")
}

/// `s.format(10, 20, 30, a=1, w=5, p=2, x=7)` with a toy object model.
fn render_format(s: &str, depth: u32, auto: &mut AutoNumber) -> TextResult<String> {
    if depth == 0 {
        return Err(recursion_error());
    }
    let args = [10i64, 20, 30];
    let kwargs = [("a", 1i64), ("w", 5), ("p", 2), ("x", 7)];
    let mut out = String::new();
    for chunk in parse_format_string(s) {
        let chunk = chunk?;
        out.push_str(chunk.literal);
        let Some(f) = chunk.field else { continue };
        let name = split_field_name(f.field_name, auto)?;
        let value = match name.first {
            FieldFirst::Index(i) => *args.get(i).ok_or_else(|| index_error(i))?,
            FieldFirst::Name(k) => {
                kwargs.iter().find(|(n, _)| *n == k).map(|&(_, v)| v).ok_or_else(|| TextError::KeyError(k.to_string()))?
            }
        };
        if let Some(a) = name.rest.first() {
            return Err(match a {
                FieldAccessor::Attr(x) => TextError::ValueError(format!("@AttributeError: 'int' object has no attribute '{x}'")),
                _ => TextError::TypeError("'int' object is not subscriptable".into()),
            });
        }
        if let Some(e) = name.rest_error {
            return Err(e);
        }
        let converted = match f.conversion {
            Some(c) => {
                Conversion::parse(c)?;
                Some(value.to_string())
            }
            None => None,
        };
        let spec = if f.spec_needs_expanding { render_format(f.format_spec, depth - 1, auto)? } else { f.format_spec.to_string() };
        out.push_str(&match converted {
            Some(text) => format_str(&text, &spec, "str")?,
            None => format_int(IntArg::Small(value), &spec, "int", DigitLimit::DEFAULT)?,
        });
    }
    Ok(out)
}

#[test]
fn format_string_parsing_matches_cpython() {
    let mut t = Tally::new("format_parse");
    for f in lines(include_str!("oracle/format_parse.txt")) {
        let s = unesc(f[0]);
        let want_parse = unesc(f[1]);
        let want_full = unesc(f[2]);
        let got_parse = render_parse(&s);
        let got_full = match render_format(&s, MAX_FORMAT_RECURSION, &mut AutoNumber::default()) {
            Ok(v) => v,
            Err(TextError::ValueError(m)) if m.starts_with('@') => format!("!{}", &m[1..]),
            Err(e) => err_text(&e),
        };
        t.check(got_parse == want_parse && got_full == want_full, || {
            format!("{s:?}: parse {got_parse:?} want {want_parse:?}; format {got_full:?} want {want_full:?}")
        });
    }
    t.finish();
}
