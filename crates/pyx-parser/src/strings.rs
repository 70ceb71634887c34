//! Implicit concatenation of string, bytes and f-string literals, and the
//! `JoinedStr`/`FormattedValue` nodes of f-strings, shaped as CPython 3.11
//! shapes them: adjacent literal text merged, empty text dropped, and every
//! node made from the literal spanning the whole concatenation.

use pyx_ast::{Constant, Conversion, Expr, ExprKind, Span};
use pyx_lexer::{FStringField, FStringPart};

use crate::nodes::{error, Depth, Ex, PResult};

/// One literal token of a concatenation.
pub enum StringPiece {
    Str(String),
    Bytes(Vec<u8>),
    /// An f-string's parts and the span of its token.
    FString(Vec<FStringPart>, Span),
}

struct Builder<'s> {
    source: &'s str,
    span: Span,
    kind: Option<String>,
    values: Vec<Expr>,
    text: String,
    depth: Depth,
}

impl Builder<'_> {
    fn flush_text(&mut self) {
        if !self.text.is_empty() {
            let value = Constant::Str(std::mem::take(&mut self.text));
            self.values.push(Expr::new(ExprKind::Constant { value, kind: self.kind.clone() }, self.span));
        }
    }

    /// Adds the parts of the f-string token spanning `piece`.
    fn parts(&mut self, parts: Vec<FStringPart>, piece: Span) -> PResult<()> {
        for part in parts {
            match part {
                FStringPart::Literal { value, .. } => self.text.push_str(&value),
                FStringPart::Field(field) => self.field(field, piece)?,
            }
        }
        Ok(())
    }

    fn field(&mut self, field: FStringField, piece: Span) -> PResult<()> {
        if let Some(debug) = &field.debug_text {
            self.text.push_str(debug);
        }
        self.flush_text();
        let value = crate::parse_field(self.source, &field.expression, field.expression_span)?;
        let mut d = Depth::default();
        let value = d.boxed(value)?;
        let conversion = match field.conversion {
            Some('s') => Conversion::Str,
            Some('r') => Conversion::Repr,
            Some('a') => Conversion::Ascii,
            _ => Conversion::None,
        };
        let format_spec = match field.format_spec {
            Some(spec) => {
                let mut inner = Builder {
                    source: self.source,
                    span: self.span,
                    kind: self.kind.clone(),
                    values: Vec::new(),
                    text: String::new(),
                    depth: Depth::default(),
                };
                inner.parts(spec, piece)?;
                inner.flush_text();
                let mut values = inner.values;
                // CPython 3.11 places a format spec on its own f-string
                // token, and so its text too when the spec has no fields.
                if values.iter().all(|v| matches!(v.kind, ExprKind::Constant { .. })) {
                    for v in &mut values {
                        v.span = piece;
                    }
                }
                let spec = inner.depth.node(ExprKind::JoinedStr { values }, piece)?;
                Some(d.boxed(spec)?)
            }
            None => None,
        };
        let node = d.node(ExprKind::FormattedValue { value, conversion, format_spec }, self.span)?;
        let node = self.depth.child(node)?;
        self.values.push(node);
        Ok(())
    }
}

/// Joins adjacent literals into one `Constant` or `JoinedStr`.
pub fn concatenate(source: &str, pieces: Vec<StringPiece>, l: u32, r: u32) -> PResult<Ex> {
    let span = Span::new(l, r);
    let bytes = pieces.iter().filter(|p| matches!(p, StringPiece::Bytes(_))).count();
    if bytes != 0 && bytes != pieces.len() {
        // CPython points just past the literals.
        return Err(error("cannot mix bytes and nonbytes literals", r, r));
    }
    if bytes != 0 {
        let mut out = Vec::new();
        for p in pieces {
            if let StringPiece::Bytes(b) = p {
                if out.is_empty() {
                    out = b;
                } else {
                    out.extend_from_slice(&b);
                }
            }
        }
        return Ok(Ex::leaf(ExprKind::Constant { value: Constant::Bytes(out), kind: None }, span));
    }
    let first_is_u = matches!(source.as_bytes().get(l as usize), Some(b'u' | b'U'));
    let kind = first_is_u.then(|| "u".to_string());
    let has_fstring = pieces.iter().any(|p| matches!(p, StringPiece::FString(..)));
    if !has_fstring {
        let mut out = String::new();
        for p in pieces {
            if let StringPiece::Str(s) = p {
                if out.is_empty() {
                    out = s;
                } else {
                    out.push_str(&s);
                }
            }
        }
        return Ok(Ex::leaf(ExprKind::Constant { value: Constant::Str(out), kind }, span));
    }
    let mut b = Builder { source, span, kind, values: Vec::new(), text: String::new(), depth: Depth::default() };
    for p in pieces {
        match p {
            StringPiece::Str(s) => b.text.push_str(&s),
            StringPiece::FString(parts, piece) => b.parts(parts, piece)?,
            StringPiece::Bytes(_) => {}
        }
    }
    b.flush_text();
    let values = b.values;
    b.depth.node(ExprKind::JoinedStr { values }, span)
}
