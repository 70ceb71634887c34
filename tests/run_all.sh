#!/usr/bin/env bash
# The whole test suite: the README's test command, run by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
# Every crate's tests, the conformance suite (plain and under GC stress),
# the security programs, the Python package against the extension cargo
# built, the C example.
cargo test --workspace --release
# The VM in a debug build: stale object handles are caught there.
cargo test -p pyx-vm --lib
# The Python package as a user installs it: wheel, fresh venv, pytest.
tests/python_wheel.sh
# The library crates as users take them one by one: documentation without
# warnings, and each packages and builds from its own tarball.
libs=(--workspace --exclude pyx-cli --exclude pyx-capi --exclude pyx-python)
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps "${libs[@]}"
# cargo unpacks the crates it just packaged into $CARGO_HOME/registry/src/
# under a name taken from target/package's path, and reuses an unpacking it
# finds there: a clone at the same path as an earlier run would build the
# earlier run's sources. Drop our own crates' old unpackings first, and
# the builds of an earlier run's packages (a registry crate of the same
# name and version counts as fresh, whatever its sources now say).
rm -rf "${CARGO_HOME:-$HOME/.cargo}"/registry/src/-*/pyx-* target/package
cargo package --allow-dirty "${libs[@]}"
