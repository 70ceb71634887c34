//! Assignment and deletion targets: expressions parsed as loads, turned into
//! `Store`/`Del` contexts, or refused with CPython's "cannot assign to ..."
//! and "cannot delete ..." messages.

use pyx_ast::{Constant, Expr, ExprContext, ExprKind};

use crate::nodes::{error_at, PResult};

/// What CPython calls an expression in its error messages.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first part of `e` that cannot be a target (CPython's
/// `_PyPegen_get_invalid_target`).
pub fn invalid_target(e: &Expr, delete: bool) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().find_map(|x| invalid_target(x, delete))
        }
        ExprKind::Starred { value, .. } => {
            if delete {
                Some(e)
            } else {
                invalid_target(value, delete)
            }
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

fn set_context(e: &mut Expr, ctx: ExprContext) {
    match &mut e.kind {
        ExprKind::List { elts, ctx: c } | ExprKind::Tuple { elts, ctx: c } => {
            *c = ctx;
            for x in elts {
                set_context(x, ctx);
            }
        }
        ExprKind::Starred { value, ctx: c } => {
            *c = ctx;
            set_context(value, ctx);
        }
        ExprKind::Name { ctx: c, .. }
        | ExprKind::Subscript { ctx: c, .. }
        | ExprKind::Attribute { ctx: c, .. } => *c = ctx,
        _ => {}
    }
}

/// `e` as an assignment target.
pub fn store(mut e: Expr) -> PResult<Expr> {
    if let Some(bad) = invalid_target(&e, false) {
        return Err(error_at(format!("cannot assign to {}", expr_name(bad)), bad.span));
    }
    set_context(&mut e, ExprContext::Store);
    Ok(e)
}

/// `e` as the first target of `target = value`, where CPython suggests `==`.
pub fn store_first(mut e: Expr, suggest_comparison: bool) -> PResult<Expr> {
    if let Some(bad) = invalid_target(&e, false) {
        let top_level = match &e.kind {
            ExprKind::Tuple { elts, .. } => elts.iter().any(|x| std::ptr::eq(x, bad)),
            _ => std::ptr::eq(&e, bad),
        };
        let bitwise_or_level = !matches!(
            bad.kind,
            ExprKind::Compare { .. }
                | ExprKind::BoolOp { .. }
                | ExprKind::UnaryOp { op: pyx_ast::UnaryOperator::Not, .. }
                | ExprKind::IfExp { .. }
                | ExprKind::Lambda { .. }
                | ExprKind::Constant { value: Constant::None | Constant::Bool(_), .. }
        );
        let message = if suggest_comparison && top_level && bitwise_or_level {
            format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(bad))
        } else {
            format!("cannot assign to {}", expr_name(bad))
        };
        return Err(error_at(message, bad.span));
    }
    set_context(&mut e, ExprContext::Store);
    Ok(e)
}

/// `e` as a `del` target.
pub fn delete(mut e: Expr) -> PResult<Expr> {
    if let Some(bad) = invalid_target(&e, true) {
        return Err(error_at(format!("cannot delete {}", expr_name(bad)), bad.span));
    }
    set_context(&mut e, ExprContext::Del);
    Ok(e)
}
