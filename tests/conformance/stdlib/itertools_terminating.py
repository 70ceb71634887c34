from itertools import *
import operator
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([], initial=5)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=100)))
print(list(chain("ab", [1, 2], ())), list(chain.from_iterable(["xy", "z"])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)))
print(list(islice(range(10), 1, 9, 3)), list(islice(range(3), 5, 1)))
it = iter(range(10)); print(list(islice(it, 3)), next(it))
print(list(pairwise("ABCD")), list(pairwise("A")))
print(list(starmap(pow, [(2, 5), (3, 2)])))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()), list(zip_longest([1], [2, 3], [])))
a, b = tee(range(4)); print(list(a), list(b))
a, b, c = tee("xyz", 3); next(a); print(list(a), list(b), list(c))
print(tee([1], 0))
try:
    islice("abc", -1)
except ValueError as e:
    print("ValueError", e)
try:
    islice("abc", 0, 3, 0)
except ValueError as e:
    print("ValueError", e)
