class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)
class NoNext:
    def __iter__(self):
        return self
try:
    iter(NoNext())
except TypeError as e:
    print("TypeError:", e)
try:
    next(5)
except TypeError as e:
    print("TypeError:", e)
try:
    for x in 3.5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = 7
except TypeError as e:
    print("TypeError:", e)
try:
    [*None]
except TypeError as e:
    print("TypeError:", e)
