//! Wall-clock limits for every interpreter of the process, kept by one
//! timer thread: arming and disarming a deadline is a map insert and
//! remove under a lock (about a microsecond), where a thread per run cost
//! about a hundred. The VM never reads a clock: the timer sets the run's
//! deadline flag, which the VM polls with its interrupt checks.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};

struct Timer {
    state: Mutex<State>,
    wake: Condvar,
}

#[derive(Default)]
struct State {
    /// Armed deadlines, earliest first (the id keeps equal instants apart).
    armed: BTreeMap<(Instant, u64), Arc<AtomicBool>>,
    next_id: u64,
    started: bool,
    /// When the timer thread wakes next by itself (`None`: only when
    /// notified). An arm later than this needs no wake-up.
    waiting_until: Option<Instant>,
}

fn timer() -> &'static Timer {
    static TIMER: OnceLock<Timer> = OnceLock::new();
    TIMER.get_or_init(|| Timer { state: Mutex::new(State::default()), wake: Condvar::new() })
}

/// An armed deadline; dropping it disarms it.
pub(crate) struct Deadline {
    key: (Instant, u64),
}

/// Set `flag` once `after` has passed, unless the returned [`Deadline`]
/// is dropped first.
pub(crate) fn arm(after: Duration, flag: Arc<AtomicBool>) -> Deadline {
    let t = timer();
    let at = Instant::now().checked_add(after).unwrap_or_else(|| Instant::now() + Duration::from_secs(1 << 30));
    let mut st = t.state.lock().unwrap_or_else(|p| p.into_inner());
    let key = (at, st.next_id);
    st.next_id += 1;
    let wake = st.waiting_until.map_or(true, |w| at < w);
    st.armed.insert(key, flag);
    if !st.started {
        st.started = true;
        let spawned = std::thread::Builder::new().name("pyx-deadlines".into()).spawn(run_timer);
        if spawned.is_err() {
            // No timer thread: limits fall back to the other caps.
            st.started = false;
        }
    } else if wake {
        st.waiting_until = Some(at);
        t.wake.notify_one();
    }
    Deadline { key }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        let t = timer();
        let mut st = t.state.lock().unwrap_or_else(|p| p.into_inner());
        st.armed.remove(&self.key);
    }
}

fn run_timer() {
    let t = timer();
    let mut st = t.state.lock().unwrap_or_else(|p| p.into_inner());
    loop {
        let now = Instant::now();
        while let Some((&key, _)) = st.armed.iter().next() {
            if key.0 > now {
                break;
            }
            if let Some(flag) = st.armed.remove(&key) {
                flag.store(true, Ordering::Relaxed);
            }
        }
        // With nothing armed, keep the last wake-up time that is still
        // ahead: runs that arm and disarm a later deadline then never
        // wake this thread.
        let target = match st.armed.keys().next() {
            Some(&(at, _)) => Some(at),
            None => st.waiting_until.filter(|w| *w > now),
        };
        st.waiting_until = target;
        st = match target {
            Some(at) => t.wake.wait_timeout(st, at.saturating_duration_since(now)).map(|(g, _)| g).unwrap_or_else(|p| p.into_inner().0),
            None => t.wake.wait(st).unwrap_or_else(|p| p.into_inner()),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deadline_fires_unless_disarmed() {
        let fired = Arc::new(AtomicBool::new(false));
        let kept = Arc::new(AtomicBool::new(false));
        let _d = arm(Duration::from_millis(20), fired.clone());
        drop(arm(Duration::from_millis(10), kept.clone()));
        let start = Instant::now();
        while !fired.load(Ordering::Relaxed) {
            assert!(start.elapsed() < Duration::from_secs(60), "the deadline never fired");
            std::thread::sleep(Duration::from_millis(1));
        }
        assert!(!kept.load(Ordering::Relaxed));
    }
}
