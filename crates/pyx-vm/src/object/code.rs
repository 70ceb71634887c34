//! Code objects come from `pyx-compiler`; this module is the seam.
pub use pyx_compiler::code::{CodeFlags, CodeObject, Constant};
pub use pyx_compiler::bytecode::*;
