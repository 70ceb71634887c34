//! Scopes that become their own code object: functions, lambdas, class
//! bodies and comprehensions; and the closures that connect them.

use std::sync::Arc;

use pyx_ast::*;

use super::{CResult, Compiler, FBlockKind, NO_CACHE};
use crate::bytecode::{make_function, Instruction};
use crate::code::{CodeFlags, CodeKind, CodeObject, Constant};
use crate::error::CompileError;
use crate::symtable::{all_params, ComprehensionKind, ScopeId, ScopeKind, SymbolScope};

/// The docstring of a body: a leading string-literal expression statement.
pub(super) fn docstring_of(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr { value }) => match &value.kind {
            ExprKind::Constant { value: pyx_ast::Constant::Str(s), .. } => Some(s),
            _ => None,
        },
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    fn missing_scope(&self, span: Span) -> CompileError {
        CompileError::syntax("internal compiler error: scope not found", span)
    }

    /// `co_qualname` of a new scope named `name` inside the current unit.
    fn qualname_for(&self, name: &str, kind: ScopeKind) -> String {
        if self.units.len() <= 1 {
            return name.to_string();
        }
        let parent = self.unit();
        if matches!(kind, ScopeKind::Function | ScopeKind::Class) {
            let mangled = crate::symtable::mangle(parent.private.as_deref(), name);
            if self.table.scope(parent.scope).scope_of(&mangled) == Some(SymbolScope::GlobalExplicit) {
                return name.to_string();
            }
        }
        let parent_kind = self.table.scope(parent.scope).kind;
        if parent_kind.is_function_like() {
            format!("{}.<locals>.{}", parent.qualname, name)
        } else {
            format!("{}.{}", parent.qualname, name)
        }
    }

    /// Push the code object and its closure cells, then `MakeFunction`.
    fn make_closure(&mut self, code: CodeObject, flags: u8) -> CResult {
        let nfree = code.freevars.len() as u32;
        let mut flags = flags;
        if nfree > 0 {
            flags |= make_function::CLOSURE;
            for name in code.freevars.iter() {
                // A class body reaches its methods' free variables both as
                // its own names and as cells passed through.
                let idx = if name.as_ref() == "__class__"
                    && self.table.scope(self.unit().scope).needs_class_closure
                {
                    self.unit().cell_index(name)
                } else {
                    self.unit().cell_index(name).or_else(|| self.unit().free_index(name))
                };
                let Some(idx) = idx else {
                    return Err(CompileError::syntax(
                        format!("internal compiler error: no cell for free variable '{name}'"),
                        Span::default(),
                    ));
                };
                self.emit(Instruction::LoadClosure(idx));
            }
        }
        self.load_const(Constant::Code(Arc::new(code)));
        self.u().emit_with_closure(Instruction::MakeFunction(flags), nfree);
        Ok(())
    }

    /// Positional defaults (a tuple) and keyword-only defaults (a dict).
    fn visit_defaults(&mut self, params: &'a Parameters) -> CResult<u8> {
        let mut flags = 0;
        if !params.defaults.is_empty() {
            self.starunpack_defaults(&params.defaults)?;
            flags |= make_function::DEFAULTS;
        }
        let mut nkw = 0;
        for (p, d) in params.kwonlyargs.iter().zip(&params.kw_defaults) {
            if let Some(d) = d {
                let name = self.mangle(&p.name.name).into_owned();
                self.load_const(Constant::Str(name.into()));
                self.visit_expr(d)?;
                nkw += 1;
            }
        }
        if nkw > 0 {
            self.emit(Instruction::BuildMap(nkw));
            flags |= make_function::KW_DEFAULTS;
        }
        Ok(flags)
    }

    fn starunpack_defaults(&mut self, defaults: &'a [Expr]) -> CResult {
        self.starunpack(defaults, super::expressions::Collection::Tuple)
    }

    /// An annotation's value: the expression, or its source text under
    /// `from __future__ import annotations`.
    pub(super) fn visit_annotation(&mut self, e: &'a Expr) -> CResult {
        if self.table.future_annotations {
            let text = self.source.get(e.span.range()).unwrap_or("").to_string();
            self.load_const(Constant::Str(text.into()));
            Ok(())
        } else if let ExprKind::Starred { value, .. } = &e.kind {
            // `*args: *Ts` (PEP 646): the annotation is the one item of
            // `[*Ts]`, as CPython 3.11 computes it.
            self.visit_expr(value)?;
            self.emit(Instruction::UnpackSequence { count: 1, cache: NO_CACHE });
            Ok(())
        } else {
            self.visit_expr(e)
        }
    }

    fn visit_annotations(&mut self, params: &'a Parameters, returns: Option<&'a Expr>) -> CResult<u8> {
        let mut n = 0;
        for p in all_params(params) {
            if let Some(a) = &p.annotation {
                let name = self.mangle(&p.name.name).into_owned();
                self.load_const(Constant::Str(name.into()));
                self.visit_annotation(a)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Constant::Str("return".into()));
            self.visit_annotation(r)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Instruction::BuildMap(n));
            Ok(make_function::ANNOTATIONS)
        } else {
            Ok(0)
        }
    }

    /// Set argument counts and flags, and copy parameters that live in cells.
    fn setup_parameters(&mut self, params: &Parameters) {
        let sc = self.scope();
        let private = sc.private.clone();
        let u = self.u();
        u.argcount = (params.posonlyargs.len() + params.args.len()) as u32;
        u.posonlyargcount = params.posonlyargs.len() as u32;
        u.kwonlyargcount = params.kwonlyargs.len() as u32;
        if params.vararg.is_some() {
            u.flags.insert(CodeFlags::VARARGS);
        }
        if params.kwarg.is_some() {
            u.flags.insert(CodeFlags::VARKEYWORDS);
        }
        let names: Vec<String> = params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .chain(&params.kwonlyargs)
            .chain(params.vararg.as_ref())
            .chain(params.kwarg.as_ref())
            .map(|p| crate::symtable::mangle(private.as_deref(), &p.name.name).into_owned())
            .collect();
        self.copy_cell_args(&names);
    }

    fn copy_cell_args(&mut self, names: &[String]) {
        for name in names {
            if let Some(cell) = self.unit().cell_index(name) {
                let local = self.u().varname(name);
                self.u().cell_args.push((cell, local));
                self.emit(Instruction::LoadFast(local));
                self.emit(Instruction::StoreDeref(cell));
            }
        }
    }

    fn set_generator_flags(&mut self) {
        let sc = self.scope();
        let (gen, coro) = (sc.is_generator, sc.is_coroutine);
        let u = self.u();
        match (gen, coro) {
            (true, true) => u.flags.insert(CodeFlags::ASYNC_GENERATOR),
            (true, false) => u.flags.insert(CodeFlags::GENERATOR),
            (false, true) => u.flags.insert(CodeFlags::COROUTINE),
            (false, false) => {}
        }
    }

    /// Call the decorators, innermost (last written) first, each call
    /// placed at its decorator expression (as CPython 3.11 places it, so
    /// a traceback shows the `@decorator` line).
    fn apply_decorators(&mut self, decorators: &[Expr]) {
        for d in decorators.iter().rev() {
            let loc = self.set_location(d.span);
            self.emit(Instruction::Call { argc: 1, cache: NO_CACHE });
            self.restore_location(loc);
        }
    }

    pub(super) fn visit_function_def(&mut self, s: &'a Stmt, f: &'a FunctionDef) -> CResult {
        for d in &f.decorator_list {
            self.visit_expr(d)?;
        }
        let mut flags = self.visit_defaults(&f.parameters)?;
        flags |= self.visit_annotations(&f.parameters, f.returns.as_ref())?;
        let scope = self.table.scope_for(f).ok_or_else(|| self.missing_scope(s.span))?;
        let first_line = match f.decorator_list.first() {
            Some(d) => self.line_of(d.span),
            None => self.line_of(s.span),
        };
        let qualname = self.qualname_for(&f.name.name, ScopeKind::Function);
        self.enter_unit(scope, CodeKind::Function, f.name.name.clone(), qualname, first_line);
        let loc_span = s.span;
        self.set_location(loc_span);
        self.setup_parameters(&f.parameters);
        self.set_generator_flags();
        let body: &'a [Stmt] = &f.body;
        let rest = match docstring_of(body) {
            Some(doc) => {
                self.u().docstring = Some(doc.to_string());
                &body[1..]
            }
            None => body,
        };
        self.visit_body(rest)?;
        if self.unit().is_reachable() {
            self.load_none();
            self.emit(Instruction::ReturnValue);
        }
        let code = self.exit_unit()?;
        self.make_closure(code, flags)?;
        self.apply_decorators(&f.decorator_list);
        self.name_op(&f.name.name, ExprContext::Store, f.name.span)
    }

    pub(super) fn visit_lambda(&mut self, e: &'a Expr, params: &'a Parameters, body: &'a Expr) -> CResult {
        let flags = self.visit_defaults(params)?;
        let scope = self.table.scope_for(e).ok_or_else(|| self.missing_scope(e.span))?;
        let qualname = self.qualname_for("<lambda>", ScopeKind::Lambda);
        let line = self.line_of(e.span);
        self.enter_unit(scope, CodeKind::Lambda, "<lambda>".into(), qualname, line);
        self.set_location(e.span);
        self.setup_parameters(params);
        self.set_generator_flags();
        self.visit_expr(body)?;
        if self.scope().is_generator {
            // `lambda: (yield)`: the body's value is discarded.
            self.emit(Instruction::PopTop);
            self.load_none();
        }
        self.emit(Instruction::ReturnValue);
        let code = self.exit_unit()?;
        self.make_closure(code, flags)
    }

    pub(super) fn visit_class_def(&mut self, s: &'a Stmt, c: &'a ClassDef) -> CResult {
        use Instruction::*;
        for d in &c.decorator_list {
            self.visit_expr(d)?;
        }
        let scope: ScopeId = self.table.scope_for(c).ok_or_else(|| self.missing_scope(s.span))?;
        let first_line = match c.decorator_list.first() {
            Some(d) => self.line_of(d.span),
            None => self.line_of(s.span),
        };
        let qualname = self.qualname_for(&c.name.name, ScopeKind::Class);
        self.enter_unit(scope, CodeKind::Class, c.name.name.clone(), qualname.clone(), first_line);
        self.u().flags.insert(CodeFlags::CLASS_BODY);
        self.set_location(s.span);
        self.load_plain_name("__name__");
        self.store_plain_name("__module__");
        self.load_const(Constant::Str(qualname.into()));
        self.store_plain_name("__qualname__");
        self.body_with_docstring(&c.body)?;
        if self.scope().needs_class_closure {
            self.u().flags.insert(CodeFlags::HAS_CLASS_CELL);
            let Some(cell) = self.unit().cell_index("__class__") else {
                return Err(CompileError::syntax("internal compiler error: no __class__ cell", s.span));
            };
            self.emit(LoadClosure(cell));
            self.emit(CopyItem(1));
            self.store_plain_name("__classcell__");
        } else {
            self.load_none();
        }
        self.emit(ReturnValue);
        let code = self.exit_unit()?;
        self.emit(LoadBuildClass);
        self.make_closure(code, 0)?;
        self.load_const(Constant::Str(c.name.name.as_str().into()));
        self.call_helper(2, &c.bases, &c.keywords)?;
        self.apply_decorators(&c.decorator_list);
        self.name_op(&c.name.name, ExprContext::Store, c.name.span)
    }

    /// A module or class body: `__annotations__` set-up, `__doc__`, statements.
    pub(super) fn body_with_docstring(&mut self, body: &'a [Stmt]) -> CResult {
        if find_annotations(body) {
            self.emit(Instruction::SetupAnnotations);
        }
        let rest = match (docstring_of(body), self.interactive && self.units.len() == 1) {
            (Some(_), false) => {
                let first = &body[0];
                let loc = self.set_location(first.span);
                if let StmtKind::Expr { value } = &first.kind {
                    self.visit_expr(value)?;
                }
                self.store_plain_name("__doc__");
                self.restore_location(loc);
                &body[1..]
            }
            _ => body,
        };
        self.visit_body(rest)
    }

    pub(super) fn module_body(&mut self, body: &'a [Stmt]) -> CResult {
        self.check_future_imports(body)?;
        self.body_with_docstring(body)
    }

    fn check_future_imports(&self, body: &[Stmt]) -> CResult {
        const FEATURES: &[&str] = &[
            "nested_scopes",
            "generators",
            "division",
            "absolute_import",
            "with_statement",
            "print_function",
            "unicode_literals",
            "barry_as_FLUFL",
            "generator_stop",
            "annotations",
        ];
        let mut at_start = true;
        for (i, s) in body.iter().enumerate() {
            match &s.kind {
                StmtKind::Expr { value }
                    if i == 0
                        && matches!(
                            value.kind,
                            ExprKind::Constant { value: pyx_ast::Constant::Str(_), .. }
                        ) => {}
                StmtKind::ImportFrom { module: Some(m), names, level: 0 } if m.name == "__future__" => {
                    if !at_start {
                        return Err(CompileError::syntax(
                            "from __future__ imports must occur at the beginning of the file",
                            s.span,
                        ));
                    }
                    for a in names {
                        if a.name == "braces" {
                            return Err(CompileError::syntax("not a chance", a.span));
                        }
                        if !FEATURES.contains(&a.name.as_str()) {
                            return Err(CompileError::syntax(
                                format!("future feature {} is not defined", a.name),
                                a.span,
                            ));
                        }
                    }
                }
                _ => at_start = false,
            }
        }
        Ok(())
    }

    // ----- comprehensions ----------------------------------------------------

    pub(super) fn visit_comprehension(&mut self, e: &'a Expr) -> CResult {
        use Instruction::*;
        let (kind, generators, elt, value): (ComprehensionKind, &'a [Comprehension], &'a Expr, Option<&'a Expr>) =
            match &e.kind {
                ExprKind::ListComp { elt, generators } => (ComprehensionKind::List, generators, elt, None),
                ExprKind::SetComp { elt, generators } => (ComprehensionKind::Set, generators, elt, None),
                ExprKind::GeneratorExp { elt, generators } => {
                    (ComprehensionKind::Generator, generators, elt, None)
                }
                ExprKind::DictComp { key, value, generators } => {
                    (ComprehensionKind::Dict, generators, key, Some(&**value))
                }
                _ => return Ok(()),
            };
        let Some(outermost) = generators.first() else {
            return Err(CompileError::syntax("comprehension without a 'for' clause", e.span));
        };
        let scope = self.table.scope_for(e).ok_or_else(|| self.missing_scope(e.span))?;
        let enclosing_kind = self.scope().kind;
        let enclosing_async = self.scope().is_async_def;
        let is_async = self.table.scope(scope).is_coroutine;
        if is_async
            && kind != ComprehensionKind::Generator
            && !enclosing_async
            && !matches!(enclosing_kind, ScopeKind::Comprehension(_))
        {
            return Err(CompileError::syntax(
                "asynchronous comprehension outside of an asynchronous function",
                e.span,
            ));
        }
        let name = kind.code_name();
        let qualname = self.qualname_for(name, ScopeKind::Comprehension(kind));
        let line = self.line_of(e.span);
        self.enter_unit(scope, CodeKind::Comprehension, name.into(), qualname, line);
        self.set_location(e.span);
        self.u().flags.insert(CodeFlags::COMPREHENSION);
        self.u().argcount = 1;
        self.set_generator_flags();
        self.copy_cell_args(&[".0".to_string()]);
        match kind {
            ComprehensionKind::List => self.emit(BuildList(0)),
            ComprehensionKind::Set => self.emit(BuildSet(0)),
            ComprehensionKind::Dict => self.emit(BuildMap(0)),
            ComprehensionKind::Generator => {}
        }
        let depth = if kind == ComprehensionKind::Generator { 0 } else { 1 };
        self.comprehension_generator(generators, 0, depth, elt, value, kind)?;
        if kind == ComprehensionKind::Generator {
            self.load_none();
        }
        self.emit(ReturnValue);
        let code = self.exit_unit()?;
        self.make_closure(code, 0)?;
        self.visit_expr(&outermost.iter)?;
        if outermost.is_async {
            self.emit(GetAIter);
        } else {
            self.emit(GetIter);
        }
        self.emit(Call { argc: 1, cache: NO_CACHE });
        if is_async && kind != ComprehensionKind::Generator {
            self.emit_await(crate::bytecode::AwaitableSource::Await);
        }
        Ok(())
    }

    /// One `for` clause (and, recursively, the ones inside it). `depth` is
    /// the number of stack items above the collection being built.
    fn comprehension_generator(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: ComprehensionKind,
    ) -> CResult {
        use Instruction::*;
        let gen = &generators[index];
        self.guard(gen.span)?;
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        if index == 0 {
            let i = self.u().varname(".0");
            match self.unit().cell_index(".0") {
                Some(cell) => self.emit(LoadDeref(cell)),
                None => self.emit(LoadFast(i)),
            }
        } else {
            self.visit_expr(&gen.iter)?;
            self.emit(if gen.is_async { GetAIter } else { GetIter });
        }
        self.bind(start);
        let mut except = None;
        if gen.is_async {
            let handler = self.new_label();
            self.push_fblock(FBlockKind::AsyncComprehensionGenerator, start, 0, gen.span);
            self.u().push_handler(handler, false);
            self.emit(GetANext);
            self.emit_await(crate::bytecode::AwaitableSource::Await);
            self.u().pop_handler();
            except = Some(handler);
        } else {
            self.emit(ForIter { target: anchor, cache: NO_CACHE });
        }
        self.store_target(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, false, if_cleanup)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_generator(generators, index + 1, depth + 1, elt, value, kind)?;
        } else {
            let slot = depth + 1;
            match kind {
                ComprehensionKind::Generator => {
                    self.visit_expr(elt)?;
                    self.emit(YieldValue);
                    self.emit(PopTop);
                }
                ComprehensionKind::List => {
                    self.visit_expr(elt)?;
                    self.emit(ListAppend(slot));
                }
                ComprehensionKind::Set => {
                    self.visit_expr(elt)?;
                    self.emit(SetAdd(slot));
                }
                ComprehensionKind::Dict => {
                    self.visit_expr(elt)?;
                    if let Some(v) = value {
                        self.visit_expr(v)?;
                    }
                    self.emit(MapAdd(slot));
                }
            }
        }
        self.bind(if_cleanup);
        self.emit(JumpBackward(start));
        if let Some(handler) = except {
            self.pop_fblock();
            self.bind(handler);
            self.emit(EndAsyncFor);
        }
        self.bind(anchor);
        self.unguard();
        Ok(())
    }
}

/// Whether a module/class body has annotations that need `__annotations__`
/// (CPython's `find_ann`: looks into compound statements, not into nested
/// functions or classes).
pub(super) fn find_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => find_annotations(body) || find_annotations(orelse),
        StmtKind::With { body, .. } => find_annotations(body),
        StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
            find_annotations(body)
                || handlers.iter().any(|h| find_annotations(&h.body))
                || find_annotations(orelse)
                || find_annotations(finalbody)
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| find_annotations(&c.body)),
        _ => false,
    })
}
