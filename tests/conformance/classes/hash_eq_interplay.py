class EqNoHash:
    def __eq__(self, o):
        return True
print(EqNoHash.__hash__ is None)
try:
    hash(EqNoHash())
except TypeError as e:
    print("TypeError:", e)
class EqWithHash:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return self.k == o.k
    def __hash__(self):
        return hash(self.k)
s = {EqWithHash(1), EqWithHash(1), EqWithHash(2)}
print(len(s))
class Inherit(EqWithHash):
    pass
print(hash(Inherit(5)) == hash(5))
class OverrideEqOnly(EqWithHash):
    def __eq__(self, o):
        return False
print(OverrideEqOnly.__hash__)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p == p, {p: 1}[p])
class ExplicitNone:
    __hash__ = None
try:
    {ExplicitNone()}
except TypeError as e:
    print("TypeError:", e)
class KeepHash:
    def __eq__(self, o):
        return NotImplemented
    __hash__ = object.__hash__
print(hash(KeepHash()) is not None)
