//! Building expression nodes from the grammar's actions, with the depth of
//! every tree tracked so that none grows deeper than [`MAX_DEPTH`].
//!
//! Python code can nest expressions without brackets (`- - - x`,
//! `a.b.c...`, `1+1+...`, `lambda: lambda: ...`), so the lexer's bracket
//! limit does not bound the depth of the tree. Every expression value the
//! grammar passes around is an [`Ex`]: the expression plus its depth, and
//! every constructor here refuses a node deeper than the limit. Trees are
//! therefore always shallow enough to walk and drop recursively.

use lalrpop_util::ParseError;
use pyx_ast::{
    BoolOperator, CmpOperator, Constant, Expr, ExprContext, ExprKind, Identifier, Module,
    Operator, Parameter, Span, UnaryOperator, WithItem,
};
use pyx_lexer::{LexError, Tok};

use crate::parameters::{self, Arg, ParamItem};

/// The deepest expression tree the parser builds. CPython refuses deeper
/// nesting too ("too many nested parentheses" at 200 brackets, a
/// `RecursionError` during compilation for long unbracketed chains).
pub const MAX_DEPTH: u32 = 1000;

/// The error type of the grammar's actions.
pub(crate) type PError = ParseError<u32, Tok, LexError>;
pub(crate) type PResult<T> = Result<T, PError>;

/// What the single public grammar entry produced.
pub enum Top {
    Module(Vec<pyx_ast::Stmt>),
    Expression(Ex),
    Field(Ex),
}

/// How an expression was written, where later rules care.
#[derive(Debug)]
pub enum Form {
    Plain,
    /// `( expr )`.
    Parenthesized,
    /// `(a, b)`: a parenthesised tuple; a `with` statement reads it as items.
    ParenTuple,
    /// `(a as b, c)`: only a `with` statement accepts it.
    WithItems(Box<Vec<WithItem>>),
}

/// The value every expression rule of the grammar produces: the
/// expression (boxed, as its parent will hold it), the depth of its tree,
/// and how it was written. Kept small because the LR parser moves it
/// through a dozen unit reductions, one stack entry move each.
#[derive(Debug)]
pub struct Ex {
    pub expr: Box<Expr>,
    pub depth: u32,
    pub form: Form,
}

impl Ex {
    pub fn new(expr: Expr, depth: u32, form: Form) -> Ex {
        Ex { expr: Box::new(expr), depth, form }
    }

    pub fn leaf(kind: ExprKind, span: Span) -> Ex {
        Ex::new(Expr::new(kind, span), 1, Form::Plain)
    }

    /// The finished expression, refusing the `as` items that only `with`
    /// accepts.
    pub fn into_boxed(self) -> PResult<Box<Expr>> {
        match self.form {
            Form::WithItems(items) => {
                let at = items
                    .iter()
                    .find_map(|i| i.optional_vars.as_ref().map(|v| v.span))
                    .unwrap_or(self.expr.span);
                Err(error("invalid syntax", at.start, at.end))
            }
            _ => Ok(self.expr),
        }
    }

    pub fn into_expr(self) -> PResult<Expr> {
        self.into_boxed().map(|e| *e)
    }

    pub fn is_parenthesized(&self) -> bool {
        !matches!(self.form, Form::Plain)
    }
}

pub fn span(l: u32, r: u32) -> Span {
    Span::new(l, r)
}

/// A SyntaxError raised from an action.
pub fn error(message: impl Into<String>, l: u32, r: u32) -> PError {
    ParseError::User { error: LexError::syntax(message, Span::new(l, r)) }
}

pub fn error_at(message: impl Into<String>, at: Span) -> PError {
    error(message, at.start, at.end)
}

pub fn ident(name: String, l: u32, r: u32) -> Identifier {
    Identifier { name, span: Span::new(l, r) }
}

/// Accumulates the depth of a node's children.
#[derive(Default)]
pub(crate) struct Depth(u32);

impl Depth {
    pub fn child(&mut self, e: Ex) -> PResult<Expr> {
        self.0 = self.0.max(e.depth);
        e.into_expr()
    }

