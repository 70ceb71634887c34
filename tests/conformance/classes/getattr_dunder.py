class Dyn:
    existing = "real"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__} has no {name}")
d = Dyn()
print(d.existing, d.dyn_hello, getattr(d, "dyn_x"), hasattr(d, "other"), getattr(d, "other", "dflt"))
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
    def __getattr__(self, name):
        return getattr(self._t, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1), p.__class__.__name__)
class Recurse:
    def __getattr__(self, name):
        return f"got {name}"
r = Recurse()
r.real = 1
print(r.real, r.virtual)
