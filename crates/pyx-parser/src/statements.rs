//! Building statement nodes from the grammar's actions.
//!
//! A compound statement's span runs from its first keyword to the end of
//! the last statement of its last block, as CPython's does.

use pyx_ast::{
    Alias, ClassDef, ExceptHandler, Expr, ExprKind, FunctionDef, Identifier, MatchCase, Operator,
    Pattern, Span, Stmt, StmtKind, WithItem,
};

use crate::nodes::{error, error_at, Depth, Ex, Form, PResult, MAX_DEPTH};
use crate::parameters::{self, Arg, ParamItem};
use crate::targets;

/// The statements of a block and where the block ends: the end of its
/// last line's last token, a trailing `;` included.
pub type Body = (Vec<Stmt>, u32);

fn stmt(kind: StmtKind, l: u32, r: u32) -> Box<Stmt> {
    Box::new(Stmt::new(kind, Span::new(l, r)))
}

pub fn expression(e: Ex, l: u32, r: u32) -> PResult<Box<Stmt>> {
    Ok(stmt(StmtKind::Expr { value: e.into_expr()? }, l, r))
}

pub fn delete(t: Ex, l: u32, r: u32) -> PResult<Box<Stmt>> {
    let bare_tuple = matches!(t.form, Form::Plain) && matches!(t.expr.kind, ExprKind::Tuple { .. });
    let e = t.into_expr()?;
    let targets = match e.kind {
        ExprKind::Tuple { elts, .. } if bare_tuple => elts,
        kind => vec![Expr::new(kind, e.span)],
    };
    let targets = targets.into_iter().map(targets::delete).collect::<PResult<Vec<_>>>()?;
    Ok(stmt(StmtKind::Delete { targets }, l, r))
}

pub fn return_(v: Option<Ex>, l: u32, r: u32) -> PResult<Box<Stmt>> {
    let value = v.map(Ex::into_expr).transpose()?;
    Ok(stmt(StmtKind::Return { value }, l, r))
}

pub fn raise(exc: Option<Ex>, cause: Option<Ex>, l: u32, r: u32) -> PResult<Box<Stmt>> {
    let exc = exc.map(Ex::into_expr).transpose()?;
    let cause = cause.map(Ex::into_expr).transpose()?;
    Ok(stmt(StmtKind::Raise { exc, cause }, l, r))
}

pub fn assert(test: Ex, msg: Option<Ex>, l: u32, r: u32) -> PResult<Box<Stmt>> {
    let test = test.into_expr()?;
    let msg = msg.map(Ex::into_expr).transpose()?;
    Ok(stmt(StmtKind::Assert { test, msg }, l, r))
}

pub fn assign(first: Ex, mut rest: Vec<Ex>, l: u32, r: u32) -> PResult<Box<Stmt>> {
    let value = match rest.pop() {
        Some(v) => v,
        None => return Err(error("invalid syntax", l, r)),
    };
    let value_is_yield = matches!(value.expr.kind, ExprKind::Yield { .. } | ExprKind::YieldFrom { .. });
    let single = rest.is_empty();
    let mut targets = Vec::with_capacity(rest.len() + 1);
    let first_paren_tuple = matches!(first.form, Form::ParenTuple);
    for (i, t) in std::iter::once(first).chain(rest).enumerate() {
        if matches!(t.expr.kind, ExprKind::Yield { .. } | ExprKind::YieldFrom { .. })
            && !t.is_parenthesized()
        {
            return Err(error_at("assignment to yield expression not possible", t.expr.span));
        }
        let e = t.into_expr()?;
        targets.push(if i == 0 {
            targets::store_first(e, single && !value_is_yield && !first_paren_tuple)?
        } else {
            targets::store(e)?
        });
    }
    let value = value.into_expr()?;
    Ok(stmt(StmtKind::Assign { targets, value }, l, r))
}

pub fn aug_assign(t: Ex, op: Operator, v: Ex, l: u32, r: u32) -> PResult<Box<Stmt>> {
    let paren_tuple = matches!(t.form, Form::ParenTuple);
    let target = t.into_expr()?;
    let ok = !paren_tuple
        && matches!(
            target.kind,
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
        );
    if !ok {
        return Err(error_at(
            format!("'{}' is an illegal expression for augmented assignment", targets::expr_name(&target)),
            target.span,
        ));
    }
    let target = targets::store(target)?;
    let value = v.into_expr()?;
    Ok(stmt(StmtKind::AugAssign { target, op, value }, l, r))
}

