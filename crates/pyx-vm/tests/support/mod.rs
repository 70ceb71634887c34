//! Running source on a bare [`Vm`] for the VM's own tests: the steps the
//! host front (`pyx::embed::Interpreter`) takes for a run, without its
//! grants, clock or watchdog.

#![allow(dead_code)]

use pyx_vm::{CaptureSink, Limits, ObjRef, Termination, Unwind, Value, Vm};

/// How a run ended, when it did not end normally.
#[derive(Debug)]
pub enum Ended {
    Limit(Termination),
    Exception { type_name: String, traceback: String },
}

impl std::fmt::Display for Ended {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Ended::Limit(t) => write!(f, "terminated: {t}"),
            Ended::Exception { traceback, .. } => f.write_str(traceback),
        }
    }
}

/// A VM with its `__main__` namespace and captured stdout.
pub struct Session {
    pub vm: Vm,
    pub out: CaptureSink,
    main: ObjRef,
}

impl Session {
    pub fn new(limits: Limits, hash_seed: u64) -> Session {
        let mut vm = Vm::new(limits, hash_seed);
        let out = CaptureSink::default();
        vm.set_output(Box::new(out.clone()), Box::new(pyx_vm::NullSink));
        let main = pyx_vm::host::register_module(&mut vm, "__main__", Vec::new()).expect("__main__");
        let main = vm.attr_dict(main).expect("a module namespace");
        let (b, bk) = (vm.builtins_dict(), vm.names().__builtins__);
        vm.dict_set(main, Value::Obj(bk), Value::Obj(b)).expect("__builtins__");
        Session { vm, out, main }
    }

    /// Compile and run `src` in `__main__`.
    pub fn run(&mut self, src: &str) -> Result<(), Ended> {
        let vm = &mut self.vm;
        vm.begin_run();
        let g = self.main;
        let r = pyx_vm::compile_source(vm, src, "t.py", "exec").and_then(|code| vm.run_code(&code, g, Value::Obj(g)));
        let r = match r {
            Ok(_) => Ok(()),
            Err(Unwind::Terminate(t)) => Err(Ended::Limit(t)),
            Err(Unwind::Exception(x)) => {
                let (type_name, _) = vm.exc_summary(x);
                let traceback = vm.format_exception(x);
                Err(Ended::Exception { type_name, traceback })
            }
        };
        vm.end_run();
        r
    }

    /// The stdout written so far, taken.
    pub fn take_out(&self) -> String {
        std::mem::take(&mut *self.out.0.lock().expect("sink"))
    }
}
