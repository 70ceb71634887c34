import itertools as it

print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(it.pairwise('abcd')), list(it.pairwise([1])), list(it.compress('abcdef', [1, 0, 1, 0, 1])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.filterfalse(lambda x: x % 2, range(8))))
print(list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.islice('abcdefg', 1, None, 2)), list(it.islice(it.count(5, 3), 4)))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
a, b, c = it.tee(iter([1, 2, 3]), 3)
print(list(a), next(b), list(c), list(b))
print([(k, list(g)) for k, g in it.groupby(sorted('mississippi'))], list(it.chain.from_iterable(['ab', 'cd'])))
print(list(it.product('ab', repeat=2)), len(list(it.permutations(range(4), 2))), list(it.combinations_with_replacement('abc', 2)))
print(list(it.repeat('x', 3)), list(zip(it.cycle('ab'), range(5))), list(it.combinations(range(5), 3))[:4])
print(list(it.islice(it.count(0.5, 0.25), 3)), next(it.count()), list(it.chain()))
for bad in [lambda: it.islice('a', -1), lambda: it.repeat(), lambda: list(it.permutations('a', -1))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
