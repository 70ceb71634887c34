for v in [0, 5, -5, 10 ** 25, -(10 ** 25)]:
    print(v, -v, +v, abs(v), v.__neg__(), v.__pos__(), v.__abs__())
print(-(-(-3)))
print(--5, -+-5)
