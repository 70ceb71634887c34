//! The storage of an `array.array`: machine values of one typecode, kept
//! as their native bytes (what a memoryview of the array reads and writes
//! in place). This layer reads and stores the items that need no
//! conversion and no allocation — the common `a[i]`, `a[i] = x` — for the
//! evaluation loop's fast paths; everything else (range checks and their
//! messages, conversions through `__index__`/`__float__`, growth) is the
//! built-ins layer's (`builtins::types::array`).

use crate::object::value::Value;

/// The typecodes, in CPython's order (`array.typecodes`).
pub const TYPECODES: &str = "bBuhHiIlLqQfd";

/// The bytes of one item of typecode `code` (a valid one), as on pyx's
/// platform: 64-bit `long`, 4-byte `wchar_t` for 'u'.
pub const fn item_size(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

/// An item as read from storage, before it becomes a Python value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Item {
    Int(i64),
    /// An unsigned 64-bit item ('L', 'Q'): may exceed i64.
    UInt(u64),
    Float(f64),
    /// A 'u' item: a code point, which may be out of range (bytes put in
    /// by `frombytes`).
    Char(u32),
}

/// log2 of `item_size(code)`.
const fn item_shift(code: u8) -> u8 {
    match item_size(code) {
        1 => 0,
        2 => 1,
        4 => 2,
        _ => 3,
    }
}

/// An array's items: `bytes.len()` is a multiple of the typecode's size.
pub struct ArrayData {
    pub bytes: Vec<u8>,
    pub code: u8,
    /// log2 of the item size: positions and the length are shifts, not
    /// divisions, on the eval loop's paths.
    shift: u8,
}

impl ArrayData {
    pub fn new(code: u8, bytes: Vec<u8>) -> ArrayData {
        ArrayData { bytes, code, shift: item_shift(code) }
    }

