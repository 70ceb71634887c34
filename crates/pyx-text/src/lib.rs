//! CPython's text semantics over plain data; never touches the OS.
//!
//! `pyx-text` holds the algorithms behind `repr`, `str`, `format()`, the
//! format-spec mini-language, `%`-formatting, `str.format` parsing, `float()`
//! and `int()` parsing, the pure `str` methods and numeric hashing — all
//! matching CPython 3.11 exactly, all over plain Rust types (`&str`, `f64`,
//! `i64`, [`num_bigint::BigInt`]). It knows nothing of VM values or heaps:
//! where CPython would call back into objects (`%s` of an arbitrary value,
//! `{0.attr}` lookups), the caller supplies the answer or resolves the parsed
//! pieces itself under its own rules.
//!
//! This crate must never use `std::fs`, `std::net`, `std::process`,
//! `std::env`, clocks or host randomness. Errors are [`TextError`]s carrying
//! CPython's exception type and exact message.

#![forbid(unsafe_code)]

mod error;
pub mod float_math;
pub mod float_repr;
pub mod format_spec;
pub mod format_string;
pub mod hash;
pub mod int_ops;
pub mod int_text;
mod number_layout;
pub mod number_parse;
pub mod printf;
pub mod repr;
pub mod str_methods;
pub mod unicode_db;
mod unicode_tables;
mod unicodedata_tables;

pub use error::{TextError, TextResult};

// The README's example runs as a doctest.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
