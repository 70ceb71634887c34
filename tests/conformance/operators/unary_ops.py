class U:
    def __neg__(self):
        return "neg"
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return "inv"
u = U()
print(-u, +u, ~u, not u)
print(-(-5), +(-5), ~~7, not not 5, -0.0, -(0), +True, -True)
for v in ["s", [1], None]:
    for op, f in [("-", lambda x: -x), ("+", lambda x: +x), ("~", lambda x: ~x)]:
        try:
            f(v)
        except TypeError as e:
            print("TypeError:", e)
