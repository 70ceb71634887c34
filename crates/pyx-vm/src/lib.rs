//! pyx-vm: the virtual machine of pyx — values, the per-interpreter heap
//! and its collector, the object model, the evaluation loop, built-in types
//! and functions, and resource limits.
//!
//! This crate never touches the OS: no files, network, processes,
//! environment, clocks or randomness. Output goes to sinks the host
//! provides; the string-hash seed comes from the host; wall-clock deadlines
//! are the host's business (it sets the interrupt flag).

pub mod ast_module;
pub mod attr;
mod base;
pub mod bisect_module;
pub mod builtins;
pub mod call;
pub mod clock;
mod carets;
mod suggestions;
pub mod code;
pub mod dict;
pub mod docs;
pub mod eval;
pub mod format;
pub mod frame;
pub mod gc_module;
pub mod types_module;
pub mod hash;
pub mod hashes;
pub mod heap;
pub mod heapq_module;
pub mod host;
pub mod importer;
pub mod json;
pub mod limits;
pub mod math;
pub mod metered_int;
pub mod native;
pub mod object;
pub mod ops;
mod prelude;
pub mod percent;
mod roots;
pub mod set;
pub mod sre;
pub mod sysmod;
pub mod threads;
pub mod types;
pub mod unicodedata;
pub mod value;
pub mod weakref;
pub mod vm;
pub mod where_info;
pub mod zlib;

pub use code::CodeObject;
pub use heap::ObjRef;
pub use limits::{Limits, Termination};
pub use value::Value;
pub use importer::{ImportRoot, ImportSetup};
pub use vm::{CaptureSink, NullSink, OutputSink, Unwind, Vm};

// The README's example runs as a doctest.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
