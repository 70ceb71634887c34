print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, [], [0], "", "a", None, False, True])))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str.upper, "ab")))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
m = map(int, ["1", "x", "3"])
print(next(m))
try:
    next(m)
except ValueError as e:
    print("ValueError:", e)
print(next(m))
try:
    map(abs)
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(5, [1]))
except TypeError as e:
    print("TypeError:", e)
try:
    filter(None, 5)
except TypeError as e:
    print("TypeError:", e)
print(type(map(abs, [])).__name__, type(filter(None, [])).__name__)
