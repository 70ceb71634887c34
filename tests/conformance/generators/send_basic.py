def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
g = accumulator()
print(next(g), g.send(5), g.send(10), g.send(-3))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
g2 = accumulator()
try:
    g2.send(1)
except TypeError as e:
    print("TypeError:", e)
def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    yield received
e = echo()
print(e.send(None), e.send("a"), e.send("b"), e.send("c"))
