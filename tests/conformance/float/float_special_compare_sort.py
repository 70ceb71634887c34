nan = float("nan")
inf = float("inf")
vals = [3.0, -inf, 0.0, inf, -0.0, 1e-300, -1e300]
print(sorted(vals), min(vals), max(vals))
print(sorted([2.0, 1.0]) == [1.0, 2.0], nan != nan, inf - 1 == inf, -inf < 0 < inf)
print([x for x in [1.0, nan, 2.0] if x == x], float("inf") > 10 ** 400, -float("inf") < -(10 ** 400))
print(inf * -1, inf / 2, 1 / inf, -1 / inf, inf % 5 if False else "skip", 5 % inf, -5 % inf)
