it = iter([1, 2, 3])
print(type(it).__name__, next(it), list(it))
for obj in ["ab", (1,), {1: 2}, {1}, range(3), {}.values(), b"x", reversed([])]:
    i = iter(obj)
    print(iter(i) is i, hasattr(i, "__next__"), list(i))
d = {"a": 1, "b": 2}
ki = iter(d)
print(next(ki), next(ki), next(ki, None))
lst = [1, 2, 3]
li = iter(lst)
next(li)
lst.append(4)
print(list(li))
ri = reversed(lst)
lst.clear()
print(list(ri))
