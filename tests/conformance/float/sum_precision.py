vals = [0.1] * 10
print(sum(vals), sum(vals) == 1.0)
print(sum([1e100, 1.0, -1e100]), sum([1.0, 1e100, -1e100]))
print(sum([0.5, 0.25], 0.125), sum([], 0.0), sum([1, 2.5]))
acc = 0.0
for i in range(1, 11):
    acc += 1.0 / i
print(acc)
print(sum(i * 0.1 for i in range(10)))
