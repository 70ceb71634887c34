# range_iterator.__reduce__ / __setstate__ and pickling (CPython's
# test_range pickles its iterators at every protocol).
import pickle

it = iter(range(10, 20, 3))
print(it.__reduce__())
next(it)
print(it.__reduce__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    copy = pickle.loads(pickle.dumps(it, proto))
    print(proto, type(copy).__name__, list(copy))
print(list(it))
print(it.__reduce__())

it = iter(range(10, 20, 3))
it.__setstate__(1)
print(list(it))
it.__setstate__(-5)
print(list(it))
it.__setstate__(99)
print(list(it))
it.__setstate__(True)
print(list(it))
try:
    it.__setstate__("1")
except TypeError as e:
    print("TypeError", e)

r = reversed(range(5))
next(r)
print(r.__reduce__(), list(pickle.loads(pickle.dumps(r))))

big = iter(range(2 ** 70, 2 ** 70 + 3))
next(big)
print(big.__reduce__())
print(list(pickle.loads(pickle.dumps(big))))
big.__setstate__(0)
print(list(big))

empty = iter(range(0))
print(empty.__reduce__(), list(pickle.loads(pickle.dumps(empty))))
