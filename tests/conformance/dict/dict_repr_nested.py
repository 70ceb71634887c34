d = {"list": [1, 2], "dict": {"inner": (1,)}, 1: None, 2.5: True, (1, 2): "tuple", "q'uote": 'd"q'}
print(d)
print(repr({}), str({"a": {}}))
r = {}
r["self"] = r
print(r)
class V:
    def __repr__(self):
        return "V()"
print({V(): V()} if False else {1: V()})
