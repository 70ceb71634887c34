import sys

# Sized so CPython 3.11 spends about a second on it; benches/compare.py
# runs it as is. A smaller N on the command line gives a quick check.
N = int(sys.argv[1]) if len(sys.argv) > 1 else 12000000

def work(n):
    total = 0
    i = 0
    while i < n:
        total += (i * 7) % 13 - (i // 3)
        if total > 1000000:
            total -= 999999
        i += 1
    return total

print(work(N))
