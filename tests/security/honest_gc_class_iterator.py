# config: max_memory=4M
# expect: ok
# A native (sum) consuming an iterator whose __next__ is Python code
# (itertools.islice is a class in pyx's stdlib) over a generator of big
# ints: the garbage of each __next__ call must be collectable during the
# next one. Collections inside a call had kept everything older than that
# call, so each digit's intermediate big ints survived until a whole
# collection between calls: killed at 4-8 MB, 33 MB peak RSS without a cap
# (pyperformance pidigits has this shape).
import itertools


def digits():
    q, r, t, k = 1, 0, 1, 1
    while True:
        n = (3 * q + r) // t
        if (4 * q + r) // t == n:
            yield n
            q, r = 10 * q, 10 * (r - n * t)
        else:
            q, r, t, k = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1), k + 2


assert sum(itertools.islice(digits(), 3000)) == 13703
print("done")
