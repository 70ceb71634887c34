class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError("done")
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares(), list(zip(Squares(), "abc")))
it = iter(Squares())
print(next(it), next(it), type(it).__name__)
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print("KeyError:", e)
class Stop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stop()))
class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(IterNone())
except TypeError as e:
    print("TypeError:", e)
