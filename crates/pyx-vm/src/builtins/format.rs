//! Glue to `pyx-text` (CPython-exact text algorithms): float repr, the
//! format-spec mini-language, and mapping its errors to exceptions.

use pyx_text::TextError;

use crate::object::Payload;
use crate::object::value::Value;
use crate::interp::vm::{PyResult, Unwind, Vm};

pub fn float_repr(f: f64) -> String {
    pyx_text::float_repr::repr_float(f)
}

impl Vm {
    pub fn text_err(&mut self, e: TextError) -> Unwind {
        let ty = match e {
            TextError::ValueError(_) => self.t.value_error,
            TextError::OverflowError(_) => self.t.overflow_error,
            TextError::TypeError(_) => self.t.type_error,
            TextError::IndexError(_) => self.t.index_error,
            TextError::KeyError(_) => self.t.key_error,
            TextError::MemoryError(_) => self.t.memory_error,
            #[allow(unreachable_patterns)]
            _ => self.t.zero_division_error,
        };
        self.exc_msg(ty, e.message().to_string())
    }

    /// Check before formatting that the padding and digits `spec` asks
    /// for fit the memory budget: a huge width or precision stops here,
    /// before the host allocates it.
    ///
    /// The check covers the transient peak, three times the text: the text
    /// is built, then copied into the heap object (measured: 553 MB RSS
    /// for a 200 MB result).
    pub fn reserve_format_spec(&mut self, spec: &str) -> PyResult<()> {
        self.reserve(pyx_text::format_spec::spec_output_bound(spec).saturating_mul(3))
    }

    /// `format(value, spec)`.
    pub fn format(&mut self, v: Value, spec: Value) -> PyResult<Value> {
        let spec_s = match self.str_of(spec) {
            Some(s) => s.to_string(),
            None => {
                return Err(self.type_error(format!(
                    "format() argument 2 must be str, not {}",
                    self.type_name(spec)
                )))
            }
        };
        self.reserve_format_spec(&spec_s)?;
        // Built-in fast paths (exact types only: subclasses may override).
        let t = self.type_of(v);
        let builtin = self.type_data(t).builtin;
        if builtin {
            match v {
                Value::Int(i) => {
                    let s = pyx_text::format_spec::format_int(i.into(), &spec_s, "int", self.digit_limit())
                        .map_err(|e| self.text_err(e))?;
                    return self.new_string(s);
                }
                Value::Bool(b) if spec_s.is_empty() => {
                    return self.new_str(if b { "True" } else { "False" });
                }
                Value::Bool(b) => {
                    let s = pyx_text::format_spec::format_int((b as i64).into(), &spec_s, "int", self.digit_limit())
                        .map_err(|e| self.text_err(e))?;
                    return self.new_string(s);
                }
                Value::Float(f) => {
                    let s = pyx_text::format_spec::format_float(f, &spec_s, "float").map_err(|e| self.text_err(e))?;
                    return self.new_string(s);
                }
                Value::Obj(r) => match &self.heap.get(r).payload {
                    Payload::Str(s) => {
                        if spec_s.is_empty() {
                            return Ok(v);
                        }
                        let out = pyx_text::format_spec::format_str(&s.s, &spec_s, "str").map_err(|e| self.text_err(e))?;
                        return self.new_string(out);
                    }
                    Payload::Int(b) => {
                        let out = pyx_text::format_spec::format_int(b.into(), &spec_s, "int", self.digit_limit());
                        let out = out.map_err(|e| self.text_err(e))?;
                        return self.new_string(out);
                    }
                    _ => {}
                },
                _ => {}
            }
        }
        match crate::interp::typesys::lookup(self, t, self.n.__format__) {
            Some(m) => {
                let r = self.call_unbound(m, v, &[spec])?;
                if self.pystr(r).is_none() {
                    return Err(self.type_error(format!(
                        "__format__ must return a str, not {}",
                        self.type_name(r)
                    )));
                }
                Ok(r)
            }
            None => Err(self.type_error("object has no __format__")),
        }
    }
}
