import sys

# Sized so CPython 3.11 spends about a second on it; benches/compare.py
# runs it as is. A smaller N on the command line gives a quick check.
N = int(sys.argv[1]) if len(sys.argv) > 1 else 8000000

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

print(words(N))
