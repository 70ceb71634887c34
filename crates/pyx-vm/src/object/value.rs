//! The value type: a small `Copy` enum. Immediates live inline; everything
//! else is a handle into the interpreter's heap.

use crate::object::heap::ObjRef;

/// A Python value as the VM passes it around: 16 bytes, `Copy`.
///
/// `Null` is internal only (an unbound local, an empty method slot on the
/// stack); Python code can never observe it.
// `repr(u64)`: the tag fills the first word and every payload sits in the
// second, so a Value moves as two aligned words (with the default layout a
// `Bool` payload at byte 1 made every copy a chain of overlapping unaligned
// moves, stalling store-to-load forwarding in the eval loop).
#[derive(Clone, Copy, Debug)]
#[repr(u64)]
pub enum Value {
    Null,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

impl Value {
    #[inline]
    pub fn is_null(self) -> bool {
        matches!(self, Value::Null)
    }
    #[inline]
    pub fn is_none(self) -> bool {
        matches!(self, Value::None)
    }
    #[inline]
    pub fn as_obj(self) -> Option<ObjRef> {
        match self {
            Value::Obj(r) => Some(r),
            _ => None,
        }
    }
    /// Identity (`is`): immediates compare by value, floats by bits.
    #[inline]
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null)
            | (Value::None, Value::None)
            | (Value::NotImplemented, Value::NotImplemented)
            | (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a == b,
            _ => false,
        }
    }
}

impl From<ObjRef> for Value {
    #[inline]
    fn from(r: ObjRef) -> Value {
        Value::Obj(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn value_is_at_most_16_bytes() {
        assert!(std::mem::size_of::<Value>() <= 16);
    }
}