    pub fn boxed(&mut self, e: Ex) -> PResult<Box<Expr>> {
        self.0 = self.0.max(e.depth);
        e.into_boxed()
    }

    pub fn opt(&mut self, e: Option<Ex>) -> PResult<Option<Box<Expr>>> {
        e.map(|e| self.boxed(e)).transpose()
    }

    pub fn all(&mut self, v: Vec<Ex>) -> PResult<Vec<Expr>> {
        let mut out = Vec::with_capacity(v.len());
        for e in v {
            out.push(self.child(e)?);
        }
        Ok(out)
    }

    pub fn note(&mut self, depth: u32) {
        self.0 = self.0.max(depth);
    }

    /// The node one level above the children seen, refused when too deep.
    pub fn node(self, kind: ExprKind, span: Span) -> PResult<Ex> {
        let depth = self.0 + 1;
        if depth > MAX_DEPTH {
            return Err(error_at("too many nested expressions", span));
        }
        Ok(Ex::new(Expr::new(kind, span), depth, Form::Plain))
    }
}

pub fn name(id: String, l: u32, r: u32) -> Ex {
    Ex::leaf(ExprKind::Name { id, ctx: ExprContext::Load }, Span::new(l, r))
}

pub fn constant(value: Constant, l: u32, r: u32) -> Ex {
    Ex::leaf(ExprKind::Constant { value, kind: None }, Span::new(l, r))
}

pub fn bin_op(a: Ex, op: Operator, b: Ex, l: u32, r: u32) -> PResult<Ex> {
    let mut d = Depth::default();
    let left = d.boxed(a)?;
    let right = d.boxed(b)?;
    d.node(ExprKind::BinOp { left, op, right }, Span::new(l, r))
}

fn precedence(op: Operator) -> u8 {
    match op {
        Operator::BitOr => 1,
        Operator::BitXor => 2,
        Operator::BitAnd => 3,
        Operator::LShift | Operator::RShift => 4,
        Operator::Add | Operator::Sub => 5,
        Operator::Mult | Operator::Div | Operator::FloorDiv | Operator::Mod | Operator::MatMult => 6,
        Operator::Pow => 7,
    }
}

/// Builds `a op b op c ...` (all left-associative) into a tree by
/// operator precedence, without recursion. Operands come with the span of
/// their tokens, parentheses included, as CPython's `BinOp` spans them.
pub fn bin_chain(first: (u32, Ex, u32), rest: Vec<(Operator, (u32, Ex, u32))>) -> PResult<Ex> {
    fn reduce(operands: &mut Vec<(u32, Ex, u32)>, ops: &mut Vec<Operator>) -> PResult<()> {
        if let (Some(op), Some((_, b, r)), Some((l, a, _))) = (ops.pop(), operands.pop(), operands.pop()) {
            operands.push((l, bin_op(a, op, b, l, r)?, r));
        }
        Ok(())
    }
    let mut operands = Vec::with_capacity(rest.len() + 1);
    let mut ops: Vec<Operator> = Vec::with_capacity(rest.len());
    operands.push(first);
    for (op, operand) in rest {
        while ops.last().is_some_and(|&top| precedence(top) >= precedence(op)) {
            reduce(&mut operands, &mut ops)?;
        }
        ops.push(op);
        operands.push(operand);
    }
    while !ops.is_empty() {
        reduce(&mut operands, &mut ops)?;
    }
    match operands.pop() {
        Some((_, e, _)) => Ok(e),
        None => Err(error("invalid syntax", 0, 0)),
    }
}

