def words(n):
    counts = {}
    parts = []
    for i in range(n):
        w = "w" + str(i % 1000)
        counts[w] = counts.get(w, 0) + 1
        if i % 100 == 0:
            parts.append(w.upper())
    s = ",".join(parts)
    return len(counts), sum(counts.values()), len(s), s[:20]

print(words(600000))
