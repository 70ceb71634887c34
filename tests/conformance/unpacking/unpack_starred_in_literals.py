a = [1, 2]
b = (3, 4)
c = {5, 6}
d = {"k": 7}
print([*a, *b], (*a, *b), [*a, *sorted(c)], {*a, *b} == {1, 2, 3, 4}, {**d, "j": 8}, [*d], [*"xy", *range(2)])
print(*a, *b, sep=",")
print([*[], *(), *{}], {**{}}, (*[1],))
def f(*args, **kw):
    return args, kw
print(f(*a, *b, **d, **{"z": 0}))
try:
    [*5]
except TypeError as e:
    print("TypeError:", e)
try:
    {**[1]}
except TypeError as e:
    print("TypeError:", e)
