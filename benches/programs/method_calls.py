import sys

# Sized so CPython 3.11 spends about a second on it; benches/compare.py
# runs it as is. A smaller N on the command line gives a quick check.
N = int(sys.argv[1]) if len(sys.argv) > 1 else 5000000

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def norm1(self):
        return abs(self.x) + abs(self.y)

def run(n):
    p = Point(0, 0)
    step = Point(1, -2)
    total = 0
    for _ in range(n):
        p = p.add(step)
        total += p.norm1()
    return total

print(run(N))
