for v in [0, 1, -1, 10 ** 100, -0, True, False]:
    print(repr(v), bool(v), not v, v or "fallback", v and "and-value")
print(int(True) + int(False), True * 3 + False, [1, 2, 3][True], "ab"[False])
print(sum(x > 2 for x in range(6)), max(True, 0), min(False, -1))
