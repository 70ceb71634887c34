x = 10
g = (x + i for i in range(3))
x = 100
print(list(g))
def outer():
    ys = [1, 2]
    return (y * n for y in ys for n in range(2))
print(list(outer()))
class C:
    items = [1, 2, 3]
    total = sum(i for i in items)
    try:
        scaled = list(i * factor for i in items for factor in [items[0]])
    except NameError as e:
        err = str(e)
print(C.total, getattr(C, "scaled", None), getattr(C, "err", None))
