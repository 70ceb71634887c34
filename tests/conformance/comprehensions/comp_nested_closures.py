adders = [[lambda x, i=i, j=j: x + i * j for j in range(2)] for i in range(2)]
print([[f(1) for f in row] for row in adders])
def outer():
    n = 5
    return [[n * i + j for j in range(2)] for i in range(3)]
print(outer())
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return [inc() for _ in range(4)], count
print(counter())
