words = ["apple", "Banana", "cherry", "avocado", "blueberry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0].lower(), []).append(w)
print(by_letter)
print({w: len(w) for w in words if len(w) > 5})
print({k: v for k, v in sorted(by_letter.items(), reverse=True)})
print(sorted({w[-1] for w in words}), sorted({len(w) % 3 for w in words}))
print({x: x for x in [1, 1.0, True]}, {n % 3: n for n in range(7)})
swap = {v: k for k, v in enumerate("abc")}
print(swap, {**swap, "d": 3})
