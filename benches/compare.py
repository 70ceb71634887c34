"""Compare pyx with CPython 3.11: CPU time and peak memory per program.

Run it with CPython from the repository root (any directory works):

    python3 benches/compare.py                       # every program, 5 runs each
    python3 benches/compare.py fib chaos --runs 7    # some programs
    python3 benches/compare.py own                   # our benches/programs/*.py
    python3 benches/compare.py pyperformance --json target/bench.json
    python3 benches/compare.py --list                # what there is, and what is skipped

For every program the harness first runs it once under each interpreter
and compares standard output: a program that fails or prints something
different under pyx is reported (with the reason) and not timed. Then it
runs it --runs times under each, alternating the two interpreters so that
load from other processes on a shared machine falls on both alike, and
reports the median CPU time (user + system of the child, from wait4) and
the median peak resident memory (ru_maxrss), the ratio pyx / CPython of
each, and the geometric mean of the ratios. Every timed run's output is
checked again.

The interpreters:
- --python: CPython 3.11's executable, followed through symlinks and
  refused unless it is an ELF binary. A pyenv shim (a shell script that
  picks an interpreter, ~80 ms per start) would otherwise be timed, which
  is how earlier figures went wrong. Default: /usr/bin/python3.11, else the
  first `python3.11` / `python3` on PATH that resolves to a binary.
- --pyx: default target/release/pyx (build it first:
  `cargo build --release -j 1 -p pyx-cli`).

The pyperformance programs (pyperformance 1.11.0's `bm_*/run_benchmark.py`)
are fetched at bench time, not committed: `pip download pyperformance==1.11.0
--no-deps` into target/bench-cache/, unpacked beside the wheel. They import
`pyperf`; benches/pyperf/pyperf.py, our own small stand-in, runs the
benchmarked function a fixed number of loops (PYPERFORMANCE_LOOPS below,
sized so CPython takes at least about a second) and prints one line that
both interpreters must agree on. It is put on the path of both interpreters
(pyx: --import-path; CPython: PYTHONPATH).
"""

import argparse
import datetime
import json
import math
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OWN_DIR = os.path.join(ROOT, "benches", "programs")
PYPERF_DIR = os.path.join(ROOT, "benches", "pyperf")
CACHE_DIR = os.path.join(ROOT, "target", "bench-cache")
PYPERFORMANCE_VERSION = "1.11.0"
ELF_MAGIC = b"\x7fELF"

# pyperformance benchmarks we run, with the loop count each gets: enough
# that CPython 3.11.2 (Debian's /usr/bin/python3.11) spends about 1.2 s of
# CPU on it on the machine the book's table was measured on (a shared
# 2-core AMD EPYC VM), from `--calibrate`, which recomputes them.
PYPERFORMANCE_LOOPS = {
    "chaos": 22,
    "comprehensions": 66001,
    "coroutines": 45,
    "deepcopy": 3315,
    "deltablue": 352,
    "fannkuch": 5,
    "float": 19,
    "generators": 24,
    "go": 10,
    "hexiom": 225,
    "json_dumps": 118,
    "json_loads": 3752,
    "logging": 10306,
    "meteor_contest": 15,
    "nbody": 17,
    "nqueens": 19,
    "pidigits": 8,
    "pprint": 1,
    "pyflate": 4,
    "raytrace": 6,
    "regex_v8": 72,
    "richards": 31,
    "scimark": 3,
    "spectral_norm": 16,
    "unpack_sequence": 81981,
}

# pyperformance benchmarks on the list to try that cannot run here at all.
PYPERFORMANCE_SKIPPED = {
    "mako": "needs the third-party mako package",
}


class Program:
    def __init__(self, name, suite, script, args=(), cwd=ROOT,
                 import_paths=(), read_dirs=()):
        self.name = name
        self.suite = suite
        self.script = script
        self.args = list(args)
        self.cwd = cwd
        self.import_paths = list(import_paths)
        self.read_dirs = list(read_dirs)

    def pyx_argv(self, pyx):
        argv = [pyx]
        for path in self.import_paths:
            argv += ["--import-path", path]
        for path in self.read_dirs:
            argv.append("--allow-read=" + path)
        return argv + [self.script] + self.args

    def python_argv(self, python):
        return [python, "-s", self.script] + self.args

    def python_env(self):
        env = dict(os.environ)
        env.pop("PYTHONSTARTUP", None)
        env.pop("PYTHONHOME", None)
        if self.import_paths:
            env["PYTHONPATH"] = os.pathsep.join(self.import_paths)
        else:
            env.pop("PYTHONPATH", None)
        return env


