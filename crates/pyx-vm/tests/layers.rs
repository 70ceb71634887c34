//! pyx-vm is three layers — `object` (values and where they live),
//! `interp` (running code), `builtins` (what Python code finds
//! ready-made) — each using only the ones below it. The few places where
//! a lower layer names something of a higher one are listed here, one
//! path each; a new one fails this test, so the layering cannot erode
//! unseen. (Review the reason before adding to a list.)

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// What the object layer may name above it: types of things objects hold
/// (a native's function pointer and signature, a generator's frame, a
/// memoryview's buffer state, a host object) — never a function it calls.
const OBJECT_UP: &[&str] = &[
    "crate::builtins::types::memoryview::MemView",
    "crate::interp::frame::GenData",
    "crate::interp::host::HostObject",
    "crate::interp::native::Sig",
    "crate::interp::vm::NativeFn",
    "crate::interp::vm::Vm",
];

/// What the interpreter layer may use of the built-ins layer: installing
/// it at start-up (types, built-in functions, native-module tables,
/// the prelude), and the built-in types' operations the evaluation loop
/// and the protocols call directly (generators' resumption, `object`'s
/// default behaviours, container fast paths).
const INTERP_UP: &[&str] = &[
    "crate::builtins::ast_module::MODULE",
    // Compared by address: `len(x)` and `next(g)` called from the eval
    // loop are done there for built-in types and generators.
    "crate::builtins::b_len",
    "crate::builtins::b_next",
    "crate::builtins::bisect_module::MODULE",
    "crate::builtins::compile_shared",
    "crate::builtins::compile_source",
    "crate::builtins::format::float_repr",
    "crate::builtins::fresh_builtins",
    "crate::builtins::gc_module::MODULE",
    "crate::builtins::hashes::EntropyPool",
    "crate::builtins::hashes::MODULE",
    "crate::builtins::heapq_module::MODULE",
    "crate::builtins::install",
    "crate::builtins::json::MODULE",
    "crate::builtins::math::MODULE",
    "crate::builtins::sre::MODULE",
    "crate::builtins::sysmod::make_host_classes",
    "crate::builtins::types::array::MODULE",
    "crate::builtins::types::bootstrap",
    // `b[i:j]` of exact bytes in the operator and the eval loop's fused
    // slice, as `seq_slice` for lists (no `__getitem__` call).
    "crate::builtins::types::bytes::slice",
    "crate::builtins::types::bytes::slice_parts",
    "crate::builtins::types::dict::copy_without_keys",
    // Compared by address: `d.get(k)` from the call site (eval.rs).
    "crate::builtins::types::dict::dict_get_m",
    "crate::builtins::types::dict::dict_merge_kwargs",
    "crate::builtins::types::dict::dict_update_from",
    "crate::builtins::types::dict::is_mapping",
    "crate::builtins::types::dict::match_keys",
    "crate::builtins::types::exceptions::add_traceback",
    "crate::builtins::types::exceptions::eg_match",
    "crate::builtins::types::exceptions::prep_reraise_star",
    "crate::builtins::types::function::SendResult",
    "crate::builtins::types::function::gen_collect",
    "crate::builtins::types::function::gen_finish",
    "crate::builtins::types::function::gen_next_m",
    "crate::builtins::types::function::gen_send",
    "crate::builtins::types::function::get_awaitable",
    "crate::builtins::types::function::leave_gen_exc",
    "crate::builtins::types::function::new_module",
    "crate::builtins::types::function::send_to",
    "crate::builtins::types::function::star_args",
    "crate::builtins::types::function::stop_iteration",
    "crate::builtins::types::function::stop_iteration_escaped",
    "crate::builtins::types::function::super_getattr",
    "crate::builtins::types::int",
    "crate::builtins::types::int::Num",
    "crate::builtins::types::list::is_match_sequence",
    "crate::builtins::types::list::list_assign_slice",
    // `+` of two exact lists in the operator (no `__add__` call).
    "crate::builtins::types::list::concat",
    "crate::builtins::types::list::list_extend",
    "crate::builtins::types::list::seq_compare",
    "crate::builtins::types::list::seq_getitem",
    "crate::builtins::types::list::seq_slice",
    "crate::builtins::types::object::match_class",
    "crate::builtins::types::object::new_instance",
    "crate::builtins::types::object::object_delattr",
    "crate::builtins::types::object::object_hash",
    "crate::builtins::types::object::object_init",
    "crate::builtins::types::object::object_new",
    "crate::builtins::types::object::object_new_checked",
    "crate::builtins::types::object::object_setattr",
    "crate::builtins::types::object::object_str",
    "crate::builtins::types::object::special_attr",
    "crate::builtins::types::object::type_call_native",
    "crate::builtins::types::object::type_special_attr",
    "crate::builtins::types::range::range_of_ints",
    "crate::builtins::types::set::add_native_only",
    "crate::builtins::types::set::binary_exact_sets",
    "crate::builtins::types::set::compare_exact_sets",
    "crate::builtins::types::set::frozenset_hash",
    "crate::builtins::types::set::new_set_from",
    "crate::builtins::types::set::set_add",
    "crate::builtins::types::set::set_contains",
    "crate::builtins::types::set::set_update",
    "crate::builtins::types::str::ascii_escape",
    "crate::builtins::types::str::percent_takes_precedence",
    "crate::builtins::types::str::repr_str",
    "crate::builtins::types::str::str_percent",
    "crate::builtins::types_module::MODULE",
    "crate::builtins::unicodedata::MODULE",
    "crate::builtins::weakref::MODULE",
    "crate::builtins::zlib::MODULE",
];

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("source dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Every path under `crate::<layer>::` the file names, braces expanded
/// (`crate::a::{b, c::d}` gives `crate::a::b` and `crate::a::c::d`;
/// `self` names the module itself; a trailing enum variant is dropped
/// with its enum kept).
fn upward_paths(text: &str, layer: &str) -> Vec<String> {
    let needle = format!("crate::{layer}::");
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(&needle) {
        let tail = &rest[i..];
        let mut end = 0;
        let mut depth = 0;
        for (k, c) in tail.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth > 0 => depth -= 1,
                c if depth == 0 && !(c.is_alphanumeric() || c == '_' || c == ':') => {
                    end = k;
                    break;
                }
                _ => {}
            }
            end = k + c.len_utf8();
        }
        expand(tail[..end].trim_end_matches(':'), &mut out);
        rest = &tail[end.max(needle.len())..];
    }
    out
}

