//! `str % args` and `bytes % args`: the VM side of pyx-text's
//! `%`-formatting engine (`pyx_text::printf`), which owns the format
//! state machine, argument bookkeeping and CPython's messages. bytes are
//! formatted through their latin-1 view (each byte is the char of the same
//! code), with bytes' own rules for `%s`/`%b`, `%r` and `%c`.

use pyx_text::format_string::Conversion;
use pyx_text::int_text::IntValue;
use pyx_text::printf::{int_code_type_error, CharSource, PercentArgs, PercentHost};
use pyx_text::TextError;

use crate::object::Payload;
use crate::builtins::types::int::Num;
use crate::object::value::Value;
use crate::interp::vm::{PyResult, Unwind, Vm};

/// An error raised while formatting: from the engine or from Python code.
enum Error {
    Text(TextError),
    Py(Unwind),
}

impl From<TextError> for Error {
    fn from(e: TextError) -> Self {
        Error::Text(e)
    }
}

struct Host<'v> {
    vm: &'v mut Vm,
    /// Formatting bytes (latin-1 view) rather than str.
    bytes: bool,
}

impl Host<'_> {
    fn py<T>(r: PyResult<T>) -> Result<T, Error> {
        r.map_err(Error::Py)
    }
    fn type_error(&mut self, msg: String) -> Error {
        Error::Py(self.vm.type_error(msg))
    }
}

fn int_value(vm: &Vm, v: Value) -> Option<IntValue> {
    match v {
        Value::Int(i) => Some(IntValue::Small(i)),
        Value::Bool(b) => Some(IntValue::Small(b as i64)),
        _ => vm.to_bigint(v).map(IntValue::Big),
    }
}