    #[inline]
    pub fn itemsize(&self) -> usize {
        1 << self.shift
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.bytes.len() >> self.shift
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// Item `i` (in range).
    #[inline]
    pub fn item(&self, i: usize) -> Item {
        read(self.code, &self.bytes[i << self.shift..])
    }

    /// `a[i]` for an int index (negative from the end) when the item is an
    /// immediate value: None when out of range, and for the items that
    /// need an object ('u', 'L'/'Q' above i64).
    #[inline]
    pub fn get_inline(&self, i: i64) -> Option<Value> {
        let n = self.len() as i64;
        let j = if i < 0 { i.checked_add(n)? } else { i };
        if j < 0 || j >= n {
            return None;
        }
        let at = (j as usize) << self.shift;
        if self.code == b'd' {
            // The common case (scimark's arrays), read without the match.
            let b: [u8; 8] = self.bytes.get(at..at + 8)?.try_into().ok()?;
            return Some(Value::Float(f64::from_ne_bytes(b)));
        }
        match read(self.code, &self.bytes[at..]) {
            Item::Int(x) => Some(Value::Int(x)),
            Item::UInt(x) => i64::try_from(x).ok().map(Value::Int),
            Item::Float(x) => Some(Value::Float(x)),
            Item::Char(_) => None,
        }
    }

    /// `a[i] = v` for an int index in range and a value stored without
    /// conversion (an int in the typecode's range, a float or an int into
    /// 'f'/'d'): whether it was stored. Everything else, errors included,
    /// is the general path's.
    #[inline]
    pub fn set_inline(&mut self, i: i64, v: Value) -> bool {
        let n = self.len() as i64;
        let j = if i < 0 { i.wrapping_add(n) } else { i };
        if j < 0 || j >= n {
            return false;
        }
        let at = (j as usize) << self.shift;
        let dst = &mut self.bytes[at..];
        match (self.code, v) {
            (b'd', Value::Float(f)) => dst[..8].copy_from_slice(&f.to_ne_bytes()),
            (b'd', Value::Int(x)) => dst[..8].copy_from_slice(&(x as f64).to_ne_bytes()),
            (b'f', Value::Float(f)) => dst[..4].copy_from_slice(&(f as f32).to_ne_bytes()),
            (b'f', Value::Int(x)) => dst[..4].copy_from_slice(&(x as f64 as f32).to_ne_bytes()),
            (code, Value::Int(x)) => match code {
                b'b' => match i8::try_from(x) {
                    Ok(y) => dst[0] = y as u8,
                    Err(_) => return false,
                },
                b'B' => match u8::try_from(x) {
                    Ok(y) => dst[0] = y,
                    Err(_) => return false,
                },
                b'h' => match i16::try_from(x) {
                    Ok(y) => dst[..2].copy_from_slice(&y.to_ne_bytes()),
                    Err(_) => return false,
                },
                b'H' => match u16::try_from(x) {
                    Ok(y) => dst[..2].copy_from_slice(&y.to_ne_bytes()),
                    Err(_) => return false,
                },
                b'i' => match i32::try_from(x) {
                    Ok(y) => dst[..4].copy_from_slice(&y.to_ne_bytes()),
                    Err(_) => return false,
                },
                b'I' => match u32::try_from(x) {
                    Ok(y) => dst[..4].copy_from_slice(&y.to_ne_bytes()),
                    Err(_) => return false,
                },
                b'l' | b'q' => dst[..8].copy_from_slice(&x.to_ne_bytes()),
                b'L' | b'Q' => match u64::try_from(x) {
                    Ok(y) => dst[..8].copy_from_slice(&y.to_ne_bytes()),
                    Err(_) => return false,
                },
                _ => return false,
            },
            _ => return false,
        }
        true
    }
}

/// The item of typecode `code` at the start of `b` (at least one item long).
#[inline]
pub fn read(code: u8, b: &[u8]) -> Item {
    let w = |n: usize| -> [u8; 8] {
        let mut w = [0u8; 8];
        w[..n].copy_from_slice(&b[..n]);
        w
    };
    match code {
        b'b' => Item::Int(b[0] as i8 as i64),
        b'B' => Item::Int(b[0] as i64),
        b'h' => Item::Int(i16::from_ne_bytes([b[0], b[1]]) as i64),
        b'H' => Item::Int(u16::from_ne_bytes([b[0], b[1]]) as i64),
        b'i' => Item::Int(i32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        b'I' => Item::Int(u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        b'u' => Item::Char(u32::from_ne_bytes([b[0], b[1], b[2], b[3]])),
        b'f' => Item::Float(f32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as f64),
        b'd' => Item::Float(f64::from_ne_bytes(w(8))),
        b'L' | b'Q' => Item::UInt(u64::from_ne_bytes(w(8))),
        _ => Item::Int(i64::from_ne_bytes(w(8))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arr(code: u8, n: usize) -> ArrayData {
        ArrayData::new(code, vec![0; n * item_size(code)])
    }

    #[test]
    fn inline_store_checks_range_and_index() {
        let mut a = arr(b'b', 2);
        assert!(a.set_inline(1, Value::Int(-128)));
        assert!(!a.set_inline(1, Value::Int(128)));
        assert!(!a.set_inline(2, Value::Int(0)));
        assert!(!a.set_inline(-3, Value::Int(0)));
        assert!(!a.set_inline(i64::MIN, Value::Int(0)));
        assert!(matches!(a.get_inline(-1), Some(Value::Int(-128))));
        assert!(a.get_inline(i64::MIN).is_none());
        let mut q = arr(b'Q', 1);
        assert!(q.set_inline(0, Value::Int(5)));
        assert!(!q.set_inline(0, Value::Int(-1)));
        q.bytes.copy_from_slice(&u64::MAX.to_ne_bytes());
        assert!(q.get_inline(0).is_none());
        assert_eq!(q.item(0), Item::UInt(u64::MAX));
    }

    #[test]
    fn floats_round_through_f32() {
        let mut f = arr(b'f', 1);
        assert!(f.set_inline(0, Value::Float(0.1)));
        assert!(matches!(f.get_inline(0), Some(Value::Float(x)) if x == 0.1f32 as f64));
        assert!(f.set_inline(0, Value::Float(1e300)));
        assert!(matches!(f.get_inline(0), Some(Value::Float(x)) if x == f64::INFINITY));
    }
}
