//! `_pyx_ast`: the parse tree of a source text, for the pure-Python `ast`
//! module. The tree is handed over as the text of CPython's
//! `ast.dump(tree, include_attributes=True)` (pyx-ast's dump, which pyx's
//! parser tests check against CPython node for node); `ast` builds its
//! node objects from that text. No code object comes out of here.

use crate::interp::native::{pos, NativeModule};
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Vm};

/// Host memory the dump may take per byte of source (a one-letter name
/// dumps as about 80 bytes with its locations); checked against the
/// budget before parsing, like `compile`'s own allowance.
const DUMP_BYTES_PER_SOURCE_BYTE: usize = 128;

/// `_pyx_ast`.
pub static MODULE: NativeModule = NativeModule { name: "_pyx_ast", functions: &[("dump", pos("source, mode, filename"), dump)], ..NativeModule::EMPTY };

/// `dump(source, mode, filename) -> str`: mode 'exec' dumps a `Module`,
/// 'eval' the expression alone (the caller wraps it in `Expression`).
/// A source that does not parse raises the SyntaxError `compile` would.
fn dump(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let mut texts = Vec::with_capacity(3);
    for (i, v) in a.pos.iter().enumerate() {
        match vm.str_of(*v) {
            Some(s) => texts.push(s.to_string()),
            None => {
                let tn = vm.type_name(*v);
                return Err(vm.type_error(format!("dump() argument {} must be str, not {}", i + 1, tn)));
            }
        }
    }
    let (src, mode, filename) = (&texts[0], &texts[1], &texts[2]);
    // Parsing and dumping are linear in the source: charged as steps
    // first, and the dump's host memory is checked before it is built.
    vm.tick((src.len() as u64).saturating_mul(2).max(1))?;
    vm.reserve(src.len().saturating_mul(DUMP_BYTES_PER_SOURCE_BYTE))?;
    let opts = pyx_ast::DumpOptions::with_attributes(src);
    let text = match mode.as_str() {
        "eval" => match pyx_parser::parse_expression(src.trim_start_matches([' ', '\t'])) {
            Ok(e) => {
                // The parser saw the source without its leading blanks:
                // dump against that same text so columns match it.
                let trimmed = src.trim_start_matches([' ', '\t']);
                let opts = pyx_ast::DumpOptions::with_attributes(trimmed);
                pyx_ast::dump_expr(&e, &opts)
            }
            Err(e) => return Err(crate::builtins::parse_error(vm, &e, src, filename)),
        },
        "exec" | "single" => match pyx_parser::parse_module(src) {
            Ok(m) => pyx_ast::dump_module(&m, &opts),
            Err(e) => return Err(crate::builtins::parse_error(vm, &e, src, filename)),
        },
        _ => return Err(vm.value_error("dump() mode must be 'exec', 'eval' or 'single'")),
    };
    vm.new_string(text)
}
