//! Code generation: AST → bytecode, one [`CodeUnit`] per scope.
//!
//! The split: `expressions.rs` (values, calls, comprehension loops,
//! f-strings), `statements.rs` (assignment, control flow, exceptions,
//! `with`, imports), `functions.rs` (functions, lambdas, classes,
//! comprehension scopes, closures), `patterns.rs` (`match`). This file holds
//! the compiler state shared by all of them: the stack of code units, name
//! resolution, and the "frame blocks" that `break`, `continue` and `return`
//! unwind through.

mod expressions;
mod functions;
mod patterns;
mod statements;
mod unit;

use std::sync::Arc;

use pyx_ast::{Expr, ExprContext, Module, Stmt};
use pyx_span::{LineIndex, Span};

use crate::bytecode::{CacheSlot, Instruction, Label};
use crate::code::{CodeFlags, CodeKind, CodeObject, Constant};
use crate::error::CompileError;
use crate::symtable::{self, mangle, ScopeId, ScopeKind, SymbolScope, SymbolTable};
use crate::Mode;

use unit::CodeUnit;

pub(crate) type CResult<T = ()> = Result<T, CompileError>;

/// Deepest expression/statement nesting the code generator follows.
const MAX_DEPTH: u32 = symtable::MAX_DEPTH;

pub(crate) const NO_CACHE: CacheSlot = CacheSlot::NONE;

/// What `break`/`continue`/`return` must undo when leaving a construct.
#[derive(Clone, Copy, Debug)]
enum FBlockKind<'a> {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry(&'a [Stmt]),
    FinallyEnd,
    With,
    AsyncWith,
    /// The body of an `except` clause; the bound name, if any.
    HandlerCleanup(Option<&'a str>),
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

#[derive(Clone, Copy, Debug)]
struct FBlock<'a> {
    kind: FBlockKind<'a>,
    /// `continue` target of loops.
    start: Label,
    /// `break` target of loops.
    exit: Label,
    span: Span,
}

/// The compile-time stacks saved while emitting an early exit.
struct UnwindState<'a> {
    blocks: Vec<FBlock<'a>>,
    handlers: Vec<u32>,
}

pub(crate) struct Compiler<'a> {
    table: SymbolTable,
    line_index: LineIndex,
    source: &'a str,
    filename: Arc<str>,
    units: Vec<CodeUnit>,
    fblocks: Vec<Vec<FBlock<'a>>>,
    depth: u32,
    interactive: bool,
}

pub(crate) fn compile_module(
    module: &Module,
    source: &str,
    filename: &str,
    mode: Mode,
) -> CResult<Arc<CodeObject>> {
    let table = symtable::build_module(module)?;
    let mut c = Compiler::new(table, source, filename, mode == Mode::Interactive);
    let kind = if c.interactive { CodeKind::Interactive } else { CodeKind::Module };
    c.enter_unit(SymbolTable::MODULE, kind, "<module>".into(), "<module>".into(), 1);
    c.module_body(&module.body)?;
    let none = c.u().add_const(Constant::None);
    c.emit(Instruction::LoadConst(none));
    c.emit(Instruction::ReturnValue);
    Ok(Arc::new(c.exit_unit()?))
}

pub(crate) fn compile_expression(expr: &Expr, source: &str, filename: &str) -> CResult<Arc<CodeObject>> {
    let table = symtable::build_expression(expr)?;
    let mut c = Compiler::new(table, source, filename, false);
    c.enter_unit(SymbolTable::MODULE, CodeKind::Expression, "<module>".into(), "<module>".into(), 1);
    c.visit_expr(expr)?;
    c.emit(Instruction::ReturnValue);
    Ok(Arc::new(c.exit_unit()?))
}

