//! Expressions: values, operators, calls, literals with unpacking,
//! f-strings, conditional jumps, and assignment targets.

use pyx_ast::*;

use super::{CResult, Compiler, NO_CACHE};
use crate::bytecode::{
    AwaitableSource, BinaryOperator, ComparisonOperator, Conversion as BcConversion, Instruction,
    Label, UnaryOperator as BcUnary,
};
use crate::code::Constant;
use crate::error::CompileError;
use crate::fold::fold;
use crate::symtable::ScopeKind;

/// More stack items than this are built incrementally (CPython's
/// `STACK_USE_GUIDELINE`), so literal size does not decide stack size.
pub(super) const STACK_USE_GUIDELINE: usize = 30;

pub(super) fn binary_operator(op: Operator) -> BinaryOperator {
    match op {
        Operator::Add => BinaryOperator::Add,
        Operator::Sub => BinaryOperator::Subtract,
        Operator::Mult => BinaryOperator::Multiply,
        Operator::MatMult => BinaryOperator::MatrixMultiply,
        Operator::Div => BinaryOperator::TrueDivide,
        Operator::Mod => BinaryOperator::Remainder,
        Operator::Pow => BinaryOperator::Power,
        Operator::LShift => BinaryOperator::LShift,
        Operator::RShift => BinaryOperator::RShift,
        Operator::BitOr => BinaryOperator::Or,
        Operator::BitXor => BinaryOperator::Xor,
        Operator::BitAnd => BinaryOperator::And,
        Operator::FloorDiv => BinaryOperator::FloorDivide,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Collection {
    List,
    Tuple,
    Set,
}

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred { .. })
}

impl<'a> Compiler<'a> {
    pub(super) fn visit_expr(&mut self, e: &'a Expr) -> CResult {
        self.guard(e.span)?;
        let loc = self.set_location(e.span);
        let r = self.visit_expr_inner(e);
        self.restore_location(loc);
        self.unguard();
        r
    }