/// Builds an `and`/`or` chain: `and` binds tighter, and runs of the same
/// operator make one `BoolOp`.
pub fn bool_chain(first: (u32, Ex, u32), rest: Vec<(BoolOperator, (u32, Ex, u32))>) -> PResult<Ex> {
    // Each `or` operand is a run of `and` operands.
    let mut groups: Vec<Vec<(u32, Ex, u32)>> = vec![vec![first]];
    for (op, operand) in rest {
        match (op, groups.last_mut()) {
            (BoolOperator::And, Some(group)) => group.push(operand),
            _ => groups.push(vec![operand]),
        }
    }
    let mut ors = Vec::with_capacity(groups.len());
    for mut group in groups {
        if group.len() == 1 {
            if let Some(only) = group.pop() {
                ors.push(only);
            }
            continue;
        }
        let l = group.first().map_or(0, |g| g.0);
        let r = group.last().map_or(0, |g| g.2);
        let mut d = Depth::default();
        let values = group.into_iter().map(|(_, e, _)| d.child(e)).collect::<PResult<Vec<_>>>()?;
        ors.push((l, d.node(ExprKind::BoolOp { op: BoolOperator::And, values }, Span::new(l, r))?, r));
    }
    if ors.len() == 1 {
        if let Some((_, e, _)) = ors.pop() {
            return Ok(e);
        }
    }
    let l = ors.first().map_or(0, |g| g.0);
    let r = ors.last().map_or(0, |g| g.2);
    let mut d = Depth::default();
    let values = ors.into_iter().map(|(_, e, _)| d.child(e)).collect::<PResult<Vec<_>>>()?;
    d.node(ExprKind::BoolOp { op: BoolOperator::Or, values }, Span::new(l, r))
}

pub fn unary(op: UnaryOperator, e: Ex, l: u32, r: u32) -> PResult<Ex> {
    let mut d = Depth::default();
    let operand = d.boxed(e)?;
    d.node(ExprKind::UnaryOp { op, operand }, Span::new(l, r))
}

pub fn compare(left: Ex, rest: Vec<(CmpOperator, Ex)>, l: u32, r: u32) -> PResult<Ex> {
    let mut d = Depth::default();
    let left = d.boxed(left)?;
    let mut ops = Vec::with_capacity(rest.len());
    let mut comparators = Vec::with_capacity(rest.len());
    for (op, e) in rest {
        ops.push(op);
        comparators.push(d.child(e)?);
    }
    d.node(ExprKind::Compare { left, ops, comparators }, Span::new(l, r))
}

pub fn if_exp(test: Ex, body: Ex, orelse: Ex, l: u32, r: u32) -> PResult<Ex> {
    let mut d = Depth::default();
    let body = d.boxed(body)?;
    let test = d.boxed(test)?;
    let orelse = d.boxed(orelse)?;
    d.node(ExprKind::IfExp { test, body, orelse }, Span::new(l, r))
}

pub fn named_expr(target: Ex, value: Ex, l: u32, r: u32) -> PResult<Ex> {
    let mut d = Depth::default();
    let mut target = d.boxed(target)?;
    if let ExprKind::Name { ctx, .. } = &mut target.kind {
        *ctx = ExprContext::Store;
    }
    let value = d.boxed(value)?;
    d.node(ExprKind::NamedExpr { target, value }, Span::new(l, r))
}

pub fn starred(e: Ex, l: u32, r: u32) -> PResult<Ex> {
    let mut d = Depth::default();
    let value = d.boxed(e)?;
    d.node(ExprKind::Starred { value, ctx: ExprContext::Load }, Span::new(l, r))
}

pub fn yield_(v: Option<Ex>, l: u32, r: u32) -> PResult<Ex> {
    let mut d = Depth::default();
    let value = d.opt(v)?;
    d.node(ExprKind::Yield { value }, Span::new(l, r))
}

pub fn yield_from(v: Ex, l: u32, r: u32) -> PResult<Ex> {
    let mut d = Depth::default();
    let value = d.boxed(v)?;
    d.node(ExprKind::YieldFrom { value }, Span::new(l, r))
}

pub fn await_(v: Ex, l: u32, r: u32) -> PResult<Ex> {
    let mut d = Depth::default();
    let value = d.boxed(v)?;
    d.node(ExprKind::Await { value }, Span::new(l, r))
}

pub fn attribute(v: Ex, attr: Identifier, l: u32, r: u32) -> PResult<Ex> {
    let mut d = Depth::default();
    let value = d.boxed(v)?;
    d.node(ExprKind::Attribute { value, attr, ctx: ExprContext::Load }, Span::new(l, r))
}

