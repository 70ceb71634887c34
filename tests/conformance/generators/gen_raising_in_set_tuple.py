# A generator expression that raises while set()/tuple()/frozenset() gather
# it: the exception reaches the caller, a StopIteration raised inside
# becomes RuntimeError, and the partly built result is not seen.

def boom(i):
    if i == 3:
        raise ValueError("item %d" % i)
    return i

def stop(i):
    if i == 2:
        raise StopIteration("early")
    return i

for make in (set, tuple, frozenset, list, sorted):
    try:
        make(boom(i) for i in range(6))
    except ValueError as e:
        print(make.__name__, "ValueError", e)
    try:
        make(stop(i) for i in range(6))
    except RuntimeError as e:
        print(make.__name__, "RuntimeError", e, type(e.__cause__).__name__, e.__cause__)

# The generator is finished after the error.
g = (boom(i) for i in range(6))
try:
    set(g)
except ValueError:
    pass
print(list(g))

# Unhashable items raise from set() after the generator started.
seen = []
def items():
    for x in (1, [2], 3):
        seen.append(x)
        yield x
try:
    set(items())
except TypeError as e:
    print("TypeError", e, seen)

# Nested genexprs consumed by set/tuple, as in nqueens.
cols = range(6)
vec = (1, 3, 5, 0, 2, 4)
print(len(set(vec[i] + i for i in cols)), len(set(vec[i] - i for i in cols)))
print(tuple(vec[i] for i in sorted(cols, reverse=True)[:4]))
