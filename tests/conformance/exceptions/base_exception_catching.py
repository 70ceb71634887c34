def f(exc):
    try:
        raise exc
    except Exception:
        return "Exception"
    except BaseException:
        return "BaseException"
for exc in [ValueError, KeyboardInterrupt, SystemExit, GeneratorExit, StopIteration, ExceptionGroup("g", [ValueError()])]:
    print(getattr(exc, "__name__", type(exc).__name__), f(exc))
try:
    raise SystemExit("message")
except SystemExit as e:
    print("SystemExit:", e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("SystemExit:", e.code)
