from collections import ChainMap
a = {"x": 1, "y": 2}; b = {"y": 20, "z": 30}
cm = ChainMap(a, b)
print(cm["x"], cm["y"], cm["z"], len(cm), list(cm), sorted(cm.items()))
print(cm, cm.get("q", 0), "z" in cm, bool(ChainMap()))
child = cm.new_child({"x": 100}); print(child["x"], child.parents["x"], child.maps[1] is a)
child["w"] = 5; print(child.maps[0])
del child["w"]; print(child.maps[0])
try:
    del child["z"]
except KeyError as e:
    print("KeyError", e)
try:
    ChainMap({}, {"a": 1}).popitem()
except KeyError as e:
    print("KeyError", e)
try:
    cm["nope"]
except KeyError as e:
    print("KeyError", e)
print(cm.pop("x"), a, ChainMap(a) | {"k": 1}, cm.new_child(), ChainMap())
print(dict(ChainMap({"a": 1}, {"a": 2, "b": 3})))
