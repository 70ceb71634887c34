import sys

# Sized so CPython 3.11 spends about a second on it; benches/compare.py
# runs it as is. A smaller N on the command line gives a quick check.
N = int(sys.argv[1]) if len(sys.argv) > 1 else 35

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(N))
