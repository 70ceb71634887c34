class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
c["a"] += 1
c["a"] += 1
print(c, c["zz"], "zz" in c, c.get("zz"))
class Default(dict):
    def __missing__(self, key):
        v = self[key] = [key]
        return v
d = Default()
d["x"].append(1)
print(d)
class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
u = Upper()
u["a"] = 1
u.update(b=2)
print(u, dict(u), type(u).__name__, isinstance(u, dict))
class NoMissing(dict):
    pass
try:
    NoMissing()["q"]
except KeyError as e:
    print("KeyError:", e)
