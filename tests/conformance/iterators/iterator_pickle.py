# Built-in iterators pickle (every protocol) and resume where they were:
# __reduce__/__setstate__ of list/tuple/str/bytes/dict/set/sequence iterators,
# reversed, enumerate, zip (strict), map and filter.
import pickle, copy
def check(make, name):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        it = make()
        full = list(pickle.loads(pickle.dumps(it, proto)))
        it = make()
        try:
            first = next(it)
        except StopIteration:
            print(name, proto, full, 'empty')
            continue
        rest = list(pickle.loads(pickle.dumps(it, proto)))
        print(name, proto, full, first, rest, list(it))
class Seq:
    def __getitem__(self, i):
        if i < 4: return i * i
        raise IndexError
class Counter:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
check(lambda: iter([1, 2, 3]), 'list')
check(lambda: iter((1, 2, 3)), 'tuple')
check(lambda: iter('aé😀z'), 'str')
check(lambda: iter(b'xyz'), 'bytes')
check(lambda: iter({'a': 1, 'b': 2}), 'dictkeys')
check(lambda: iter({'a': 1, 'b': 2}.values()), 'dictvalues')
check(lambda: iter({'a': 1, 'b': 2}.items()), 'dictitems')
check(lambda: iter({7}), 'set')
check(lambda: iter(Seq()), 'seq')
check(lambda: iter([]), 'empty')
check(lambda: reversed([1, 2, 3]), 'reversed')
check(lambda: enumerate('abc', 5), 'enumerate')
check(lambda: zip('abc', [1, 2, 3]), 'zip')
check(lambda: map(abs, [-1, -2, 3]), 'map')
check(lambda: filter(None, [0, 1, 2, 0, 3]), 'filter')
it = iter([1, 2, 3]); list(it); print(pickle.loads(pickle.dumps(it)).__class__.__name__, list(pickle.loads(pickle.dumps(it))))
it = iter([1, 2, 3, 4]); it.__setstate__(-5); print(list(it))
it = iter([1, 2, 3, 4]); it.__setstate__(2); print(list(it))
it = iter([1, 2, 3, 4])
try: it.__setstate__(10**30)
except OverflowError as e: print('OverflowError', e)
it = iter('héllo'); it.__setstate__(2); print(list(it))
it = reversed([1, 2, 3, 4]); it.__setstate__(1); print(list(it))
it = reversed([1, 2, 3, 4]); it.__setstate__(99); print(list(it))
z = zip("ab", "abc", strict=True); print(z.__reduce__()[2:], next(pickle.loads(pickle.dumps(z))))
print(copy.copy(iter([1, 2])).__class__.__name__)
