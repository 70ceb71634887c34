//! The interpreter layer: running code. The `Vm` and its evaluation loop,
//! frames, calls, the attribute and operator protocols, the type system
//! (`typesys`), the door every native function goes through (`native`),
//! the limits and their meter, imports, green threads, and the host's
//! extension points (`host`). It uses the object layer below it; it
//! reaches the built-ins layer only to install it at start-up and through
//! the listed fast paths (tests/layers.rs).

pub(crate) mod base;
pub mod attr;
pub mod call;
pub(crate) mod carets;
pub mod front;
pub mod clock;
pub mod eval;
pub mod frame;
pub mod host;
pub mod importer;
pub mod limits;
pub mod metered_int;
pub mod native;
pub mod ops;
pub(crate) mod prelude;
pub mod roots;
pub(crate) mod shape;
pub(crate) mod suggestions;
pub mod threads;
pub mod typesys;
pub mod vm;
pub mod where_info;