    fn visit_expr_inner(&mut self, e: &'a Expr) -> CResult {
        use Instruction::*;
        match &e.kind {
            ExprKind::Constant { value, .. } => {
                self.load_const(super::constant_of(value));
            }
            ExprKind::Name { id, ctx } => self.name_op(id, *ctx, e.span)?,
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let n = values.len();
                for (i, v) in values.iter().enumerate() {
                    self.visit_expr(v)?;
                    if i + 1 < n {
                        match op {
                            BoolOperator::And => self.emit(JumpIfFalseOrPop(end)),
                            BoolOperator::Or => self.emit(JumpIfTrueOrPop(end)),
                        }
                    }
                }
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value)?;
                self.emit(CopyItem(1));
                self.visit_expr(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                if let Some(c) = fold(e) {
                    self.load_const(c);
                } else {
                    self.visit_expr(left)?;
                    self.visit_expr(right)?;
                    self.emit(BinaryOp { op: binary_operator(*op), cache: NO_CACHE });
                }
            }
            ExprKind::UnaryOp { op, operand } => {
                if let Some(c) = fold(e) {
                    self.load_const(c);
                } else {
                    self.visit_expr(operand)?;
                    let op = match op {
                        UnaryOperator::Invert => BcUnary::Invert,
                        UnaryOperator::Not => BcUnary::Not,
                        UnaryOperator::UAdd => BcUnary::Positive,
                        UnaryOperator::USub => BcUnary::Negative,
                    };
                    self.emit(UnaryOp(op));
                }
            }
            ExprKind::Lambda { parameters, body } => self.visit_lambda(e, parameters, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(test, false, next)?;
                self.visit_expr(body)?;
                self.emit(Jump(end));
                self.bind(next);
                self.visit_expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.visit_dict(keys, values)?,
            ExprKind::Set { elts } => self.starunpack(elts, Collection::Set)?,
            ExprKind::List { elts, ctx } => match ctx {
                ExprContext::Load => self.starunpack(elts, Collection::List)?,
                ExprContext::Store => self.unpack_targets(elts, e.span)?,
                ExprContext::Del => {
                    for elt in elts {
                        self.visit_expr(elt)?;
                    }
                }
            },
            ExprKind::Tuple { elts, ctx } => match ctx {
                ExprContext::Load => {
                    if let Some(c) = fold(e) {
                        self.load_const(c);
                    } else {
                        self.starunpack(elts, Collection::Tuple)?
                    }
                }
                ExprContext::Store => self.unpack_targets(elts, e.span)?,
                ExprContext::Del => {
                    for elt in elts {
                        self.visit_expr(elt)?;
                    }
                }
            },
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.visit_comprehension(e)?,
            ExprKind::Await { value } => {
                let sk = self.scope().kind;
                if !sk.is_function_like() {
                    return Err(CompileError::syntax("'await' outside function", e.span));
                }
                let is_async = self.scope().is_async_def;
                if !is_async && !matches!(sk, ScopeKind::Comprehension(_)) {
                    return Err(CompileError::syntax("'await' outside async function", e.span));
                }
                self.visit_expr(value)?;
                self.emit_await(AwaitableSource::Await);
            }
            ExprKind::Yield { value } => {
                self.check_yield(e.span)?;
                match value {
                    Some(v) => self.visit_expr(v)?,
                    None => self.load_none(),
                }
                self.emit(YieldValue);
            }
            ExprKind::YieldFrom { value } => {
                self.check_yield(e.span)?;
                if self.scope().is_async_def {
                    return Err(CompileError::syntax("'yield from' inside async function", e.span));
                }
                self.visit_expr(value)?;
                self.emit(GetYieldFromIter);
                self.load_none();
                self.emit(YieldFrom);
            }
            ExprKind::Compare { left, ops, comparators } => {
                self.visit_compare(left, ops, comparators)?
            }
            ExprKind::Call { func, args, keywords } => self.visit_call(func, args, keywords)?,
            ExprKind::FormattedValue { .. } => self.visit_formatted(e)?,
            ExprKind::JoinedStr { values } => self.visit_joined(values)?,
            ExprKind::Attribute { value, attr, ctx } => {
                match ctx {
                    ExprContext::Load => {
                        self.visit_expr(value)?;
                        let loc = self.set_location(self.attribute_location(e.span, &attr.name, e.span));
                        let name = self.attr_name(&attr.name);
                        self.emit(LoadAttr { name, cache: NO_CACHE });
                        self.restore_location(loc);
                    }
                    ExprContext::Store => {
                        self.visit_expr(value)?;
                        let name = self.attr_name(&attr.name);
                        self.emit(StoreAttr { name, cache: NO_CACHE });
                    }
                    ExprContext::Del => {
                        self.visit_expr(value)?;
                        let name = self.attr_name(&attr.name);
                        self.emit(DeleteAttr(name));
                    }
                }
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.visit_expr(value)?;
                self.visit_slice_or_expr(slice)?;
                match ctx {
                    ExprContext::Load => self.emit(BinarySubscr { cache: NO_CACHE }),
                    ExprContext::Store => self.emit(StoreSubscr { cache: NO_CACHE }),
                    ExprContext::Del => self.emit(DeleteSubscr),
                }
            }
            ExprKind::Starred { ctx, .. } => {
                let msg = match ctx {
                    ExprContext::Store => "starred assignment target must be in a list or tuple",
                    _ => "can't use starred expression here",
                };
                return Err(CompileError::syntax(msg, e.span));
            }
            ExprKind::Slice { .. } => {
                // A slice outside a subscript (only reachable through
                // hand-built trees): build the slice object.
                self.visit_slice_or_expr(e)?;
            }
        }
        Ok(())
    }

    fn check_yield(&mut self, span: Span) -> CResult {
        if !self.scope().kind.is_function_like() {
            return Err(CompileError::syntax("'yield' outside function", span));
        }
        Ok(())
    }

