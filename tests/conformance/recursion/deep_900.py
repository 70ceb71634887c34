def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(900))
def sum_to(n):
    return n if n == 0 else n + sum_to(n - 1)
print(sum_to(900))
def build(n):
    return [] if n == 0 else [build(n - 1)]
x = build(500)
d = 0
while x:
    x = x[0]
    d += 1
print(d)
