print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0.0, "", None]), any([0, "x"]))
print(all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(3)), all("abc"), any({}), all({0: 1}))
calls = []
def check(x):
    calls.append(x)
    return x
print(any(check(x) for x in [0, 1, 2, 3]), calls)
calls.clear()
print(all(check(x) for x in [1, 1, 0, 1]), calls)
try:
    all(5)
except TypeError as e:
    print("TypeError:", e)