fn expand(path: &str, out: &mut Vec<String>) {
    let Some(open) = path.find('{') else {
        // `Enum::Variant` -> `Enum` (a variant is named with its enum).
        let parts: Vec<&str> = path.split("::").collect();
        let n = parts.len();
        let variant = n >= 2 && parts[n - 1].starts_with(char::is_uppercase) && parts[n - 2].starts_with(char::is_uppercase);
        out.push(if variant { parts[..n - 1].join("::") } else { path.to_string() });
        return;
    };
    let prefix = path[..open].trim_end_matches("::");
    let inner = &path[open + 1..path.len() - 1];
    let mut depth = 0;
    let mut start = 0;
    let mut items = Vec::new();
    for (k, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&inner[start..k]);
                start = k + 1;
            }
            _ => {}
        }
    }
    items.push(&inner[start..]);
    for item in items {
        let item = item.trim();
        // `x as y` renames a leaf; a nested group keeps its own renames.
        let item = if item.contains('{') { item } else { item.split(" as ").next().unwrap_or("").trim() };
        match item {
            "" => {}
            "self" => out.push(prefix.to_string()),
            _ => expand(&format!("{prefix}::{item}"), out),
        }
    }
}

fn check(layer_dir: &str, above: &[&str], allowed: &[&str]) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(layer_dir);
    let mut files = Vec::new();
    sources(&root, &mut files);
    assert!(!files.is_empty(), "no sources under {}", root.display());
    let allowed: BTreeSet<&str> = allowed.iter().copied().collect();
    let mut seen = BTreeSet::new();
    let mut new = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("read source");
        for layer in above {
            for p in upward_paths(&text, layer) {
                if !allowed.contains(p.as_str()) {
                    new.push(format!("{}: {p}", f.strip_prefix(&root).unwrap_or(f).display()));
                }
                seen.insert(p);
            }
        }
    }
    assert!(new.is_empty(), "src/{layer_dir} reaches a layer above it at paths not listed in tests/layers.rs:\n{}", new.join("\n"));
    let stale: Vec<&&str> = allowed.iter().filter(|a| !seen.contains(**a)).collect();
    assert!(stale.is_empty(), "listed in tests/layers.rs but no longer used (remove them): {stale:?}");
}

#[test]
fn the_object_layer_uses_nothing_above_it_but_the_listed_types() {
    check("object", &["interp", "builtins"], OBJECT_UP);
}

#[test]
fn the_interpreter_layer_uses_only_the_listed_builtins() {
    check("interp", &["builtins"], INTERP_UP);
}

#[test]
fn paths_are_read_with_their_braces() {
    let text = "use crate::builtins::types::{int::{self as int, Num}, list::seq_compare};\nlet x = crate::builtins::b_next(vm);\nSendResult: crate::builtins::types::function::SendResult::Yielded";
    let got = upward_paths(text, "builtins");
    assert_eq!(
        got,
        [
            "crate::builtins::types::int",
            "crate::builtins::types::int::Num",
            "crate::builtins::types::list::seq_compare",
            "crate::builtins::b_next",
            "crate::builtins::types::function::SendResult",
        ]
    );
}
