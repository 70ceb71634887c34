//! Building the patterns of `match` statements.

use pyx_ast::{Constant, ExprKind, Identifier, Operator, Pattern, PatternKind, Span};

use crate::nodes::{self, error_at, Ex, PResult};

/// An item of a mapping pattern.
pub enum MappingItem {
    Key(Ex, Box<Pattern>),
    /// `**rest`, with the span of the whole item.
    Rest(Identifier, Span),
}

/// An argument of a class pattern.
pub enum ClassArg {
    Positional(Box<Pattern>),
    Keyword(Identifier, Box<Pattern>),
}

fn pattern(kind: PatternKind, l: u32, r: u32) -> Box<Pattern> {
    Box::new(Pattern { kind, span: Span::new(l, r) })
}

fn unbox(v: Vec<Box<Pattern>>) -> Vec<Pattern> {
    v.into_iter().map(|p| *p).collect()
}

pub fn open_sequence(mut v: Vec<Box<Pattern>>, last: Option<Box<Pattern>>, l: u32, r: u32) -> Box<Pattern> {
    v.extend(last);
    pattern(PatternKind::MatchSequence { patterns: unbox(v) }, l, r)
}

pub fn sequence(patterns: Vec<Box<Pattern>>, l: u32, r: u32) -> Box<Pattern> {
    pattern(PatternKind::MatchSequence { patterns: unbox(patterns) }, l, r)
}

pub fn as_pattern(p: Box<Pattern>, name: Identifier, l: u32, r: u32) -> PResult<Box<Pattern>> {
    if name.name == "_" {
        return Err(error_at("cannot use '_' as a target", name.span));
    }
    Ok(pattern(PatternKind::MatchAs { pattern: Some(p), name: Some(name) }, l, r))
}

pub fn or_pattern(first: Box<Pattern>, rest: Vec<Box<Pattern>>, l: u32, r: u32) -> Box<Pattern> {
    let mut patterns = Vec::with_capacity(rest.len() + 1);
    patterns.push(*first);
    patterns.extend(rest.into_iter().map(|p| *p));
    pattern(PatternKind::MatchOr { patterns }, l, r)
}

pub fn star(name: Identifier, l: u32, r: u32) -> Box<Pattern> {
    let name = if name.name == "_" { None } else { Some(name) };
    pattern(PatternKind::MatchStar { name }, l, r)
}

pub fn literal(v: Ex, l: u32, r: u32) -> Box<Pattern> {
    pattern(PatternKind::MatchValue { value: v.expr }, l, r)
}

pub fn singleton(value: Constant, l: u32, r: u32) -> Box<Pattern> {
    pattern(PatternKind::MatchSingleton { value }, l, r)
}

pub fn capture(name: Identifier) -> Box<Pattern> {
    let span = name.span;
    let name = if name.name == "_" { None } else { Some(name) };
    Box::new(Pattern { kind: PatternKind::MatchAs { pattern: None, name }, span })
}

pub fn value(v: Ex) -> Box<Pattern> {
    let value = v.expr;
    Box::new(Pattern { span: value.span, kind: PatternKind::MatchValue { value } })
}

pub fn mapping(items: Vec<MappingItem>, l: u32, r: u32) -> PResult<Box<Pattern>> {
    let mut keys = Vec::new();
    let mut patterns = Vec::new();
    let mut rest = None;
    for item in items {
        if let Some((_, at)) = &rest {
            return Err(error_at("invalid syntax", *at));
        }
        match item {
            MappingItem::Key(k, p) => {
                keys.push(k.into_expr()?);
                patterns.push(*p);
            }
            MappingItem::Rest(name, at) => rest = Some((name, at)),
        }
    }
    let rest = rest.map(|(name, _)| name);
    Ok(pattern(PatternKind::MatchMapping { keys, patterns, rest }, l, r))
}

pub fn class(cls: Ex, args: Vec<ClassArg>, l: u32, r: u32) -> PResult<Box<Pattern>> {
    let mut patterns = Vec::new();
    let mut kwd_attrs = Vec::new();
    let mut kwd_patterns = Vec::new();
    for arg in args {
        match arg {
            ClassArg::Positional(p) => {
                if !kwd_patterns.is_empty() {
                    return Err(error_at("positional patterns follow keyword patterns", p.span));
                }
                patterns.push(*p);
            }
            ClassArg::Keyword(name, p) => {
                kwd_attrs.push(name);
                kwd_patterns.push(*p);
            }
        }
    }
    let cls = cls.into_boxed()?;
    Ok(pattern(PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns }, l, r))
}

fn is_imaginary(e: &Ex) -> bool {
    matches!(e.expr.kind, ExprKind::Constant { value: Constant::Complex { .. }, .. })
}

/// `real + imag` or `real - imag` in a pattern.
pub fn complex_literal(re: Ex, op: Operator, im: Ex, l: u32, r: u32) -> PResult<Ex> {
    let real_part = match &re.expr.kind {
        ExprKind::UnaryOp { operand, .. } => operand.as_ref(),
        _ => &re.expr,
    };
    if matches!(real_part.kind, ExprKind::Constant { value: Constant::Complex { .. }, .. }) {
        return Err(error_at("real number required in complex literal", re.expr.span));
    }
    if !is_imaginary(&im) {
        return Err(error_at("imaginary number required in complex literal", im.expr.span));
    }
    nodes::bin_op(re, op, im, l, r)
}

/// A string literal in a pattern. CPython's parser accepts f-strings here
/// too; its compiler refuses them ("patterns may only match literals and
/// attribute lookups"), and so must pyx's.
pub fn string_literal(s: Ex) -> PResult<Ex> {
    Ok(s)
}
