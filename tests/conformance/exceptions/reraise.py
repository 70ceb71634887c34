def f():
    try:
        raise ValueError("orig")
    except ValueError:
        print("handling")
        raise
try:
    f()
except ValueError as e:
    print("re-raised:", e)
def g():
    try:
        raise KeyError("k")
    except KeyError as e:
        err = e
    raise err
try:
    g()
except KeyError as e:
    print("raised later:", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def h():
    try:
        raise TypeError("t")
    except TypeError:
        try:
            raise ValueError("v")
        except ValueError:
            pass
        raise
try:
    h()
except TypeError as e:
    print("outer exception restored:", e)
