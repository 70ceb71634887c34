class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c), sum(c), 2 in c, max(c))
class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __iter__(self):
        return iter((self.a, self.b))
x, y = Pair(1, 2)
print(x, y, dict([Pair("k", "v")]), [*Pair(3, 4)])
