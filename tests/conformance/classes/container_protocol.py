class Grid:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        if not isinstance(key, tuple):
            raise TypeError(f"bad key {key!r}")
        return self.data.get(key, 0)
    def __setitem__(self, key, v):
        self.data[key] = v
    def __delitem__(self, key):
        del self.data[key]
    def __len__(self):
        return len(self.data)
    def __contains__(self, key):
        return key in self.data
    def __iter__(self):
        return iter(sorted(self.data))
g = Grid()
g[1, 2] = 5
g[0, 0] = 1
print(g[1, 2], g[9, 9], len(g), (1, 2) in g, (5, 5) in g, list(g))
del g[0, 0]
print(len(g), list(g))
try:
    g["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    del g[7, 7]
except KeyError as e:
    print("KeyError:", e)
class Slicer:
    def __getitem__(self, k):
        return k
s = Slicer()
print(s[1:2], s[::2], s[1, 2:3], s[...])
class NoContains:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError(i)
        return i * 2
print(4 in NoContains(), 5 in NoContains(), list(NoContains()))
class NoSetitem:
    def __getitem__(self, i):
        return i
try:
    NoSetitem()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del NoSetitem()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
