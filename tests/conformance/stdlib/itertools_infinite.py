from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, -2), 4)), list(islice(count(0.5, 0.25), 3)))
c = count(3); next(c); print(repr(c), repr(count(1, 2)), repr(count(2.5)))
print(list(islice(cycle("abc"), 7)), list(cycle([])))
print(list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -2)), repr(repeat(5)), repr(repeat("a", 2)))
print(list(map(pow, range(5), repeat(2))))
print(list(zip(count(1), "abc")))
