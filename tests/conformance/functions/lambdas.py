sq = lambda x: x * x
print(sq(5), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, b=2), (lambda a, b=3: a + b)(1))
print(sorted([(1, "b"), (2, "a")], key=lambda p: p[1]), list(map(lambda s: s[::-1], ["ab", "cd"])))
print(sq.__name__, (lambda: 0).__name__, (lambda x: lambda y: x + y)(3)(4))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(7), compose(len, str)(12345))
print((lambda x: (yield x)) and "gen-lambda ok", list((lambda: (yield 1))()))
fs = {name: (lambda n: lambda: n)(name) for name in "ab"}
print(fs["a"](), fs["b"]())
