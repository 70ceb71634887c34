"""Time small bits of Python code (Timer, timeit, repeat, autorange and
the `-m timeit` command line), written for pyx from the documented
behaviour of CPython's timeit.

The default timer is `time.perf_counter`; without the `time` module a
Timer needs an explicit `timer=` (constructing one without it raises
ImportError saying so).
"""

import itertools
import sys

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5


def _perf_counter():
    try:
        import time
    except ImportError:
        raise ImportError("timeit's default timer is time.perf_counter, and this interpreter "
                          "has no time module: pass timer=") from None
    return time.perf_counter


class _DefaultTimer:
    """`time.perf_counter`, looked up when first called."""

    def __call__(self):
        return _perf_counter()()

    def __repr__(self):
        return "<timeit.default_timer: time.perf_counter>"


default_timer = _DefaultTimer()

_TEMPLATE = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    return src.replace("\n", "\n" + " " * indent)


class Timer:
    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        if timer is default_timer:
            timer = _perf_counter()
        self.timer = timer
        local_ns = {}
        global_ns = {} if globals is None else globals
        init = ""
        if isinstance(setup, str):
            compile(setup, dummy_src_name, "exec")
            stmtprefix = setup + "\n"
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns["_setup"] = setup
            init += ", _setup=_setup"
            stmtprefix = ""
            setup = "_setup()"
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(stmtprefix + stmt, dummy_src_name, "exec")
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns["_stmt"] = stmt
            init += ", _stmt=_stmt"
            stmt = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = _TEMPLATE.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        it = itertools.repeat(None, number)
        return self.inner(it, self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}
_USAGE = """Usage: python -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [--] [statement]"""


def main(args=None, *, _wrap_timer=None):
    if args is None:
        args = sys.argv[1:]
    timer = default_timer
    stmt_parts = []
    number = 0
    setup = []
    repeat = default_repeat
    verbose = 0
    time_unit = None
    precision = 3
    options = {"-n": "number", "--number": "number", "-s": "setup", "--setup": "setup",
               "-r": "repeat", "--repeat": "repeat", "-u": "unit", "--unit": "unit"}
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--":
            stmt_parts.extend(args[i + 1:])
            break
        name, eq, value = a.partition("=")
        if name in options or (a[:2] in ("-n", "-s", "-r", "-u") and len(a) > 2 and not a.startswith("--")):
            if name not in options:
                name, value, eq = a[:2], a[2:], "="
            if not eq:
                i += 1
                if i >= len(args):
                    print("option %s requires argument" % name, file=sys.stderr)
                    print("use -h/--help for command line help", file=sys.stderr)
                    return 2
                value = args[i]
            what = options[name]
            if what == "number":
                number = int(value)
            elif what == "setup":
                setup.append(value)
            elif what == "repeat":
                repeat = max(int(value), 1)
            else:
                if value in _UNITS:
                    time_unit = value
                else:
                    print("Unrecognized unit. Please select nsec, usec, msec, or sec.", file=sys.stderr)
                    return 2
        elif a in ("-p", "--process"):
            try:
                import time
                timer = time.process_time
            except ImportError:
                print("-p needs the time module", file=sys.stderr)
                return 2
        elif a in ("-v", "--verbose"):
            if verbose:
                precision += 1
            verbose += 1
        elif a in ("-h", "--help"):
            print(__doc__.strip())
            print(_USAGE)
            return 0
        elif a.startswith("-") and a != "-":
            print("option %s not recognized" % a, file=sys.stderr)
            print("use -h/--help for command line help", file=sys.stderr)
            return 2
        else:
            stmt_parts.append(a)
        i += 1
    stmt = "\n".join(stmt_parts) or "pass"
    setup = "\n".join(setup) or "pass"
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer(stmt, setup, timer)
    if number == 0:
        callback = None
        if verbose:
            def callback(number, time_taken):
                msg = "{num} loop{s} -> {secs:.{prec}g} secs"
                plural = (number != 1)
                print(msg.format(num=number, s="s" if plural else "", secs=time_taken, prec=precision))
        try:
            number, _ = t.autorange(callback)
        except:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw_timings = t.repeat(repeat, number)
    except:
        t.print_exc()
        return 1

    def format_time(dt):
        unit = time_unit
        if unit is not None:
            scale = _UNITS[unit]
        else:
            scales = [(scale, unit) for unit, scale in _UNITS.items()]
            scales.sort(reverse=True)
            for scale, unit in scales:
                if dt >= scale:
                    break
        return "%.*g %s" % (precision, dt / scale, unit)

    if verbose:
        print("raw times: %s" % ", ".join(map(format_time, raw_timings)))
        print()
    timings = [dt / number for dt in raw_timings]
    best = min(timings)
    print("%d loop%s, best of %d: %s per loop" % (number, "s" if number != 1 else "", repeat,
                                                   format_time(best)))
    worst = max(timings)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. The worst time (%s) was "
                               "more than four times slower than the best time (%s)."
                               % (format_time(worst), format_time(best)),
                               UserWarning, "", 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