    pub(super) fn attr_name(&mut self, attr: &str) -> u32 {
        let mangled = self.mangle(attr).into_owned();
        self.u().name(&mangled)
    }

    fn visit_slice_or_expr(&mut self, e: &'a Expr) -> CResult {
        if let ExprKind::Slice { lower, upper, step } = &e.kind {
            let loc = self.set_location(e.span);
            let mut n = 2;
            match lower {
                Some(l) => self.visit_expr(l)?,
                None => self.load_none(),
            }
            match upper {
                Some(u) => self.visit_expr(u)?,
                None => self.load_none(),
            }
            if let Some(s) = step {
                self.visit_expr(s)?;
                n = 3;
            }
            self.emit(Instruction::BuildSlice(n));
            self.restore_location(loc);
            Ok(())
        } else {
            self.visit_expr(e)
        }
    }

    // ----- conditional jumps -------------------------------------------------

    /// Evaluate `e` and jump to `label` if its truth value is `cond`.
    pub(super) fn jump_if(&mut self, e: &'a Expr, cond: bool, label: Label) -> CResult {
        self.guard(e.span)?;
        let loc = self.set_location(e.span);
        let r = self.jump_if_inner(e, cond, label);
        self.restore_location(loc);
        self.unguard();
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, cond: bool, label: Label) -> CResult {
        use Instruction::*;
        match &e.kind {
            ExprKind::UnaryOp { op: UnaryOperator::Not, operand } => {
                return self.jump_if(operand, !cond, label);
            }
            ExprKind::BoolOp { op, values } if !values.is_empty() => {
                let cond2 = *op == BoolOperator::Or;
                let next2 = if cond != cond2 { self.new_label() } else { label };
                let n = values.len();
                for v in &values[..n - 1] {
                    self.jump_if(v, cond2, next2)?;
                }
                self.jump_if(&values[n - 1], cond, label)?;
                if next2 != label {
                    self.bind(next2);
                }
                return Ok(());
            }
            ExprKind::Compare { left, ops, comparators }
                if ops.len() == 1
                    && matches!(ops[0], CmpOperator::Is | CmpOperator::IsNot)
                    && matches!(
                        comparators[0].kind,
                        ExprKind::Constant { value: pyx_ast::Constant::None, .. }
                    ) =>
            {
                self.visit_expr(left)?;
                let is_none = (ops[0] == CmpOperator::Is) == cond;
                self.emit(if is_none { PopJumpIfNone(label) } else { PopJumpIfNotNone(label) });
                return Ok(());
            }
            _ => {}
        }
        if let Some(c) = fold(e) {
            if let Some(t) = c.truthiness() {
                if t == cond {
                    self.emit(Jump(label));
                }
                return Ok(());
            }
        }
        self.visit_expr(e)?;
        self.emit(if cond { PopJumpIfTrue(label) } else { PopJumpIfFalse(label) });
        Ok(())
    }

    // ----- comparisons -------------------------------------------------------

    fn emit_compare(&mut self, op: CmpOperator) {
        use Instruction::*;
        let cmp = |op| CompareOp { op, cache: NO_CACHE };
        self.emit(match op {
            CmpOperator::Eq => cmp(ComparisonOperator::Equal),
            CmpOperator::NotEq => cmp(ComparisonOperator::NotEqual),
            CmpOperator::Lt => cmp(ComparisonOperator::Less),
            CmpOperator::LtE => cmp(ComparisonOperator::LessOrEqual),
            CmpOperator::Gt => cmp(ComparisonOperator::Greater),
            CmpOperator::GtE => cmp(ComparisonOperator::GreaterOrEqual),
            CmpOperator::Is => IsOp(false),
            CmpOperator::IsNot => IsOp(true),
            CmpOperator::In => ContainsOp(false),
            CmpOperator::NotIn => ContainsOp(true),
        });
    }

