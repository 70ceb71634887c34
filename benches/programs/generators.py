import sys

# Sized so CPython 3.11 spends about a second on it; benches/compare.py
# runs it as is. A smaller N on the command line gives a quick check.
N = int(sys.argv[1]) if len(sys.argv) > 1 else 10000000

def numbers(n):
    for i in range(n):
        yield i

def squares(it):
    for x in it:
        yield x * x

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

print(sum(evens(squares(numbers(N)))))
print(sum(x for x in range(N) if x % 3 == 0))
