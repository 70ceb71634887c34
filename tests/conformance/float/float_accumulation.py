x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0, abs(x - 1.0) < 1e-9)
vals = [1e16, 1.0, -1e16]
print(sum(vals), sum(sorted(vals)), 1e16 + 1.0 - 1e16)
print(0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1, (0.1 + 0.2) + 0.3 == 0.1 + (0.2 + 0.3))
mean = sum([2.5, 3.5, 4.0]) / 3
print(mean, f"{mean:.3f}", round(mean, 2))