impl<'a> Compiler<'a> {
    fn new(table: SymbolTable, source: &'a str, filename: &str, interactive: bool) -> Compiler<'a> {
        Compiler {
            table,
            line_index: LineIndex::new(source),
            source,
            filename: Arc::from(filename),
            units: Vec::new(),
            fblocks: Vec::new(),
            depth: 0,
            interactive,
        }
    }

    // ----- units -------------------------------------------------------------

    fn u(&mut self) -> &mut CodeUnit {
        // `units` is never empty while compiling: entry points push the
        // module unit first and every exit_unit is paired with an enter.
        let last = self.units.len() - 1;
        &mut self.units[last]
    }

    fn unit(&self) -> &CodeUnit {
        &self.units[self.units.len() - 1]
    }

    fn scope(&self) -> &symtable::Scope {
        self.table.scope(self.unit().scope)
    }

    fn line_of(&self, span: Span) -> u32 {
        self.line_index.line_column(span.start).line
    }

    fn enter_unit(&mut self, scope: ScopeId, kind: CodeKind, name: String, qualname: String, first_line: u32) {
        let mut unit = CodeUnit::new(scope, kind, name, qualname, first_line);
        let sc = self.table.scope(scope);
        unit.private = sc.private.clone();
        if sc.kind.is_function_like() {
            unit.flags.insert(CodeFlags::OPTIMIZED);
            unit.flags.insert(CodeFlags::NEWLOCALS);
            unit.set_varnames(sc.varnames());
        }
        if sc.is_nested {
            unit.flags.insert(CodeFlags::NESTED);
        }
        unit.cellvars = sc.cellvars();
        unit.freevars = sc.freevars();
        self.units.push(unit);
        self.fblocks.push(Vec::new());
    }

    fn exit_unit(&mut self) -> CResult<CodeObject> {
        self.fblocks.pop();
        let Some(unit) = self.units.pop() else {
            return Err(CompileError::syntax("internal compiler error: no code unit", Span::default()));
        };
        if unit.depth_mismatch {
            debug_assert!(false, "inconsistent stack depth in {}", unit.qualname);
            return Err(CompileError::syntax(
                format!("internal compiler error: inconsistent stack depth in {}", unit.qualname),
                Span::default(),
            ));
        }
        Ok(unit.finish(&self.filename))
    }

    // ----- emission ------------------------------------------------------------

    fn emit(&mut self, instr: Instruction) {
        self.u().emit(instr);
    }

    fn set_location(&mut self, span: Span) -> (u32, Span) {
        let line = self.line_of(span);
        std::mem::replace(&mut self.u().location, (line, span))
    }

    fn restore_location(&mut self, loc: (u32, Span)) {
        self.u().location = loc;
    }

    fn new_label(&mut self) -> Label {
        self.u().new_label()
    }

    fn bind(&mut self, label: Label) {
        self.u().bind(label);
    }

    fn load_const(&mut self, c: Constant) {
        let i = self.u().add_const(c);
        self.emit(Instruction::LoadConst(i));
    }

    fn load_none(&mut self) {
        self.load_const(Constant::None);
    }

    fn guard(&mut self, span: Span) -> CResult {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            return Err(CompileError::too_deep(span));
        }
        Ok(())
    }

    fn unguard(&mut self) {
        self.depth -= 1;
    }

    // ----- names ---------------------------------------------------------------

