names = ["a", "b", "c"]
ages = [1, 2]
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(i, n, a)
it = zip(names, ages)
print(next(it), list(it))
e = enumerate(iter("xyz"))
print(next(e), next(e), list(e))
print(list(zip(*enumerate("ab"))))
print(dict(enumerate("abc")), list(map(tuple, zip("ab", "cd", "ef"))))
