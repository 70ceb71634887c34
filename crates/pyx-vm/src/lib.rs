//! pyx-vm: the virtual machine of pyx, in three layers:
//!
//! - `object`: what a Python value is and where it lives — values,
//!   object payloads, the per-interpreter heap and its collector, dicts,
//!   sets, hashing, code objects. It runs no code.
//! - `interp`: running code — the `Vm`, the evaluation loop, frames,
//!   calls, the attribute and operator protocols, the type system, the
//!   one door every native goes through, limits, imports, green threads,
//!   the host's extension points.
//! - `builtins`: what Python code finds ready-made — the built-in
//!   functions, the methods of the built-in types, string formatting and
//!   the native modules (`math`, `json`, `re`'s engine ...).
//!
//! This crate never touches the OS: no files, network, processes,
//! environment, clocks or randomness. Output goes to sinks the host
//! provides; the string-hash seed comes from the host; wall-clock deadlines
//! are the host's business (it sets the interrupt flag).

// Three layers, each using only the ones below it (the exceptions are
// listed and pinned by tests/layers.rs; book: "Architecture").
pub(crate) mod object;
pub(crate) mod interp;
pub(crate) mod builtins;

// The front a host builds on (`pyx::embed` is the one in this workspace):
// the layers themselves are internal.
pub use builtins::hashes::EntropyPool;
pub use builtins::sysmod::{install_sys, SysConfig};
pub use builtins::types::codecs;
pub use builtins::types::set::new_set_from;
pub use builtins::{compile_shared, compile_source};
pub use interp::clock::{Clock, VirtualClock};
/// Host functions, host objects and host modules: how a host extends an
/// interpreter.
pub use interp::host;
pub use interp::importer::{ImportRoot, ImportSetup, NATIVE_MODULES};
pub use interp::front::HeapStats;
pub use interp::limits::{Limits, Termination};
pub use interp::roots::RootScope;
pub use interp::typesys::{BuiltinTypes, Names};
pub use interp::vm::{Args, CaptureSink, NullSink, OutputSink, PyResult, Unwind, Vm};
pub use object::code::CodeObject;
pub use object::heap::ObjRef;
pub use object::value::Value;
pub use object::Payload;

// The README's example runs as a doctest.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
