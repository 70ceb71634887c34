def f():
    return zzzqqq
f()
