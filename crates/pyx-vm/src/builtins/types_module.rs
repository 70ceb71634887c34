//! `_pyx_types`, the native core of `types` (`stdlib/types.py`): what a
//! pure-Python `types` cannot do by itself.

use crate::interp::native::{one, NativeModule};
use crate::object::Payload;
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Vm};

/// `iterable_coroutine(func)`: mark generator function `func` so that the
/// generators it makes from now on can be awaited (what `types.coroutine`
/// does with CPython's CO_ITERABLE_COROUTINE code flag). Returns `func`.
fn iterable_coroutine(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = a.arg(0);
    let Value::Obj(r) = f else {
        return Err(vm.type_error(format!("expected a function, not '{}'", vm.type_name(f))));
    };
    let is_gen = match &vm.heap.get(r).payload {
        Payload::Function(fd) => fd.code.flags.contains(crate::object::code::CodeFlags::GENERATOR),
        _ => return Err(vm.type_error(format!("expected a function, not '{}'", vm.type_name(f)))),
    };
    if !is_gen {
        return Err(vm.type_error("expected a generator function"));
    }
    if let Payload::Function(fd) = &mut vm.heap.get_mut(r).payload {
        fd.iterable_coroutine = true;
    }
    Ok(f)
}

/// `_pyx_types`.
pub static MODULE: NativeModule =
    NativeModule { name: "_pyx_types", functions: &[("iterable_coroutine", one("func"), iterable_coroutine)], ..NativeModule::EMPTY };
