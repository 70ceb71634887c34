def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: [1 / x for x in [1, 0]])
t(lambda: {x: [] for x in [[1]]} if False else {(x,): 1 for x in [[1]]})
t(lambda: {[x] for x in range(2)})
t(lambda: [x for x in None])
t(lambda: [undefined_y for _ in range(1)])
t(lambda: {k: v for k, v in ["ab", "c"]})
