//! Resource limits and termination, checked in one place.
//!
//! A limit being hit is not a Python exception: it is `Unwind::Terminate`,
//! which no `except` clause or `finally` block sees. It unwinds every frame
//! and reaches the host as `Unwind::Terminate` (the embedding API's
//! `Error::Limit`).
//!
//! The VM never reads a clock: a host wanting a wall-clock deadline sets the
//! interrupt flag from another thread.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

#[derive(Clone, Debug)]
pub struct Limits {
    /// Execution steps (backward jumps, calls, per-element work of long
    /// built-ins). `None`: unlimited.
    pub max_steps: Option<u64>,
    /// Bytes the heap may hold.
    pub max_memory: Option<usize>,
    /// Python recursion depth (`RecursionError` beyond it; a Python
    /// exception, as in CPython).
    pub max_recursion: u32,
    /// Depth of native re-entry (repr/eq/hash/key functions calling back into
    /// Python). Bounds the Rust stack; exceeding it is a `RecursionError`.
    pub max_native_depth: u32,
    /// Bytes written to the output sinks.
    pub max_output: Option<usize>,
    /// Largest integer, in bits.
    pub max_int_bits: u64,
    /// Set from any thread to stop the interpreter at the next check.
    pub interrupt: Option<Arc<AtomicBool>>,
    /// The interrupt flags of the interpreters this one runs inside (a
    /// child made by the `interpreter` module): when the creator is stopped
    /// (its deadline passed, its host interrupted it), the child stops too.
    pub outer_interrupts: Vec<Arc<AtomicBool>>,
    /// GC-stress mode, for tests of the VM itself: collect at every safe
    /// point (every backward jump and every call back from a rooted native
    /// scope that follows an allocation). Slow; never for production.
    pub gc_stress: bool,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_steps: None,
            max_memory: None,
            max_recursion: 1000,
            max_native_depth: 200,
            max_output: None,
            max_int_bits: 1 << 26,
            interrupt: None,
            outer_interrupts: Vec::new(),
            gc_stress: false,
        }
    }
}

/// Why a run was terminated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Termination {
    Steps,
    Memory,
    Output,
    IntSize,
    Interrupted,
}

impl std::fmt::Display for Termination {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Termination::Steps => "execution step limit exceeded",
            Termination::Memory => "memory limit exceeded",
            Termination::Output => "output limit exceeded",
            Termination::IntSize => "integer size limit exceeded",
            Termination::Interrupted => "interrupted by the host",
        })
    }
}

/// Running counters against the limits.
pub struct Meter {
    /// Steps left before the next slow check (fuel or interrupt poll).
    pub budget: u64,
    /// Steps left overall (`u64::MAX` when unlimited).
    pub fuel: u64,
    pub output_left: usize,
    pub interrupt: Option<Arc<AtomicBool>>,
    pub outer_interrupts: Vec<Arc<AtomicBool>>,
    /// Set from any thread (a REPL's Ctrl-C handler) to raise a catchable
    /// `KeyboardInterrupt` in the running code at the next check. Unlike
    /// `interrupt` it is not a termination: the VM clears the flag when it
    /// raises, and the interpreter goes on.
    pub keyboard_interrupt: Option<Arc<AtomicBool>>,
    /// The last `Termination::Interrupted` came from `keyboard_interrupt`.
    pub keyboard_hit: bool,
}

/// How often (in steps) the interrupt flag is polled.
pub const POLL_EVERY: u64 = 1024;

impl Meter {
    pub fn new(l: &Limits) -> Meter {
        let fuel = l.max_steps.unwrap_or(u64::MAX);
        let budget = fuel.min(POLL_EVERY);
        Meter {
            budget,
            fuel: if fuel == u64::MAX { fuel } else { fuel - budget },
            output_left: l.max_output.unwrap_or(usize::MAX),
            interrupt: l.interrupt.clone(),
            outer_interrupts: l.outer_interrupts.clone(),
            keyboard_interrupt: None,
            keyboard_hit: false,
        }
    }

    /// Spend `n` steps.
    #[inline(always)]
    pub fn tick(&mut self, n: u64) -> Result<(), Termination> {
        if self.budget >= n {
            self.budget -= n;
            Ok(())
        } else {
            self.refill(n)
        }
    }