def fail(message):
    sys.exit("compare.py: " + message)


def is_elf(path):
    try:
        with open(path, "rb") as f:
            return f.read(4) == ELF_MAGIC
    except OSError:
        return False


def real_executable(given, what):
    """The binary GIVEN names, through PATH and symlinks; refuse scripts."""
    found = given if os.sep in given else shutil.which(given)
    if found is None or not os.path.exists(found):
        fail("%s %r not found" % (what, given))
    real = os.path.realpath(found)
    if not is_elf(real):
        fail("%s %r resolves to %s, which is not an ELF executable (a shell "
             "shim such as pyenv's?); pass the real interpreter binary"
             % (what, given, real))
    return real


def default_python():
    candidates = ["/usr/bin/python3.11"]
    for name in ("python3.11", "python3"):
        found = shutil.which(name)
        if found:
            candidates.append(found)
    for candidate in candidates:
        if os.path.exists(candidate) and is_elf(os.path.realpath(candidate)):
            return os.path.realpath(candidate)
    fail("no CPython binary found; pass --python PATH")


class Run:
    def __init__(self, cpu, rss_kb, wall, code, stdout, stderr, timed_out):
        self.cpu = cpu
        self.rss_kb = rss_kb
        self.wall = wall
        self.code = code
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out

    def problem(self):
        """None if the run finished cleanly, else one line saying why not."""
        if self.timed_out:
            return "timed out after %.0f s" % self.wall
        if self.code != 0:
            lines = [l for l in self.stderr.decode("utf-8", "replace")
                     .splitlines() if l.strip()]
            last = lines[-1].strip() if lines else "(no message)"
            return "exit status %d: %s" % (self.code, last[:160])
        return None


# GNU time, to read a child's peak RSS. Linux records a process's peak
# RSS at exec time from the memory it had before (`ru_maxrss` of a child
# forked from this script starts at this script's own peak, 16 MB and up
# after a few large outputs), so ru_maxrss from wait4 is floored at the
# harness's size: every small program read as ~16 MB (CPython's real
# `-c pass` is 8 MB), and after pyperformance's pprint and pyflate, 36 MB.
# GNU time is a small process; the peak it reports for its child is the
# child's own.
GNU_TIME = "/usr/bin/time"


def run_once(argv, cwd, env, timeout):
    """Run ARGV to completion; CPU time and peak RSS are the child's own."""
    use_time = os.access(GNU_TIME, os.X_OK)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(prefix="compare-rss-") as rss:
        if use_time:
            argv = [GNU_TIME, "-f", "%M", "-o", rss.name, "--"] + list(argv)
        start = time.monotonic()
        proc = subprocess.Popen(argv, cwd=cwd, env=env,
                                stdin=subprocess.DEVNULL, stdout=out,
                                stderr=err, start_new_session=True)
        done = threading.Event()
        killed = []

        def kill():
            if not done.is_set():
                killed.append(True)
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            done.set()
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        rss_kb = usage.ru_maxrss
        if use_time:
            # The last line is the peak (a line before it may say the
            # command exited with a non-zero status or was killed).
            lines = [l for l in open(rss.name).read().split() if l.isdigit()]
            if lines:
                rss_kb = int(lines[-1])
        # CPU: wait4 counts the children the child reaped (GNU time's one).
        return Run(cpu=usage.ru_utime + usage.ru_stime,
                   rss_kb=rss_kb, wall=wall, code=proc.returncode,
                   stdout=out.read(), stderr=err.read(),
                   timed_out=bool(killed))


def first_difference(expected, got):
    want = expected.decode("utf-8", "replace").splitlines()
    have = got.decode("utf-8", "replace").splitlines()
    for i, (a, b) in enumerate(zip(want, have)):
        if a != b:
            return "line %d: CPython %r, pyx %r" % (i + 1, a[:60], b[:60])
    if len(want) != len(have):
        return "CPython printed %d lines, pyx %d" % (len(want), len(have))
    return "outputs differ"


# ---------------------------------------------------------------- programs

def own_programs():
    programs = []
    for name in sorted(os.listdir(OWN_DIR)):
        if name.endswith(".py"):
            programs.append(Program(name[:-3], "own",
                                    os.path.join(OWN_DIR, name)))
    return programs


def pyperformance_dir():
    return os.path.join(CACHE_DIR, "pyperformance-" + PYPERFORMANCE_VERSION)


