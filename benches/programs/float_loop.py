import sys

# Sized so CPython 3.11 spends about a second on it; benches/compare.py
# runs it as is. A smaller N on the command line gives a quick check.
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000000

def integrate(n):
    h = 1.0 / n
    s = 0.0
    for i in range(n):
        x = (i + 0.5) * h
        s += 4.0 / (1.0 + x * x)
    return s * h

print(round(integrate(N), 10))
