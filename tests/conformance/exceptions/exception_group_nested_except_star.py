def raiser():
    raise ExceptionGroup("batch", [
        ValueError("bad value 1"),
        ExceptionGroup("io", [OSError("disk"), ValueError("bad value 2")]),
        TypeError("bad type"),
    ])
try:
    raiser()
except* ValueError as g:
    leaves = []
    def collect(x):
        for ex in x.exceptions:
            if isinstance(ex, BaseExceptionGroup):
                collect(ex)
            else:
                leaves.append(str(ex))
    collect(g)
    print("values:", leaves)
except* OSError as g:
    print("os:", [str(x) for x in g.exceptions])
except* TypeError as g:
    print("types:", repr(g))
try:
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError:
        raise KeyError("from handler")
except ExceptionGroup as eg:
    print("wrapped:", repr(eg))
except KeyError as k:
    print("plain:", repr(k))
