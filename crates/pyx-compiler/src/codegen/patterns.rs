//! `match` statements (PEP 634).

use pyx_ast::*;

use super::{CResult, Compiler};
use crate::error::CompileError;

impl<'a> Compiler<'a> {
    pub(super) fn visit_match(&mut self, s: &'a Stmt, _subject: &'a Expr, _cases: &'a [MatchCase]) -> CResult {
        Err(CompileError::syntax("match statements are not supported yet", s.span))
    }
}
