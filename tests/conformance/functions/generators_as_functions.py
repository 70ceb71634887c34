def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(100)), type(countdown(1)).__name__, countdown.__name__)
def first_n(gen, n):
    out = []
    for v in gen:
        if len(out) == n:
            break
        out.append(v)
    return out
def naturals():
    i = 0
    while True:
        yield i
        i += 1
print(first_n(naturals(), 5), first_n((x * x for x in naturals()), 4))
