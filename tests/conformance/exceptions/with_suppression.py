class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return t is not None and issubclass(t, self.types)
with Suppress(KeyError):
    {}["x"]
print("suppressed KeyError")
try:
    with Suppress(KeyError):
        [][0]
except IndexError as e:
    print("not suppressed:", e)
def f():
    with Suppress(ValueError):
        return "returned"
    return "fell through"
print(f())
def g():
    with Suppress(ValueError):
        raise ValueError
    return "after with"
print(g())
class Truthy:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return "non-empty string"
with Truthy():
    raise RuntimeError("gone")
print("truthy exit suppresses")
