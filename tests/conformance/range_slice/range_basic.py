for r in [range(5), range(2, 8), range(10, 0, -3), range(0), range(5, 2), range(-5, 5, 2), range(0, 10, 20)]:
    print(r, list(r), len(r), bool(r))
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], list(r[::-2]), r.start, r.stop, r.step)
print(7 in r, 8 in r, 31 in r, r.index(11), r.count(11), r.count(12), 7.0 in r, "a" in r)
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(1) == range(1, 2), range(3) != range(4))
print(list(reversed(range(1, 6))), sum(range(101)), max(range(5)), min(range(3, 9)))
print(range(10 ** 20)[-1], range(0, 10 ** 20, 3)[-1], 10 ** 19 in range(10 ** 20), range(10 ** 20)[10 ** 19:][:3])
print(hash(range(3)) == hash(range(0, 3, 1)))
