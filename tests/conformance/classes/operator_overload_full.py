class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        if isinstance(o, int):
            return Money(self.cents + o)
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        return Money(self.cents * k) if isinstance(k, int) else NotImplemented
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o):
        return self.cents < o.cents
    def __hash__(self):
        return hash(self.cents)
    def __bool__(self):
        return self.cents != 0
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __repr__(self):
        return f"Money({self.cents})"
items = [Money(199), Money(250), Money(1)]
print(sum(items), sum(items, Money(0)), 3 * Money(5), Money(5) * 3, str(Money(12345)))
print(sorted(items), max(items), bool(Money(0)), Money(1) == Money(1), Money(1) != Money(2), len({Money(1), Money(1)}))
try:
    Money(1) * 1.5
except TypeError as e:
    print("TypeError:", e)
