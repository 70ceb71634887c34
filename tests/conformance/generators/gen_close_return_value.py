def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
it = g()
next(it)
print(it.close())
print(it.close())
def returns_in_close():
    try:
        yield
    finally:
        print("cleanup ran")
r = returns_in_close()
next(r)
r.close()
def catch_all():
    try:
        yield 1
    except Exception:
        print("not reached: GeneratorExit is not an Exception")
c = catch_all()
next(c)
c.close()
print("closed cleanly")
