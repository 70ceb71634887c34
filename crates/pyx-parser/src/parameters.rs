//! Parameter lists of `def` and `lambda`, and argument lists of calls.
//!
//! The grammar parses both as flat comma lists of items; the rules on their
//! order (defaults, `/`, `*`, keyword arguments) are checked here, with
//! CPython's messages.

use pyx_ast::{Expr, ExprKind, Identifier, Keyword, Parameter, Parameters, Span};

use crate::nodes::{self, error_at, Comprehension, Depth, Ex, PResult};

/// One item of a parameter list.
pub enum ParamItem {
    /// `name[: annotation][= default]`.
    Plain(Box<Parameter>, Option<Ex>),
    /// `/`.
    Slash(Span),
    /// A bare `*`.
    BareStar(Span),
    /// `*name`, with the span of a (refused) default.
    VarArgs(Box<Parameter>, Option<Span>),
    /// `**name`, with the span of a (refused) default.
    KwArgs(Box<Parameter>, Option<Span>),
}

/// Checks the order of `items` and sorts them into CPython's `arguments`.
pub fn build(items: Vec<ParamItem>, d: &mut Depth, _is_lambda: bool) -> PResult<Parameters> {
    let mut params = Parameters::default();
    // Parameters before `/` are first collected in `args`, then moved.
    let mut seen_slash = false;
    let mut seen_star = false; // `*` or `*args`
    let mut bare_star: Option<Span> = None;
    let mut seen_default = false;
    for item in items {
        if params.kwarg.is_some() {
            let at = match &item {
                ParamItem::Plain(p, _) | ParamItem::VarArgs(p, _) | ParamItem::KwArgs(p, _) => p.span,
                ParamItem::Slash(s) | ParamItem::BareStar(s) => *s,
            };
            return Err(error_at("arguments cannot follow var-keyword argument", at));
        }
        match item {
            ParamItem::Plain(p, default) => {
                if seen_star {
                    bare_star = None;
                    params.kw_defaults.push(match default {
                        Some(e) => Some(d.child(e)?),
                        None => None,
                    });
                    params.kwonlyargs.push(*p);
                } else {
                    match default {
                        Some(e) => {
                            seen_default = true;
                            params.defaults.push(d.child(e)?);
                        }
                        None if seen_default => {
                            return Err(error_at("non-default argument follows default argument", p.span));
                        }
                        None => {}
                    }
                    params.args.push(*p);
                }
            }
            ParamItem::Slash(at) => {
                if seen_slash {
                    return Err(error_at("/ may appear only once", at));
                }
                if seen_star {
                    return Err(error_at("/ must be ahead of *", at));
                }
                if params.args.is_empty() {
                    return Err(error_at("at least one argument must precede /", at));
                }
                seen_slash = true;
                params.posonlyargs = std::mem::take(&mut params.args);
            }
            ParamItem::BareStar(at) => {
                if seen_star {
                    return Err(error_at("* argument may appear only once", at));
                }
                seen_star = true;
                bare_star = Some(at);
            }
            ParamItem::VarArgs(p, default) => {
                if seen_star {
                    return Err(error_at("* argument may appear only once", p.span));
                }
                if let Some(at) = default {
                    return Err(error_at("var-positional argument cannot have default value", at));
                }
                seen_star = true;
                params.vararg = Some(*p);
            }
            ParamItem::KwArgs(p, default) => {
                if let Some(at) = default {
                    return Err(error_at("var-keyword argument cannot have default value", at));
                }
                if let Some(at) = bare_star {
                    return Err(error_at("named arguments must follow bare *", at));
                }
                params.kwarg = Some(*p);
            }
        }
    }
    if let Some(at) = bare_star {
        return Err(error_at("named arguments must follow bare *", at));
    }
    Ok(params)
}

/// One item of a call's argument list.
pub enum Arg {
    /// A positional argument, `*iterable` included (as `Starred`).
    Positional(Ex),
    /// `f(x for x in y)`: a generator without its own parentheses, and
    /// the span of the argument.
    Generator(Box<(Ex, Vec<Box<Comprehension>>, Span)>),
    /// `name=value`, or `**mapping` when the name is `None`.
    Keyword(Box<(Option<Identifier>, Ex, Span)>),
}

/// Checks the order of a call's arguments and splits them into positional
/// arguments and keywords. `parens` spans the call's parentheses: a lone
/// generator argument takes them as its own.
pub fn call_arguments(args: Vec<Arg>, d: &mut Depth, parens: Span) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
    let count = args.len();
    let mut positional = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    for arg in args {
        match arg {
            Arg::Positional(e) => {
                let starred = matches!(e.expr.kind, ExprKind::Starred { .. });
                if starred {
                    if seen_double_star {
                        let at = e.expr.span.start;
                        return Err(nodes::error(
                            "iterable argument unpacking follows keyword argument unpacking",
                            at,
                            at + 1,
                        ));
                    }
                } else if seen_double_star || seen_keyword {
                    // CPython points at the closing parenthesis.
                    let close = Span::new(parens.end.saturating_sub(1), parens.end);
                    let at = if parens.is_empty() { e.expr.span } else { close };
                    let message = if seen_double_star {
                        "positional argument follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument"
                    };
                    return Err(error_at(message, at));
                }
                positional.push(d.child(e)?);
            }
            Arg::Generator(g) => {
                let (e, gens, span) = *g;
                if count != 1 {
                    return Err(error_at("Generator expression must be parenthesized", span));
                }
                let g = nodes::generator(e, gens, parens.start, parens.end)?;
                positional.push(d.child(g)?);
            }
            Arg::Keyword(k) => {
                let (name, e, span) = *k;
                match name {
                    Some(_) => seen_keyword = true,
                    None => seen_double_star = true,
                }
                keywords.push(Keyword { arg: name, value: d.child(e)?, span });
            }
        }
    }
    Ok((positional, keywords))
}
