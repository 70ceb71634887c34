//! The conformance suite: every `tests/conformance/<area>/<name>.py` is run
//! through `pyx` and its output compared with CPython 3.11's, recorded in
//! `<name>.expected` by `tests/tools/gen_expected.py` (same format: stdout,
//! then on a non-zero exit `--- exit N ---` and the last line of stderr).
//!
//! The `stdlib` area (expected output by `tests/tools/gen_stdlib_expected.py`)
//! also holds importer scenarios: `stdlib/importer/<s>/main.py` runs with
//! the scenario directory granted as the import root `root`
//! (`--import-path`), and is compared with `stdlib/importer/<s>.expected`.
//!
//! A program that differs fails the test unless it is listed in
//! `tests/conformance/DIFFERENCES.md` (deliberate differences, with reasons)
//! or in `tests/conformance/GAPS.md` (known gaps still to fix; listed so a
//! regression elsewhere is caught). The test prints per-area counts and
//! `conformance: N passed, M failed`. Set `PYX_CONFORMANCE_FILTER=substr`
//! to run a subset, `PYX_CONFORMANCE_DIFF=1` to print diffs,
//! `PYX_CONFORMANCE_FLAGS="-X gc_stress"` to give pyx extra flags.

mod suite;

#[test]
fn conformance() {
    suite::run_suite(&[], suite::Timeouts::Fail);
}
