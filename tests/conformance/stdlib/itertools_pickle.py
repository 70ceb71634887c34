# itertools iterators are classes: arguments are checked when built, they
# subclass, and they pickle/copy part-way through and carry on the same.
import copy
import operator
import pickle
from itertools import *

def small(x):
    return x < 3


def trip(name, make, steps=3, limit=12):
    it = make()
    for step in range(steps):
        outs = []
        for proto in range(pickle.HIGHEST_PROTOCOL + 1):
            again = pickle.loads(pickle.dumps(it, proto))
            assert type(again) is type(it), (type(again), type(it))
            outs.append(list(islice(again, limit)))
        outs.append(list(islice(copy.deepcopy(it), limit)))
        assert all(o == outs[0] for o in outs), (name, outs)
        print(name, step, outs[0])
        next(it, None)

trip("count", lambda: count(3, 2))
trip("cycle", lambda: cycle("abc"), steps=5)
trip("repeat", lambda: repeat("x", 3))
trip("accumulate", lambda: accumulate([1, 2, 3, 4]))
trip("accumulate-initial", lambda: accumulate([1, 2, 3], initial=10))
trip("chain", lambda: chain("ab", "cd"), steps=5)
trip("compress", lambda: compress("abcdef", [1, 0, 1, 1, 0, 1]))
trip("dropwhile", lambda: dropwhile(small, [1, 2, 3, 4, 1]))
trip("takewhile", lambda: takewhile(small, [1, 2, 3, 4, 1]))
trip("filterfalse", lambda: filterfalse(None, [0, 1, 0, 2, 3]))
trip("starmap", lambda: starmap(pow, [(2, 3), (3, 2), (4, 2)]))
trip("islice", lambda: islice("abcdefgh", 1, 7, 2))
trip("zip_longest", lambda: zip_longest("abc", "d", fillvalue="-"), steps=4)
trip("product", lambda: product("ab", range(3)), steps=5)
trip("combinations", lambda: combinations(range(4), 2), steps=5)
trip("cwr", lambda: combinations_with_replacement("abc", 2), steps=5)
trip("permutations", lambda: permutations(range(3), 2), steps=5)

it = accumulate([None, None, None], operator.is_)
next(it)
print(list(pickle.loads(pickle.dumps(it))), type(it.__reduce__()[0]).__name__)

g = groupby("aabbbc")
k, grp = next(g)
print(k, next(grp), [(k2, list(v)) for k2, v in pickle.loads(pickle.dumps(g))])

a, b = tee("abcdef")
next(a)
a2, b2 = pickle.loads(pickle.dumps((a, b)))
print(list(a2), list(b2))

c = cycle("defg")
c.__setstate__((list("abc"), 0))
print("".join(islice(c, 12)))
for bad in ([list("abc"), 0], (tuple("abc"), 0), ()):
    try:
        cycle("x").__setstate__(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
for bad in ((), [], 0, ([],), (iter([]), [])):
    try:
        chain().__setstate__(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)

# Checked when built, not at the first next().
for make in (lambda: accumulate(5), lambda: pairwise(None),
             lambda: dropwhile(bool, 3), lambda: starmap(pow, 1),
             lambda: pairwise(iterable="ab"), lambda: chain("a", x=1)):
    try:
        make()
        print("built")
    except TypeError as e:
        print("TypeError")

class Sub(chain):
    def __init__(self, *args, newarg=None):
        self.newarg = newarg
s = Sub("ab", "c", newarg=3)
print(type(s).__name__, list(s), s.newarg)

# pairwise reads its input lazily and tolerates re-entry.
class Reenter:
    n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n == 1:
            return next(pw)
        return [self.n]
pw = pairwise(Reenter())
print(next(pw), next(pw))
