//! Symbol tables: which scope every name of a module lives in.
//!
//! Two passes, as in CPython. The *build* pass walks the AST once, creating
//! a [`Scope`] for the module, each class body, function, lambda and
//! comprehension (comprehensions are functions in 3.11), and records how
//! each name is used there (bound, used, declared `global`/`nonlocal`,
//! parameter, ...). The *analysis* pass then resolves each name to a
//! [`SymbolScope`]: local, global (explicit or implicit), free (a closure
//! cell received from an enclosing function) or cell (a local captured by
//! an inner scope). Scoping errors are reported as `SyntaxError`s with
//! CPython's messages.
//!
//! Scopes are found again by the code generator through the address of
//! the AST node that opened them (the AST is borrowed, unmoved, by both
//! passes).

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use pyx_ast::*;

use crate::error::CompileError;

/// Index of a scope in [`SymbolTable::scopes`].
pub type ScopeId = usize;

/// The kinds of comprehension, for messages and code names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

impl ComprehensionKind {
    pub fn code_name(self) -> &'static str {
        match self {
            ComprehensionKind::List => "<listcomp>",
            ComprehensionKind::Set => "<setcomp>",
            ComprehensionKind::Dict => "<dictcomp>",
            ComprehensionKind::Generator => "<genexpr>",
        }
    }

    fn description(self) -> &'static str {
        match self {
            ComprehensionKind::List => "list comprehension",
            ComprehensionKind::Set => "set comprehension",
            ComprehensionKind::Dict => "dict comprehension",
            ComprehensionKind::Generator => "generator expression",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension(ComprehensionKind),
}

impl ScopeKind {
    /// Function-like scopes: locals in fast slots (CPython's `FunctionBlock`).
    pub fn is_function_like(self) -> bool {
        matches!(self, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension(_))
    }
}

/// Where a name resolves to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymbolScope {
    Local,
    /// Declared `global` here (or a walrus in a module-level comprehension).
    GlobalExplicit,
    /// Not bound in any enclosing function: globals, then builtins.
    GlobalImplicit,
    /// Bound in an enclosing function: read through a closure cell.
    Free,
    /// Local here and captured by an inner scope: lives in a cell.
    Cell,
}

/// Use flags of a symbol (CPython's `DEF_*`).
pub mod flags {
    pub const GLOBAL: u32 = 1;
    pub const LOCAL: u32 = 2;
    pub const PARAM: u32 = 4;
    pub const NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    pub const FREE_CLASS: u32 = 32;
    pub const IMPORT: u32 = 64;
    pub const ANNOT: u32 = 128;
    pub const COMP_ITER: u32 = 256;
    pub const BOUND: u32 = LOCAL | PARAM | IMPORT;
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub name: String,
    pub flags: u32,
    pub scope: SymbolScope,
}

#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub parent: Option<ScopeId>,
    pub children: Vec<ScopeId>,
    pub symbols: Vec<Symbol>,
    index: HashMap<String, usize>,
    /// Parameter names in signature order (mangled); `.0` for comprehensions.
    pub params: Vec<String>,
    pub is_generator: bool,
    /// `async def`, or a comprehension containing `await` / `async for`.
    pub is_coroutine: bool,
    pub is_async_def: bool,
    /// Defined inside a function-like scope.
    pub is_nested: bool,
    /// A class body whose methods need the implicit `__class__` cell.
    pub needs_class_closure: bool,
    /// The class name used for private-name mangling inside this scope.
    pub private: Option<String>,
    comp_iter_expr: u32,
    comp_iter_target: bool,
    /// Where each `global` / `nonlocal` declaration was made.
    directives: HashMap<String, Span>,
    has_free: bool,
    child_free: bool,
}

impl Scope {
    fn new(kind: ScopeKind, name: String, parent: Option<ScopeId>) -> Scope {
        Scope {
            kind,
            name,
            parent,
            children: Vec::new(),
            symbols: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            is_async_def: false,
            is_nested: false,
            needs_class_closure: false,
            private: None,
            comp_iter_expr: 0,
            comp_iter_target: false,
            directives: HashMap::new(),
            has_free: false,
            child_free: false,
        }
    }

    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    fn flags_of(&self, name: &str) -> u32 {
        self.lookup(name).map_or(0, |s| s.flags)
    }

    /// The resolved scope of `name` (already mangled); `None` if the name
    /// does not occur in this scope.
    pub fn scope_of(&self, name: &str) -> Option<SymbolScope> {
        self.lookup(name).map(|s| s.scope)
    }

