from itertools import islice, chain, groupby, zip_longest, tee, count, cycle, accumulate, product, combinations, starmap, repeat
import operator


def take(n, iterable):
    return list(islice(iterable, n))


def batched(iterable, n):
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)


def roundrobin(*iterables):
    nexts = cycle(iter(it).__next__ for it in iterables)
    num_active = len(iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))


def unique_everseen(iterable):
    seen = set()
    for el in iterable:
        if el not in seen:
            seen.add(el)
            yield el


def sliding_window(iterable, n):
    iters = tee(iterable, n)
    for i, it in enumerate(iters):
        for _ in range(i):
            next(it, None)
    return zip(*iters)


def powerset(s):
    s = list(s)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


print(take(5, count(10, 5)), list(batched('abcdefg', 3)), list(grouper('abcdefg', 3, 'x')))
print(list(roundrobin('ABC', 'D', 'EF')), list(unique_everseen('AAAABBBCCDAABBB')), list(sliding_window(range(6), 3)))
print(list(powerset([1, 2, 3])), [k for k, g in groupby('AAAABBBCCD')], [len(list(g)) for k, g in groupby('AAAABBBCCD')])
print(list(accumulate(range(1, 8), operator.mul)), list(accumulate([3, 1, 4, 1, 5], max)), list(starmap(operator.add, zip(range(3), repeat(10)))))
print(sum(1 for _ in product(range(3), repeat=3)), take(3, (x * x for x in count())), list(chain(*[[1], [], [2, 3]])))
