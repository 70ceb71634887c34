//! Built-in types written in Python (`prelude.py`): `types.GenericAlias`
//! (`list[int]`) and `types.UnionType` (`int | str`). Their behaviour is
//! all attribute plumbing and reprs, clearer in Python than in Rust.
//!
//! The source is compiled once per process; each interpreter runs it at
//! most once, the first time it needs one of these types, in a private
//! namespace with every native built-in. Its frames (`<frozen types>`)
//! stay out of tracebacks, as native code would.

use std::sync::{Arc, OnceLock};

use crate::object::code::CodeObject;
use crate::object::value::Value;
use crate::interp::vm::{PyResult, Vm};

const SOURCE: &str = include_str!("prelude.py");
const FILENAME: &str = "<frozen types>";

fn code() -> Option<Arc<CodeObject>> {
    static CODE: OnceLock<Option<Arc<CodeObject>>> = OnceLock::new();
    CODE.get_or_init(|| crate::builtins::compile_shared(SOURCE, FILENAME)).clone()
}

impl Vm {
    /// A name defined by the prelude (running it first if needed).
    pub fn prelude(&mut self, name: &str) -> PyResult<Value> {
        let ns = match self.prelude_ns {
            Some(ns) => ns,
            None => {
                let Some(code) = code() else { return Err(self.runtime_error("pyx-vm: the prelude does not compile")) };
                let ns = self.new_dict()?;
                self.temp_roots.push(Value::Obj(ns));
                let r = (|| {
                    let b = crate::builtins::fresh_builtins(self)?;
                    self.dict_set(ns, Value::Obj(self.n.__builtins__), Value::Obj(b))?;
                    let n = self.new_str("types")?;
                    self.dict_set(ns, Value::Obj(self.n.__name__), n)?;
                    self.enter_native()?;
                    let r = self.run_code(&code, ns, Value::Obj(ns));
                    self.leave_native();
                    r
                })();
                self.temp_roots.pop();
                r?;
                self.prelude_ns = Some(ns);
                ns
            }
        };
        let k = self.intern(name);
        match self.dict_get_str(ns, k) {
            Some(v) => Ok(v),
            None => Err(self.runtime_error(format!("pyx-vm: the prelude has no {name}"))),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_prelude_compiles() {
        assert!(super::code().is_some());
    }
}
