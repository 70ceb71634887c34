//! Code objects come from `pyx-compiler`; this module is the seam.
pub use pyx_compiler::code::{CodeFlags, CodeKind, CodeObject, Constant, ExceptionTableEntry};
pub use pyx_compiler::bytecode::*;
