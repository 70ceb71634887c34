"""A small stand-in for the `pyperf` module, written for pyx's benchmark harness.

pyperformance's `run_benchmark.py` scripts use only a little of pyperf: a
`Runner` with `bench_func`, `bench_time_func`, `metadata`, `argparser` and
`parse_args`, and `perf_counter`.  This module provides exactly that, so the
scripts run unchanged under both CPython and pyx.

Differences from the real pyperf, on purpose:
- no worker processes, no warm-ups, no statistics: the benchmarked function
  runs a fixed number of loops (`--loops N` on the command line, default 1) in
  this one process, and benches/compare.py times the whole process from
  outside (CPU time and peak RSS of the child);
- timings measured inside the program are ignored (pyx has no `time` module,
  so `perf_counter` counts calls there instead of reading a clock);
- each benchmark prints one deterministic line (its name, the loop count and,
  for plain values, the result), so the harness can check pyx's output
  against CPython's before timing anything.
"""

import sys

try:
    from time import perf_counter
except ImportError:  # pyx: no clock; in-process timings are not used
    _ticks = [0]

    def perf_counter():
        _ticks[0] += 1
        return float(_ticks[0])


class _Namespace:
    def __repr__(self):
        return "Namespace(%s)" % ", ".join(
            "%s=%r" % kv for kv in sorted(vars(self).items()))


class _Arg:
    def __init__(self, names, kwargs):
        self.names = names
        self.positional = not names[0].startswith("-")
        dest = kwargs.get("dest")
        if dest is None:
            long = [n for n in names if n.startswith("--")]
            dest = (long or names)[0].lstrip("-").replace("-", "_")
        self.dest = dest
        self.action = kwargs.get("action", "store")
        self.type = kwargs.get("type")
        self.nargs = kwargs.get("nargs")
        self.choices = kwargs.get("choices")
        if "default" in kwargs:
            self.default = kwargs["default"]
        else:
            self.default = False if self.action == "store_true" else None

    def convert(self, text):
        value = self.type(text) if self.type is not None else text
        if self.choices is not None and value not in self.choices:
            raise SystemExit("pyperf: argument %s: invalid choice %r"
                             % (self.names[0], value))
        return value


class ArgParser:
    """The part of argparse.ArgumentParser the benchmark scripts use."""

    def __init__(self):
        self._args = []

    def add_argument(self, *names, **kwargs):
        if not names:
            raise TypeError("add_argument() needs a name")
        self._args.append(_Arg(list(names), kwargs))

    def parse_args(self, argv):
        ns = _Namespace()
        for arg in self._args:
            setattr(ns, arg.dest, arg.default)
        by_name = {}
        for arg in self._args:
            if not arg.positional:
                for name in arg.names:
                    by_name[name] = arg
        positionals = [a for a in self._args if a.positional]
        i = 0
        while i < len(argv):
            word = argv[i]
            i += 1
            if word.startswith("-") and word != "-":
                name, eq, inline = word.partition("=")
                arg = by_name.get(name)
                if arg is None:
                    raise SystemExit("pyperf: unrecognized argument %s" % word)
                if arg.action == "store_true":
                    setattr(ns, arg.dest, True)
                elif arg.action == "store_false":
                    setattr(ns, arg.dest, False)
                else:
                    if eq:
                        text = inline
                    elif i < len(argv):
                        text = argv[i]
                        i += 1
                    else:
                        raise SystemExit("pyperf: %s needs a value" % name)
                    setattr(ns, arg.dest, arg.convert(text))
            else:
                if not positionals:
                    raise SystemExit("pyperf: unrecognized argument %s" % word)
                arg = positionals.pop(0)
                setattr(ns, arg.dest, arg.convert(word))
        return ns


def _plain(value):
    if value is None or isinstance(value, (bool, int, float, str)):
        return True
    if isinstance(value, (tuple, list)) and len(value) <= 20:
        return all(_plain(v) for v in value)
    return False


class Runner:
    def __init__(self, values=None, processes=None, loops=None,
                 add_cmdline_args=None, **kwargs):
        self.metadata = {}
        self.argparser = ArgParser()
        self.args = None
        self._loops = 1
        self._names = set()
        argv = list(sys.argv[1:])
        rest = []
        i = 0
        while i < len(argv):
            if argv[i] == "--loops" and i + 1 < len(argv):
                self._loops = int(argv[i + 1])
                i += 2
            elif argv[i].startswith("--loops="):
                self._loops = int(argv[i][len("--loops="):])
                i += 1
            else:
                rest.append(argv[i])
                i += 1
        if self._loops < 1:
            raise SystemExit("pyperf: --loops must be at least 1")
        self._argv = rest

    def parse_args(self, args=None):
        if self.args is None:
            self.args = self.argparser.parse_args(
                self._argv if args is None else list(args))
        return self.args

    def _register(self, name):
        if name in self._names:
            raise ValueError("duplicated benchmark name: %r" % name)
        self._names.add(name)
        self.parse_args()

    def _report(self, name, result):
        shown = repr(result) if _plain(result) else type(result).__name__
        print("%s: %d loops, last result %s" % (name, self._loops, shown))

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        self._register(name)
        result = None
        for _ in range(self._loops):
            result = func(*args)
        self._report(name, result)

    def bench_time_func(self, name, time_func, *args, inner_loops=None,
                        metadata=None):
        self._register(name)
        time_func(self._loops, *args)
        self._report(name, None)

    def bench_command(self, name, command):
        raise NotImplementedError("pyperf stand-in: bench_command runs a "
                                  "subprocess, which the harness does not do")