    /// Check the interrupt flags now, taking no steps: for a native whose
    /// work was charged up front and that runs on for long.
    pub fn poll(&mut self) -> Result<(), Termination> {
        self.refill(0)
    }

    /// Would the next poll stop the run (the host's interrupt, an outer
    /// interpreter's, or Ctrl-C)? Reads the flags without consuming any:
    /// for long work that is not Python steps (a collection) to stop at.
    pub fn stop_requested(&self) -> bool {
        self.interrupt.iter().chain(self.outer_interrupts.iter()).chain(self.keyboard_interrupt.iter()).any(|f| f.load(Ordering::Relaxed))
    }

    /// Make the next `tick` poll the flags (the steps left stay the same).
    pub fn poll_soon(&mut self) {
        if self.fuel != u64::MAX {
            self.fuel += self.budget;
        }
        self.budget = 0;
    }

    #[cold]
    fn refill(&mut self, n: u64) -> Result<(), Termination> {
        if let Some(flag) = &self.interrupt {
            if flag.load(Ordering::Relaxed) {
                return Err(Termination::Interrupted);
            }
        }
        if self.outer_interrupts.iter().any(|f| f.load(Ordering::Relaxed)) {
            return Err(Termination::Interrupted);
        }
        if let Some(flag) = &self.keyboard_interrupt {
            if flag.swap(false, Ordering::Relaxed) {
                self.keyboard_hit = true;
                return Err(Termination::Interrupted);
            }
        }
        if self.fuel == u64::MAX {
            // `n` is taken (there is no end to the fuel); the window is a
            // plain one, so a big charge does not defer the next poll by
            // as many steps (the attack table: a split into 20M pieces,
            // charged up front, was never stopped by the time limit).
            self.budget = POLL_EVERY;
            return Ok(());
        }
        // Remaining steps are `fuel + budget`; take `n`, refill the window.
        let total = self.fuel + self.budget;
        if total < n {
            self.fuel = 0;
            self.budget = 0;
            return Err(Termination::Steps);
        }
        let total = total - n;
        self.budget = total.min(POLL_EVERY);
        self.fuel = total - self.budget;
        Ok(())
    }

    /// Steps left in this run (`None`: unlimited).
    pub fn steps_left(&self) -> Option<u64> {
        if self.fuel == u64::MAX {
            None
        } else {
            Some(self.fuel + self.budget)
        }
    }

    /// Charge bytes of output.
    pub fn output(&mut self, n: usize) -> Result<(), Termination> {
        if n > self.output_left {
            self.output_left = 0;
            return Err(Termination::Output);
        }
        self.output_left -= n;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn fuel_runs_out() {
        let l = Limits { max_steps: Some(5000), ..Limits::default() };
        let mut m = Meter::new(&l);
        let mut n = 0u64;
        while m.tick(1).is_ok() {
            n += 1;
            assert!(n < 10_000);
        }
        assert_eq!(n, 5000);
    }
    #[test]
    fn interrupt_stops() {
        let flag = Arc::new(AtomicBool::new(false));
        let l = Limits { interrupt: Some(flag.clone()), ..Limits::default() };
        let mut m = Meter::new(&l);
        for _ in 0..5000 {
            m.tick(1).unwrap();
        }
        flag.store(true, Ordering::Relaxed);
        let mut stopped = false;
        for _ in 0..5000 {
            if m.tick(1).is_err() {
                stopped = true;
                break;
            }
        }
        assert!(stopped);
    }
    #[test]
    fn keyboard_interrupt_is_reported_once_and_cleared() {
        let flag = Arc::new(AtomicBool::new(false));
        let mut m = Meter::new(&Limits::default());
        m.keyboard_interrupt = Some(flag.clone());
        flag.store(true, Ordering::Relaxed);
        let mut hits = 0;
        for _ in 0..5000 {
            if m.tick(1).is_err() {
                hits += 1;
                assert!(std::mem::take(&mut m.keyboard_hit));
            }
        }
        assert_eq!(hits, 1);
        assert!(!flag.load(Ordering::Relaxed));
    }
}
