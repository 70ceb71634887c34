print((1, 2, 3) == (1, 2, 3), (1, 2) == (1, 2, 3), (2,) > (1, 99), (1, 2) <= (1, 2), (1, 2) >= (1, 3))
print((float("nan"),) == (float("nan"),), (None,) == (None,), (1, "x") == (1.0, "x"))
try:
    (None,) < (None,)
except TypeError as e:
    print("TypeError:", e)
print((1, None) < (2, None), min((1, "b"), (1, "a")))
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=lambda p: p[1]))
