# Built-in iterators pickle and copy as CPython's: __reduce__ rebuilds them from
# iter()/reversed() and how far they got; __setstate__ moves them, clamped.
import pickle, copy
def show(it, label):
    for proto in (0, 2, 5):
        d = pickle.loads(pickle.dumps(it, proto))
        print(label, proto, list(d))
for seq in ([1, 2, 3], (1, 2, 3), "ab\u00e9\U0001f680c", b"xyz", bytearray(b"xyz")):
    it = iter(seq)
    show(it, repr(seq))
    next(it)
    show(it, repr(seq) + " after next")
    print(it.__reduce__()[1:] if not isinstance(seq, (bytes, bytearray)) else it.__reduce__()[2])
    list(it)
    print("exhausted", it.__reduce__()[1])
it = iter("héllo"); it.__setstate__(3); print(list(it))
it = iter("héllo"); it.__setstate__(99); print(list(it))
it = iter("héllo"); it.__setstate__(-5); print(list(it))
it = iter([1, 2, 3]); it.__setstate__(-1); print(list(it))
it = iter([1, 2, 3]); it.__setstate__(10**6); print(list(it))
for bad in ("x", 2**70, 1.5):
    try:
        iter([1]).__setstate__(bad)
    except Exception as e:
        print(type(e).__name__, e)
r = reversed([1, 2, 3, 4]); next(r)
print(r.__reduce__()[1:], list(pickle.loads(pickle.dumps(r))))
r.__setstate__(99); print(list(r))
r = reversed([1, 2, 3, 4]); r.__setstate__(-7); print(list(r))
d = {1: "a", 2: "b", 3: "c"}
for it in (iter(d), iter(d.values()), iter(d.items()), reversed(d)):
    next(it)
    print(list(pickle.loads(pickle.dumps(it))), list(it))
s = {1, 2, 3}
it = iter(s); next(it); print(sorted(pickle.loads(pickle.dumps(it))), len(list(it)))
class G:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
it = iter(G()); next(it); print(it.__reduce__()[2], list(copy.copy(it)))
it = iter(int, 1); print(it.__reduce__()[1])
print(list(copy.deepcopy(iter([[1], [2]]))))
