it = iter([1, 2])
print(next(it), next(it), next(it, None), next(it, "x"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, repr(e))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
def g():
    yield 1
    return "ret"
gen = g()
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
print(next(gen, "default"))
