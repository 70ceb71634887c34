//! The host's real clock, granted to an interpreter with
//! [`Builder::clock`](super::Builder::clock). The VM never reads time
//! itself; this is where the embedding reads it for Python code.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub use pyx_vm::{Clock, VirtualClock};

/// The system's wall clock and a monotonic clock, in UTC (no local zone:
/// the host's zone is not Python code's to see).
pub struct SystemClock {
    start: Instant,
}

impl SystemClock {
    pub fn new() -> SystemClock {
        SystemClock { start: Instant::now() }
    }
}

impl Default for SystemClock {
    fn default() -> SystemClock {
        SystemClock::new()
    }
}

/// How long one wait lasts before the stop condition is polled again.
const SLEEP_GRAIN: Duration = Duration::from_millis(5);

impl Clock for SystemClock {
    fn wall_ns(&self) -> i128 {
        match SystemTime::now().duration_since(UNIX_EPOCH) {
            Ok(d) => d.as_nanos() as i128,
            Err(e) => -(e.duration().as_nanos() as i128),
        }
    }
    fn monotonic_ns(&self) -> u64 {
        self.start.elapsed().as_nanos().min(u64::MAX as u128) as u64
    }
    // process_ns: std has no CPU-time clock; the monotonic time since the
    // interpreter was made is the approximation (documented in the book).
    fn sleep_ns(&self, ns: u64, stop: &dyn Fn() -> bool) {
        let end = Instant::now().checked_add(Duration::from_nanos(ns));
        loop {
            if stop() {
                return;
            }
            let now = Instant::now();
            let left = match end {
                Some(e) if e > now => e - now,
                Some(_) => return,
                None => SLEEP_GRAIN,
            };
            std::thread::sleep(left.min(SLEEP_GRAIN));
        }
    }
}
