words = ["apple", "banana", "avocado", "cherry", "blueberry"]
print(sorted({w[0] for w in words}), sorted({len(w) for w in words}), sorted({x % 5 for x in range(100)}))
print(sorted({(x, y) for x in range(3) for y in range(3) if x != y}))
evens = {x for x in range(20) if x % 2 == 0}
print(sorted(evens & {x for x in range(0, 20, 3)}))
print(len({i // 3 for i in range(30)}), {c for c in ""}, sorted({*"abc", *"bcd"}))
