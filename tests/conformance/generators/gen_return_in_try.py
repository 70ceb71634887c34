def g():
    try:
        yield 1
        return "early"
    finally:
        print("finally on return")
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value)
def yield_in_finally():
    try:
        yield "body"
    finally:
        yield "from finally"
print(list(yield_in_finally()))
