from itertools import groupby
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5, 7, 6], key=lambda x: x % 2)])
groups = list(groupby("aabbc"))
print([(k, list(g)) for k, g in groups])
it = groupby("xxyyz")
k, g = next(it); print(k, next(g))
k2, g2 = next(it); print(k2, list(g2), list(g))
print(list(groupby([])))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda s: s[0])
for k, g in groupby(data, key=lambda s: s[0]):
    print(k, list(g))
