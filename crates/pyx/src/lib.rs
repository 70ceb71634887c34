//! pyx: run Python code you do not trust.
//!
//! This crate is the host side: the embedding API (the powerbox) and the
//! `pyx` command. It is the only crate, with `pyx-caps`, that touches the OS.

pub mod embed;
