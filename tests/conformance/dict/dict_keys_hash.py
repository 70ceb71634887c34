class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return f"Key({self.name!r})"
d = {Key("a"): 1, Key("b"): 2}
d[Key("a")] = 3
print(d, len(d), d[Key("b")])
class NoEq:
    __hash__ = None
try:
    {NoEq(): 1}
except TypeError as e:
    print("TypeError:", e)
class EqOnly:
    def __eq__(self, other):
        return True
try:
    {EqOnly(): 1}
except TypeError as e:
    print("TypeError:", e)
print(EqOnly.__hash__)
