//! Python's `repr` of the literal values an AST holds (`str`, `bytes`,
//! `float`, `complex`), as the dump prints them. The text algorithms are
//! `pyx-text`'s (checked against CPython on the whole code-point range);
//! this module only names the ones the dump needs.

use pyx_text::float_repr::{double_to_string, FloatCode, FloatFlags};

pub use pyx_text::float_repr::repr_float;
pub use pyx_text::repr::{repr_bytes, repr_str};

/// A float part of a complex repr: shortest round-trip, no `.0` added.
fn complex_part(x: f64) -> String {
    double_to_string(x, FloatCode::Repr, 0, FloatFlags::default())
}

/// `repr(complex(real, imag))`.
pub fn repr_complex(real: f64, imag: f64) -> String {
    if real == 0.0 && real.is_sign_positive() {
        format!("{}j", complex_part(imag))
    } else {
        let im = complex_part(imag);
        let sign = if im.starts_with('-') { "" } else { "+" };
        format!("({}{sign}{im}j)", complex_part(real))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_like_python() {
        assert_eq!(repr_float(1.5), "1.5");
        assert_eq!(repr_float(1e16), "1e+16");
        assert_eq!(repr_float(1e15), "1000000000000000.0");
        assert_eq!(repr_float(0.0001), "0.0001");
        assert_eq!(repr_float(0.00001), "1e-05");
        assert_eq!(repr_float(1.0), "1.0");
        assert_eq!(repr_float(0.1), "0.1");
        assert_eq!(repr_float(123.456), "123.456");
        assert_eq!(repr_float(f64::INFINITY), "inf");
        assert_eq!(repr_float(1.7976931348623157e308), "1.7976931348623157e+308");
        assert_eq!(repr_float(5e-324), "5e-324");
        assert_eq!(repr_complex(0.0, 2.0), "2j");
        assert_eq!(repr_complex(0.0, 2.5), "2.5j");
        assert_eq!(repr_complex(0.0, 1e16), "1e+16j");
    }

    #[test]
    fn strings_print_like_python() {
        assert_eq!(repr_str("a'b"), "\"a'b\"");
        assert_eq!(repr_str("a'b\""), "'a\\'b\"'");
        assert_eq!(repr_str("\n\x00é\u{200b}"), "'\\n\\x00é\\u200b'");
        assert_eq!(repr_bytes(b"a\x80'"), "b\"a\\x80'\"");
    }
}
