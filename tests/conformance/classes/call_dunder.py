class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, inc=1):
        self.n += inc
        return self.n
c = Counter()
print(c(), c(), c(5), callable(c), list(map(lambda _: c(), range(3))))
class Factory:
    def __call__(self, *args, **kwargs):
        return args, kwargs
print(Factory()(1, 2, k=3))
class Meta(type):
    def __call__(cls, *a):
        return f"intercepted {cls.__name__}{a}"
class Thing(metaclass=Meta):
    pass
print(Thing(1, 2))
