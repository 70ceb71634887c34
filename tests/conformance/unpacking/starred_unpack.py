a, *b = [1, 2, 3]
print(a, b)
*a, b = "hello"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = (1, 2)
print(a)
first, *_, last = "abcdef"
print(first, last)
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *(4, 5)], (*"ab",), {*"aab"} == {"a", "b"}, {**{"a": 1}, "b": 2})