    fn mangle<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        mangle(self.unit().private.as_deref(), name)
    }

    /// Load, store or delete a variable, choosing the instruction from the
    /// symbol table (CPython's `compiler_nameop`).
    fn name_op(&mut self, name: &str, ctx: ExprContext, span: Span) -> CResult {
        if name == "__debug__" {
            if ctx == ExprContext::Load {
                self.load_const(Constant::Bool(true));
                return Ok(());
            }
            return Err(CompileError::syntax("cannot assign to __debug__", span));
        }
        let mangled = self.mangle(name).into_owned();
        let scope = self.scope();
        let sym_scope = scope.scope_of(&mangled);
        let scope_kind = scope.kind;
        let function_like = scope_kind.is_function_like();
        use Instruction::*;
        enum Op {
            Fast,
            Deref(u32),
            Global,
            Name,
        }
        let op = match sym_scope {
            Some(SymbolScope::Free) => match self.unit().free_index(&mangled) {
                Some(i) => Op::Deref(i),
                None => Op::Name,
            },
            Some(SymbolScope::Cell) => match self.unit().cell_index(&mangled) {
                Some(i) => Op::Deref(i),
                None => Op::Name,
            },
            Some(SymbolScope::Local) if function_like => Op::Fast,
            Some(SymbolScope::GlobalImplicit) if function_like => Op::Global,
            Some(SymbolScope::GlobalExplicit) => Op::Global,
            _ => Op::Name,
        };
        let instr = match (op, ctx) {
            (Op::Fast, c) => {
                let i = self.u().varname(&mangled);
                match c {
                    ExprContext::Load => LoadFast(i),
                    ExprContext::Store => StoreFast(i),
                    ExprContext::Del => DeleteFast(i),
                }
            }
            (Op::Deref(i), ExprContext::Load) => {
                if scope_kind == ScopeKind::Class {
                    LoadClassDeref(i)
                } else {
                    LoadDeref(i)
                }
            }
            (Op::Deref(i), ExprContext::Store) => StoreDeref(i),
            (Op::Deref(i), ExprContext::Del) => DeleteDeref(i),
            (Op::Global, c) => {
                let i = self.u().name(&mangled);
                match c {
                    ExprContext::Load => LoadGlobal { name: i, cache: NO_CACHE },
                    ExprContext::Store => StoreGlobal(i),
                    ExprContext::Del => DeleteGlobal(i),
                }
            }
            (Op::Name, c) => {
                let i = self.u().name(&mangled);
                match c {
                    ExprContext::Load => LoadName(i),
                    ExprContext::Store => StoreName(i),
                    ExprContext::Del => DeleteName(i),
                }
            }
        };
        self.emit(instr);
        Ok(())
    }

    /// Store TOS into a name the compiler introduces (`__module__`, ...).
    fn store_plain_name(&mut self, name: &str) {
        let i = self.u().name(name);
        self.emit(Instruction::StoreName(i));
    }

    fn load_plain_name(&mut self, name: &str) {
        let i = self.u().name(name);
        self.emit(Instruction::LoadName(i));
    }

    // ----- frame blocks ------------------------------------------------------

    fn push_fblock(&mut self, kind: FBlockKind<'a>, start: Label, exit: Label, span: Span) {
        if let Some(stack) = self.fblocks.last_mut() {
            stack.push(FBlock { kind, start, exit, span });
        }
    }

    fn pop_fblock(&mut self) {
        if let Some(stack) = self.fblocks.last_mut() {
            stack.pop();
        }
    }

    fn fblock_stack(&self) -> &[FBlock<'a>] {
        self.fblocks.last().map_or(&[], |v| v.as_slice())
    }

    /// Emit the code that leaves one frame block early (CPython's
    /// `compiler_unwind_fblock`). `preserve_tos`: a return value sits on
    /// top of the stack and must survive.
    fn unwind_fblock(&mut self, block: &FBlock<'a>, preserve_tos: bool) -> CResult {
        use Instruction::*;
        match block.kind {
            FBlockKind::WhileLoop
            | FBlockKind::ExceptionHandler
            | FBlockKind::ExceptionGroupHandler
            | FBlockKind::AsyncComprehensionGenerator => {}
            FBlockKind::ForLoop => {
                if preserve_tos {
                    self.emit(Swap(2));
                }
                self.emit(PopTop);
            }
            FBlockKind::TryExcept => {
                self.u().pop_handler();
            }
            FBlockKind::FinallyTry(body) => {
                self.u().pop_handler();
                if preserve_tos {
                    self.push_fblock(FBlockKind::PopValue, 0, 0, block.span);
                }
                self.visit_body(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Swap(2));
                }
                self.emit(PopTop);
                if preserve_tos {
                    self.emit(Swap(2));
                }
                self.u().pop_handler();
                self.emit(PopExcept);
            }
            FBlockKind::With | FBlockKind::AsyncWith => {
                let loc = self.set_location(block.span);
                self.u().pop_handler();
                if preserve_tos {
                    self.emit(Swap(2));
                }
                self.call_exit_with_nones();
                if matches!(block.kind, FBlockKind::AsyncWith) {
                    self.emit_await(crate::bytecode::AwaitableSource::AExit);
                }
                self.emit(PopTop);
                self.restore_location(loc);
            }
            FBlockKind::HandlerCleanup(name) => {
                if name.is_some() {
                    self.u().pop_handler();
                }
                if preserve_tos {
                    self.emit(Swap(2));
                }
                self.u().pop_handler();
                self.emit(PopExcept);
                if let Some(name) = name {
                    self.load_none();
                    self.name_op(name, ExprContext::Store, block.span)?;
                    self.name_op(name, ExprContext::Del, block.span)?;
                }
            }
            FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(Swap(2));
                }
                self.emit(PopTop);
            }
        }
        Ok(())
    }

    /// Unwind frame blocks from the innermost outwards: all of them for
    /// `return` (`stop_at_loop == false`), up to the innermost loop for
    /// `break`/`continue` (returned, not unwound). The caller emits its jump
    /// or return and then calls [`Compiler::end_unwind`] with the returned
    /// state: the compile-time block and handler stacks are restored there,
    /// since the code that follows is unreachable but still being compiled.
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        stop_at_loop: bool,
        span: Span,
    ) -> CResult<(Option<FBlock<'a>>, UnwindState<'a>)> {
        let saved = UnwindState {
            blocks: self.fblock_stack().to_vec(),
            handlers: self.unit().handler_stack.clone(),
        };
        let mut found = None;
        let mut result = Ok(());
        while let Some(top) = self.fblock_stack().last().copied() {
            if matches!(top.kind, FBlockKind::ExceptionGroupHandler) {
                result = Err(CompileError::syntax(
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                    span,
                ));
                break;
            }
            if stop_at_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
                found = Some(top);
                break;
            }
            self.pop_fblock();
            if let Err(e) = self.unwind_fblock(&top, preserve_tos) {
                result = Err(e);
                break;
            }
        }
        match result {
            Ok(()) => Ok((found, saved)),
            Err(e) => {
                self.end_unwind(saved);
                Err(e)
            }
        }
    }

    fn end_unwind(&mut self, saved: UnwindState<'a>) {
        if let Some(stack) = self.fblocks.last_mut() {
            *stack = saved.blocks;
        }
        self.u().handler_stack = saved.handlers;
    }

    /// `exit(None, None, None)` for `with` with `[exit]` on top.
    fn call_exit_with_nones(&mut self) {
        self.load_none();
        self.load_none();
        self.load_none();
        self.emit(Instruction::Call { argc: 3, cache: NO_CACHE });
    }

    /// `GetAwaitable; LoadConst None; YieldFrom`.
    fn emit_await(&mut self, source: crate::bytecode::AwaitableSource) {
        self.emit(Instruction::GetAwaitable(source));
        self.load_none();
        self.emit(Instruction::YieldFrom);
    }
}

/// Convert an AST literal into a code constant.
pub(crate) fn constant_of(c: &pyx_ast::Constant) -> Constant {
    use num_traits::ToPrimitive;
    match c {
        pyx_ast::Constant::None => Constant::None,
        pyx_ast::Constant::Bool(b) => Constant::Bool(*b),
        pyx_ast::Constant::Str(s) => Constant::Str(s.as_str().into()),
        pyx_ast::Constant::Bytes(b) => Constant::Bytes(b.as_slice().into()),
        pyx_ast::Constant::Int(i) => match i.to_i64() {
            Some(v) => Constant::Int(v),
            None => Constant::BigInt(Box::new(i.clone())),
        },
        pyx_ast::Constant::Float(f) => Constant::Float(*f),
        pyx_ast::Constant::Complex { real, imag } => Constant::Complex { real: *real, imag: *imag },
        pyx_ast::Constant::Ellipsis => Constant::Ellipsis,
    }
}
