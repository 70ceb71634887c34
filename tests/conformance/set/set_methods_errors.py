def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
s = {1, 2}
t(lambda: s.add([1]))
t(lambda: s.remove([1]))
t(lambda: [1] in s)
t(lambda: s.discard({3}))
t(lambda: {3} in {frozenset({3})})
t(lambda: set(5))
t(lambda: s.union(5))
t(lambda: s < [1])
t(lambda: s[0])
t(lambda: sorted(s.copy()))
t(lambda: s.issubset(5))
t(lambda: frozenset().pop())
