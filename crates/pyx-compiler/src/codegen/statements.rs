//! Statements: assignment forms, control flow, exception handling, `with`,
//! imports.

use pyx_ast::*;

use super::expressions::binary_operator;
use super::{CResult, Compiler, FBlockKind, NO_CACHE};
use crate::bytecode::{AwaitableSource, Instruction};
use crate::code::Constant;
use crate::error::CompileError;
use crate::symtable::ScopeKind;

impl<'a> Compiler<'a> {
    pub(super) fn visit_body(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    pub(super) fn visit_stmt(&mut self, s: &'a Stmt) -> CResult {
        self.guard(s.span)?;
        let loc = self.set_location(s.span);
        let r = self.visit_stmt_inner(s);
        self.restore_location(loc);
        self.unguard();
        r
    }

    fn visit_stmt_inner(&mut self, s: &'a Stmt) -> CResult {
        use Instruction::*;
        match &s.kind {
            StmtKind::FunctionDef(f) => self.visit_function_def(s, f)?,
            StmtKind::ClassDef(c) => self.visit_class_def(s, c)?,
            StmtKind::Return { value } => self.visit_return(s, value.as_ref())?,
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.visit_expr(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.visit_expr(value)?;
                let n = targets.len();
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(CopyItem(1));
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.visit_augassign(target, *op, value)?,
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                self.visit_annassign(target, annotation, value.as_ref(), *simple)?
            }
            StmtKind::For { is_async, target, iter, body, orelse } => {
                if *is_async {
                    self.visit_async_for(s, target, iter, body, orelse)?
                } else {
                    self.visit_for(s, target, iter, body, orelse)?
                }
            }
            StmtKind::While { test, body, orelse } => self.visit_while(s, test, body, orelse)?,
            StmtKind::If { test, body, orelse } => {
                let end = self.new_label();
                let next = if orelse.is_empty() { end } else { self.new_label() };
                self.jump_if(test, false, next)?;
                self.visit_body(body)?;
                if !orelse.is_empty() {
                    self.emit(Jump(end));
                    self.bind(next);
                    self.visit_body(orelse)?;
                }
                self.bind(end);
            }
            StmtKind::With { is_async, items, body } => {
                if *is_async && !self.scope().is_async_def {
                    return Err(CompileError::syntax("'async with' outside async function", s.span));
                }
                self.visit_with(*is_async, items, 0, body)?
            }
            StmtKind::Match { subject, cases } => self.visit_match(s, subject, cases)?,
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.visit_expr(c)?;
                        n = 2;
                    }
                }
                self.emit(RaiseVarargs(n));
            }
            StmtKind::Try { body, handlers, orelse, finalbody, is_star } => {
                if !finalbody.is_empty() {
                    self.visit_try_finally(s, body, handlers, orelse, finalbody, *is_star)?
                } else if *is_star {
                    self.visit_try_star_except(s, body, handlers, orelse)?
                } else {
                    self.visit_try_except(s, body, handlers, orelse)?
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, true, end)?;
                // CPython 3.11 places the raise at the comparison the test
                // ends in, so a traceback marks that comparison.
                let loc = assert_comparison(test).map(|span| self.set_location(span));
                self.emit(LoadAssertionError);
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                    self.emit(Call { argc: 1, cache: NO_CACHE });
                }
                self.emit(RaiseVarargs(1));
                if let Some(loc) = loc {
                    self.restore_location(loc);
                }
                self.bind(end);
            }
            StmtKind::Import { names } => {
                for a in names {
                    self.visit_import_alias(a)?;
                }
            }
            StmtKind::ImportFrom { module, names, level } => {
                self.visit_import_from(s, module.as_ref(), names, *level)?
            }
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } | StmtKind::Pass => {}
            StmtKind::Expr { value } => {
                if self.interactive && self.units.len() == 1 {
                    self.visit_expr(value)?;
                    self.emit(PrintExpr);
                } else if matches!(value.kind, ExprKind::Constant { .. }) {
                    // A constant statement (a docstring-like string) has no effect.
                } else {
                    self.visit_expr(value)?;
                    self.emit(PopTop);
                }
            }
            StmtKind::Break => {
                let (lp, saved) = self.unwind_fblock_stack(false, true, s.span)?;
                let Some(lp) = lp else {
                    self.end_unwind(saved);
                    return Err(CompileError::syntax("'break' outside loop", s.span));
                };
                let r = self.unwind_fblock(&lp, false);
                self.emit(Jump(lp.exit));
                self.end_unwind(saved);
                r?;
            }
            StmtKind::Continue => {
                let (lp, saved) = self.unwind_fblock_stack(false, true, s.span)?;
                let Some(lp) = lp else {
                    self.end_unwind(saved);
                    return Err(CompileError::syntax("'continue' not properly in loop", s.span));
                };
                self.u().jump(lp.start);
                self.end_unwind(saved);
            }
        }
        Ok(())
    }

    fn visit_return(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> CResult {
        if !self.scope().kind.is_function_like() {
            return Err(CompileError::syntax("'return' outside function", s.span));
        }
        let sc = self.scope();
        if value.is_some() && sc.is_coroutine && sc.is_generator {
            return Err(CompileError::syntax("'return' with value in async generator", s.span));
        }
        let folded = value.and_then(crate::fold::fold);
        let preserve_tos = value.is_some() && folded.is_none();
        if preserve_tos {
            if let Some(v) = value {
                self.visit_expr(v)?;
            }
        }
        let (_, saved) = self.unwind_fblock_stack(preserve_tos, false, s.span)?;
        if !preserve_tos {
            self.load_const(folded.unwrap_or(Constant::None));
        }
        self.emit(Instruction::ReturnValue);
        self.end_unwind(saved);
        Ok(())
    }

    fn visit_augassign(&mut self, target: &'a Expr, op: Operator, value: &'a Expr) -> CResult {
        use Instruction::*;
        let inplace = InplaceOp { op: binary_operator(op), cache: NO_CACHE };
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.name_op(id, ExprContext::Load, target.span)?;
                self.visit_expr(value)?;
                self.emit(inplace);
                self.name_op(id, ExprContext::Store, target.span)?;
            }
            ExprKind::Attribute { value: obj, attr, .. } => {
                self.visit_expr(obj)?;
                self.emit(CopyItem(1));
                let name = self.attr_name(&attr.name);
                let loc = self.set_location(target.span);
                self.emit(LoadAttr { name, cache: NO_CACHE });
                self.restore_location(loc);
                self.visit_expr(value)?;
                self.emit(inplace);
                self.emit(Swap(2));
                let loc = self.set_location(target.span);
                self.emit(StoreAttr { name, cache: NO_CACHE });
                self.restore_location(loc);
            }
            ExprKind::Subscript { value: obj, slice, .. } => {
                self.visit_expr(obj)?;
                match &slice.kind {
                    ExprKind::Slice { .. } => self.visit_expr(slice)?,
                    _ => self.visit_expr(slice)?,
                }
                self.emit(CopyItem(2));
                self.emit(CopyItem(2));
                let loc = self.set_location(target.span);
                self.emit(BinarySubscr { cache: NO_CACHE });
                self.restore_location(loc);
                self.visit_expr(value)?;
                self.emit(inplace);
                self.emit(Swap(3));
                self.emit(Swap(2));
                let loc = self.set_location(target.span);
                self.emit(StoreSubscr { cache: NO_CACHE });
                self.restore_location(loc);
            }
            _ => {
                return Err(CompileError::syntax(
                    "'expression' is an illegal expression for augmented assignment",
                    target.span,
                ))
            }
        }
        Ok(())
    }

    fn visit_annassign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult {
        use Instruction::*;
        if let Some(v) = value {
            self.visit_expr(v)?;
            self.store_target(target)?;
        }
        let kind = self.scope().kind;
        let module_or_class = matches!(kind, ScopeKind::Module | ScopeKind::Class);
        match &target.kind {
            ExprKind::Name { id, .. }
                if simple && module_or_class => {
                    self.visit_annotation(annotation)?;
                    self.load_plain_name("__annotations__");
                    let mangled = self.mangle(id).into_owned();
                    self.load_const(Constant::Str(mangled.into()));
                    self.emit(StoreSubscr { cache: NO_CACHE });
                    return Ok(());
                }
            ExprKind::Attribute { value: obj, .. }
                if value.is_none() => {
                    self.visit_expr(obj)?;
                    self.emit(PopTop);
                }
            ExprKind::Subscript { value: obj, slice, .. }
                if value.is_none() => {
                    self.visit_expr(obj)?;
                    self.emit(PopTop);
                    self.visit_expr(slice)?;
                    self.emit(PopTop);
                }
            _ => {}
        }
        if !simple && module_or_class && !self.table.future_annotations {
            self.visit_expr(annotation)?;
            self.emit(PopTop);
        }
        Ok(())
    }

    // ----- loops ---------------------------------------------------------------

    fn visit_while(&mut self, s: &'a Stmt, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let start = self.new_label();
        let anchor = self.new_label();
        let end = self.new_label();
        self.bind(start);
        self.push_fblock(FBlockKind::WhileLoop, start, end, s.span);
        self.jump_if(test, false, anchor)?;
        self.visit_body(body)?;
        self.u().jump(start);
        self.pop_fblock();
        self.bind(anchor);
        self.visit_body(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn visit_for(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        use Instruction::*;
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.visit_expr(iter)?;
        self.emit(GetIter);
        self.bind(start);
        self.push_fblock(FBlockKind::ForLoop, start, end, s.span);
        let loc = self.set_location(iter.span);
        self.emit(ForIter { target: cleanup, cache: NO_CACHE });
        self.restore_location(loc);
        self.store_target(target)?;
        self.visit_body(body)?;
        self.u().jump(start);
        self.bind(cleanup);
        self.pop_fblock();
        self.visit_body(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn visit_async_for(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        use Instruction::*;
        let sk = self.scope().kind;
        if !self.scope().is_async_def && !matches!(sk, ScopeKind::Comprehension(_)) {
            return Err(CompileError::syntax("'async for' outside async function", s.span));
        }
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.visit_expr(iter)?;
        self.emit(GetAIter);
        self.bind(start);
        self.push_fblock(FBlockKind::ForLoop, start, end, s.span);
        self.u().push_handler(except, false);
        self.emit(GetANext);
        self.emit_await(AwaitableSource::Await);
        self.u().pop_handler();
        self.store_target(target)?;
        self.visit_body(body)?;
        self.u().jump(start);
        self.pop_fblock();
        self.bind(except);
        self.emit(EndAsyncFor);
        self.visit_body(orelse)?;
        self.bind(end);
        Ok(())
    }

    // ----- with ------------------------------------------------------------------

    fn visit_with(
        &mut self,
        is_async: bool,
        items: &'a [WithItem],
        pos: usize,
        body: &'a [Stmt],
    ) -> CResult {
        use Instruction::*;
        let Some(item) = items.get(pos) else {
            return self.visit_body(body);
        };
        self.guard(item.span)?;
        let final_ = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        self.visit_expr(&item.context_expr)?;
        let loc = self.set_location(item.span);
        if is_async {
            self.emit(BeforeAsyncWith);
            self.emit_await(AwaitableSource::AEnter);
        } else {
            self.emit(BeforeWith);
        }
        // The handler sees [.., exit]: one below the __enter__ result.
        let d = self.unit().depth().saturating_sub(1);
        self.u().push_handler_at(final_, true, d);
        let kind = if is_async { FBlockKind::AsyncWith } else { FBlockKind::With };
        self.push_fblock(kind, final_, 0, item.span);
        self.restore_location(loc);
        match &item.optional_vars {
            Some(v) => self.store_target(v)?,
            None => self.emit(PopTop),
        }
        if pos + 1 < items.len() {
            self.visit_with(is_async, items, pos + 1, body)?;
        } else {
            self.visit_body(body)?;
        }
        self.pop_fblock();
        self.u().pop_handler();
        let loc = self.set_location(item.span);
        self.call_exit_with_nones();
        if is_async {
            self.emit_await(AwaitableSource::AExit);
        }
        self.emit(PopTop);
        self.emit(Jump(exit));
        // Exceptional exit: [.., exit, lasti, exc].
        self.bind(final_);
        self.u().push_handler(cleanup, true);
        self.emit(PushExcInfo);
        self.emit(WithExceptStart);
        if is_async {
            self.emit_await(AwaitableSource::AExit);
        }
        self.emit(PopJumpIfTrue(suppress));
        self.emit(Reraise(2));
        self.u().pop_handler();
        self.emit_cleanup(cleanup);
        self.bind(suppress);
        self.emit(PopTop);
        self.emit(PopExcept);
        self.emit(PopTop);
        self.emit(PopTop);
        self.bind(exit);
        self.restore_location(loc);
        self.unguard();
        Ok(())
    }

    /// The shared cleanup handler: restore the previous exception, re-raise.
    fn emit_cleanup(&mut self, label: crate::bytecode::Label) {
        use Instruction::*;
        self.bind(label);
        self.emit(CopyItem(3));
        self.emit(PopExcept);
        self.emit(Reraise(1));
    }

    // ----- try ---------------------------------------------------------------------

    fn visit_try_finally(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        is_star: bool,
    ) -> CResult {
        use Instruction::*;
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.u().push_handler(end, false);
        self.push_fblock(FBlockKind::FinallyTry(finalbody), end, 0, s.span);
        if handlers.is_empty() {
            self.visit_body(body)?;
        } else if is_star {
            self.visit_try_star_except(s, body, handlers, orelse)?;
        } else {
            self.visit_try_except(s, body, handlers, orelse)?;
        }
        self.pop_fblock();
        self.u().pop_handler();
        self.visit_body(finalbody)?;
        self.emit(Jump(exit));
        // Exceptional path: [.., exc].
        self.bind(end);
        self.u().push_handler(cleanup, true);
        self.emit(PushExcInfo);
        self.push_fblock(FBlockKind::FinallyEnd, end, 0, s.span);
        self.visit_body(finalbody)?;
        self.pop_fblock();
        self.emit(Reraise(0));
        self.u().pop_handler();
        self.emit_cleanup(cleanup);
        self.bind(exit);
        Ok(())
    }

    fn check_default_except_last(&self, handlers: &[ExceptHandler]) -> CResult {
        let n = handlers.len();
        for (i, h) in handlers.iter().enumerate() {
            if h.type_.is_none() && i + 1 < n {
                return Err(CompileError::syntax("default 'except:' must be last", h.span));
            }
        }
        Ok(())
    }

    fn visit_try_except(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        use Instruction::*;
        self.check_default_except_last(handlers)?;
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.u().push_handler(except, false);
        self.push_fblock(FBlockKind::TryExcept, except, 0, s.span);
        self.visit_body(body)?;
        self.pop_fblock();
        self.u().pop_handler();
        self.visit_body(orelse)?;
        self.emit(Jump(end));
        // [.., exc]
        self.bind(except);
        let cleanup_id = self.u().push_handler(cleanup, true);
        self.emit(PushExcInfo);
        self.push_fblock(FBlockKind::ExceptionHandler, except, 0, s.span);
        for h in handlers {
            let loc = self.set_location(h.span);
            let next = self.new_label();
            if let Some(t) = &h.type_ {
                self.visit_expr(t)?;
                self.emit(CheckExcMatch);
                self.emit(PopJumpIfFalse(next));
            }
            match &h.name {
                Some(name) => {
                    let cleanup_end = self.new_label();
                    self.name_op(&name.name, ExprContext::Store, name.span)?;
                    self.u().push_handler(cleanup_end, true);
                    self.push_fblock(FBlockKind::HandlerCleanup(Some(&name.name)), except, 0, h.span);
                    self.visit_body(&h.body)?;
                    self.pop_fblock();
                    self.u().pop_handler();
                    // Normal exit from the clause.
                    self.u().pop_handler();
                    self.emit(PopExcept);
                    self.load_none();
                    self.name_op(&name.name, ExprContext::Store, name.span)?;
                    self.name_op(&name.name, ExprContext::Del, name.span)?;
                    self.emit(Jump(end));
                    self.u().repush_handler(cleanup_id);
                    // The clause raised: [.., prev, lasti, exc2].
                    self.bind(cleanup_end);
                    self.load_none();
                    self.name_op(&name.name, ExprContext::Store, name.span)?;
                    self.name_op(&name.name, ExprContext::Del, name.span)?;
                    self.emit(Reraise(1));
                }
                None => {
                    self.emit(PopTop);
                    self.push_fblock(FBlockKind::HandlerCleanup(None), except, 0, h.span);
                    self.visit_body(&h.body)?;
                    self.pop_fblock();
                    self.u().pop_handler();
                    self.emit(PopExcept);
                    self.emit(Jump(end));
                    self.u().repush_handler(cleanup_id);
                }
            }
            self.restore_location(loc);
            self.bind(next);
        }
        self.pop_fblock();
        self.emit(Reraise(0));
        self.u().pop_handler();
        self.emit_cleanup(cleanup);
        self.bind(end);
        Ok(())
    }

    fn visit_try_star_except(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        use Instruction::*;
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        self.u().push_handler(except, false);
        self.push_fblock(FBlockKind::TryExcept, except, 0, s.span);
        self.visit_body(body)?;
        self.pop_fblock();
        self.u().pop_handler();
        self.visit_body(orelse)?;
        self.emit(Jump(end));
        // [.., exc]
        self.bind(except);
        let cleanup_id = self.u().push_handler(cleanup, true);
        self.emit(PushExcInfo);
        self.push_fblock(FBlockKind::ExceptionGroupHandler, except, 0, s.span);
        let n = handlers.len();
        for (i, h) in handlers.iter().enumerate() {
            let loc = self.set_location(h.span);
            let next = self.new_label();
            let no_match = self.new_label();
            if i == 0 {
                // [prev, eg] -> [prev, orig, [], eg]
                self.emit(CopyItem(1));
                self.emit(BuildList(0));
                self.emit(Swap(2));
            }
            let Some(t) = &h.type_ else {
                return Err(CompileError::syntax("expected 'except*' to name an exception type", h.span));
            };
            self.visit_expr(t)?;
            self.emit(CheckEgMatch);
            self.emit(CopyItem(1));
            self.emit(PopJumpIfNone(no_match));
            let cleanup_end = self.new_label();
            match &h.name {
                Some(name) => self.name_op(&name.name, ExprContext::Store, name.span)?,
                None => self.emit(PopTop),
            }
            self.u().push_handler(cleanup_end, true);
            let bound = h.name.as_ref().map(|n| n.name.as_str());
            self.push_fblock(FBlockKind::HandlerCleanup(bound), except, 0, h.span);
            self.visit_body(&h.body)?;
            self.pop_fblock();
            self.u().pop_handler();
            if let Some(name) = &h.name {
                self.load_none();
                self.name_op(&name.name, ExprContext::Store, name.span)?;
                self.name_op(&name.name, ExprContext::Del, name.span)?;
            }
            self.emit(Jump(next));
            // The clause raised: [.., orig, list, rest, lasti, exc2].
            self.bind(cleanup_end);
            if let Some(name) = &h.name {
                self.load_none();
                self.name_op(&name.name, ExprContext::Store, name.span)?;
                self.name_op(&name.name, ExprContext::Del, name.span)?;
            }
            self.emit(ListAppend(3));
            self.emit(PopTop);
            self.emit(Jump(next));
            // No match: [.., orig, list, rest, None].
            self.bind(no_match);
            self.emit(PopTop);
            self.bind(next);
            if i + 1 == n {
                // Add the unhandled rest to the list.
                self.emit(ListAppend(1));
                self.emit(Jump(reraise_star));
            }
            self.restore_location(loc);
        }
        self.pop_fblock();
        let reraise = self.new_label();
        self.bind(reraise_star);
        self.emit(PrepReraiseStar);
        self.emit(CopyItem(1));
        self.emit(PopJumpIfNotNone(reraise));
        // Nothing to re-raise.
        self.emit(PopTop);
        self.u().pop_handler();
        self.emit(PopExcept);
        self.emit(Jump(end));
        self.u().repush_handler(cleanup_id);
        self.bind(reraise);
        self.u().pop_handler();
        self.emit(Swap(2));
        self.emit(PopExcept);
        self.emit(Reraise(0));
        self.emit_cleanup(cleanup);
        self.bind(end);
        Ok(())
    }

    // ----- imports -------------------------------------------------------------

    fn visit_import_alias(&mut self, a: &'a Alias) -> CResult {
        use Instruction::*;
        let loc = self.set_location(a.span);
        self.load_const(Constant::Int(0));
        self.load_none();
        let module = self.u().name(&a.name);
        self.emit(ImportName(module));
        match &a.asname {
            Some(asname) => {
                let mut parts = a.name.split('.');
                parts.next();
                let rest: Vec<&str> = parts.collect();
                if !rest.is_empty() {
                    let last = rest.len() - 1;
                    for (i, attr) in rest.iter().enumerate() {
                        let n = self.u().name(attr);
                        self.emit(ImportFrom(n));
                        if i != last {
                            self.emit(Swap(2));
                            self.emit(PopTop);
                        }
                    }
                    self.name_op(&asname.name, ExprContext::Store, asname.span)?;
                    self.emit(PopTop);
                } else {
                    self.name_op(&asname.name, ExprContext::Store, asname.span)?;
                }
            }
            None => {
                let top = a.name.split('.').next().unwrap_or(&a.name);
                self.name_op(top, ExprContext::Store, a.span)?;
            }
        }
        self.restore_location(loc);
        Ok(())
    }

    fn visit_import_from(
        &mut self,
        s: &'a Stmt,
        module: Option<&'a Identifier>,
        names: &'a [Alias],
        level: u32,
    ) -> CResult {
        use Instruction::*;
        self.load_const(Constant::Int(level as i64));
        let fromlist: Vec<Constant> = names.iter().map(|a| Constant::Str(a.name.as_str().into())).collect();
        self.load_const(Constant::Tuple(fromlist.into()));
        let m = self.u().name(module.map_or("", |m| m.name.as_str()));
        self.emit(ImportName(m));
        for a in names {
            if a.name == "*" {
                if self.scope().kind != ScopeKind::Module {
                    return Err(CompileError::syntax("import * only allowed at module level", s.span));
                }
                self.emit(ImportStar);
                return Ok(());
            }
            let loc = self.set_location(a.span);
            let n = self.u().name(&a.name);
            self.emit(ImportFrom(n));
            let (store, span) = match &a.asname {
                Some(asname) => (asname.name.as_str(), asname.span),
                None => (a.name.as_str(), a.span),
            };
            self.name_op(store, ExprContext::Store, span)?;
            self.restore_location(loc);
        }
        self.emit(PopTop);
        Ok(())
    }
}

/// The comparison an `assert` test comes down to (through `not` and the
/// first operand of `and`/`or`), whose place CPython gives the raise.
fn assert_comparison(test: &Expr) -> Option<pyx_span::Span> {
    match &test.kind {
        ExprKind::Compare { .. } => Some(test.span),
        ExprKind::UnaryOp { op: pyx_ast::UnaryOperator::Not, operand } => assert_comparison(operand),
        ExprKind::BoolOp { values, .. } => values.first().and_then(assert_comparison),
        _ => None,
    }
}
