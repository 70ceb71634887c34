for v in [3.7, -3.7, 0.999999, -0.5, 1e18, 1.5e19, 2.0 ** 70]:
    print(v, int(v), round(v), float(int(v)))
print(int(-0.0), 7 // 2.0, 7.0 // 2, int(7.0 // 2))
print(float(123), float(-0), float(2 ** 1023))
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
print(float("1" * 30), float("0." + "0" * 30 + "1"))
