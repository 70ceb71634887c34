pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (1.0, 0.1), (5, 2.5), (-1e-20, 1.0), (1e-20, -1.0)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5, (-0.0) // 1)
print(5.0 % float("inf"), -5.0 % float("inf"), 5.0 // float("inf"), -5.0 // float("inf"))
for f in [lambda: 1.0 // 0, lambda: 1.0 % 0, lambda: divmod(1.0, 0.0), lambda: 1.0 / 0, lambda: 0.0 / 0.0]:
    try:
        f()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
