def gen():
    r = yield from [1, 2]
    print("list delegation returns", r)
    r = yield from (x * 10 for x in range(2))
    print("genexp delegation returns", r)
    r = yield from sub()
    print("sub returns", r)
def sub():
    yield "s"
    return "sub-value"
print(list(gen()))
def send_through():
    got = yield from receiver()
    yield f"receiver returned {got}"
def receiver():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
st = send_through()
print(next(st), st.send(3), st.send(4), st.send(None))