pub fn ann_assign(t: Ex, annotation: Ex, v: Option<Ex>, l: u32, r: u32) -> PResult<Box<Stmt>> {
    let parenthesized = t.is_parenthesized();
    let target = t.into_expr()?;
    match &target.kind {
        ExprKind::Tuple { elts, .. } => {
            // CPython points at the first element of a bare tuple.
            let at = match elts.first() {
                Some(first) if !parenthesized => first.span,
                _ => target.span,
            };
            return Err(error_at("only single target (not tuple) can be annotated", at));
        }
        ExprKind::List { .. } => {
            return Err(error_at("only single target (not list) can be annotated", target.span))
        }
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        _ => return Err(error_at("illegal target for annotation", target.span)),
    }
    let simple = !parenthesized && matches!(target.kind, ExprKind::Name { .. });
    let target = targets::store(target)?;
    let annotation = annotation.into_expr()?;
    let value = v.map(Ex::into_expr).transpose()?;
    Ok(stmt(StmtKind::AnnAssign { target, annotation, value, simple }, l, r))
}

pub fn alias(name: Identifier, asname: Option<Identifier>, l: u32, r: u32) -> Box<Alias> {
    Box::new(Alias { name: name.name, asname, span: Span::new(l, r) })
}

pub fn import_from(module: Option<Identifier>, level: u32, names: Vec<Alias>, l: u32, r: u32) -> Box<Stmt> {
    stmt(StmtKind::ImportFrom { module, names, level }, l, r)
}

pub fn decorate(mut s: Box<Stmt>, decorators: Vec<Ex>) -> PResult<Box<Stmt>> {
    let decorators = decorators.into_iter().map(Ex::into_expr).collect::<PResult<Vec<_>>>()?;
    match &mut s.kind {
        StmtKind::FunctionDef(f) => f.decorator_list = decorators,
        StmtKind::ClassDef(c) => c.decorator_list = decorators,
        _ => {}
    }
    Ok(s)
}

pub fn if_(test: Ex, body: Body, elifs: Vec<Box<(u32, Ex, Body)>>, orelse: Option<Body>, l: u32) -> PResult<Box<Stmt>> {
    if elifs.len() as u32 >= MAX_DEPTH {
        return Err(error("too many statically nested blocks", l, l + 2));
    }
    let (mut orelse, mut end) = match orelse {
        Some((v, e)) => (v, Some(e)),
        None => (Vec::new(), None),
    };
    for elif in elifs.into_iter().rev() {
        let (el, test, (body, body_end)) = *elif;
        let e = end.unwrap_or(body_end);
        end = Some(e);
        let test = test.into_expr()?;
        orelse = vec![*stmt(StmtKind::If { test, body, orelse }, el, e)];
    }
    let (body, body_end) = body;
    let e = end.unwrap_or(body_end);
    let test = test.into_expr()?;
    Ok(stmt(StmtKind::If { test, body, orelse }, l, e))
}

fn split_else(body: Body, orelse: Option<Body>) -> (Vec<Stmt>, Vec<Stmt>, u32) {
    match orelse {
        Some((o, e)) => (body.0, o, e),
        None => (body.0, Vec::new(), body.1),
    }
}

pub fn while_(test: Ex, body: Body, orelse: Option<Body>, l: u32) -> PResult<Box<Stmt>> {
    let (body, orelse, e) = split_else(body, orelse);
    let test = test.into_expr()?;
    Ok(stmt(StmtKind::While { test, body, orelse }, l, e))
}

pub fn for_(
    is_async: bool,
    target: Ex,
    iter: Ex,
    body: Body,
    orelse: Option<Body>,
    l: u32,
) -> PResult<Box<Stmt>> {
    let (body, orelse, e) = split_else(body, orelse);
    let target = targets::store(target.into_expr()?)?;
    let iter = iter.into_expr()?;
    Ok(stmt(StmtKind::For { is_async, target, iter, body, orelse }, l, e))
}

pub fn except_handler(
    star: bool,
    type_: Option<Ex>,
    name: Option<Identifier>,
    (body, end): Body,
    l: u32,
) -> PResult<Box<(bool, ExceptHandler)>> {
    if star && type_.is_none() {
        return Err(error("expected one or more exception types", l, l + 6));
    }
    let type_ = type_.map(Ex::into_expr).transpose()?;
    let span = Span::new(l, end);
    Ok(Box::new((star, ExceptHandler { type_, name, body, span })))
}

