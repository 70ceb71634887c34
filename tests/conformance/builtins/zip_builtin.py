print(list(zip([1, 2, 3], "abc")), list(zip([1, 2], "abcd")), list(zip()), list(zip([1])), list(zip([], [1])))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("xy", [1, 2])), list(zip(range(3), range(3, 6), range(6, 9))))
print(list(zip([1, 2], [3, 4], strict=True)))
for args in [([1, 2], [3]), ([1], [3, 4]), ([1, 2], [3, 4], [5])]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print("ValueError:", e)
try:
    zip(5)
except TypeError as e:
    print("TypeError:", e)
z = zip("ab", "cd")
print(next(z), list(z), list(z))
