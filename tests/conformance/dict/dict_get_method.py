# d.get(k) / d.get(k, default): int and str keys take a path that runs no
# code; everything else must behave as the general one does.
d = {"a": 1, 2: "two", "b": None}
print(d.get("a"), d.get("a", 0), d.get("zz"), d.get("zz", 0))
print(d.get(2), d.get(3), d.get(3, "dflt"), d.get("b", "not used"))
print(d.get(True), d.get(2.0), d.get(1 + 1), d.get(-5, [1]))

counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))


class S(str):
    def __eq__(self, other):
        print("S.__eq__", other)
        return str.__eq__(self, other)

    __hash__ = str.__hash__


e = {S("k"): 1}
print(e.get("k"), e.get("x", "miss"))


class K:
    def __hash__(self):
        return hash(5)

    def __eq__(self, other):
        print("K.__eq__", other)
        return other == 5


f = {K(): "k-first"}
f[5] = "five"
print(f.get(5), f.get(6, "none"))


class D(dict):
    pass


class G(dict):
    def get(self, k, default=None):
        return ("override", k, default)


print(D(x=1).get("x"), D().get("y", 2), G().get("q"), G(q=1).get("q", 3))
try:
    {}.get()
except TypeError as exc:
    print("TypeError:", exc)
try:
    {}.get(1, 2, 3)
except TypeError as exc:
    print("TypeError:", exc)
try:
    {}.get("k", default=1)
except TypeError as exc:
    print("TypeError:", exc)
try:
    dict.get([], "k")
except TypeError as exc:
    print("TypeError:", exc)
try:
    {}.get([1])
except TypeError as exc:
    print("TypeError:", exc)
g = dict.get
print(g({"z": 26}, "z"), g({}, 1, "d"))
print(e["k"], "k" in e, e.setdefault("k", 9), e.pop("k", None), e)
e[S("k")] = 2
e["k"] = 3
print(e)
