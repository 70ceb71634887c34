//! The pyx compiler: turns a Python 3.11 AST ([`pyx_ast`]) into immutable,
//! shareable [`CodeObject`]s of stack-machine bytecode for `pyx-vm`.
//!
//! Its job: build symbol tables (local, global, nonlocal, free and cell
//! variables; class, function, lambda and comprehension scopes) and report
//! scoping errors as `SyntaxError`s with CPython's messages; generate
//! bytecode for the whole language with a line table and an exception
//! table; fold constant expressions.
//!
//! The instruction set and the contract with the VM are documented in
//! [`bytecode`]; code objects in [`code`].
//!
//! This crate is pure computation: it never touches the OS (no files,
//! environment, processes, network, clocks or randomness), never panics on
//! any input (errors are [`CompileError`]s), and bounds its recursion.

pub mod bytecode;
pub mod code;
mod codegen;
mod disasm;
mod error;
mod fold;
pub mod line_table;
pub mod symtable;
mod verify;

use std::sync::Arc;

pub use bytecode::{CacheSlot, Instruction};
pub use code::{CodeFlags, CodeKind, CodeObject, Constant, ExceptionTableEntry};
pub use disasm::disassemble;
pub use error::{CompileError, CompileErrorKind};
pub use verify::{verified_depths, verify, verify_code};

use pyx_ast::{Expr, Module};

/// What a piece of source is compiled as (`compile()`'s `mode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module (`exec`): statements; returns `None`.
    Exec,
    /// One REPL input (`single`): statements, and each expression
    /// statement prints its value (`PrintExpr`).
    Interactive,
}

/// Compile a module (`exec` mode). `filename` is the name the host chose
/// for the source; it ends up in tracebacks.
pub fn compile_module(
    module: &Module,
    source: &str,
    filename: &str,
) -> Result<Arc<CodeObject>, CompileError> {
    codegen::compile_module(module, source, filename, Mode::Exec).map_err(|e| e.locate(source))
}

/// Compile one REPL input: like [`compile_module`], but expression
/// statements print their value.
pub fn compile_interactive(
    module: &Module,
    source: &str,
    filename: &str,
) -> Result<Arc<CodeObject>, CompileError> {
    codegen::compile_module(module, source, filename, Mode::Interactive)
        .map_err(|e| e.locate(source))
}

/// Compile an expression for `eval`: the code returns its value.
pub fn compile_expression(
    expr: &Expr,
    source: &str,
    filename: &str,
) -> Result<Arc<CodeObject>, CompileError> {
    codegen::compile_expression(expr, source, filename).map_err(|e| e.locate(source))
}

// The README's example runs as a doctest.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
