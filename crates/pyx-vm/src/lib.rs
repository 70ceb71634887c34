//! pyx-vm: the virtual machine of pyx, in three layers:
//!
//! - [`object`]: what a Python value is and where it lives — values,
//!   object payloads, the per-interpreter heap and its collector, dicts,
//!   sets, hashing, code objects. It runs no code.
//! - [`interp`]: running code — the `Vm`, the evaluation loop, frames,
//!   calls, the attribute and operator protocols, the type system, the
//!   one door every native goes through, limits, imports, green threads,
//!   the host's extension points.
//! - [`builtins`]: what Python code finds ready-made — the built-in
//!   functions, the methods of the built-in types, string formatting and
//!   the native modules (`math`, `json`, `re`'s engine ...).
//!
//! This crate never touches the OS: no files, network, processes,
//! environment, clocks or randomness. Output goes to sinks the host
//! provides; the string-hash seed comes from the host; wall-clock deadlines
//! are the host's business (it sets the interrupt flag).

// Three layers, each using only the ones below it (the exceptions are
// listed and pinned by tests/layers.rs; book: "Architecture").
pub mod object;
pub mod interp;
pub mod builtins;

pub use interp::importer::{ImportRoot, ImportSetup};
pub use interp::limits::{Limits, Termination};
pub use interp::vm::{CaptureSink, NullSink, OutputSink, Unwind, Vm};
pub use object::code::CodeObject;
pub use object::heap::ObjRef;
pub use object::value::Value;

// The README's example runs as a doctest.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
