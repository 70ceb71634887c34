for exc in [ValueError(), ValueError(""), ValueError("m"), ValueError(1), ValueError(None), ValueError("a", "b"), ValueError(("t",)), KeyError("m"), KeyError(""), IndexError(5), StopIteration(), OSError(), OSError("x"), OSError(1, "y")]:
    print(type(exc).__name__, repr(str(exc)), repr(exc))
