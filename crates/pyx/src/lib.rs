//! pyx: run Python code you do not trust.
//!
//! This crate is the host side: the embedding API (the powerbox). It is the
//! only crate, with `pyx-caps`, that touches the OS on the interpreter's
//! behalf. The `pyx` command (REPL and script runner) is the `pyx-cli`
//! crate, built on this API; this library carries no terminal, signal or
//! allocator dependencies.

pub mod embed;

// The README's example runs as a doctest.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