def fetch_pyperformance(python):
    """Download pyperformance's wheel once and unpack its benchmarks."""
    dest = pyperformance_dir()
    if os.path.isdir(os.path.join(dest, "benchmarks")):
        return dest
    os.makedirs(CACHE_DIR, exist_ok=True)
    wheel = os.path.join(CACHE_DIR, "pyperformance-%s-py3-none-any.whl"
                         % PYPERFORMANCE_VERSION)
    if not os.path.exists(wheel):
        print("fetching pyperformance %s with pip ..." % PYPERFORMANCE_VERSION,
              file=sys.stderr)
        subprocess.run([python, "-m", "pip", "download", "--no-deps",
                        "--only-binary=:all:", "-d", CACHE_DIR,
                        "pyperformance==" + PYPERFORMANCE_VERSION],
                       check=True, stdout=subprocess.DEVNULL)
    prefix = "pyperformance/data-files/"
    tmp = dest + ".partial"
    shutil.rmtree(tmp, ignore_errors=True)
    with zipfile.ZipFile(wheel) as z:
        for info in z.infolist():
            name = info.filename
            if not name.startswith(prefix + "benchmarks/bm_") or name.endswith("/"):
                continue
            rel = name[len(prefix):]
            parts = rel.split("/")
            if ".." in parts or rel.startswith("/"):
                fail("unexpected path in the wheel: %r" % name)
            target = os.path.join(tmp, *parts)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with z.open(info) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
    os.rename(tmp, dest)
    return dest


def pyperformance_program(name, loops):
    bm_dir = os.path.join(pyperformance_dir(), "benchmarks", "bm_" + name)
    script = os.path.join(bm_dir, "run_benchmark.py")
    return Program(name, "pyperformance", script,
                   args=["--loops", str(loops)], cwd=bm_dir,
                   import_paths=[PYPERF_DIR], read_dirs=[bm_dir])


def select(names, python):
    own = {p.name: p for p in own_programs()}
    wanted = names or ["own", "pyperformance"]
    chosen, skipped = [], []

    def add_pyperformance(name):
        if name in PYPERFORMANCE_SKIPPED:
            skipped.append((name, PYPERFORMANCE_SKIPPED[name]))
            return
        fetch_pyperformance(python)
        chosen.append(pyperformance_program(name, PYPERFORMANCE_LOOPS[name]))

    for name in wanted:
        if name == "own":
            chosen.extend(own.values())
        elif name == "pyperformance":
            for bm in sorted(PYPERFORMANCE_LOOPS):
                add_pyperformance(bm)
            for bm in sorted(PYPERFORMANCE_SKIPPED):
                skipped.append((bm, PYPERFORMANCE_SKIPPED[bm]))
        elif name.startswith("own/") and name[4:] in own:
            chosen.append(own[name[4:]])
        elif name in own and name not in PYPERFORMANCE_LOOPS:
            chosen.append(own[name])
        elif name.startswith("pyperformance/"):
            bm = name[len("pyperformance/"):]
            if bm not in PYPERFORMANCE_LOOPS and bm not in PYPERFORMANCE_SKIPPED:
                fail("unknown pyperformance program %r (see --list)" % bm)
            add_pyperformance(bm)
        elif name in PYPERFORMANCE_LOOPS or name in PYPERFORMANCE_SKIPPED:
            add_pyperformance(name)
        else:
            fail("unknown program %r (see --list)" % name)
    return chosen, skipped


# ------------------------------------------------------------- measuring

def measure(program, pyx, python, runs, timeout, progress):
    """One result dict for PROGRAM: status, and timings when it ran."""
    result = {"name": program.name, "suite": program.suite}
    env = program.python_env()
    pyx_argv = program.pyx_argv(pyx)
    py_argv = program.python_argv(python)
    reference = run_once(py_argv, program.cwd, env, timeout)
    problem = reference.problem()
    if problem:
        result.update(status="cpython-fails", reason=problem)
        return result
    check = run_once(pyx_argv, program.cwd, env, timeout)
    problem = check.problem()
    if problem:
        result.update(status="pyx-fails", reason=problem)
        return result
    if check.stdout != reference.stdout:
        result.update(status="output-differs",
                      reason=first_difference(reference.stdout, check.stdout))
        return result
    timings = {"pyx": [], "cpython": []}
    for i in range(runs):
        # Alternate which goes first too, so neither always follows the other.
        order = [("cpython", py_argv), ("pyx", pyx_argv)]
        if i % 2:
            order.reverse()
        for who, argv in order:
            run = run_once(argv, program.cwd, env, timeout)
            problem = run.problem()
            if problem is None and run.stdout != reference.stdout:
                problem = "output differs on a timed run: " + \
                    first_difference(reference.stdout, run.stdout)
            if problem:
                status = "pyx-fails" if who == "pyx" else "cpython-fails"
                result.update(status=status, reason=problem)
                return result
            timings[who].append({"cpu": run.cpu, "rss_kb": run.rss_kb,
                                 "wall": run.wall})
        progress(".")
    summary = {}
    for who, rows in timings.items():
        summary[who] = {
            "cpu_median": statistics.median(r["cpu"] for r in rows),
            "rss_kb_median": statistics.median(r["rss_kb"] for r in rows),
            "runs": rows,
        }
    result.update(status="ok", **summary)
    result["cpu_ratio"] = summary["pyx"]["cpu_median"] / summary["cpython"]["cpu_median"]
    result["rss_ratio"] = summary["pyx"]["rss_kb_median"] / summary["cpython"]["rss_kb_median"]
    return result


