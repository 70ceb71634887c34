# Built-in iterators pickle and copy part-way through, as CPython's do:
# list/tuple/str iterators and reversed by position, enumerate, zip, map
# and filter by their arguments. map/filter refuse keyword arguments.
import copy
import pickle

makers = [
    ("list", lambda: iter([1, 2, 3])),
    ("tuple", lambda: iter((1, 2, 3))),
    ("str", lambda: iter("abc")),
    ("reversed", lambda: reversed((1, 2, 3))),
    ("map", lambda: map(str, [1, 2, 3])),
    ("filter", lambda: filter(None, [0, 1, 2, 3])),
    ("zip", lambda: zip([1, 2, 3], "abc")),
    ("enumerate", lambda: enumerate("abc", 5)),
]
for name, mk in makers:
    it = mk()
    for step in range(5):
        for proto in range(pickle.HIGHEST_PROTOCOL + 1):
            again = pickle.loads(pickle.dumps(it, proto))
            assert type(again) is type(it)
        print(name, step, list(again), list(copy.deepcopy(it)),
              list(copy.copy(mk())))
        next(it, None)

it = iter([1, 2, 3])
it.__setstate__(2)
print(list(it))
it = iter("abcd")
it.__setstate__(-5)
print(list(it))
it = iter("abcd")
it.__setstate__(10)
print(list(it))
it = reversed((1, 2, 3, 4))
it.__setstate__(10)
print(list(it))
it = reversed((1, 2, 3, 4))
it.__setstate__(1)
print(list(it))
print(zip([1], [2], strict=True).__reduce__()[2:])
for f in (map, filter):
    try:
        f(None, [1], x=1)
    except TypeError as e:
        print(e)