pub fn lambda(items: Vec<ParamItem>, body: Ex, l: u32, r: u32) -> PResult<Ex> {
    let mut d = Depth::default();
    let parameters = Box::new(parameters::build(items, &mut d, true)?);
    let body = d.boxed(body)?;
    d.node(ExprKind::Lambda { parameters, body }, Span::new(l, r))
}

pub fn parameter(name: Identifier, annotation: Option<Ex>, l: u32, r: u32) -> PResult<Box<Parameter>> {
    let annotation = match annotation {
        Some(a) => Some(a.into_boxed()?),
        None => None,
    };
    Ok(Box::new(Parameter { name, annotation, span: Span::new(l, r) }))
}

pub fn call(f: Ex, args: Vec<Arg>, paren: u32, l: u32, r: u32) -> PResult<Ex> {
    let mut d = Depth::default();
    let func = d.boxed(f)?;
    let (args, keywords) = parameters::call_arguments(args, &mut d, Span::new(paren, r))?;
    d.node(ExprKind::Call { func, args, keywords }, Span::new(l, r))
}

pub fn subscript(v: Ex, slice: Ex, l: u32, r: u32) -> PResult<Ex> {
    // `a[*b]` subscripts with a one-element tuple (PEP 646).
    let slice = if matches!(slice.expr.kind, ExprKind::Starred { .. }) {
        let span = slice.expr.span;
        tuple(vec![slice], false, span.start, span.end)?
    } else {
        slice
    };
    let mut d = Depth::default();
    let value = d.boxed(v)?;
    let slice = d.boxed(slice)?;
    d.node(ExprKind::Subscript { value, slice, ctx: ExprContext::Load }, Span::new(l, r))
}

pub fn slice(lower: Option<Ex>, upper: Option<Ex>, step: Option<Ex>, l: u32, r: u32) -> PResult<Ex> {
    let mut d = Depth::default();
    let lower = d.opt(lower)?;
    let upper = d.opt(upper)?;
    let step = d.opt(step)?;
    d.node(ExprKind::Slice { lower, upper, step }, Span::new(l, r))
}

/// `()` or a parenthesised tuple.
pub fn tuple(elts: Vec<Ex>, parenthesized: bool, l: u32, r: u32) -> PResult<Ex> {
    let mut d = Depth::default();
    let elts = d.all(elts)?;
    let mut e = d.node(ExprKind::Tuple { elts, ctx: ExprContext::Load }, Span::new(l, r))?;
    if parenthesized {
        e.form = Form::ParenTuple;
    }
    Ok(e)
}

/// `a, b` / `a,` without parentheses.
pub fn bare_tuple(mut v: Vec<Ex>, last: Option<Ex>, l: u32, r: u32) -> PResult<Ex> {
    v.extend(last);
    tuple(v, false, l, r)
}

pub fn parenthesized(mut e: Ex) -> Ex {
    if matches!(e.form, Form::Plain) {
        e.form = Form::Parenthesized;
    }
    e
}

/// The contents of `( ... )` other than `()`, `(yield)` and a generator:
/// a group, a tuple, or (for `with`) items with `as`.
pub fn paren_items(items: Vec<(Ex, Option<Ex>)>, trailing: bool, l: u32, r: u32) -> PResult<Ex> {
    if items.iter().any(|(_, t)| t.is_some()) {
        let mut d = Depth::default();
        let mut with_items = Vec::with_capacity(items.len());
        for (e, t) in items {
            let context_expr = d.child(e)?;
            let optional_vars = match t {
                Some(t) => Some(crate::targets::store(d.child(t)?)?),
                None => None,
            };
            let span = match &optional_vars {
                Some(v) => context_expr.span.cover(v.span),
                None => context_expr.span,
            };
            with_items.push(WithItem { context_expr, optional_vars, span });
        }
        let mut e = d.node(ExprKind::Tuple { elts: Vec::new(), ctx: ExprContext::Load }, Span::new(l, r))?;
        e.form = Form::WithItems(Box::new(with_items));
        return Ok(e);
    }
    let mut elts: Vec<Ex> = items.into_iter().map(|(e, _)| e).collect();
    if elts.len() == 1 && !trailing {
        if let Some(e) = elts.pop() {
            if matches!(e.expr.kind, ExprKind::Starred { .. }) {
                return Err(error_at("cannot use starred expression here", e.expr.span));
            }
            return Ok(parenthesized(e));
        }
    }
    tuple(elts, true, l, r)
}

