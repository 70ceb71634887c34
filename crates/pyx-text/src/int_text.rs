//! Python ints as text: `str(int)` with CPython 3.11's digit limit,
//! `bin`/`oct`/`hex`, and the int-to-float conversion `format` needs.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

use crate::{TextError, TextResult};

/// CPython 3.11's limit on decimal digits in int/str conversions
/// (`sys.set_int_max_str_digits`, kept per interpreter by pyx-vm);
/// `0` means unlimited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DigitLimit(pub usize);

impl DigitLimit {
    /// CPython's default: 4300 digits.
    pub const DEFAULT: DigitLimit = DigitLimit(4300);
    /// No limit.
    pub const NONE: DigitLimit = DigitLimit(0);
}

/// The smallest nonzero digit limit a program may set (CPython's
/// `sys.int_info.str_digits_check_threshold`).
pub const STR_DIGITS_CHECK_THRESHOLD: usize = 640;

impl Default for DigitLimit {
    fn default() -> Self {
        DigitLimit::DEFAULT
    }
}

/// An owned Python int: a machine int when it fits, else a big integer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntValue {
    /// Fits in `i64`.
    Small(i64),
    /// Does not fit in `i64` (or was not narrowed).
    Big(BigInt),
}

impl IntValue {
    /// Borrow as an [`IntArg`].
    pub fn as_arg(&self) -> IntArg<'_> {
        match self {
            IntValue::Small(v) => IntArg::Small(*v),
            IntValue::Big(b) => IntArg::Big(b),
        }
    }

    /// The value as a big integer.
    pub fn to_bigint(&self) -> BigInt {
        match self {
            IntValue::Small(v) => BigInt::from(*v),
            IntValue::Big(b) => b.clone(),
        }
    }

    /// The value as `i64`, if it fits.
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            IntValue::Small(v) => Some(*v),
            IntValue::Big(b) => b.to_i64(),
        }
    }
}

/// An int argument: a machine int fast path or a big integer.
#[derive(Debug, Clone, Copy)]
pub enum IntArg<'a> {
    /// Fits in `i64`.
    Small(i64),
    /// Anything.
    Big(&'a BigInt),
}

impl From<i64> for IntArg<'_> {
    fn from(v: i64) -> Self {
        IntArg::Small(v)
    }
}

impl<'a> From<&'a BigInt> for IntArg<'a> {
    fn from(v: &'a BigInt) -> Self {
        IntArg::Big(v)
    }
}

pub(crate) fn check_str_digits(n_digits: usize, limit: DigitLimit) -> TextResult<()> {
    if limit.0 > 0 && n_digits > limit.0 {
        return Err(TextError::value(format!(
            "Exceeds the limit ({} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit",
            limit.0
        )));
    }
    Ok(())
}

impl IntArg<'_> {
    /// `value < 0`.
    pub fn is_negative(&self) -> bool {
        match self {
            IntArg::Small(v) => *v < 0,
            IntArg::Big(b) => b.sign() == Sign::Minus,
        }
    }

    /// Digits of `|value|` in `radix` (lowercase letters).
    pub fn abs_digits(&self, radix: u32) -> String {
        match self {
            IntArg::Small(v) => {
                let a = v.unsigned_abs();
                match radix {
                    2 => format!("{a:b}"),
                    8 => format!("{a:o}"),
                    16 => format!("{a:x}"),
                    _ => a.to_string(),
                }
            }
            IntArg::Big(b) => b.magnitude().to_str_radix(radix),
        }
    }

    /// `str(value)`, refusing more than `limit` digits like CPython.
    pub fn to_decimal(&self, limit: DigitLimit) -> TextResult<String> {
        match self {
            IntArg::Small(v) => Ok(v.to_string()),
            IntArg::Big(b) => {
                // Refuse hopeless cases before the quadratic conversion.
                if limit.0 > 0 && (b.bits() as f64) * std::f64::consts::LOG10_2 > limit.0 as f64 + 1.0 {
                    return check_str_digits(usize::MAX, limit).map(|()| String::new());
                }
                let s = b.to_string();
                check_str_digits(s.len() - usize::from(b.is_negative()), limit)?;
                Ok(s)
            }
        }
    }

    /// `float(value)`, correctly rounded; OverflowError when too large.
    pub fn to_f64(&self) -> TextResult<f64> {
        match self {
            IntArg::Small(v) => Ok(*v as f64),
            IntArg::Big(b) => int_to_f64(b).ok_or_else(|| TextError::overflow("int too large to convert to float")),
        }
    }

    /// The character for `%c` / format type `c`.
    pub fn to_char_code(&self) -> TextResult<char> {
        let v = match self {
            IntArg::Small(v) => *v,
            IntArg::Big(b) => b
                .to_i64()
                .ok_or_else(|| TextError::overflow("Python int too large to convert to C long"))?,
        };
        if !(0..=0x10ffff).contains(&v) {
            return Err(TextError::overflow("%c arg not in range(0x110000)"));
        }
        char::from_u32(v as u32).ok_or_else(surrogate_error)
    }
}

/// pyx strings cannot hold lone surrogates.
pub(crate) fn surrogate_error() -> TextError {
    TextError::value("pyx strings cannot hold lone surrogate characters")
}

/// Correctly rounded (half-even) conversion of a big integer to `f64`;
/// `None` if it overflows.
pub fn int_to_f64(b: &BigInt) -> Option<f64> {
    if let Some(v) = b.to_i64() {
        return Some(v as f64);
    }
    let mag = b.magnitude();
    let bits = mag.bits();
    if bits > 1024 {
        return None;
    }
    let shift = bits.saturating_sub(64);
    let top = (mag >> shift).to_u64()?;
    // Any bit shifted out only matters as a sticky bit below the 64 kept.
    let sticky = if shift > 0 && (mag.trailing_zeros().unwrap_or(0) < shift) { 1 } else { 0 };
    let m = (top | sticky) as f64;
    let x = m * 2f64.powi(shift as i32);
    if x.is_infinite() {
        return None;
    }
    Some(if b.is_negative() { -x } else { x })
}

/// `bin(v)`, `oct(v)`, `hex(v)`: radix 2, 8 or 16 with prefix (`-0x1f`).
pub fn int_to_string_radix(value: IntArg<'_>, radix: u32) -> String {
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let sign = if value.is_negative() { "-" } else { "" };
    format!("{sign}{prefix}{}", value.abs_digits(radix))
}
