calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0, [] is not None is not False)
print(v(1) < v(0) < v(5), calls)
calls.clear()
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(5) > v(3) == v(3) >= v(1) != v(0), calls)
x = 5
print(0 < x <= 5, 0 < x < 5, "a" < "b" < "c", [1] < [2] < [3], 1 < 2.5 < 3)
print(1 in [1, 2] in [[1, 2]], 2 not in [1] not in [[2]])
try:
    print(1 < "a" < 2)
except TypeError as e:
    print("TypeError:", e)
print(1 > 2 < "never evaluated")
