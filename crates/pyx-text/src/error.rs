//! The one error type of this crate: a Python exception class plus CPython's
//! exact message. The VM turns it into a real exception object.

use std::fmt;

/// An error carrying the Python exception type it maps to and CPython's
/// message text, word for word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextError {
    /// `ValueError(msg)`
    ValueError(String),
    /// `OverflowError(msg)`
    OverflowError(String),
    /// `TypeError(msg)`
    TypeError(String),
    /// `IndexError(msg)`
    IndexError(String),
    /// `KeyError(key)`: the payload is the key text (a `str` key).
    KeyError(String),
    /// `MemoryError(msg)`: a result too large to build (CPython would fail
    /// to allocate it).
    MemoryError(String),
    /// `ZeroDivisionError(msg)`
    ZeroDivisionError(String),
}

impl TextError {
    pub(crate) fn value(msg: impl Into<String>) -> Self {
        TextError::ValueError(msg.into())
    }
    pub(crate) fn overflow(msg: impl Into<String>) -> Self {
        TextError::OverflowError(msg.into())
    }
    pub(crate) fn type_error(msg: impl Into<String>) -> Self {
        TextError::TypeError(msg.into())
    }

    /// The Python exception class name (`"ValueError"`, ...).
    pub fn type_name(&self) -> &'static str {
        match self {
            TextError::ValueError(_) => "ValueError",
            TextError::OverflowError(_) => "OverflowError",
            TextError::TypeError(_) => "TypeError",
            TextError::IndexError(_) => "IndexError",
            TextError::KeyError(_) => "KeyError",
            TextError::MemoryError(_) => "MemoryError",
            TextError::ZeroDivisionError(_) => "ZeroDivisionError",
        }
    }

    /// The message (for `KeyError`, the key text).
    pub fn message(&self) -> &str {
        match self {
            TextError::ValueError(m)
            | TextError::OverflowError(m)
            | TextError::TypeError(m)
            | TextError::IndexError(m)
            | TextError::KeyError(m)
            | TextError::MemoryError(m)
            | TextError::ZeroDivisionError(m) => m,
        }
    }
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.type_name(), self.message())
    }
}

impl std::error::Error for TextError {}

/// Shorthand for results of this crate.
pub type TextResult<T> = Result<T, TextError>;