pub fn try_(
    (body, body_end): Body,
    handlers: Vec<Box<(bool, ExceptHandler)>>,
    orelse: Option<Body>,
    finalbody: Option<Body>,
    l: u32,
) -> PResult<Box<Stmt>> {
    let is_star = handlers.first().is_some_and(|h| h.0);
    if let Some(h) = handlers.iter().map(|h| &**h).find(|h| h.0 != is_star).map(|h| &h.1) {
        return Err(error(
            "cannot have both 'except' and 'except*' on the same 'try'",
            h.span.start,
            h.span.start + 6,
        ));
    }
    let handlers: Vec<ExceptHandler> = handlers.into_iter().map(|h| h.1).collect();
    let e = match (&finalbody, &orelse, handlers.last()) {
        (Some((_, e)), _, _) | (None, Some((_, e)), _) => *e,
        (None, None, Some(h)) => h.span.end,
        (None, None, None) => body_end,
    };
    let orelse = orelse.map(|b| b.0).unwrap_or_default();
    let finalbody = finalbody.map(|b| b.0).unwrap_or_default();
    Ok(stmt(StmtKind::Try { body, handlers, orelse, finalbody, is_star }, l, e))
}

pub fn with(is_async: bool, items: Vec<(Ex, Option<Ex>)>, (body, e): Body, l: u32) -> PResult<Box<Stmt>> {
    let single = items.len() == 1;
    let mut out = Vec::with_capacity(items.len());
    for (expr, target) in items {
        if single && target.is_none() && expr.is_parenthesized() {
            // `with (a as b, c):` and `with (a, b):` hold several items.
            let Ex { expr: inner, form, .. } = expr;
            let inner = *inner;
            match (form, inner.kind) {
                (Form::WithItems(v), _) => out = *v,
                (Form::ParenTuple, ExprKind::Tuple { elts, .. })
                    if !elts.is_empty() && !elts.iter().any(|x| matches!(x.kind, ExprKind::Starred { .. })) =>
                {
                    out = elts
                        .into_iter()
                        .map(|x| WithItem { span: x.span, context_expr: x, optional_vars: None })
                        .collect();
                }
                (_, kind) => {
                    let x = Expr::new(kind, inner.span);
                    out.push(WithItem { span: x.span, context_expr: x, optional_vars: None });
                }
            }
            break;
        }
        let context_expr = expr.into_expr()?;
        let optional_vars = match target {
            Some(t) => Some(targets::store(t.into_expr()?)?),
            None => None,
        };
        let span = match &optional_vars {
            Some(v) => context_expr.span.cover(v.span),
            None => context_expr.span,
        };
        out.push(WithItem { context_expr, optional_vars, span });
    }
    Ok(stmt(StmtKind::With { is_async, items: out, body }, l, e))
}

pub fn function_def(
    is_async: bool,
    name: Identifier,
    params: Vec<ParamItem>,
    returns: Option<Ex>,
    (body, e): Body,
    l: u32,
) -> PResult<Box<Stmt>> {
    let parameters = parameters::build(params, &mut Depth::default(), false)?;
    let returns = returns.map(Ex::into_expr).transpose()?;
    let def = FunctionDef { is_async, name, parameters, body, decorator_list: Vec::new(), returns };
    Ok(stmt(StmtKind::FunctionDef(Box::new(def)), l, e))
}

pub fn class_def(name: Identifier, args: Option<Vec<Arg>>, (body, e): Body, l: u32) -> PResult<Box<Stmt>> {
    let (bases, keywords) = match args {
        Some(args) => {
            if let Some(Arg::Generator(g)) = args.iter().find(|a| matches!(a, Arg::Generator(..))) {
                // CPython stops at the `for`.
                let at = g.1.first().map_or(g.2.start, |c| c.clause.span.start);
                return Err(error("invalid syntax", at, at + 3));
            }
            parameters::call_arguments(args, &mut Depth::default(), Span::default())?
        }
        None => (Vec::new(), Vec::new()),
    };
    let def = ClassDef { name, bases, keywords, body, decorator_list: Vec::new() };
    Ok(stmt(StmtKind::ClassDef(Box::new(def)), l, e))
}

pub fn match_(subject: Ex, cases: Vec<Box<MatchCase>>, l: u32) -> PResult<Box<Stmt>> {
    if let ExprKind::Starred { .. } = subject.expr.kind {
        return Err(error_at("cannot use starred expression here", subject.expr.span));
    }
    let subject = subject.into_expr()?;
    let e = cases.last().map_or(l, |c| c.span.end);
    let cases = cases.into_iter().map(|c| *c).collect();
    Ok(stmt(StmtKind::Match { subject, cases }, l, e))
}

pub fn match_case(pattern: Box<Pattern>, guard: Option<Ex>, (body, end): Body, l: u32) -> PResult<Box<MatchCase>> {
    let guard = guard.map(Ex::into_expr).transpose()?;
    let span = Span::new(l, end);
    Ok(Box::new(MatchCase { pattern: *pattern, guard, body, span }))
}