    /// Names living in cells created by this scope, sorted (CPython order).
    pub fn cellvars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.scope == SymbolScope::Cell)
            .map(|s| s.name.clone())
            .collect();
        if self.needs_class_closure {
            v.push("__class__".to_string());
        }
        v.sort();
        v
    }

    /// Names of closure cells this scope receives, sorted.
    pub fn freevars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.scope == SymbolScope::Free || s.flags & flags::FREE_CLASS != 0)
            .map(|s| s.name.clone())
            .collect();
        v.sort();
        v
    }

    /// Locals (function-like scopes): parameters first, then other local and
    /// cell names in order of first occurrence.
    pub fn varnames(&self) -> Vec<String> {
        let mut v = self.params.clone();
        let params: HashSet<&str> = self.params.iter().map(|s| s.as_str()).collect();
        for s in &self.symbols {
            if matches!(s.scope, SymbolScope::Local) && !params.contains(s.name.as_str()) {
                v.push(s.name.clone());
            }
        }
        v
    }
}

/// The symbol tables of one module.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    /// `from __future__ import annotations` is in effect.
    pub future_annotations: bool,
}

impl SymbolTable {
    pub const MODULE: ScopeId = 0;

    /// The scope opened by the AST node at `node` (a `FunctionDef`, `ClassDef`,
    /// or the `Expr` of a lambda / comprehension).
    pub fn scope_for<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }

    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id]
    }
}

/// Maximum nesting the build pass follows before giving up with
/// `RecursionError` (the parser bounds depth too; this is the backstop).
pub const MAX_DEPTH: u32 = 1000;

/// CPython's private-name mangling: `__x` inside class `C` is `_C__x`.
pub fn mangle<'a>(private: Option<&str>, name: &'a str) -> Cow<'a, str> {
    let Some(class) = private else { return Cow::Borrowed(name) };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{stripped}{name}"))
}

