inf = float("inf"); nan = float("nan")
print(inf, -inf, nan, repr(inf), str(-nan))
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308)
print(inf == inf, inf == float("infinity"), float("-Infinity"))
x = nan
print(x is x, x == x, [x] == [x], x in [x], (x,) == (x,))
print(max(1, nan), max(nan, 1), min(nan, 1))
print(sorted([3.0, 1.0, 2.0]), sum([inf, -inf]))
print(float("NaN"), float("  inf  "), float("+inf"), float("-nan"))
print(int(1e300 * 0 + 5), inf.is_integer(), nan.is_integer())
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0))