    fn visit_compare(&mut self, left: &'a Expr, ops: &[CmpOperator], comparators: &'a [Expr]) -> CResult {
        use Instruction::*;
        let n = ops.len().min(comparators.len());
        if n == 0 {
            return self.visit_expr(left);
        }
        self.visit_expr(left)?;
        if n == 1 {
            self.visit_expr(&comparators[0])?;
            self.emit_compare(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n - 1 {
            self.visit_expr(&comparators[i])?;
            self.emit(Swap(2));
            self.emit(CopyItem(2));
            self.emit_compare(ops[i]);
            self.emit(JumpIfFalseOrPop(cleanup));
        }
        self.visit_expr(&comparators[n - 1])?;
        self.emit_compare(ops[n - 1]);
        let end = self.new_label();
        self.emit(Jump(end));
        self.bind(cleanup);
        self.emit(Swap(2));
        self.emit(PopTop);
        self.bind(end);
        Ok(())
    }

    // ----- literals ------------------------------------------------------------

    /// Build a list, tuple or set from `elts`, some of which may be
    /// `*starred` (CPython's `starunpack_helper`).
    pub(super) fn starunpack(&mut self, elts: &'a [Expr], kind: Collection) -> CResult {
        use Instruction::*;
        let n = elts.len();
        let any_star = elts.iter().any(is_starred);
        // All constants: one constant (plus a build for list / set).
        if !any_star && n > 2 {
            let consts: Option<Vec<Constant>> = elts.iter().map(fold).collect();
            if let Some(items) = consts {
                match kind {
                    Collection::Tuple => self.load_const(Constant::Tuple(items.into())),
                    Collection::List => {
                        self.emit(BuildList(0));
                        self.load_const(Constant::Tuple(items.into()));
                        self.emit(ListExtend(1));
                    }
                    Collection::Set => {
                        let mut distinct: Vec<Constant> = Vec::new();
                        let mut seen = std::collections::HashSet::new();
                        for c in items {
                            if seen.insert(c.key()) {
                                distinct.push(c);
                            }
                        }
                        if distinct.len() == n {
                            self.emit(BuildSet(0));
                            self.load_const(Constant::FrozenSet(distinct.into()));
                            self.emit(SetUpdate(1));
                        } else {
                            // Equal-but-distinct constants (1 and 1.0):
                            // leave the dedup to the runtime.
                            for e in elts {
                                self.visit_expr(e)?;
                            }
                            self.emit(BuildSet(n as u32));
                        }
                    }
                }
                return Ok(());
            }
        }
        let big = n > STACK_USE_GUIDELINE;
        if !any_star && !big {
            for e in elts {
                self.visit_expr(e)?;
            }
            self.emit(match kind {
                Collection::Tuple => BuildTuple(n as u32),
                Collection::List => BuildList(n as u32),
                Collection::Set => BuildSet(n as u32),
            });
            return Ok(());
        }
        let mut built = false;
        let mut pending = 0u32;
        for e in elts {
            if let ExprKind::Starred { value, .. } = &e.kind {
                if !built {
                    self.emit(match kind {
                        Collection::Set => BuildSet(pending),
                        _ => BuildList(pending),
                    });
                    built = true;
                }
                self.visit_expr(value)?;
                self.emit(match kind {
                    Collection::Set => SetUpdate(1),
                    _ => ListExtend(1),
                });
            } else {
                if !built && big {
                    self.emit(match kind {
                        Collection::Set => BuildSet(0),
                        _ => BuildList(0),
                    });
                    built = true;
                }
                self.visit_expr(e)?;
                if built {
                    self.emit(match kind {
                        Collection::Set => SetAdd(1),
                        _ => ListAppend(1),
                    });
                } else {
                    pending += 1;
                }
            }
        }
        if !built {
            self.emit(match kind {
                Collection::Set => BuildSet(pending),
                _ => BuildList(pending),
            });
        }
        if kind == Collection::Tuple {
            self.emit(ListToTuple);
        }
        Ok(())
    }

    fn visit_dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        use Instruction::*;
        let n = keys.len().min(values.len());
        let any_unpack = keys.iter().any(|k| k.is_none());
        if !any_unpack && n <= STACK_USE_GUIDELINE / 2 {
            for (k, v) in keys.iter().zip(values) {
                if let Some(k) = k {
                    self.visit_expr(k)?;
                }
                self.visit_expr(v)?;
            }
            self.emit(BuildMap(n as u32));
            return Ok(());
        }
        self.emit(BuildMap(0));
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.visit_expr(k)?;
                    self.visit_expr(v)?;
                    self.emit(MapAdd(1));
                }
                None => {
                    self.visit_expr(v)?;
                    self.emit(DictUpdate(1));
                }
            }
        }
        Ok(())
    }

    // ----- f-strings -----------------------------------------------------------

    fn visit_joined(&mut self, values: &'a [Expr]) -> CResult {
        if values.is_empty() {
            self.load_const(Constant::Str("".into()));
            return Ok(());
        }
        if values.len() == 1 {
            if let ExprKind::Constant { .. } = values[0].kind {
                return self.visit_expr(&values[0]);
            }
        }
        for v in values {
            self.visit_expr(v)?;
        }
        if values.len() > 1 || matches!(values[0].kind, ExprKind::Constant { .. }) {
            self.emit(Instruction::BuildString(values.len() as u32));
        }
        Ok(())
    }

    fn visit_formatted(&mut self, e: &'a Expr) -> CResult {
        let ExprKind::FormattedValue { value, conversion, format_spec } = &e.kind else {
            return Ok(());
        };
        self.visit_expr(value)?;
        if let Some(spec) = format_spec {
            self.visit_expr(spec)?;
        }
        let conversion = match conversion {
            Conversion::None => BcConversion::None,
            Conversion::Str => BcConversion::Str,
            Conversion::Repr => BcConversion::Repr,
            Conversion::Ascii => BcConversion::Ascii,
        };
        self.emit(Instruction::FormatValue { conversion, has_spec: format_spec.is_some() });
        Ok(())
    }

    // ----- calls ---------------------------------------------------------------

    fn check_keywords(&self, keywords: &[Keyword]) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            if let Some(name) = &k.arg {
                if keywords[i + 1..].iter().any(|o| o.arg.as_ref().map(|a| &a.name) == Some(&name.name)) {
                    let dup = keywords[i + 1..]
                        .iter()
                        .find(|o| o.arg.as_ref().map(|a| &a.name) == Some(&name.name))
                        .map_or(k.span, |o| o.span);
                    return Err(CompileError::syntax(
                        format!("keyword argument repeated: {}", name.name),
                        dup,
                    ));
                }
            }
        }
        Ok(())
    }

    /// Where the instructions of attribute `attr` (the expression at
    /// `attribute`) are placed, up to the end of `until`: as in CPython
    /// 3.11, an attribute expression that spans lines starts at the
    /// attribute's name (so a traceback shows the `.name` line).
    fn attribute_location(&self, attribute: Span, attr: &str, until: Span) -> Span {
        let end_line = self.line_index.line_column(attribute.end).line;
        let name_len = attr.len() as u32;
        if self.line_of(attribute) == end_line || name_len > attribute.end - attribute.start {
            return until;
        }
        Span::new(attribute.end - name_len, until.end.max(attribute.end))
    }

    fn visit_call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        use Instruction::*;
        self.check_keywords(keywords)?;
        let simple = !args.iter().any(is_starred)
            && keywords.iter().all(|k| k.arg.is_some())
            && args.len() + keywords.len() <= STACK_USE_GUIDELINE;
        // o.m(...) without a bound-method allocation.
        if simple {
            if let ExprKind::Attribute { value, attr, ctx: ExprContext::Load } = &func.kind {
                self.visit_expr(value)?;
                let call_span = self.u().location.1;
                let loc = self.set_location(self.attribute_location(func.span, &attr.name, func.span));
                let name = self.attr_name(&attr.name);
                self.emit(LoadMethod { name, cache: NO_CACHE });
                self.restore_location(loc);
                for a in args {
                    self.visit_expr(a)?;
                }
                let loc = self.set_location(self.attribute_location(func.span, &attr.name, call_span));
                self.emit_keywords_and_call(keywords, args.len(), true)?;
                self.restore_location(loc);
                return Ok(());
            }
            if args.is_empty() && keywords.is_empty() && self.try_zero_arg_super(func)? {
                return Ok(());
            }
        }
        self.visit_expr(func)?;
        self.call_helper(0, args, keywords)
    }

    /// `super()` in a method: `super(__class__, <first argument>)`.
    fn try_zero_arg_super(&mut self, func: &'a Expr) -> CResult<bool> {
        let ExprKind::Name { id, ctx: ExprContext::Load } = &func.kind else { return Ok(false) };
        if id != "super" {
            return Ok(false);
        }
        let scope = self.scope();
        if !matches!(scope.kind, ScopeKind::Function | ScopeKind::Lambda)
            || scope.params.is_empty()
            || !matches!(
                scope.scope_of("super"),
                Some(crate::symtable::SymbolScope::GlobalImplicit)
            )
        {
            return Ok(false);
        }
        // The first parameter must be positional (not `*args` alone).
        let first = scope.params[0].clone();
        if self.unit().argcount == 0 {
            return Ok(false);
        }
        let Some(class_cell) = self.unit().free_index("__class__") else { return Ok(false) };
        self.visit_expr(func)?;
        self.emit(Instruction::LoadDeref(class_cell));
        match self.unit().cell_index(&first) {
            Some(cell) => self.emit(Instruction::LoadDeref(cell)),
            None => {
                let i = self.u().varname(&first);
                self.emit(Instruction::LoadFast(i));
            }
        }
        self.emit(Instruction::Call { argc: 2, cache: NO_CACHE });
        Ok(true)
    }

    fn emit_keywords_and_call(&mut self, keywords: &'a [Keyword], nargs: usize, method: bool) -> CResult {
        use Instruction::*;
        let mut names = Vec::with_capacity(keywords.len());
        for k in keywords {
            self.visit_expr(&k.value)?;
            if let Some(a) = &k.arg {
                names.push(Constant::Str(a.name.as_str().into()));
            }
        }
        if !names.is_empty() {
            let i = self.u().add_const(Constant::Tuple(names.into()));
            self.emit(KwNames(i));
        }
        let argc = (nargs + keywords.len()) as u32;
        if method {
            self.emit(CallMethod { argc, cache: NO_CACHE });
        } else {
            self.emit(Call { argc, cache: NO_CACHE });
        }
        Ok(())
    }

    /// Arguments and the call, with the callable (and `extra` positional
    /// arguments already pushed after it) on the stack.
    pub(super) fn call_helper(&mut self, extra: usize, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        use Instruction::*;
        self.check_keywords(keywords)?;
        let simple = !args.iter().any(is_starred)
            && keywords.iter().all(|k| k.arg.is_some())
            && extra + args.len() + keywords.len() <= STACK_USE_GUIDELINE;
        if simple {
            for a in args {
                self.visit_expr(a)?;
            }
            return self.emit_keywords_and_call(keywords, extra + args.len(), false);
        }
        // The general form: a tuple of positional arguments and a dict of
        // keywords, then CallFunctionEx.
        if extra > 0 {
            self.emit(BuildList(extra as u32));
            for a in args {
                match &a.kind {
                    ExprKind::Starred { value, .. } => {
                        self.visit_expr(value)?;
                        self.emit(ListExtend(1));
                    }
                    _ => {
                        self.visit_expr(a)?;
                        self.emit(ListAppend(1));
                    }
                }
            }
            self.emit(ListToTuple);
        } else if let [Expr { kind: ExprKind::Starred { value, .. }, .. }] = args {
            // f(*xs): the iterable itself, as CPython does; CallFunctionEx
            // makes the tuple (and names the function if xs is no iterable).
            self.visit_expr(value)?;
        } else {
            self.starunpack(args, Collection::Tuple)?;
        }
        let has_kwargs = !keywords.is_empty();
        if has_kwargs {
            let mut have_dict = false;
            let mut pending: Vec<&'a Keyword> = Vec::new();
            for k in keywords {
                if k.arg.is_none() {
                    if !pending.is_empty() {
                        self.subkwargs(&pending)?;
                        pending.clear();
                        if have_dict {
                            self.emit(DictMerge(1));
                        }
                        have_dict = true;
                    }
                    if !have_dict {
                        self.emit(BuildMap(0));
                        have_dict = true;
                    }
                    self.visit_expr(&k.value)?;
                    self.emit(DictMerge(1));
                } else {
                    pending.push(k);
                }
            }
            if !pending.is_empty() {
                self.subkwargs(&pending)?;
                if have_dict {
                    self.emit(DictMerge(1));
                }
            }
        }
        self.emit(CallFunctionEx { has_kwargs });
        Ok(())
    }

    fn subkwargs(&mut self, keywords: &[&'a Keyword]) -> CResult {
        use Instruction::*;
        let big = keywords.len() > STACK_USE_GUIDELINE / 2;
        if big {
            self.emit(BuildMap(0));
        }
        for k in keywords {
            let name = k.arg.as_ref().map_or("", |a| a.name.as_str());
            self.load_const(Constant::Str(name.into()));
            self.visit_expr(&k.value)?;
            if big {
                self.emit(MapAdd(1));
            }
        }
        if !big {
            self.emit(BuildMap(keywords.len() as u32));
        }
        Ok(())
    }

    // ----- assignment targets ---------------------------------------------------

    /// Unpack TOS into the targets `elts` (a tuple/list target).
    fn unpack_targets(&mut self, elts: &'a [Expr], span: Span) -> CResult {
        use Instruction::*;
        let mut star: Option<usize> = None;
        for (i, e) in elts.iter().enumerate() {
            if is_starred(e) {
                if star.is_some() {
                    return Err(CompileError::syntax("multiple starred expressions in assignment", e.span));
                }
                star = Some(i);
            }
        }
        match star {
            Some(i) => {
                let after = elts.len() - i - 1;
                if i >= 256 || after >= (i32::MAX >> 8) as usize {
                    return Err(CompileError::syntax(
                        "too many expressions in star-unpacking assignment",
                        span,
                    ));
                }
                self.emit(UnpackEx { before: i as u8, after: after as u32 });
            }
            None => self.emit(UnpackSequence { count: elts.len() as u32, cache: NO_CACHE }),
        }
        let unpack_at = self.u().instructions.len().checked_sub(1);
        for e in elts {
            match &e.kind {
                ExprKind::Starred { value, .. } => self.visit_expr(value)?,
                _ => self.visit_expr(e)?,
            }
        }
        // Every target a local: the unpack stores them itself (the
        // `StoreFast`s stay, for any other kind of iterable).
        let u = self.u();
        if let Some(at) = unpack_at {
            if let UnpackSequence { count, .. } = u.instructions[at] {
                let stores = &u.instructions[at + 1..];
                if stores.len() == count as usize && stores.iter().all(|i| matches!(i, StoreFast(_))) {
                    u.instructions[at] = UnpackToLocals(count);
                }
            }
        }
        Ok(())
    }

    /// Store TOS into an assignment target of any form.
    pub(super) fn store_target(&mut self, target: &'a Expr) -> CResult {
        self.visit_expr(target)
    }
}
