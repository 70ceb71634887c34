words = ["apple", "bob", "cat", "apple", "dog", "bob"]
print({w: len(w) for w in words})
print({w: i for i, w in enumerate(words)})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({i % 3: i for i in range(10)})
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
print({(x, y): x * y for x in range(3) for y in range(3) if x <= y})
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda w: (-counts[w], w)))