/// Whether a module body starts with `from __future__ import annotations`
/// (after an optional docstring and other `__future__` imports).
pub fn has_future_annotations(body: &[Stmt]) -> bool {
    for (i, stmt) in body.iter().enumerate() {
        match &stmt.kind {
            StmtKind::Expr { value }
                if i == 0
                    && matches!(value.kind, ExprKind::Constant { value: Constant::Str(_), .. }) => {}
            StmtKind::ImportFrom { module: Some(m), names, level: 0 } if m.name == "__future__" => {
                if names.iter().any(|a| a.name == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

/// Build and analyse the symbol tables of a module.
pub fn build_module(module: &Module) -> Result<SymbolTable, CompileError> {
    build(|b| b.visit_body(&module.body), &module.body)
}

/// Build and analyse the symbol tables of an `eval` expression.
pub fn build_expression(expr: &Expr) -> Result<SymbolTable, CompileError> {
    build(|b| b.visit_expr(expr), &[])
}

fn build(
    visit: impl FnOnce(&mut Builder) -> Result<(), CompileError>,
    body: &[Stmt],
) -> Result<SymbolTable, CompileError> {
    let future_annotations = has_future_annotations(body);
    let mut builder = Builder {
        table: SymbolTable {
            scopes: vec![Scope::new(ScopeKind::Module, "top".into(), None)],
            by_node: HashMap::new(),
            future_annotations,
        },
        current: SymbolTable::MODULE,
        depth: 0,
    };
    visit(&mut builder)?;
    let mut table = builder.table;
    let mut free = HashSet::new();
    let mut global = HashSet::new();
    analyze_block(&mut table, SymbolTable::MODULE, None, &mut free, &mut global, 0)?;
    Ok(table)
}

struct Builder {
    table: SymbolTable,
    current: ScopeId,
    depth: u32,
}

fn error<T>(msg: impl Into<String>, span: Span) -> Result<T, CompileError> {
    Err(CompileError::syntax(msg, span))
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.current]
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, key: usize) -> ScopeId {
        let parent = self.current;
        let id = self.table.scopes.len();
        let mut scope = Scope::new(kind, name.to_string(), Some(parent));
        let p = &self.table.scopes[parent];
        scope.is_nested = p.kind.is_function_like() || p.is_nested;
        scope.private = p.private.clone();
        self.table.scopes.push(scope);
        self.table.scopes[parent].children.push(id);
        self.table.by_node.insert(key, id);
        self.current = id;
        id
    }

    fn exit(&mut self) {
        if let Some(p) = self.table.scopes[self.current].parent {
            self.current = p;
        }
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.table.scopes[self.current].private.as_deref(), name).into_owned()
    }

    /// Record a use of `name` (unmangled) with `flag` in the current scope.
    fn add_def(&mut self, name: &str, flag: u32, span: Span) -> Result<(), CompileError> {
        let name = self.mangled(name);
        self.add_def_in(self.current, &name, flag, span)
    }

    fn add_def_in(
        &mut self,
        scope_id: ScopeId,
        name: &str,
        flag: u32,
        span: Span,
    ) -> Result<(), CompileError> {
        let scope = &mut self.table.scopes[scope_id];
        let mut val = scope.flags_of(name);
        if flag & flags::PARAM != 0 && val & flags::PARAM != 0 {
            return error(format!("duplicate argument '{name}' in function definition"), span);
        }
        val |= flag;
        if scope.comp_iter_target {
            if val & (flags::GLOBAL | flags::NONLOCAL) != 0 {
                return error(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{name}'"
                    ),
                    span,
                );
            }
            val |= flags::COMP_ITER;
        }
        match scope.index.get(name) {
            Some(&i) => scope.symbols[i].flags = val,
            None => {
                scope.index.insert(name.to_string(), scope.symbols.len());
                scope.symbols.push(Symbol {
                    name: name.to_string(),
                    flags: val,
                    scope: SymbolScope::GlobalImplicit,
                });
            }
        }
        if flag & flags::PARAM != 0 {
            scope.params.push(name.to_string());
        }
        Ok(())
    }

    fn guard(&mut self, span: Span) -> Result<(), CompileError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(CompileError::too_deep(span));
        }
        Ok(())
    }

    fn visit_body(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt) -> Result<(), CompileError> {
        self.guard(s.span)?;
        let r = self.visit_stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn visit_stmt_inner(&mut self, s: &Stmt) -> Result<(), CompileError> {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.add_def(&f.name.name, flags::LOCAL, f.name.span)?;
                self.visit_defaults(&f.parameters)?;
                self.visit_annotations(&f.parameters, f.returns.as_ref())?;
                for d in &f.decorator_list {
                    self.visit_expr(d)?;
                }
                let key = &**f as *const FunctionDef as usize;
                self.enter(ScopeKind::Function, &f.name.name, key);
                self.cur().is_async_def = f.is_async;
                self.cur().is_coroutine = f.is_async;
                self.visit_params(&f.parameters)?;
                self.visit_body(&f.body)?;
                self.exit();
            }
            StmtKind::ClassDef(c) => {
                self.add_def(&c.name.name, flags::LOCAL, c.name.span)?;
                for b in &c.bases {
                    self.visit_expr(b)?;
                }
                for k in &c.keywords {
                    self.visit_expr(&k.value)?;
                }
                for d in &c.decorator_list {
                    self.visit_expr(d)?;
                }
                let key = &**c as *const ClassDef as usize;
                self.enter(ScopeKind::Class, &c.name.name, key);
                self.cur().private = Some(c.name.name.clone());
                self.visit_body(&c.body)?;
                self.exit();
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.visit_expr(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.visit_expr(t)?;
                }
                self.visit_expr(value)?;
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let cur = self.cur_flags(id);
                    if cur & (flags::GLOBAL | flags::NONLOCAL) != 0
                        && self.current != SymbolTable::MODULE
                        && *simple
                    {
                        let what = if cur & flags::GLOBAL != 0 { "global" } else { "nonlocal" };
                        return error(format!("annotated name '{id}' can't be {what}"), s.span);
                    }
                    if *simple {
                        self.add_def(id, flags::ANNOT | flags::LOCAL, target.span)?;
                    } else if value.is_some() {
                        self.add_def(id, flags::LOCAL, target.span)?;
                    }
                } else {
                    self.visit_expr(target)?;
                }
                self.visit_annotation(annotation)?;
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_expr(target)?;
                self.visit_expr(value)?;
            }
            StmtKind::For { target, iter, body, orelse, .. } => {
                self.visit_expr(target)?;
                self.visit_expr(iter)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_body(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject)?;
                for case in cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&case.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                    if let Some(c) = cause {
                        self.visit_expr(c)?;
                    }
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                self.visit_body(body)?;
                self.visit_body(orelse)?;
                for h in handlers {
                    if let Some(t) = &h.type_ {
                        self.visit_expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(&n.name, flags::LOCAL, n.span)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                }
            }
            StmtKind::Import { names } => {
                for a in names {
                    self.visit_alias(a, s.span)?;
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.visit_alias(a, s.span)?;
                }
            }
            StmtKind::Global { names } => {
                for n in names {
                    let cur = self.cur_flags(&n.name);
                    if cur & (flags::PARAM | flags::LOCAL | flags::USE | flags::ANNOT) != 0 {
                        let name = &n.name;
                        let msg = if cur & flags::PARAM != 0 {
                            format!("name '{name}' is parameter and global")
                        } else if cur & flags::USE != 0 {
                            format!("name '{name}' is used prior to global declaration")
                        } else if cur & flags::ANNOT != 0 {
                            format!("annotated name '{name}' can't be global")
                        } else {
                            format!("name '{name}' is assigned to before global declaration")
                        };
                        return error(msg, s.span);
                    }
                    self.add_def(&n.name, flags::GLOBAL, n.span)?;
                    self.record_directive(&n.name, s.span);
                }
            }
            StmtKind::Nonlocal { names } => {
                for n in names {
                    let cur = self.cur_flags(&n.name);
                    if cur & (flags::PARAM | flags::LOCAL | flags::USE | flags::ANNOT) != 0 {
                        let name = &n.name;
                        let msg = if cur & flags::PARAM != 0 {
                            format!("name '{name}' is parameter and nonlocal")
                        } else if cur & flags::USE != 0 {
                            format!("name '{name}' is used prior to nonlocal declaration")
                        } else if cur & flags::ANNOT != 0 {
                            format!("annotated name '{name}' can't be nonlocal")
                        } else {
                            format!("name '{name}' is assigned to before nonlocal declaration")
                        };
                        return error(msg, s.span);
                    }
                    if self.current == SymbolTable::MODULE {
                        return error("nonlocal declaration not allowed at module level", s.span);
                    }
                    self.add_def(&n.name, flags::NONLOCAL, n.span)?;
                    self.record_directive(&n.name, s.span);
                }
            }
            StmtKind::Expr { value } => self.visit_expr(value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn record_directive(&mut self, name: &str, span: Span) {
        let name = self.mangled(name);
        self.cur().directives.entry(name).or_insert(span);
    }

    fn cur_flags(&self, name: &str) -> u32 {
        let name = self.mangled(name);
        self.table.scopes[self.current].flags_of(&name)
    }

    fn visit_alias(&mut self, a: &Alias, stmt_span: Span) -> Result<(), CompileError> {
        if a.name == "*" {
            if self.current != SymbolTable::MODULE {
                return error("import * only allowed at module level", stmt_span);
            }
            return Ok(());
        }
        let bound = match &a.asname {
            Some(n) => n.name.clone(),
            None => a.name.split('.').next().unwrap_or(&a.name).to_string(),
        };
        self.add_def(&bound, flags::IMPORT, a.span)
    }

    fn visit_defaults(&mut self, p: &Parameters) -> Result<(), CompileError> {
        for d in &p.defaults {
            self.visit_expr(d)?;
        }
        for d in p.kw_defaults.iter().flatten() {
            self.visit_expr(d)?;
        }
        Ok(())
    }

    fn visit_annotation(&mut self, e: &Expr) -> Result<(), CompileError> {
        if self.table.future_annotations {
            // Kept as source text; the names inside are not uses.
            return Ok(());
        }
        self.visit_expr(e)
    }

    fn visit_annotations(&mut self, p: &Parameters, returns: Option<&Expr>) -> Result<(), CompileError> {
        for param in all_params(p) {
            if let Some(a) = &param.annotation {
                self.visit_annotation(a)?;
            }
        }
        if let Some(r) = returns {
            self.visit_annotation(r)?;
        }
        Ok(())
    }

    fn visit_params(&mut self, p: &Parameters) -> Result<(), CompileError> {
        for param in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            self.add_def(&param.name.name, flags::PARAM, param.name.span)?;
        }
        if let Some(v) = &p.vararg {
            self.add_def(&v.name.name, flags::PARAM, v.name.span)?;
        }
        if let Some(k) = &p.kwarg {
            self.add_def(&k.name.name, flags::PARAM, k.name.span)?;
        }
        Ok(())
    }

    fn visit_pattern(&mut self, p: &Pattern) -> Result<(), CompileError> {
        self.guard(p.span)?;
        let r = self.visit_pattern_inner(p);
        self.depth -= 1;
        r
    }

    fn visit_pattern_inner(&mut self, p: &Pattern) -> Result<(), CompileError> {
        match &p.kind {
            PatternKind::MatchValue { value } => self.visit_expr(value)?,
            PatternKind::MatchSingleton { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                for sub in patterns {
                    self.visit_pattern(sub)?;
                }
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                for k in keys {
                    self.visit_expr(k)?;
                }
                for sub in patterns {
                    self.visit_pattern(sub)?;
                }
                if let Some(r) = rest {
                    self.add_def(&r.name, flags::LOCAL, r.span)?;
                }
            }
            PatternKind::MatchClass { cls, patterns, kwd_patterns, .. } => {
                self.visit_expr(cls)?;
                for sub in patterns.iter().chain(kwd_patterns) {
                    self.visit_pattern(sub)?;
                }
            }
            PatternKind::MatchStar { name } => {
                if let Some(n) = name {
                    self.add_def(&n.name, flags::LOCAL, n.span)?;
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(sub) = pattern {
                    self.visit_pattern(sub)?;
                }
                if let Some(n) = name {
                    self.add_def(&n.name, flags::LOCAL, n.span)?;
                }
            }
        }
        Ok(())
    }

    fn visit_expr(&mut self, e: &Expr) -> Result<(), CompileError> {
        self.guard(e.span)?;
        let r = self.visit_expr_inner(e);
        self.depth -= 1;
        r
    }

    fn visit_exprs(&mut self, es: &[Expr]) -> Result<(), CompileError> {
        for e in es {
            self.visit_expr(e)?;
        }
        Ok(())
    }

    fn visit_expr_inner(&mut self, e: &Expr) -> Result<(), CompileError> {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values)?,
            ExprKind::NamedExpr { target, value } => {
                if self.table.scopes[self.current].comp_iter_expr > 0 {
                    return error(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        e.span,
                    );
                }
                if matches!(self.table.scopes[self.current].kind, ScopeKind::Comprehension(_)) {
                    self.extend_namedexpr_scope(target)?;
                }
                self.visit_expr(value)?;
                self.visit_expr(target)?;
            }
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand)?,
            ExprKind::Lambda { parameters, body } => {
                self.visit_defaults(parameters)?;
                self.enter(ScopeKind::Lambda, "lambda", e as *const Expr as usize);
                self.visit_params(parameters)?;
                self.visit_expr(body)?;
                self.exit();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.visit_expr(k)?;
                }
                self.visit_exprs(values)?;
            }
            ExprKind::Set { elts } => self.visit_exprs(elts)?,
            ExprKind::ListComp { elt, generators } => {
                self.visit_comprehension(e, ComprehensionKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.visit_comprehension(e, ComprehensionKind::Set, generators, elt, None)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comprehension(e, ComprehensionKind::Generator, generators, elt, None)?
            }
            ExprKind::DictComp { key, value, generators } => self.visit_comprehension(
                e,
                ComprehensionKind::Dict,
                generators,
                key,
                Some(value),
            )?,
            ExprKind::Await { value } => {
                self.visit_expr(value)?;
                self.cur().is_coroutine = true;
            }
            ExprKind::Yield { value } => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
                self.yield_here(e.span)?;
            }
            ExprKind::YieldFrom { value } => {
                self.visit_expr(value)?;
                self.yield_here(e.span)?;
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.visit_expr(left)?;
                self.visit_exprs(comparators)?;
            }
            ExprKind::Call { func, args, keywords } => {
                self.visit_expr(func)?;
                self.visit_exprs(args)?;
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                self.visit_expr(value)?;
                if let Some(f) = format_spec {
                    self.visit_expr(f)?;
                }
            }
            ExprKind::JoinedStr { values } => self.visit_exprs(values)?,
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, .. } => self.visit_expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.visit_expr(value)?,
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == ExprContext::Load { flags::USE } else { flags::LOCAL };
                self.add_def(id, flag, e.span)?;
                if *ctx == ExprContext::Load
                    && id == "super"
                    && self.table.scopes[self.current].kind.is_function_like()
                {
                    self.add_def_in(self.current, "__class__", flags::USE, e.span)?;
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.visit_exprs(elts)?,
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
            }
        }
        Ok(())
    }

    fn yield_here(&mut self, span: Span) -> Result<(), CompileError> {
        let scope = self.cur();
        scope.is_generator = true;
        if let ScopeKind::Comprehension(kind) = scope.kind {
            return error(format!("'yield' inside {}", kind.description()), span);
        }
        Ok(())
    }

    fn extend_namedexpr_scope(&mut self, target: &Expr) -> Result<(), CompileError> {
        let ExprKind::Name { id, .. } = &target.kind else { return Ok(()) };
        let name = self.mangled(id);
        let mut id_scope = Some(self.current);
        while let Some(sid) = id_scope {
            let scope = &self.table.scopes[sid];
            let fl = scope.flags_of(&name);
            match scope.kind {
                ScopeKind::Comprehension(_) => {
                    if fl & flags::COMP_ITER != 0 && fl & flags::LOCAL != 0 {
                        return error(
                            format!(
                                "assignment expression cannot rebind comprehension iteration variable '{name}'"
                            ),
                            target.span,
                        );
                    }
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    if fl & flags::GLOBAL != 0 {
                        self.add_def_in(self.current, &name, flags::GLOBAL, target.span)?;
                    } else {
                        self.add_def_in(self.current, &name, flags::NONLOCAL, target.span)?;
                    }
                    self.cur().directives.entry(name.clone()).or_insert(target.span);
                    return self.add_def_in(sid, &name, flags::LOCAL, target.span);
                }
                ScopeKind::Module => {
                    self.add_def_in(self.current, &name, flags::GLOBAL, target.span)?;
                    self.cur().directives.entry(name.clone()).or_insert(target.span);
                    return self.add_def_in(sid, &name, flags::GLOBAL, target.span);
                }
                ScopeKind::Class => {
                    return error(
                        "assignment expression within a comprehension cannot be used in a class body",
                        target.span,
                    );
                }
            }
            id_scope = scope.parent;
        }
        Ok(())
    }

    fn visit_comprehension(
        &mut self,
        e: &Expr,
        kind: ComprehensionKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Result<(), CompileError> {
        let Some(first) = generators.first() else {
            return Ok(());
        };
        // The first iterable is evaluated in the enclosing scope.
        self.cur().comp_iter_expr += 1;
        let r = self.visit_expr(&first.iter);
        self.cur().comp_iter_expr -= 1;
        r?;
        self.enter(ScopeKind::Comprehension(kind), kind.code_name(), e as *const Expr as usize);
        if first.is_async {
            self.cur().is_coroutine = true;
        }
        self.add_def(".0", flags::PARAM, first.span)?;
        self.visit_comp_target(&first.target)?;
        self.visit_exprs(&first.ifs)?;
        for g in &generators[1..] {
            self.cur().comp_iter_expr += 1;
            let r = self.visit_expr(&g.iter);
            self.cur().comp_iter_expr -= 1;
            r?;
            self.visit_comp_target(&g.target)?;
            self.visit_exprs(&g.ifs)?;
            if g.is_async {
                self.cur().is_coroutine = true;
            }
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        let is_generator = kind == ComprehensionKind::Generator;
        if is_generator {
            self.cur().is_generator = true;
        }
        let is_async = self.cur().is_coroutine && !is_generator;
        self.exit();
        if is_async {
            self.cur().is_coroutine = true;
        }
        Ok(())
    }

    fn visit_comp_target(&mut self, target: &Expr) -> Result<(), CompileError> {
        self.cur().comp_iter_target = true;
        let r = self.visit_expr(target);
        self.cur().comp_iter_target = false;
        r
    }
}

/// Every parameter of a signature, in order.
pub fn all_params(p: &Parameters) -> impl Iterator<Item = &Parameter> {
    p.posonlyargs
        .iter()
        .chain(&p.args)
        .chain(p.vararg.as_ref())
        .chain(&p.kwonlyargs)
        .chain(p.kwarg.as_ref())
}

// ----- analysis ------------------------------------------------------------

fn analyze_block(
    table: &mut SymbolTable,
    id: ScopeId,
    bound: Option<&HashSet<String>>,
    free: &mut HashSet<String>,
    global: &mut HashSet<String>,
    depth: u32,
) -> Result<(), CompileError> {
    if depth > MAX_DEPTH {
        return Err(CompileError::too_deep(Span::default()));
    }
    let kind = table.scopes[id].kind;
    let mut bound_copy: Option<HashSet<String>> = bound.cloned();
    let mut local = HashSet::new();
    let mut scopes: HashMap<String, SymbolScope> = HashMap::new();
    let mut newglobal = HashSet::new();
    let mut newfree = HashSet::new();
    let mut newbound = HashSet::new();

    if kind == ScopeKind::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = bound {
            newbound.extend(b.iter().cloned());
        }
    }
    let names: Vec<(String, u32)> =
        table.scopes[id].symbols.iter().map(|s| (s.name.clone(), s.flags)).collect();
    for (name, fl) in &names {
        analyze_name(
            &mut table.scopes[id],
            &mut scopes,
            name,
            *fl,
            bound_copy.as_mut(),
            &mut local,
            free,
            global,
        )?;
    }
    if kind != ScopeKind::Class {
        if kind.is_function_like() {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = &bound_copy {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        newbound.insert("__class__".to_string());
    }
    let mut allfree = HashSet::new();
    let children = table.scopes[id].children.clone();
    for child in children {
        let mut child_free = HashSet::new();
        let mut child_global = newglobal.clone();
        analyze_block(table, child, Some(&newbound), &mut child_free, &mut child_global, depth + 1)?;
        allfree.extend(child_free);
        let c = &table.scopes[child];
        if c.has_free || c.child_free {
            table.scopes[id].child_free = true;
        }
    }
    newfree.extend(allfree);
    if kind.is_function_like() {
        for (name, sc) in scopes.iter_mut() {
            if *sc == SymbolScope::Local && newfree.remove(name) {
                *sc = SymbolScope::Cell;
            }
        }
    } else if kind == ScopeKind::Class && newfree.remove("__class__") {
        table.scopes[id].needs_class_closure = true;
    }
    update_symbols(&mut table.scopes[id], &scopes, bound, &newfree, kind == ScopeKind::Class);
    free.extend(newfree);
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn analyze_name(
    scope: &mut Scope,
    scopes: &mut HashMap<String, SymbolScope>,
    name: &str,
    fl: u32,
    bound: Option<&mut HashSet<String>>,
    local: &mut HashSet<String>,
    free: &mut HashSet<String>,
    global: &mut HashSet<String>,
) -> Result<(), CompileError> {
    let span = scope.directives.get(name).copied().unwrap_or_default();
    if fl & flags::GLOBAL != 0 {
        if fl & flags::NONLOCAL != 0 {
            return error(format!("name '{name}' is nonlocal and global"), span);
        }
        scopes.insert(name.to_string(), SymbolScope::GlobalExplicit);
        global.insert(name.to_string());
        if let Some(b) = bound {
            b.remove(name);
        }
        return Ok(());
    }
    if fl & flags::NONLOCAL != 0 {
        let Some(b) = bound else {
            return error("nonlocal declaration not allowed at module level", span);
        };
        if !b.contains(name) {
            return error(format!("no binding for nonlocal '{name}' found"), span);
        }
        scopes.insert(name.to_string(), SymbolScope::Free);
        scope.has_free = true;
        free.insert(name.to_string());
        return Ok(());
    }
    if fl & flags::BOUND != 0 {
        scopes.insert(name.to_string(), SymbolScope::Local);
        local.insert(name.to_string());
        global.remove(name);
        return Ok(());
    }
    if let Some(b) = &bound {
        if b.contains(name) {
            scopes.insert(name.to_string(), SymbolScope::Free);
            scope.has_free = true;
            free.insert(name.to_string());
            return Ok(());
        }
    }
    if global.contains(name) {
        scopes.insert(name.to_string(), SymbolScope::GlobalImplicit);
        return Ok(());
    }
    if scope.is_nested {
        scope.has_free = true;
    }
    scopes.insert(name.to_string(), SymbolScope::GlobalImplicit);
    Ok(())
}

fn update_symbols(
    scope: &mut Scope,
    scopes: &HashMap<String, SymbolScope>,
    bound: Option<&HashSet<String>>,
    free: &HashSet<String>,
    is_class: bool,
) {
    for sym in scope.symbols.iter_mut() {
        if let Some(sc) = scopes.get(&sym.name) {
            sym.scope = *sc;
        }
    }
    let mut free_sorted: Vec<&String> = free.iter().collect();
    free_sorted.sort();
    for name in free_sorted {
        if let Some(&i) = scope.index.get(name.as_str()) {
            let sym = &mut scope.symbols[i];
            if is_class && sym.flags & (flags::BOUND | flags::GLOBAL) != 0 {
                sym.flags |= flags::FREE_CLASS;
            }
            continue;
        }
        if let Some(b) = bound {
            if !b.contains(name.as_str()) {
                continue;
            }
        }
        scope.index.insert(name.clone(), scope.symbols.len());
        scope.symbols.push(Symbol { name: name.clone(), flags: 0, scope: SymbolScope::Free });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(src: &str) -> SymbolTable {
        let module = pyx_parser::parse_module(src).expect("parses");
        build_module(&module).expect("symtable builds")
    }

    fn error(src: &str) -> String {
        let module = pyx_parser::parse_module(src).expect("parses");
        build_module(&module).map(|_| ()).expect_err("should fail").message
    }

    fn scope_named<'t>(t: &'t SymbolTable, name: &str) -> &'t Scope {
        t.scopes.iter().find(|s| s.name == name).expect("scope exists")
    }

    #[test]
    fn classifies_locals_globals_cells_and_frees() {
        let t = table(
            "g = 1\ndef f(a):\n    b = a\n    def inner():\n        return b + g + len\n    return inner\n",
        );
        let f = scope_named(&t, "f");
        assert_eq!(f.scope_of("a"), Some(SymbolScope::Local));
        assert_eq!(f.scope_of("b"), Some(SymbolScope::Cell));
        assert_eq!(f.scope_of("inner"), Some(SymbolScope::Local));
        assert_eq!(f.cellvars(), vec!["b".to_string()]);
        let inner = scope_named(&t, "inner");
        assert_eq!(inner.scope_of("b"), Some(SymbolScope::Free));
        assert_eq!(inner.scope_of("g"), Some(SymbolScope::GlobalImplicit));
        assert_eq!(inner.scope_of("len"), Some(SymbolScope::GlobalImplicit));
        assert!(inner.is_nested);
    }

    #[test]
    fn global_and_nonlocal_declarations() {
        let t = table("def f():\n    x = 1\n    def g():\n        nonlocal x\n        global y\n        x = y = 2\n");
        let g = scope_named(&t, "g");
        assert_eq!(g.scope_of("x"), Some(SymbolScope::Free));
        assert_eq!(g.scope_of("y"), Some(SymbolScope::GlobalExplicit));
        assert_eq!(scope_named(&t, "f").scope_of("x"), Some(SymbolScope::Cell));
    }

    #[test]
    fn class_scopes_do_not_leak_into_methods_and_super_needs_class_cell() {
        let t = table("class C:\n    x = 1\n    def m(self):\n        return x, super()\n");
        let m = scope_named(&t, "m");
        assert_eq!(m.scope_of("x"), Some(SymbolScope::GlobalImplicit));
        assert_eq!(m.scope_of("__class__"), Some(SymbolScope::Free));
        let c = scope_named(&t, "C");
        assert!(c.needs_class_closure);
        assert_eq!(c.cellvars(), vec!["__class__".to_string()]);
    }

    #[test]
    fn class_local_also_free_in_method_is_passed_through() {
        let t = table("def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n");
        let c = scope_named(&t, "C");
        assert_eq!(c.scope_of("x"), Some(SymbolScope::Local));
        assert_eq!(c.freevars(), vec!["x".to_string()]);
        assert_eq!(scope_named(&t, "m").scope_of("x"), Some(SymbolScope::Free));
    }

    #[test]
    fn comprehensions_are_scopes_and_walrus_binds_outside() {
        let t = table("def f(data):\n    r = [y := v for v in data]\n    return y\n");
        let comp = scope_named(&t, "<listcomp>");
        assert_eq!(comp.params, vec![".0".to_string()]);
        assert_eq!(comp.scope_of("v"), Some(SymbolScope::Local));
        assert_eq!(comp.scope_of("y"), Some(SymbolScope::Free));
        assert_eq!(comp.scope_of("data"), None, "the first iterable is evaluated outside");
        assert_eq!(scope_named(&t, "f").scope_of("y"), Some(SymbolScope::Cell));
        let t = table("r = [y := v for v in data]\n");
        assert_eq!(scope_named(&t, "<listcomp>").scope_of("y"), Some(SymbolScope::GlobalExplicit));
    }

    #[test]
    fn private_names_are_mangled_in_classes() {
        assert_eq!(mangle(Some("C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("_C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("C"), "__x__"), "__x__");
        assert_eq!(mangle(Some("__"), "__x"), "__x");
        assert_eq!(mangle(None, "__x"), "__x");
        let t = table("class C:\n    __a = 1\n    def m(self, __b):\n        return __b\n");
        assert_eq!(scope_named(&t, "C").scope_of("_C__a"), Some(SymbolScope::Local));
        assert_eq!(scope_named(&t, "m").params, vec!["self".to_string(), "_C__b".to_string()]);
    }

    #[test]
    fn generator_and_coroutine_flags() {
        let t = table("def g():\n    yield\nasync def a():\n    await x\nasync def ag():\n    yield 1\n");
        assert!(scope_named(&t, "g").is_generator);
        let a = scope_named(&t, "a");
        assert!(a.is_coroutine && !a.is_generator);
        let ag = scope_named(&t, "ag");
        assert!(ag.is_coroutine && ag.is_generator);
    }

    #[test]
    fn scoping_errors_use_cpython_messages() {
        assert_eq!(error("def f(a, a): pass"), "duplicate argument 'a' in function definition");
        assert_eq!(error("def f():\n    x\n    global x"), "name 'x' is used prior to global declaration");
        assert_eq!(error("def f():\n    x = 1\n    global x"), "name 'x' is assigned to before global declaration");
        assert_eq!(error("def f(x):\n    global x"), "name 'x' is parameter and global");
        assert_eq!(error("nonlocal x"), "nonlocal declaration not allowed at module level");
        assert_eq!(error("def f():\n    nonlocal x"), "no binding for nonlocal 'x' found");
        assert_eq!(error("def f():\n    [(yield) for x in y]"), "'yield' inside list comprehension");
        assert_eq!(error("def f():\n    {(yield) for x in y}"), "'yield' inside set comprehension");
        assert_eq!(error("def f():\n    {(yield): 1 for x in y}"), "'yield' inside dict comprehension");
        assert_eq!(
            error("def f():\n    [x for x in (y := z)]"),
            "assignment expression cannot be used in a comprehension iterable expression"
        );
        assert_eq!(
            error("def f():\n    [x := 1 for x in y]"),
            "assignment expression cannot rebind comprehension iteration variable 'x'"
        );
        assert_eq!(
            error("class C:\n    [(y := 1) for x in z]"),
            "assignment expression within a comprehension cannot be used in a class body"
        );
        assert_eq!(error("def f():\n    from m import *"), "import * only allowed at module level");
        assert_eq!(error("def f():\n    global x\n    x: int = 1"), "annotated name 'x' can't be global");
    }
}
