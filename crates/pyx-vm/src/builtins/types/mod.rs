//! The built-in types, created at start-up from compact tables: each
//! submodule installs one type's natives. How type objects behave (MRO,
//! lookup, flags) is the interpreter layer's `interp::typesys`.

use crate::object::heap::ObjRef;
use crate::object::*;
use crate::object::value::Value;
use crate::interp::vm::Vm;
use crate::interp::typesys::*;

pub mod array;
pub mod bytes;
pub mod codecs;
pub mod dict;
pub mod exceptions;
pub mod float;
pub mod function;
pub mod int;
pub mod iter;
pub mod list;
pub mod mappingproxy;
pub mod memoryview;
pub mod object;
pub mod range;
pub mod set;
pub mod str;
pub mod tuple;

/// Build all built-in types, names and the builtins namespace skeleton.
pub fn bootstrap(vm: &mut Vm) {
    // `type` and `object` refer to each other: allocate both, then patch.
    let mut tobj = new_type_data("object", vec![], Layout::Object);
    tobj.has_dict = false;
    let object = vm.heap.alloc(Obj::new(ObjRef::unchecked(0), None, Payload::Type(Box::new(tobj))));
    let Ok(object) = object else { panic!("pyx-vm: start-up allocation failed") };
    let mut ttype = new_type_data("type", vec![object], Layout::Type);
    ttype.has_dict = true;
    let Ok(type_) = vm.heap.alloc(Obj::new(ObjRef::unchecked(0), None, Payload::Type(Box::new(ttype)))) else {
        panic!("pyx-vm: start-up allocation failed")
    };
    vm.heap.get_mut(object).class = type_;
    vm.heap.get_mut(type_).class = type_;
    vm.t.object = object;
    vm.t.type_ = type_;
    vm.type_data_mut(object).mro = vec![object];
    vm.type_data_mut(type_).mro = vec![type_, object];
    // str is needed to intern anything.
    let str_ = make_builtin(vm, TypeSpec { name: "str", base: Some(object), layout: Layout::Str, has_dict: false, base_ok: true });
    vm.t.str = str_;
    let n = Names::build(vm);
    *vm.n = n;
    for t in [object, type_, str_] {
        let name = vm.new_str(&vm.type_data(t).name.to_string()).unwrap_or(Value::None);
        let module = Value::Obj(vm.intern("builtins"));
        let td = vm.type_data_mut(t);
        td.qualname = name;
        td.module = module;
    }

    let o = Some(object);
    let mk = |vm: &mut Vm, name: &'static str, base: Option<ObjRef>, layout: Layout, base_ok: bool| {
        make_builtin(vm, TypeSpec { name, base, layout, has_dict: false, base_ok })
    };
    vm.t.int = mk(vm, "int", o, Layout::Int, true);
    vm.t.bool = mk(vm, "bool", Some(vm.t.int), Layout::Int, false);
    vm.t.float = mk(vm, "float", o, Layout::Float, true);
    vm.t.complex = mk(vm, "complex", o, Layout::Complex, true);
    vm.t.bytes = mk(vm, "bytes", o, Layout::Bytes, true);
    vm.t.bytearray = mk(vm, "bytearray", o, Layout::ByteArray, true);
    vm.t.list = mk(vm, "list", o, Layout::List, true);
    vm.t.tuple = mk(vm, "tuple", o, Layout::Tuple, true);
    vm.t.dict = mk(vm, "dict", o, Layout::Dict, true);
    vm.t.set = mk(vm, "set", o, Layout::Set, true);
    vm.t.frozenset = mk(vm, "frozenset", o, Layout::FrozenSet, true);
    vm.t.range = mk(vm, "range", o, Layout::Special, false);
    vm.t.slice = mk(vm, "slice", o, Layout::Special, false);
    vm.t.none_type = mk(vm, "NoneType", o, Layout::Special, false);
    vm.t.notimpl_type = mk(vm, "NotImplementedType", o, Layout::Special, false);
    vm.t.ellipsis_type = mk(vm, "ellipsis", o, Layout::Special, false);
    vm.t.function = mk(vm, "function", o, Layout::Special, false);
    vm.type_data_mut(vm.t.function).has_dict = true;
    vm.t.builtin_function = mk(vm, "builtin_function_or_method", o, Layout::Special, false);
    vm.t.method = mk(vm, "method", o, Layout::Special, false);
    vm.t.property = mk(vm, "property", o, Layout::Object, true);
    vm.t.staticmethod = mk(vm, "staticmethod", o, Layout::Object, true);
    vm.t.classmethod = mk(vm, "classmethod", o, Layout::Object, true);
    vm.t.super_ = mk(vm, "super", o, Layout::Object, true);
    vm.t.generator = mk(vm, "generator", o, Layout::Special, false);
    vm.t.coroutine = mk(vm, "coroutine", o, Layout::Special, false);
    vm.t.async_generator = mk(vm, "async_generator", o, Layout::Special, false);
    vm.t.agen_asend = mk(vm, "async_generator_asend", o, Layout::Special, false);
    vm.t.agen_athrow = mk(vm, "async_generator_athrow", o, Layout::Special, false);
    vm.t.anext_awaitable = mk(vm, "anext_awaitable", o, Layout::Special, false);
    vm.t.cell = mk(vm, "cell", o, Layout::Special, false);
    vm.t.module = mk(vm, "module", o, Layout::Module, true);
    vm.type_data_mut(vm.t.module).has_dict = true;
    vm.t.code = mk(vm, "code", o, Layout::Special, false);
    vm.t.traceback = mk(vm, "traceback", o, Layout::Special, false);
    vm.t.dict_keys = mk(vm, "dict_keys", o, Layout::Special, false);
    vm.t.dict_values = mk(vm, "dict_values", o, Layout::Special, false);
    vm.t.dict_items = mk(vm, "dict_items", o, Layout::Special, false);
    vm.t.list_iterator = mk(vm, "list_iterator", o, Layout::Special, false);
    vm.t.tuple_iterator = mk(vm, "tuple_iterator", o, Layout::Special, false);
    vm.t.range_iterator = mk(vm, "range_iterator", o, Layout::Special, false);
    vm.t.str_iterator = mk(vm, "str_ascii_iterator", o, Layout::Special, false);
    vm.t.dict_keyiterator = mk(vm, "dict_keyiterator", o, Layout::Special, false);
    vm.t.dict_valueiterator = mk(vm, "dict_valueiterator", o, Layout::Special, false);
    vm.t.dict_itemiterator = mk(vm, "dict_itemiterator", o, Layout::Special, false);
    vm.t.set_iterator = mk(vm, "set_iterator", o, Layout::Special, false);
    vm.t.callable_iterator = mk(vm, "callable_iterator", o, Layout::Special, false);
    vm.t.seq_iterator = mk(vm, "iterator", o, Layout::Special, false);
    vm.t.reversed = mk(vm, "reversed", o, Layout::Special, false);
    vm.t.enumerate = mk(vm, "enumerate", o, Layout::Special, false);
    vm.t.zip = mk(vm, "zip", o, Layout::Special, false);
    vm.t.map = mk(vm, "map", o, Layout::Special, false);
    vm.t.filter = mk(vm, "filter", o, Layout::Special, false);
    vm.t.member_descriptor = mk(vm, "member_descriptor", o, Layout::Special, false);
    vm.t.native_object = mk(vm, "native", o, Layout::Special, false);
    vm.t.mappingproxy = mk(vm, "mappingproxy", o, Layout::Special, false);
    vm.t.getset_descriptor = mk(vm, "getset_descriptor", o, Layout::Special, false);
    vm.t.memoryview = mk(vm, "memoryview", o, Layout::Special, false);
    // `array` module's (its `tp_name`s are dotted: `__name__` is the last part).
    vm.t.array = mk(vm, "array.array", o, Layout::Array, true);
    vm.t.array_iterator = mk(vm, "array.arrayiterator", o, Layout::Special, false);
    vm.t.empty_tuple = match vm.alloc(vm.t.tuple, Payload::Tuple(Box::new([]))) {
        Ok(r) => r,
        Err(_) => panic!("pyx-vm: start-up allocation failed"),
    };
    let mut chars = Vec::with_capacity(257);
    for i in 0..=256usize {
        let b: Box<[u8]> = if i < 256 { Box::new([i as u8]) } else { Box::new([]) };
        match vm.alloc(vm.t.bytes, Payload::Bytes(b)) {
            Ok(r) => chars.push(r),
            Err(_) => panic!("pyx-vm: start-up allocation failed"),
        }
    }
    vm.t.byte_chars = chars.into();

    exceptions::make_hierarchy(vm);

    object::install(vm);
    int::install(vm);
    float::install(vm);
    str::install(vm);
    list::install(vm);
    tuple::install(vm);
    dict::install(vm);
    set::install(vm);
    mappingproxy::install(vm);
    bytes::install(vm);
    range::install(vm);
    memoryview::install(vm);
    function::install(vm);
    iter::install(vm);
    array::install(vm);
    exceptions::install(vm);
}
