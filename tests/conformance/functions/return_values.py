def none1(): pass
def none2(): return
def multi(): return 1, 2
def early(x):
    if x:
        return "early"
    return "late"
def nested_return():
    for i in range(10):
        for j in range(10):
            if i * j == 12:
                return i, j
print(none1(), none2(), multi(), early(1), early(0), nested_return())
a, b = multi()
print(a, b, type(multi()).__name__)