pub fn list(elts: Vec<Ex>, l: u32, r: u32) -> PResult<Ex> {
    let mut d = Depth::default();
    let elts = d.all(elts)?;
    d.node(ExprKind::List { elts, ctx: ExprContext::Load }, Span::new(l, r))
}

pub fn set(elts: Vec<Ex>, l: u32, r: u32) -> PResult<Ex> {
    let mut d = Depth::default();
    let elts = d.all(elts)?;
    d.node(ExprKind::Set { elts }, Span::new(l, r))
}

pub fn dict(items: Vec<(Option<Ex>, Ex)>, l: u32, r: u32) -> PResult<Ex> {
    let mut d = Depth::default();
    let mut keys = Vec::with_capacity(items.len());
    let mut values = Vec::with_capacity(items.len());
    for (k, v) in items {
        keys.push(match k {
            Some(k) => Some(d.child(k)?),
            None => None,
        });
        values.push(d.child(v)?);
    }
    d.node(ExprKind::Dict { keys, values }, Span::new(l, r))
}

/// A comprehension clause as parsed, with the depth of its parts.
pub struct Comprehension {
    pub clause: pyx_ast::Comprehension,
    pub depth: u32,
}

pub fn comprehension(
    is_async: bool,
    target: Ex,
    iter: Ex,
    ifs: Vec<Ex>,
    l: u32,
    r: u32,
) -> PResult<Box<Comprehension>> {
    let mut d = Depth::default();
    let target = crate::targets::store(d.child(target)?)?;
    let iter = d.child(iter)?;
    let ifs = d.all(ifs)?;
    Ok(Box::new(Comprehension {
        clause: pyx_ast::Comprehension { target, iter, ifs, is_async, span: Span::new(l, r) },
        depth: d.0,
    }))
}

fn generators(d: &mut Depth, gens: Vec<Box<Comprehension>>) -> Vec<pyx_ast::Comprehension> {
    gens.into_iter()
        .map(|g| {
            d.note(g.depth);
            g.clause
        })
        .collect()
}

pub fn generator(e: Ex, gens: Vec<Box<Comprehension>>, l: u32, r: u32) -> PResult<Ex> {
    let mut d = Depth::default();
    let elt = d.boxed(e)?;
    let generators = generators(&mut d, gens);
    d.node(ExprKind::GeneratorExp { elt, generators }, Span::new(l, r))
}

pub fn list_comp(e: Ex, gens: Vec<Box<Comprehension>>, l: u32, r: u32) -> PResult<Ex> {
    let mut d = Depth::default();
    let elt = d.boxed(e)?;
    let generators = generators(&mut d, gens);
    d.node(ExprKind::ListComp { elt, generators }, Span::new(l, r))
}

pub fn set_comp(e: Ex, gens: Vec<Box<Comprehension>>, l: u32, r: u32) -> PResult<Ex> {
    let mut d = Depth::default();
    let elt = d.boxed(e)?;
    let generators = generators(&mut d, gens);
    d.node(ExprKind::SetComp { elt, generators }, Span::new(l, r))
}

pub fn dict_comp(k: Ex, v: Ex, gens: Vec<Box<Comprehension>>, l: u32, r: u32) -> PResult<Ex> {
    let mut d = Depth::default();
    let key = d.boxed(k)?;
    let value = d.boxed(v)?;
    let generators = generators(&mut d, gens);
    d.node(ExprKind::DictComp { key, value, generators }, Span::new(l, r))
}

/// The expression of an f-string replacement field (`star_expressions`).
pub fn field_expression(e: Ex) -> PResult<Ex> {
    if let ExprKind::Starred { .. } = e.expr.kind {
        return Err(error_at("cannot use starred expression here", e.expr.span));
    }
    Ok(e)
}

/// Wraps a finished module body (used by the public entry points).
pub fn module(body: Vec<pyx_ast::Stmt>, len: u32) -> Module {
    Module { body, span: Span::new(0, len) }
}
