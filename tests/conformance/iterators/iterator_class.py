class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c))
print(sum(Countdown(4)), sorted(Countdown(3)), 2 in Countdown(5), [x for x in Countdown(2)])
a, b, cc = Countdown(3)
print(a, b, cc)
it = Countdown(2)
print(iter(it) is it, next(it), next(it), next(it, "done"))
