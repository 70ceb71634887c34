//! The conformance suite again, with a collection at every safe point
//! (`pyx -X gc_stress`): a native that holds an object across a call back
//! into Python without rooting it sees the object freed at once, and the
//! next use of its handle stops the run with an internal error, so the
//! output differs from CPython's. Outputs must match exactly as in the
//! plain run; a program that runs out of time in this slow mode is listed
//! and not judged, so the test does not depend on the machine's speed.
//! (The security programs run under stress in `attack_caps.rs`.)

mod suite;

#[test]
fn conformance_under_gc_stress() {
    suite::run_suite(&["-X", "gc_stress"], suite::Timeouts::Skip);
}
