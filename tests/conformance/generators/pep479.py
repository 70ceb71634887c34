def gen():
    yield 1
    raise StopIteration("inside")
try:
    print(list(gen()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def uses_next():
    it = iter([])
    yield next(it)
try:
    list(uses_next())
except RuntimeError as e:
    print("RuntimeError:", e)
def proper():
    yield 1
    return
print(list(proper()))
def ret_value():
    yield 1
    return "value"
g = ret_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value)
