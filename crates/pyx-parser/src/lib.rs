//! Parses Python 3.11 source into a [`pyx_ast::Module`].
//!
//! Never touches the OS.