impl PercentHost for Host<'_> {
    type Value = Value;
    type Error = Error;

    fn get_item(&mut self, mapping: &Value, key: &str) -> Result<Value, Error> {
        let k = if self.bytes {
            Self::py(self.vm.new_bytes(key.chars().map(|c| c as u32 as u8).collect()))?
        } else {
            Self::py(self.vm.new_str(key))?
        };
        Self::py(self.vm.getitem(*mapping, k))
    }

    fn as_int(&mut self, v: &Value) -> Result<Option<IntValue>, Error> {
        Ok(int_value(self.vm, *v))
    }

    fn to_text(&mut self, v: &Value, conv: Conversion) -> Result<String, Error> {
        let v = *v;
        if !self.bytes {
            return Self::py(match conv {
                Conversion::Str => self.vm.str_string(v),
                Conversion::Repr => self.vm.repr_string(v),
                Conversion::Ascii => self.vm.repr_string(v).map(|r| pyx_text::repr::ascii_escape(&r)),
            });
        }
        // bytes: %r and %a are ascii(repr(v)); %s and %b take the bytes of
        // a bytes-like object or of __bytes__().
        if !matches!(conv, Conversion::Str) {
            let r = Self::py(self.vm.repr_string(v))?;
            return Ok(pyx_text::repr::ascii_escape(&r));
        }
        let b = match self.vm.payload(v) {
            Some(Payload::Bytes(b)) => b.to_vec(),
            Some(Payload::ByteArray(b)) => b.clone(),
            _ => {
                let t = self.vm.type_of(v);
                let Some(m) = crate::interp::typesys::lookup(self.vm, t, self.vm.n.__bytes__) else {
                    let msg = format!("%b requires a bytes-like object, or an object that implements __bytes__, not '{}'", self.vm.type_name(v));
                    return Err(self.type_error(msg));
                };
                let r = Self::py(self.vm.call_unbound(m, v, &[]))?;
                Self::py(crate::builtins::types::bytes::bytes_like(self.vm, r))?
            }
        };
        Ok(b.iter().map(|&c| c as char).collect())
    }

    fn to_integer(&mut self, v: &Value, code: char) -> Result<IntValue, Error> {
        let v = *v;
        let index_only = matches!(code, 'o' | 'x' | 'X');
        match self.vm.num(v) {
            Some(Num::I(i)) => return Ok(IntValue::Small(i)),
            Some(Num::B(b)) => return Ok(IntValue::Big(b)),
            Some(Num::F(f)) if !index_only => {
                let i = Self::py(crate::builtins::types::int::float_to_int(self.vm, f))?;
                return int_value(self.vm, i).ok_or_else(|| Error::Text(int_code_type_error(code, "float")));
            }
            _ => {}
        }
        let t = self.vm.type_of(v);
        let hook = if crate::interp::typesys::lookup(self.vm, t, self.vm.n.__index__).is_some() {
            Some(Self::py(self.vm.index_value(v))?)
        } else if !index_only && self.vm.num(v).is_none() {
            match crate::interp::typesys::lookup(self.vm, t, self.vm.n.__int__) {
                Some(m) => Some(Self::py(self.vm.call_unbound(m, v, &[]))?),
                None => None,
            }
        } else {
            None
        };
        match hook.and_then(|i| int_value(self.vm, i)) {
            Some(i) => Ok(i),
            None => Err(Error::Text(int_code_type_error(code, &self.vm.type_name(v)))),
        }
    }

    fn to_float(&mut self, v: &Value) -> Result<f64, Error> {
        let v = *v;
        if let Some(n) = self.vm.num(v) {
            if let Some(f) = n.to_f64() {
                return Ok(f);
            }
        } else if self.vm.str_of(v).is_none() && !matches!(self.vm.payload(v), Some(Payload::Bytes(_))) {
            let t = self.vm.type_of(v);
            if crate::interp::typesys::lookup(self.vm, t, self.vm.n.__float__).is_some() || crate::interp::typesys::lookup(self.vm, t, self.vm.n.__index__).is_some() {
                return Self::py(crate::builtins::types::float::float_from_value(self.vm, v));
            }
        }
        let msg = format!("must be real number, not {}", self.vm.type_name(v));
        Err(self.type_error(msg))
    }

    fn accepts_b(&self) -> bool {
        self.bytes
    }

    /// The check covers the transient peak: the argument's text beside
    /// the result (an argument padded or cut is laid out through a
    /// `Vec<char>`, 4 bytes a character, but those are the rare case),
    /// and bytes are converted from their latin-1 view once more (measured
    /// peaks: 2x the text for str, 8x for bytes).
    fn reserve(&mut self, bytes: usize) -> Result<(), Error> {
        let peak = if self.bytes { 8 } else { 2 };
        Self::py(self.vm.reserve(bytes.saturating_mul(peak)))
    }

    fn char_source(&mut self, v: &Value) -> Result<CharSource, Error> {
        let v = *v;
        if !self.bytes {
            return Ok(match (int_value(self.vm, v), self.vm.str_of(v)) {
                (Some(i), _) => CharSource::Int(i),
                (None, Some(s)) => CharSource::Str(s.to_string()),
                _ => CharSource::Other,
            });
        }
        if let Some(i) = int_value(self.vm, v) {
            return match i.to_i64().filter(|c| (0..256).contains(c)) {
                Some(c) => Ok(CharSource::Str(char::from(c as u8).to_string())),
                None => Err(Error::Py(self.vm.overflow_error("%c arg not in range(256)"))),
            };
        }
        match self.vm.payload(v) {
            Some(Payload::Bytes(b)) if b.len() == 1 => Ok(CharSource::Str(char::from(b[0]).to_string())),
            Some(Payload::ByteArray(b)) if b.len() == 1 => Ok(CharSource::Str(char::from(b[0]).to_string())),
            _ => Err(self.type_error("%c requires an integer in range(256) or a single byte".to_string())),
        }
    }
}

/// `fmt % args` for a str format (`bytes`: false) or the latin-1 view of a
/// bytes format (`bytes`: true; the result is again a latin-1 view).
pub fn percent_format(vm: &mut Vm, fmt: &str, args: Value, bytes: bool) -> PyResult<String> {
    let tuple = vm.tuple_items(args).map(|t| t.to_vec());
    // CPython: a non-tuple, non-str argument with __getitem__ is a mapping;
    // for a bytes format not a bytes or bytearray either (found by the
    // diff fuzzer: `b'xy' % b'a'` is "not all arguments converted").
    let bytes_arg = bytes && matches!(vm.payload(args), Some(Payload::Bytes(_) | Payload::ByteArray(_)));
    let is_mapping = tuple.is_none() && vm.str_of(args).is_none() && !bytes_arg && {
        let t = vm.type_of(args);
        crate::interp::typesys::lookup(vm, t, vm.n.__getitem__).is_some()
    };
    let args = match tuple {
        Some(items) => PercentArgs::Tuple(items),
        None => PercentArgs::Single(args),
    };
    let limit = vm.digit_limit();
    let mut host = Host { vm, bytes };
    match pyx_text::printf::percent_format(fmt, args, is_mapping, &mut host, limit) {
        Ok(s) => Ok(s),
        Err(Error::Text(e)) if bytes && e.message() == "not all arguments converted during string formatting" => {
            Err(host.vm.type_error("not all arguments converted during bytes formatting"))
        }
        Err(Error::Text(e)) => Err(host.vm.text_err(e)),
        Err(Error::Py(u)) => Err(u),
    }
}
