def inner():
    x = yield "i1"
    print("inner got", x)
    yield "i2"
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
    return "outer done"
g = outer()
print(next(g), g.send("sent"), next(g))
try:
    next(g)
except StopIteration as e:
    print("final", e.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x for x in [9]))))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], []])))
def delegating_throw():
    try:
        yield from inner()
    except ValueError as e:
        yield f"outer handled {e}"
d = delegating_throw()
next(d)
print(d.throw(ValueError("x")))