def geomean(values):
    values = list(values)
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def calibrate(programs, python, timeout, target):
    """Loop counts that make CPython spend about TARGET seconds of CPU.

    The cost of one loop is measured as the difference between a run of
    one loop and a run of enough loops to take a good fraction of a second,
    so start-up and import time are not counted as work.
    """
    print("PYPERFORMANCE_LOOPS = {")
    for program in programs:
        if program.suite != "pyperformance":
            continue

        def cpu(loops):
            p = pyperformance_program(program.name, loops)
            run = run_once(p.python_argv(python), p.cwd, p.python_env(), timeout)
            if run.problem():
                raise RuntimeError(run.problem())
            return run.cpu

        try:
            base = cpu(1)
            loops = 2
            while True:
                spent = cpu(loops) - base
                if spent >= target / 3 or loops >= 10 ** 6:
                    break
                loops *= max(2, min(100, int(target / 3 / max(spent, 1e-3)) + 1))
        except RuntimeError as e:
            print("    # %s: CPython fails: %s" % (program.name, e))
            continue
        per_loop = spent / (loops - 1)
        fixed = max(base - per_loop, 0.0)
        need = max(1, math.ceil((target - fixed) / per_loop))
        print('    "%s": %d,  # %.4f s per loop, %.3f s fixed' % (
            program.name, need, per_loop, fixed))
    print("}")


# ------------------------------------------------------------- reporting

