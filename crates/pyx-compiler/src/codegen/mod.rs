//! Code generation (in progress).
use std::sync::Arc;
use crate::{CodeObject, CompileError, Mode};
use pyx_ast::{Expr, Module};

pub(crate) fn compile_module(module: &Module, _source: &str, _filename: &str, _mode: Mode) -> Result<Arc<CodeObject>, CompileError> {
    Err(CompileError::syntax("compiler not implemented yet", module.span))
}

pub(crate) fn compile_expression(expr: &Expr, _source: &str, _filename: &str) -> Result<Arc<CodeObject>, CompileError> {
    Err(CompileError::syntax("compiler not implemented yet", expr.span))
}
