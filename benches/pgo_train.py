"""Run the training set for profile-guided optimisation (benches/pgo.sh).

    python3 benches/pgo_train.py --pyx PATH [--all]

PATH is a pyx built with `-Cprofile-generate`; every run of it adds a
.profraw file to the directory it was built for. The set, each program
sized down (an instrumented pyx is slower, and the profile needs the shape
of the work, not the amount):

- our benches/programs/*.py with a tenth of their default size;
- the pyperformance programs with a tenth of compare.py's loop counts
  (at least one): by default every other one in alphabetical order
  (chaos, coroutines, deltablue, ...), so that timing the others, which
  took no part in training, shows whether the profile generalises;
  --all takes all of them;
- every fourth conformance program (tests/conformance/<area>/*.py, in
  sorted order, without the importer scenarios).

A program that fails is reported and skipped: a failure still profiles
the code it ran, and the build that follows does not depend on it.
"""

import argparse
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compare  # noqa: E402  (the programs and how they are run)

# Our programs' sizes for training: a tenth of each default.
OWN_SIZES = {
    "dict_str": 800000,
    "fib": 30,
    "float_loop": 2000000,
    "generators": 1000000,
    "int_loop": 1200000,
    "method_calls": 500000,
}


def training_set(python, everything):
    programs = []
    for p in compare.own_programs():
        size = OWN_SIZES.get(p.name)
        if size is not None:
            p.args = [str(size)]
        programs.append(p)
    compare.fetch_pyperformance(python)
    for i, name in enumerate(sorted(compare.PYPERFORMANCE_LOOPS)):
        if everything or i % 2 == 0:
            loops = max(1, compare.PYPERFORMANCE_LOOPS[name] // 10)
            programs.append(compare.pyperformance_program(name, loops))
    root = os.path.join(compare.ROOT, "tests", "conformance")
    scripts = []
    for area in sorted(os.listdir(root)):
        adir = os.path.join(root, area)
        if not os.path.isdir(adir):
            continue
        for dirpath, dirnames, filenames in os.walk(adir):
            dirnames[:] = sorted(d for d in dirnames if d != "importer")
            scripts.extend(os.path.join(dirpath, f) for f in sorted(filenames)
                           if f.endswith(".py"))
    for script in scripts[::4]:
        programs.append(compare.Program(
            os.path.relpath(script, root), "conformance", script,
            cwd=os.path.dirname(script)))
    return programs


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pyx", required=True, help="the instrumented pyx")
    parser.add_argument("--all", action="store_true",
                        help="train on every pyperformance program, not every other one")
    parser.add_argument("--timeout", type=float, default=120,
                        help="seconds before one run is killed (default 120)")
    args = parser.parse_args()
    pyx = compare.real_executable(args.pyx, "--pyx")
    programs = training_set(compare.default_python(), args.all)
    start = time.monotonic()
    failed = 0
    counts = {}
    for program in programs:
        counts[program.suite] = counts.get(program.suite, 0) + 1
        run = compare.run_once(program.pyx_argv(pyx), program.cwd,
                               program.python_env(), args.timeout)
        problem = run.problem()
        # A conformance program may end in an exception on purpose.
        if problem and (program.suite != "conformance" or run.timed_out):
            failed += 1
            print("pgo_train: %s/%s: %s" % (program.suite, program.name, problem),
                  file=sys.stderr)
    print("pgo_train: ran %s in %.0f s; %d failed" % (
        ", ".join("%d %s" % (n, s) for s, n in counts.items()),
        time.monotonic() - start, failed), file=sys.stderr)


if __name__ == "__main__":
    main()