def git_commit():
    try:
        commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                                capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain",
                                "--untracked-files=no"],
                               capture_output=True, text=True).stdout.strip()
        return commit + ("+dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def print_table(results, skipped, runs):
    header = "%-30s %9s %9s %7s %8s %8s %6s" % (
        "program", "pyx s", "cpython s", "ratio", "pyx MB", "cpy MB", "mem")
    print(header)
    print("-" * len(header))
    for r in results:
        label = "%s/%s" % (r["suite"], r["name"]) if r["suite"] != "own" else r["name"]
        if r["status"] == "ok":
            print("%-30s %9.3f %9.3f %6.2fx %8.1f %8.1f %5.2fx" % (
                label, r["pyx"]["cpu_median"], r["cpython"]["cpu_median"],
                r["cpu_ratio"], r["pyx"]["rss_kb_median"] / 1024,
                r["cpython"]["rss_kb_median"] / 1024, r["rss_ratio"]))
        else:
            print("%-30s %s: %s" % (label, r["status"], r["reason"]))
    for name, why in skipped:
        print("%-30s skipped: %s" % ("pyperformance/" + name, why))
    ok = [r for r in results if r["status"] == "ok"]
    if ok:
        print("-" * len(header))
        print("geomean over %d programs (median of %d runs each): CPU time %.2fx, "
              "peak RSS %.2fx" % (len(ok), runs, geomean(r["cpu_ratio"] for r in ok),
                                  geomean(r["rss_ratio"] for r in ok)))


def print_markdown(saved):
    info = saved["info"]
    print("| program | pyx CPU s | CPython CPU s | time ratio | pyx MB | CPython MB | memory ratio |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    ok = []
    for r in saved["results"]:
        label = r["name"] if r["suite"] == "own" else "%s/%s" % (r["suite"], r["name"])
        if r["status"] != "ok":
            print("| %s | %s: %s | | | | | |" % (label, r["status"], r["reason"]))
            continue
        ok.append(r)
        print("| %s | %.2f | %.2f | %.2fx | %.0f | %.0f | %.2fx |" % (
            label, r["pyx"]["cpu_median"], r["cpython"]["cpu_median"], r["cpu_ratio"],
            r["pyx"]["rss_kb_median"] / 1024, r["cpython"]["rss_kb_median"] / 1024,
            r["rss_ratio"]))
    if ok:
        print("| **geomean** (%d programs) | | | **%.2fx** | | | **%.2fx** |" % (
            len(ok), geomean(r["cpu_ratio"] for r in ok),
            geomean(r["rss_ratio"] for r in ok)))
    print()
    print("Measured %s, pyx commit %s, CPython %s, median of %d runs; %s." % (
        info["date"], info["commit"], info["python_version"], info["runs"], info["machine"]))


def write_json(path, info, results, skipped):
    with open(path, "w") as f:
        json.dump({"info": info, "results": results,
                   "skipped": [{"name": n, "reason": w} for n, w in skipped]},
                  f, indent=1)
        f.write("\n")


def main():
    parser = argparse.ArgumentParser(
        description="Time pyx against CPython 3.11 (CPU time, peak RSS).",
        epilog="PROGRAM is a name from --list, or 'own' / 'pyperformance' for a "
               "whole suite; default: both suites.")
    parser.add_argument("programs", nargs="*", metavar="PROGRAM")
    parser.add_argument("--runs", type=int, default=5,
                        help="timed runs per interpreter and program (default 5)")
    parser.add_argument("--pyx", default=os.path.join(ROOT, "target", "release", "pyx"),
                        help="the pyx binary (default target/release/pyx)")
    parser.add_argument("--python", help="CPython 3.11's binary (default "
                        "/usr/bin/python3.11 or the first on PATH that is a binary)")
    parser.add_argument("--json", metavar="FILE", help="also write every run to FILE")
    parser.add_argument("--timeout", type=float, default=300,
                        help="seconds before one run is killed (default 300)")
    parser.add_argument("--list", action="store_true", help="list the programs and exit")
    parser.add_argument("--markdown", metavar="JSON",
                        help="print a saved --json run as a Markdown table and exit")
    parser.add_argument("--calibrate", action="store_true",
                        help="print pyperformance loop counts for this machine and exit")
    args = parser.parse_args()
    if args.runs < 1:
        fail("--runs must be at least 1")

    if args.markdown:
        with open(args.markdown) as f:
            print_markdown(json.load(f))
        return

    if args.list:
        for p in own_programs():
            print("own/%s" % p.name)
        for name in sorted(PYPERFORMANCE_LOOPS):
            print("pyperformance/%s (%d loops)" % (name, PYPERFORMANCE_LOOPS[name]))
        for name in sorted(PYPERFORMANCE_SKIPPED):
            print("pyperformance/%s skipped: %s" % (name, PYPERFORMANCE_SKIPPED[name]))
        return

    python = real_executable(args.python, "--python") if args.python else default_python()
    version = subprocess.run([python, "-c", "import sys; print(sys.version.split()[0])"],
                             capture_output=True, text=True).stdout.strip()
    if not version.startswith("3.11."):
        print("warning: %s is Python %s, not 3.11" % (python, version), file=sys.stderr)
    programs, skipped = select(args.programs, python)

    if args.calibrate:
        calibrate(programs, python, args.timeout, target=1.2)
        return

    pyx = real_executable(args.pyx, "--pyx")
    info = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": git_commit(),
        "pyx": pyx,
        "python": python,
        "python_version": version,
        "runs": args.runs,
        "machine": "%s, %d cores, %s" % (cpu_model(), os.cpu_count() or 0,
                                         platform.platform()),
        "load_average_at_start": os.getloadavg(),
    }
    print("pyx %s (commit %s) vs CPython %s (%s); median of %d runs; %s" % (
        pyx, info["commit"], version, python, args.runs, info["date"]))
    print("machine: %s; load average at start %.2f" % (info["machine"],
                                                       info["load_average_at_start"][0]))

    results = []
    for program in programs:
        label = "%s/%s" % (program.suite, program.name)
        print("  %-32s" % label, end="", file=sys.stderr, flush=True)
        t0 = time.monotonic()
        result = measure(program, pyx, python, args.runs, args.timeout,
                         lambda s: print(s, end="", file=sys.stderr, flush=True))
        print(" %s (%.0f s)" % (result["status"], time.monotonic() - t0),
              file=sys.stderr, flush=True)
        results.append(result)
        if args.json:  # after every program, so an interrupted run keeps its results
            write_json(args.json, info, results, skipped)
    info["load_average_at_end"] = os.getloadavg()

    print_table(results, skipped, args.runs)
    ok = [r for r in results if r["status"] == "ok"]
    info["geomean_cpu_ratio"] = geomean(r["cpu_ratio"] for r in ok)
    info["geomean_rss_ratio"] = geomean(r["rss_ratio"] for r in ok)
    if args.json:
        write_json(args.json, info, results, skipped)


if __name__ == "__main__":
    main()
