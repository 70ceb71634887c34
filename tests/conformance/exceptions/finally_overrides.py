def f():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    f()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def g():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
    return "end"
try:
    print(g())
except ValueError as e:
    print("escaped", e)
def h():
    while True:
        try:
            raise IndexError
        finally:
            break
    return "break swallowed"
print(h())
